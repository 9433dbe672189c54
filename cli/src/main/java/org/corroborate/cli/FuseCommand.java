package org.corroborate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.scoring.truth.Dataset;
import org.corroborate.scoring.truth.Estimate;
import org.corroborate.scoring.truth.ListValues;
import org.corroborate.scoring.truth.Observation;
import org.corroborate.scoring.truth.ObservationReader;
import org.corroborate.scoring.truth.Result;
import org.corroborate.scoring.truth.SourceTrust;
import org.corroborate.scoring.truth.TruthMethod;
import org.corroborate.scoring.truth.ValueImplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate fuse FILE}: truth discovery on structured claims. Reads (source, object, property, value[,
 * time]) observations, estimates the true value of each (object, property) and the trust of each source, and
 * writes the chosen values as TSV to standard output.
 */
@Command(name = "fuse", mixinStandardHelpOptions = true,
        description = {"Estimate the true value of every (object, property) and the trust of every source from"
                + " conflicting observations.",
            "FILE is TSV or CSV with the header source, object, property, value[, time], or DAFNA claims"
                + " (claimId|<TAB>entity|<TAB>object|<TAB>property|<TAB>value|<TAB>source|<TAB>timestamp|);"
                + " the format is told by the first line.",
            "Writes TSV 'object, property, value, confidence' to standard output, one row per (object,"
                + " property), sorted; iterations and convergence go to standard error."})
final class FuseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Observations file.")
    Path file;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "majority, truthfinder or accu (Accu with copy detection; default: ${DEFAULT-VALUE}).",
            defaultValue = "accu")
    TruthMethod method;

    @Option(names = "--sources", paramLabel = "FILE",
            description = "Also write each source's trust as TSV 'source, trust, observations' to this file.")
    Path sourcesFile;

    @Option(names = "--list", paramLabel = "SEP",
            description = "Values are lists of items separated by SEP (e.g. ';' for authors): the order, case and"
                    + " spacing of items do not matter, and a list supports the lists that share its items (Yin et"
                    + " al.'s implication; truthfinder and accu), so a partial list backs the full one.")
    String listSeparator;

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    int run(PrintStream out, PrintStream err) {
        Diagnostics diagnostics = new Diagnostics();
        if (listSeparator != null && listSeparator.isEmpty()) {
            err.println("corroborate fuse: --list needs a separator, e.g. --list ';'");
            return ExitCodes.USAGE;
        }
        Dataset.Builder builder = Dataset.builder();
        ObservationReader.read(file, diagnostics, o -> builder.add(listSeparator == null ? o
                : new Observation(o.source(), o.object(), o.property(), ListValues.canonical(o.value(),
                        listSeparator), o.time())));
        Dataset data = builder.build();
        Result result = method.create(listSeparator == null ? ValueImplication.NONE : ListValues.SHARED_ITEMS)
                .run(data);
        int status = ExitCodes.OK;
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            w.write("object\tproperty\tvalue\tconfidence\n");
            for (Estimate e : result.estimates()) {
                w.write(cell(e.object()) + '\t' + cell(e.property()) + '\t' + cell(e.value()) + '\t'
                        + number(e.confidence()) + '\n');
            }
            w.flush();
        } catch (IOException e) {
            err.println("-: cannot write the results: " + e.getMessage());
            status = ExitCodes.FAILED;
        }
        if (sourcesFile != null) {
            try (Writer w = Files.newBufferedWriter(sourcesFile, StandardCharsets.UTF_8)) {
                w.write("source\ttrust\tobservations\n");
                for (SourceTrust s : result.sourceTrust()) {
                    w.write(cell(s.source()) + '\t' + number(s.trust()) + '\t' + s.observations() + '\n');
                }
            } catch (IOException e) {
                err.println(sourcesFile + ": cannot write the source trusts: " + e.getMessage());
                status = ExitCodes.FAILED;
            }
        }
        for (Diagnostic d : diagnostics.list()) {
            err.println(d);
        }
        if (diagnostics.total() > diagnostics.list().size()) {
            err.println((diagnostics.total() - diagnostics.list().size()) + " more diagnostics not shown");
        }
        err.printf(Locale.ROOT, "%s: %d observations (%d repeats dropped), %d sources, %d items; %d iteration%s, %s%n",
                result.method(), data.observationCount(), data.duplicateCount(), data.sourceCount(),
                data.itemCount(), result.iterations(), result.iterations() == 1 ? "" : "s",
                result.converged() ? "converged" : "did not converge");
        if (diagnostics.hasErrors()) {
            err.println(data.observationCount() == 0
                    ? file + ": nothing to fuse: no observation could be read (see above)"
                    : file + ": " + diagnostics.errorCount() + " line(s) could not be read; the rest was fused");
            status = ExitCodes.FAILED;
        }
        return status;
    }

    private static String cell(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String number(double x) {
        return String.format(Locale.ROOT, "%.6f", x);
    }
}
