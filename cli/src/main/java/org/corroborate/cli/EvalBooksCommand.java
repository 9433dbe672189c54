package org.corroborate.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.cli.eval.BooksEvaluation;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code corroborate eval books DIR}: truth-discovery accuracy on the Books benchmark. */
@Command(name = "books", mixinStandardHelpOptions = true,
        description = "Accuracy of majority, TruthFinder and Accu (with and without copy detection) on the Books"
                + " author-list benchmark against its 100-book gold standard.")
final class EvalBooksCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR",
            description = "Folder holding books_yin_original/ and/or dafna_books/ (e.g. data/truth-discovery).")
    Path dir;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        List<BooksEvaluation.DatasetScore> scores = BooksEvaluation.run(dir, diagnostics);
        BooksEvaluation.format(scores).forEach(System.out::println);
        for (Diagnostic d : diagnostics.list()) {
            System.err.println(d);
        }
        return diagnostics.hasErrors() || scores.isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
