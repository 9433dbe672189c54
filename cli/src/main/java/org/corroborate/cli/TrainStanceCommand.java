package org.corroborate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.ingest.extract.Presentation;
import org.corroborate.ingest.extract.PresentationClassifier;
import org.corroborate.ingest.extract.PresentationModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate train stance FILE --out MODEL}: trains the headline presentation model on labelled headlines. */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = "Train a headline presentation model (logistic regression over the rules' decision and cues,"
                + " the headline's overlap with its claim, length and punctuation) on an Emergent-style CSV"
                + " (claimHeadline, articleHeadline, articleHeadlineStance: for, observing, against; claimId)."
                + " Use it with --stance-model.")
public final class TrainStanceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Labelled headlines (e.g. url-versions-2015-06-14-clean-train.csv).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--dev-every", paramLabel = "N", defaultValue = "5",
            description = "Leave out the dev part of 'eval stance' (claims in file order, every N-th) so that it can"
                    + " be scored blind (default: ${DEFAULT-VALUE}; 0 = train on every headline).")
    int devEvery;

    @Mixin
    StanceTrainingOptions training = new StanceTrainingOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StanceData data;
        PresentationModel.TrainingOptions options;
        try {
            options = training.options();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            data = StanceData.read(file, devEvery);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILED;
        }
        List<StanceData.Row> train = data.train();
        if (train.isEmpty()) {
            err.println(file + ": no labelled headline to train on");
            return ExitCodes.FAILED;
        }
        long start = System.nanoTime();
        PresentationModel model = PresentationModel.train(StanceData.examples(train),
                PresentationClassifier.withDefaults(), options);
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        o.printf(Locale.ROOT, "trained on %d headlines of %d claims (%d claims left out as dev), %s: %d features;"
                        + " %.1f s; wrote %s (%d bytes)%n", train.size(),
                train.stream().map(StanceData.Row::claimId).distinct().count(), data.devClaims.size(), options,
                model.featureCount(), (System.nanoTime() - start) / 1e9, out, Files.size(out));
        for (Presentation p : Presentation.values()) {
            o.printf(Locale.ROOT, "  strongest for %s: %s%n", p, String.join(", ", model.strongest(p, 8)));
        }
        o.flush();
        return ExitCodes.OK;
    }
}
