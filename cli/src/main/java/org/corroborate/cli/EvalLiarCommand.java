package org.corroborate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.cli.eval.LiarEvaluation;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.scoring.reliability.ClaimPriorModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval liar DIR}: do speakers' track records predict the truth of their next statement, and how
 * much better does the claim prior model do with the statement and its context?
 */
@Command(name = "liar", mixinStandardHelpOptions = true,
        description = {"Beta-Binomial speaker track records from LIAR train.tsv predict whether each valid.tsv"
                + " statement is true-ish; then the claim prior model (logistic regression over the record, party,"
                + " venue, subjects, job, state and the statement's words and cues, penalty chosen by"
                + " cross-validation on train) does the same. Prints accuracy, the majority baseline, log loss, Brier"
                + " and calibration for each; test.tsv, when the folder has it, is scored once at the end."})
final class EvalLiarCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with train.tsv and valid.tsv (and test.tsv).")
    Path dir;

    @Option(names = "--groups", split = ",", paramLabel = "GROUP",
            description = "Feature groups of the claim prior model (default: all): ${COMPLETION-CANDIDATES}.")
    List<ClaimPriorModel.FeatureGroup> groups;

    @Option(names = "--min-count", paramLabel = "N",
            description = "Words, pairs and attribute values in fewer train statements are dropped (default: 3).")
    Integer minCount;

    @Option(names = "--record-strength", paramLabel = "K",
            description = "Strength of the Beta prior of the speaker's record in the model (default: 16).")
    Double recordStrength;

    @Option(names = "--top-features", paramLabel = "N", defaultValue = "0",
            description = "Also print the model's N strongest features each way.")
    int topFeatures;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        int status = ExitCodes.OK;
        try {
            for (LiarEvaluation.Report r : LiarEvaluation.run(dir, diagnostics)) {
                LiarEvaluation.format(r).forEach(System.out::println);
                System.out.println();
            }
            ClaimPriorModel.TrainingOptions options = ClaimPriorModel.TrainingOptions.DEFAULTS;
            if (groups != null && !groups.isEmpty()) {
                options = options.withGroups(EnumSet.copyOf(groups));
            }
            if (minCount != null) {
                options = options.withMinCount(minCount);
            }
            if (recordStrength != null) {
                options = options.withRecordStrength(recordStrength);
            }
            List<LiarEvaluation.Statement> train = LiarEvaluation.read(dir.resolve("train.tsv"), diagnostics);
            List<LiarEvaluation.Statement> valid = LiarEvaluation.read(dir.resolve("valid.tsv"), diagnostics);
            LiarEvaluation.ModelReport m = LiarEvaluation.evaluateModel(train, valid, options);
            LiarEvaluation.format(m).forEach(System.out::println);
            if (topFeatures > 0) {
                System.out.println("strongest features (towards true-ish, then towards not):");
                m.model().strongestFeatures(topFeatures).forEach(f -> System.out.println("  " + f));
            }
            Path testFile = dir.resolve("test.tsv");
            if (Files.isRegularFile(testFile)) {
                List<LiarEvaluation.Statement> test = LiarEvaluation.read(testFile, diagnostics);
                System.out.println();
                System.out.println("LIAR test.tsv (" + test.size() + " statements), scored once; both trained on"
                        + " train.tsv alone");
                LiarEvaluation.Report record = LiarEvaluation.evaluate(train, test);
                System.out.println(String.format(java.util.Locale.ROOT, "speaker record only: test accuracy %.4f,"
                        + " log loss %.4f, Brier %.4f, ECE %.4f", record.accuracy(), record.logLoss(),
                        record.brier(), record.ece()));
                LiarEvaluation.format("test (claim prior model)", LiarEvaluation.scores(m.model(), test))
                        .forEach(System.out::println);
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
