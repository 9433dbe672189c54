package org.corroborate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corroborate.cli.eval.LiarEvaluation;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code corroborate eval liar DIR}: do speakers' track records predict the truth of their next statement? */
@Command(name = "liar", mixinStandardHelpOptions = true,
        description = "Beta-Binomial speaker track records from LIAR train.tsv predict whether each valid.tsv"
                + " statement is true-ish; prints accuracy, the majority baseline and calibration.")
final class EvalLiarCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with train.tsv and valid.tsv.")
    Path dir;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        int status = ExitCodes.OK;
        try {
            for (LiarEvaluation.Report r : LiarEvaluation.run(dir, diagnostics)) {
                LiarEvaluation.format(r).forEach(System.out::println);
                System.out.println();
            }
        } catch (IllegalArgumentException e) {
            System.err.println(dir + ": " + e.getMessage());
            status = ExitCodes.FAILED;
        }
        for (Diagnostic d : diagnostics.list()) {
            System.err.println(d);
        }
        return diagnostics.hasErrors() ? ExitCodes.FAILED : status;
    }
}
