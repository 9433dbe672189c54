package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.core.IsoWeek;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.SourcePriors;
import org.corroborate.store.RunSourcePriors;
import org.corroborate.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The source kinds' reliability priors of the commands that score stored articles again ({@code report --week},
 * {@code compare}): by default the ones the stored runs scored with ({@code run --store --prior KIND=A,B} keeps them
 * with the run), so that they give the probabilities {@code run} gave; {@code --prior KIND=A,B} or
 * {@code --default-priors} choose others, with a warning when the runs used something else.
 */
final class SourcePriorOption {

    @Option(names = "--prior", paramLabel = "KIND=A,B", description = "Score with this reliability prior of a source"
            + " kind as Beta pseudo-counts of true and false reports (as 'run --prior'; repeatable; the kinds not"
            + " given keep their defaults). Default: the priors that the latest stored run covering the weeks scored"
            + " with (kept in the store).")
    Map<String, String> priors = new LinkedHashMap<>();

    @Option(names = "--default-priors", description = "Score with the default source priors, whatever priors the"
            + " stored runs scored with.")
    boolean defaults;

    /**
     * The priors of {@code --prior} as text ({@link SourcePriors#text}), or empty when none is given.
     *
     * @throws CommandLine.ParameterException when one cannot be read, or when both options are given
     */
    Optional<String> load(CommandLine.Model.CommandSpec spec) {
        if (priors.isEmpty()) {
            return Optional.empty();
        }
        if (defaults) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--prior and --default-priors exclude each"
                    + " other; give one");
        }
        return Optional.of(SourcePriors.text(with(spec, ScoringConfig.DEFAULTS, priors)));
    }

    /**
     * {@code config} with the priors of {@code --prior KIND=A,B} options ({@code priors}: kind to {@code A,B}).
     *
     * @throws CommandLine.ParameterException when one cannot be read
     */
    static ScoringConfig with(CommandLine.Model.CommandSpec spec, ScoringConfig config, Map<String, String> priors) {
        ScoringConfig c = config;
        for (Map.Entry<String, String> e : priors.entrySet()) {
            try {
                c = SourcePriors.with(c, e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--prior " + e.getKey() + "="
                        + e.getValue() + ": " + ex.getMessage() + "; expected KIND=A,B with A, B > 0, e.g."
                        + " state_media=3,7");
            }
        }
        return c;
    }

    /**
     * {@code config} with the source priors to score the weeks {@code from} to {@code to} of {@code store} with:
     * {@code given} when the command line gave priors, the defaults with {@code --default-priors}, else the priors
     * the latest run covering the weeks scored with ({@link Store#sourcePriors(IsoWeek, IsoWeek)}). Says on
     * {@code err} which priors it takes from the store when they are not the defaults, and warns when the runs
     * covering the weeks scored with other priors than the ones chosen, or with several.
     *
     * @param what the weeks in words, e.g. {@code 2025-W09}
     */
    ScoringConfig choose(ScoringConfig config, Optional<String> given, Store store, IsoWeek from, IsoWeek to,
                         String what, PrintWriter err) {
        List<RunSourcePriors> runs = store.sourcePriors(from, to);
        String chosen;
        if (given.isPresent() || defaults) {
            chosen = given.orElse("");
            List<RunSourcePriors> other = runs.stream().filter(r -> !r.priors().equals(chosen)).toList();
            if (!other.isEmpty()) {
                err.println("corroborate: warning: the runs covering " + what + " scored with other source priors ("
                        + describe(other) + "); this scores with " + SourcePriors.describe(chosen) + " as asked, so"
                        + " its probabilities differ from those runs'");
            }
        } else if (runs.isEmpty()) {
            chosen = "";
        } else {
            RunSourcePriors latest = runs.get(runs.size() - 1);
            chosen = latest.priors();
            if (runs.stream().anyMatch(r -> !r.priors().equals(chosen))) {
                err.println("corroborate: warning: the runs covering " + what + " scored with different source priors"
                        + " (" + describe(runs) + "); this scores with the latest run's, " + latest.describe()
                        + "; choose with --prior KIND=A,B or --default-priors");
            }
            if (!latest.isDefault()) {
                err.println("corroborate: scoring with the " + latest.describe() + " that run " + latest.runId()
                        + " scored with (kept in the store; --default-priors for the defaults)");
            }
        }
        err.flush();
        return SourcePriors.apply(config, chosen);
    }

    /** {@code run 3 with source priors state_media=3,7; runs 1, 2 with the default source priors}. */
    static String describe(List<RunSourcePriors> runs) {
        return ClaimPriorOption.describe(runs, RunSourcePriors::runId, RunSourcePriors::describe);
    }
}
