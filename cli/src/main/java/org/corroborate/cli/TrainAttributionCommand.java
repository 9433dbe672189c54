package org.corroborate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.extract.AttributionTagger;
import org.corroborate.ingest.extract.eval.BratCorpus;
import org.corroborate.ingest.extract.eval.BratDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate train attribution DIR --out MODEL}: trains the attribution tagger on a brat corpus. */
@Command(name = "attribution",
        description = "Train an attribution tagger (averaged structured perceptron with Viterbi decoding, BIO tags for"
                + " source, cue and content; by default two stages, the second seeing the first stage's tags) on a"
                + " brat folder (text/*.txt, attributions/*.ann; PolNeAR layout). Use it with --model.")
public final class TrainAttributionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Folder with text/ and attributions/ (e.g. polnear/train).")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "15",
            description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "4",
            description = "Two stages: the second sees the first stage's tags, made for training by K-fold"
                    + " cross-validation; 0 trains one stage only (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "17",
            description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AttributionTagger.TrainingOptions options;
        try {
            options = new AttributionTagger.TrainingOptions(epochs, seed, folds);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        Diagnostics diagnostics = new Diagnostics();
        List<BratDocument> docs;
        try {
            docs = BratCorpus.read(dir, diagnostics);
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILED;
        }
        if (docs.isEmpty()) {
            err.println(dir + ": no annotated document found");
            return ExitCodes.FAILED;
        }
        long start = System.nanoTime();
        List<AttributionTagger.Example> examples = new ArrayList<>();
        for (BratDocument d : docs) {
            examples.addAll(AttributionTagger.examples(d.text(), BratCorpus.tagSpans(d)));
        }
        AttributionTagger tagger = AttributionTagger.train(examples, options);
        try (OutputStream os = Files.newOutputStream(out)) {
            tagger.write(os);
        }
        o.printf(Locale.ROOT, "trained on %d documents, %d sentences, %d epochs, %s: %d features; %.1f s; wrote %s"
                + " (%d bytes)%n", docs.size(), examples.size(), epochs, tagger.isTwoStage() ? folds + " folds, two"
                + " stages" : "one stage", tagger.featureCount(),
                (System.nanoTime() - start) / 1e9, out, Files.size(out));
        for (var d : diagnostics.list()) {
            err.println("  " + d);
        }
        o.flush();
        return ExitCodes.OK;
    }
}
