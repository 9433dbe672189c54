package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.cli.StanceData.Row;
import org.corroborate.ingest.extract.HeadlineStance;
import org.corroborate.ingest.extract.Presentation;
import org.corroborate.ingest.extract.PresentationModel;
import org.corroborate.ingest.extract.PresentationClassifier;
import org.corroborate.ingest.extract.PresentationClassifier.Options;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval stance FILE}: headline presentation against Emergent's headline stance labels
 * (ASSERTED = for, ATTRIBUTED = observing, DENIED = against).
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = "Score the headline presentation classifier on an Emergent CSV (claimHeadline,"
                + " articleHeadline, articleHeadlineStance): accuracy and confusion matrix, with the default options"
                + " and by k-fold cross-validation over the options (folds by claim); optionally a model from"
                + " 'corroborate train stance' beside the rules, or cross-validation of training one on the train part.")
public final class EvalStanceCommand implements Callable<Integer> {

    private static final String[] LABELS = StanceData.LABELS;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Emergent CSV (url-versions-2015-06-14-clean-train.csv).")
    Path file;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "10",
            description = "Cross-validation folds, by claim id (default: ${DEFAULT-VALUE}; 0 = none).")
    int folds;

    @Option(names = "--dev-every", paramLabel = "N", defaultValue = "5",
            description = "Also score a train and a dev part: claims in order of first appearance, every N-th"
                    + " held out as dev (default: ${DEFAULT-VALUE}; 0 = no split). Tune on train, report dev.")
    int devEvery;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "Write every headline the default options (or the --stance-model) get wrong (gold,"
                    + " predicted, part, claim, headline) as TSV, for error analysis.")
    Path misses;

    @Option(names = "--stance-model", paramLabel = "MODEL",
            description = "Also score this model (from 'corroborate train stance') on the whole file, train and dev.")
    Path stanceModel;

    @Option(names = "--model-folds", paramLabel = "K", defaultValue = "0",
            description = "Cross-validate training a model on the train part only (K folds by claim; dev is not"
                    + " read), with the training options below, to tune them (default: ${DEFAULT-VALUE} = none).")
    int modelFolds;

    @Option(names = "--model-misses", paramLabel = "FILE",
            description = "With --model-folds: write every train headline the cross-validated model gets wrong, each"
                    + " predicted by the model trained without its claim (gold, predicted, rules, claim, headline) as"
                    + " TSV; dev is not read.")
    Path modelMisses;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0",
            description = "With a dev part: also give a 95%% interval for each train and dev accuracy, and for the"
                    + " model's difference from the rules, from N resamples of the part's claims with replacement"
                    + " (default: ${DEFAULT-VALUE} = none; 1000 is plenty).")
    int bootstrap;

    @Mixin
    StanceTrainingOptions training = new StanceTrainingOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (modelMisses != null && modelFolds < 2) {
            err.println("--model-misses needs --model-folds K (K at least 2)");
            return ExitCodes.USAGE;
        }
        StanceData data;
        PresentationModel.TrainingOptions trainingOptions;
        try {
            data = StanceData.read(file, devEvery);
            trainingOptions = training.options();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.FAILED;
        }
        PresentationModel model = null;
        if (stanceModel != null) {
            try (InputStream in = Files.newInputStream(stanceModel)) {
                model = PresentationModel.read(in);
            } catch (IOException e) {
                err.println("--stance-model " + stanceModel + ": " + e.getMessage()
                        + " (expected a file written by 'corroborate train stance')");
                return ExitCodes.FAILED;
            }
        }
        List<Row> rows = data.rows;
        if (rows.isEmpty()) {
            err.println(file + ": no labelled headline");
            return ExitCodes.FAILED;
        }
        PresentationClassifier rules = new PresentationClassifier(Options.DEFAULTS);
        if (misses != null) {
            HeadlineStance c = model != null ? model : rules;
            List<String> lines = new ArrayList<>();
            lines.add("gold\tpredicted\tpart\tclaim\theadline");
            for (Row r : rows) {
                int p = label(c.classify(r.headline(), "", r.claim(), r.outlet()));
                if (p != r.gold()) {
                    lines.add(missLine(r, p, data.isDev(r) ? "dev" : "train"));
                }
            }
            Files.write(misses, lines, StandardCharsets.UTF_8);
        }
        out.printf(Locale.ROOT, "headlines: %d (%d rows skipped)%n", rows.size(), data.skipped);
        int[][] cm = new int[3][3];
        int right = score(rows, rules, cm);
        out.printf(Locale.ROOT, "default options %s: accuracy %.3f (%d/%d)%n", Options.DEFAULTS,
                (double) right / rows.size(), right, rows.size());
        out.printf(Locale.ROOT, "confusion (rows gold, columns predicted): %-10s %10s %10s %10s%n", "", LABELS[0],
                LABELS[1], LABELS[2]);
        print(out, cm);
        List<Row> train = data.train();
        List<Row> dev = data.dev();
        if (!data.devClaims.isEmpty()) {
            out.printf(Locale.ROOT, "split by claim (claims in file order, every %d%s held out as dev): %d claims in"
                    + " dev%n", devEvery, ordinal(devEvery), data.devClaims.size());
            scoreParts(out, "default options", rules, null, train, dev);
        }
        if (model != null) {
            int[][] mm = new int[3][3];
            int mr = score(rows, model, mm);
            out.printf(Locale.ROOT, "model %s (%d features%s): accuracy %.3f (%d/%d)%n", stanceModel,
                    model.featureCount(), ", " + model.trainingOptions(), (double) mr / rows.size(), mr,
                    rows.size());
            print(out, mm);
            if (!data.devClaims.isEmpty()) {
                scoreParts(out, "model", model, rules, train, dev);
            }
        }
        if (modelFolds >= 2) {
            crossValidateModel(out, rules, train, trainingOptions);
        }
        if (folds >= 2) {
            int cvRight = 0;
            int[][] cvm = new int[3][3];
            for (int f = 0; f < folds; f++) {
                List<Row> cvTrain = new ArrayList<>();
                List<Row> test = new ArrayList<>();
                for (Row r : rows) {
                    (Math.floorMod(r.claimId().hashCode(), folds) == f ? test : cvTrain).add(r);
                }
                Options best = Options.DEFAULTS;
                int bestScore = -1;
                for (Options o : Options.all()) {
                    int s = score(cvTrain, new PresentationClassifier(o), new int[3][3]);
                    if (s > bestScore) {
                        bestScore = s;
                        best = o;
                    }
                }
                cvRight += score(test, new PresentationClassifier(best), cvm);
                out.printf(Locale.ROOT, "  fold %d: %d test headlines, options chosen on the rest: %s%n", f,
                        test.size(), best);
            }
            out.printf(Locale.ROOT, "%d-fold cross-validation (folds by claim, options tuned on the other folds):"
                    + " accuracy %.3f (%d/%d)%n", folds, (double) cvRight / rows.size(), cvRight, rows.size());
            print(out, cvm);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Trains a model on all but one fold of {@code train} (folds by claim) and scores it on that fold, for every
     * fold; prints the pooled accuracy beside that of the rules on the same headlines.
     */
    private void crossValidateModel(PrintWriter out, PresentationClassifier rules, List<Row> train,
                                    PresentationModel.TrainingOptions options) throws IOException {
        // the train part's claims in order of first appearance, dealt round the folds
        java.util.Map<String, Integer> foldOf = new java.util.HashMap<>();
        for (Row r : train) {
            foldOf.computeIfAbsent(r.claimId(), id -> foldOf.size() % modelFolds);
        }
        int[][] cvm = new int[3][3];
        int cvRight = 0;
        List<Row> tested = new ArrayList<>();
        java.util.Map<Row, Integer> predicted = new java.util.IdentityHashMap<>();
        for (int f = 0; f < modelFolds; f++) {
            List<Row> fit = new ArrayList<>();
            List<Row> test = new ArrayList<>();
            for (Row r : train) {
                (foldOf.get(r.claimId()) == f ? test : fit).add(r);
            }
            if (fit.isEmpty() || test.isEmpty()) {
                continue;
            }
            PresentationModel m = PresentationModel.train(StanceData.examples(fit), rules, options);
            for (Row r : test) {
                int p = label(m.classify(r.headline(), "", r.claim(), r.outlet()));
                predicted.put(r, p);
                cvm[r.gold()][p]++;
                cvRight += p == r.gold() ? 1 : 0;
            }
            tested.addAll(test);
        }
        if (modelMisses != null) {
            List<String> lines = new ArrayList<>();
            lines.add("gold\tpredicted\trules\tclaim\theadline");
            for (Row r : train) {
                Integer p = predicted.get(r);
                if (p != null && p != r.gold()) {
                    lines.add(missLine(r, p, LABELS[label(rules.classify(r.headline(), "", r.claim(), r.outlet()))]));
                }
            }
            Files.write(modelMisses, lines, StandardCharsets.UTF_8);
        }
        int ruleRight = score(tested, rules, new int[3][3]);
        out.printf(Locale.ROOT, "model %d-fold cross-validation on the train part (folds by claim; dev not read),"
                + " %s: accuracy %.3f (%d/%d); rules on the same headlines %.3f (%d)%n", modelFolds, options,
                (double) cvRight / Math.max(1, tested.size()), cvRight, tested.size(),
                (double) ruleRight / Math.max(1, tested.size()), ruleRight);
        print(out, cvm);
        if (bootstrap > 0 && !tested.isEmpty()) {
            List<String> ids = tested.stream().map(Row::claimId).toList();
            boolean[] right = new boolean[tested.size()];
            for (int i = 0; i < right.length; i++) {
                right[i] = predicted.get(tested.get(i)) == tested.get(i).gold();
            }
            ClaimBootstrap.Interval i = ClaimBootstrap.interval(ids, right, null, bootstrap, 0.95, 1);
            ClaimBootstrap.Interval d = ClaimBootstrap.interval(ids, right, outcomes(tested, rules), bootstrap, 0.95,
                    1);
            out.printf(Locale.ROOT, "%41s 95%% interval by claim [%.3f, %.3f] (%d resamples of %d claims);"
                    + " difference from the rules %+.3f, [%+.3f, %+.3f]%n", "", i.low(), i.high(), i.samples(),
                    ids.stream().distinct().count(), (double) (cvRight - ruleRight) / tested.size(), d.low(),
                    d.high());
        }
    }

    /**
     * Scores {@code c} on each part; with {@code --bootstrap}, also the interval of its accuracy by claim and, when
     * {@code baseline} is given, of its difference from the baseline on the same headlines.
     */
    private void scoreParts(PrintWriter out, String what, HeadlineStance c, HeadlineStance baseline, List<Row> train,
                            List<Row> dev) {
        for (List<Row> part : List.of(train, dev)) {
            int[][] pm = new int[3][3];
            int pr = score(part, c, pm);
            out.printf(Locale.ROOT, "  %-5s %s: accuracy %.3f (%d/%d)%n", part == train ? "train" : "dev", what,
                    part.isEmpty() ? 0.0 : (double) pr / part.size(), pr, part.size());
            print(out, pm);
            if (bootstrap > 0 && !part.isEmpty()) {
                List<String> ids = part.stream().map(Row::claimId).toList();
                boolean[] right = outcomes(part, c);
                ClaimBootstrap.Interval i = ClaimBootstrap.interval(ids, right, null, bootstrap, 0.95, 1);
                out.printf(Locale.ROOT, "%41s 95%% interval by claim [%.3f, %.3f] (%d resamples of %d claims)%n", "",
                        i.low(), i.high(), i.samples(), ids.stream().distinct().count());
                if (baseline != null) {
                    ClaimBootstrap.Interval d = ClaimBootstrap.interval(ids, right, outcomes(part, baseline),
                            bootstrap, 0.95, 1);
                    out.printf(Locale.ROOT, "%41s difference from the rules %+.3f, 95%% interval by claim [%+.3f,"
                            + " %+.3f]%n", "", (double) (pr - score(part, baseline, new int[3][3])) / part.size(),
                            d.low(), d.high());
                }
            }
        }
    }

    private static boolean[] outcomes(List<Row> rows, HeadlineStance c) {
        boolean[] right = new boolean[rows.size()];
        for (int i = 0; i < right.length; i++) {
            Row r = rows.get(i);
            right[i] = label(c.classify(r.headline(), "", r.claim(), r.outlet())) == r.gold();
        }
        return right;
    }

    private static void print(PrintWriter out, int[][] cm) {
        for (int g = 0; g < 3; g++) {
            out.printf(Locale.ROOT, "%41s %-10s %10d %10d %10d%n", "", LABELS[g], cm[g][0], cm[g][1], cm[g][2]);
        }
    }

    private static String ordinal(int n) {
        return n % 10 == 1 && n % 100 != 11 ? "st" : n % 10 == 2 && n % 100 != 12 ? "nd"
                : n % 10 == 3 && n % 100 != 13 ? "rd" : "th";
    }

    /** One TSV row of a misses file: gold, predicted, {@code third}, then the claim and the headline on one line. */
    private static String missLine(Row r, int predicted, String third) {
        return LABELS[r.gold()] + "\t" + LABELS[predicted] + "\t" + third + "\t" + r.claim().replaceAll("\\s+", " ")
                + "\t" + r.headline().replaceAll("\\s+", " ");
    }

    private static int score(List<Row> rows, HeadlineStance c, int[][] cm) {
        int right = 0;
        for (Row r : rows) {
            int p = label(c.classify(r.headline(), "", r.claim(), r.outlet()));
            cm[r.gold()][p]++;
            right += p == r.gold() ? 1 : 0;
        }
        return right;
    }

    private static int label(Presentation p) {
        return switch (p) {
            case ASSERTED -> 0;
            case ATTRIBUTED -> 1;
            case DENIED -> 2;
        };
    }
}
