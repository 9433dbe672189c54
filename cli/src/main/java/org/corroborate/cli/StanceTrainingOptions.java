package org.corroborate.cli;

import org.corroborate.ingest.extract.PresentationModel.TrainingOptions;
import picocli.CommandLine.Option;

/** Training options of the headline stance model, shared by {@code train stance} and {@code eval stance}. */
final class StanceTrainingOptions {

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the headlines (default: "
            + "${DEFAULT-VALUE}).")
    int epochs = TrainingOptions.DEFAULTS.epochs();

    @Option(names = "--learning-rate", paramLabel = "X", description = "Initial step size (default: "
            + "${DEFAULT-VALUE}).")
    double learningRate = TrainingOptions.DEFAULTS.learningRate();

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
    double l2 = TrainingOptions.DEFAULTS.l2();

    @Option(names = "--seed", paramLabel = "N", description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed = TrainingOptions.DEFAULTS.seed();

    @Option(names = "--words", description = "Also use the headline's words as features (default: only the rules'"
            + " cues, overlap with the claim, length and punctuation).")
    boolean words = TrainingOptions.DEFAULTS.words();

    @Option(names = "--no-outlets", negatable = true, description = "Use the article's outlet (URL host, else the"
            + " 'source' column) as a feature; --no-outlets leaves it out (default: on).")
    boolean outlets = TrainingOptions.DEFAULTS.outlets();

    /** Throws {@link IllegalArgumentException} with the bad value. */
    TrainingOptions options() {
        return new TrainingOptions(epochs, learningRate, l2, seed, words, outlets);
    }
}
