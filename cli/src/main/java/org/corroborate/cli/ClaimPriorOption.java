package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.core.IsoWeek;
import org.corroborate.scoring.ClaimPrior;
import org.corroborate.store.ClaimPriorFile;
import org.corroborate.store.RunClaimPrior;
import org.corroborate.store.Store;
import org.corroborate.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The claim prior of the commands that score stored articles again ({@code report --week}, {@code compare}): by
 * default the one the stored runs scored with ({@code run --store --claim-prior MODEL} keeps the model in the store),
 * so that they give the probabilities {@code run} gave; {@code --claim-prior MODEL} or {@code --no-claim-prior}
 * choose another, with a warning when the runs used something else.
 */
final class ClaimPriorOption {

    @Option(names = "--claim-prior", paramLabel = "MODEL", description = "Score each claim with its prior from this"
            + " claim prior model (as 'run --claim-prior'). Default: the model that the latest stored run covering"
            + " the weeks scored with (kept in the store), else 0.5.")
    Path model;

    @Option(names = "--no-claim-prior", description = "Score with the default prior 0.5, whatever model the stored"
            + " runs scored with.")
    boolean none;

    /** A model given on the command line: read, with its bytes; a usage error when it is not one. */
    record Loaded(ClaimPrior prior, ClaimPriorFile file) {
    }

    /**
     * The model of {@code --claim-prior}, read now (before any store is opened), or empty.
     *
     * @throws CommandLine.ParameterException when it cannot be read or is not a claim prior model, or when both
     *                                        options are given
     */
    Optional<Loaded> load(CommandLine.Model.CommandSpec spec) {
        if (model == null) {
            return Optional.empty();
        }
        if (none) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--claim-prior and --no-claim-prior"
                    + " exclude each other; give one");
        }
        return Optional.of(load(spec, model));
    }

    /** Reads the model file {@code file}, keeping its bytes for the store. */
    static Loaded load(CommandLine.Model.CommandSpec spec, Path file) {
        try {
            byte[] bytes = ClaimPrior.bytes(file);
            return new Loaded(ClaimPrior.read(file, bytes), ClaimPriorFile.of(String.valueOf(file.getFileName()),
                    bytes));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--claim-prior " + e.getMessage());
        }
    }

    /**
     * The claim prior to score the weeks {@code from} to {@code to} of {@code store} with (empty: the default
     * prior): {@code given} when the command line gave a model, the default with {@code --no-claim-prior}, else the
     * model the latest run covering the weeks scored with ({@link Store#claimPriors(IsoWeek, IsoWeek)}). Says on
     * {@code err} which model it takes from the store, and warns when the runs covering the weeks scored with another
     * prior than the one chosen, or with several.
     *
     * @param what the weeks in words, e.g. {@code 2025-W09}
     * @throws StoreException when the store names a model it does not hold, or holds one that cannot be read
     */
    Optional<ClaimPrior> choose(Optional<Loaded> given, Store store, IsoWeek from, IsoWeek to, String what,
                                PrintWriter err) {
        List<RunClaimPrior> runs = store.claimPriors(from, to);
        if (given.isPresent() || none) {
            String sha = given.map(g -> g.file().sha256()).orElse("");
            List<RunClaimPrior> other = runs.stream().filter(r -> !r.sha256().equals(sha)).toList();
            if (!other.isEmpty()) {
                err.println("corroborate: warning: the runs covering " + what + " scored otherwise (" + describe(other)
                        + "); this scores with "
                        + given.map(g -> g.file().toString()).orElse("the default prior 0.5") + " as asked, so"
                        + " its probabilities differ from those runs'");
            }
            return given.map(Loaded::prior);
        }
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        RunClaimPrior latest = runs.get(runs.size() - 1);
        if (runs.stream().anyMatch(r -> !r.sha256().equals(latest.sha256()))) {
            err.println("corroborate: warning: the runs covering " + what + " scored with different claim priors ("
                    + describe(runs) + "); this scores with the latest run's, " + latest.describe()
                    + "; choose with --claim-prior MODEL or --no-claim-prior");
        }
        Optional<ClaimPriorFile> file = store.claimPriorModel(latest);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            ClaimPrior prior = ClaimPrior.read(file.get().bytes(), file.get().name());
            err.println("corroborate: scoring with the claim prior model " + file.get() + " that run "
                    + latest.runId() + " scored with (kept in the store; --no-claim-prior for the default 0.5)");
            err.flush();
            return Optional.of(prior);
        } catch (IOException e) {
            throw new StoreException("the claim prior model that run " + latest.runId() + " of the store "
                    + store.location() + " scored with cannot be read: " + e.getMessage()
                    + "; give --claim-prior MODEL or --no-claim-prior", e);
        }
    }

    /** {@code run 3 with liar.model (sha256 ...); runs 1, 2 with the default prior 0.5}. */
    static String describe(List<RunClaimPrior> runs) {
        return describe(runs, RunClaimPrior::runId, RunClaimPrior::describe);
    }

    /** The runs grouped by what {@code what} says of each: {@code run 3 with X; runs 1, 2 with Y}. */
    static <T> String describe(List<T> runs, java.util.function.ToLongFunction<T> id,
                               java.util.function.Function<T, String> what) {
        Map<String, List<Long>> byPrior = new LinkedHashMap<>();
        for (T r : runs) {
            byPrior.computeIfAbsent(what.apply(r), k -> new ArrayList<>()).add(id.applyAsLong(r));
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Long>> e : byPrior.entrySet()) {
            List<Long> ids = e.getValue();
            String runsText = (ids.size() == 1 ? "run " : "runs ")
                    + String.join(", ", ids.stream().map(String::valueOf).toList());
            parts.add(runsText + " with " + e.getKey());
        }
        return String.join("; ", parts);
    }
}
