package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.scoring.ClaimPrior;
import org.corroborate.scoring.reliability.ClaimPriorModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate prior --model MODEL TABLE}: the probability that each statement of a table is true before any
 * evidence, from a model of {@code corroborate train claim-prior}. Writes a TSV to stdout; when the table has a
 * {@code verdict} column, also the accuracy (at the model's decision threshold) and log loss against it on stderr.
 */
@Command(name = "prior", mixinStandardHelpOptions = true,
        description = {"Probability that each statement of a table is true before any evidence, from a claim prior"
                + " model written by 'train claim-prior'. The table is laid out as for training (tab-separated, header"
                + " row, columns source and statement, other columns attributes); a verdict column is optional and,"
                + " when present, scored (accuracy at the model's decision threshold, chosen by cross-validation when"
                + " it was trained; 0.5 for older models). Writes line, source, probability (and verdict) as TSV to"
                + " stdout."})
public final class PriorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "A model written by 'train claim-prior'.")
    Path model;

    @Parameters(paramLabel = "TABLE", description = "Statements, tab-separated, with a header row.")
    Path table;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClaimPriorModel m;
        try {
            m = ClaimPrior.read(model).model();
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILED;
        }
        Diagnostics diagnostics = new Diagnostics();
        List<TrainClaimPriorCommand.Row> rows = TrainClaimPriorCommand.readRows(table, diagnostics, false);
        for (Diagnostic d : diagnostics.list()) {
            err.println(d);
        }
        boolean judged = !rows.isEmpty() && rows.stream().allMatch(r -> r.verdict() != null);
        o.println(judged ? "line\tsource\tprobability\tverdict" : "line\tsource\tprobability");
        int right = 0;
        double logLoss = 0;
        for (TrainClaimPriorCommand.Row r : rows) {
            double p = m.probability(r.source(), r.statement(), r.attributes());
            o.printf(Locale.ROOT, judged ? "%d\t%s\t%.4f\t%s%n" : "%d\t%s\t%.4f%n", r.line(), r.source(), p,
                    Boolean.TRUE.equals(r.verdict()));
            if (judged) {
                boolean t = r.verdict();
                right += (p >= m.threshold()) == t ? 1 : 0;
                logLoss -= Math.log(t ? p : 1 - p);
            }
        }
        if (judged) {
            // a model of format 1 has the threshold 0.5 and is summed up as before
            err.printf(Locale.ROOT, "%d statements: accuracy %.3f%s, log loss %.3f%n", rows.size(),
                    (double) right / rows.size(), m.threshold() == 0.5 ? ""
                            : String.format(Locale.ROOT, " (true when P >= %.2f, the model's threshold)",
                            m.threshold()), logLoss / rows.size());
        }
        return diagnostics.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
