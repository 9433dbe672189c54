package org.corroborate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Location;
import org.corroborate.ingest.TableLines;
import org.corroborate.scoring.reliability.ClaimPriorModel;
import org.corroborate.scoring.reliability.LabelledStatement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate train claim-prior TABLE --out MODEL}: trains the claim prior model on any table of judged
 * statements.
 */
@Command(name = "claim-prior", mixinStandardHelpOptions = true,
        description = {"Train the claim prior model (logistic regression over the source's record, the statement's"
                + " attributes, words and cues; L2 penalty and decision threshold chosen by cross-validation) on a"
                + " tab-separated table with a header row: columns source, statement and verdict (true/false, 1/0,"
                + " yes/no, confirmed/refuted); every other column is an attribute of the statement (several values"
                + " in one cell separated by '|')."})
public final class TrainClaimPriorCommand implements Callable<Integer> {

    private static final Set<String> TRUE = Set.of("true", "1", "yes", "confirmed");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "refuted");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TABLE", description = "Judged statements, tab-separated, with a header row.")
    Path table;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "3",
            description = "Words, pairs and attribute values in fewer statements are dropped (default: 3).")
    int minCount;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClaimPriorModel.TrainingOptions options;
        try {
            options = ClaimPriorModel.TrainingOptions.DEFAULTS.withMinCount(minCount);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        Diagnostics diagnostics = new Diagnostics();
        List<LabelledStatement> statements = read(table, diagnostics);
        for (Diagnostic d : diagnostics.list()) {
            err.println(d);
        }
        ClaimPriorModel model;
        try {
            model = ClaimPriorModel.train(statements, options);
        } catch (IllegalArgumentException e) {
            err.println(table + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        o.printf(Locale.ROOT, "trained on %d statements: %d features; L2 penalty %s chosen by %d-fold CV (log loss"
                + " %.4f); decision threshold %.2f chosen on the CV probabilities; wrote %s%n", statements.size(),
                model.featureCount(), model.penalty(), options.folds(), model.cvLogLoss(), model.threshold(), out);
        return diagnostics.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The table's statements; rows of another number of columns, or with an unknown verdict, are reported. */
    static List<LabelledStatement> read(Path file, Diagnostics diagnostics) {
        List<LabelledStatement> out = new ArrayList<>();
        for (Row r : readRows(file, diagnostics, true)) {
            out.add(new LabelledStatement(r.source(), r.statement(), r.attributes(), r.verdict()));
        }
        return out;
    }

    /**
     * One row of a table of statements.
     *
     * @param line       its line in the file (the header is line 1)
     * @param verdict    whether it was judged true; null when the table has no verdict column
     */
    record Row(long line, String source, String statement, List<LabelledStatement.Attribute> attributes,
               Boolean verdict) {
    }

    /**
     * The rows of a tab-separated table of statements with a header row: columns {@code source} and {@code statement},
     * {@code verdict} (required when {@code needVerdict}, else read when present), every other column an attribute
     * (several values separated by {@code |}). Rows of another number of columns, or with an unknown verdict, are
     * reported and left out.
     */
    static List<Row> readRows(Path file, Diagnostics diagnostics, boolean needVerdict) {
        List<Row> out = new ArrayList<>();
        try (TableLines in = TableLines.open(file, diagnostics)) {
            String header = in.next();
            if (header == null) {
                diagnostics.error(Location.ofFile(file.toString()), "empty", "no header row", "");
                return out;
            }
            String[] names = header.split("\t", -1);
            int source = -1;
            int statement = -1;
            int verdict = -1;
            for (int i = 0; i < names.length; i++) {
                String n = names[i].strip().toLowerCase(Locale.ROOT);
                source = n.equals("source") ? i : source;
                statement = n.equals("statement") ? i : statement;
                verdict = n.equals("verdict") ? i : verdict;
            }
            if (source < 0 || statement < 0 || (needVerdict && verdict < 0)) {
                diagnostics.error(in.where(), "invalid-header",
                        needVerdict ? "need columns source, statement and verdict"
                                : "need columns source and statement", header);
                return out;
            }
            String line;
            while ((line = in.nextRecord()) != null) {
                String[] f = line.split("\t", -1);
                Location where = in.where();
                if (f.length != names.length) {
                    diagnostics.error(where, "invalid-record", "expected " + names.length + " columns, got "
                            + f.length, line);
                    continue;
                }
                String v = verdict < 0 ? null : f[verdict].strip().toLowerCase(Locale.ROOT);
                if (v != null && !TRUE.contains(v) && !FALSE.contains(v)) {
                    diagnostics.error(where, "invalid-value", "verdict \"" + f[verdict] + "\" is not one of "
                            + TRUE + " or " + FALSE, line);
                    continue;
                }
                List<LabelledStatement.Attribute> attributes = new ArrayList<>();
                for (int i = 0; i < f.length; i++) {
                    if (i != source && i != statement && i != verdict && !names[i].isBlank()) {
                        for (String value : f[i].split("\\|")) {
                            attributes.add(new LabelledStatement.Attribute(names[i].strip(), value));
                        }
                    }
                }
                out.add(new Row(in.lineNumber(), f[source].strip(), f[statement], attributes,
                        v == null ? null : TRUE.contains(v)));
            }
        } catch (IOException e) {
            diagnostics.error(Location.ofFile(file.toString()), "unreadable", e.getMessage(), "");
        }
        return out;
    }
}
