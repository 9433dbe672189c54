package org.corroborate.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Location;
import org.corroborate.ingest.TableLines;
import org.corroborate.scoring.reliability.BetaPrior;
import org.corroborate.scoring.reliability.ClaimPriorModel;
import org.corroborate.scoring.reliability.LabelledStatement;
import org.corroborate.scoring.reliability.TrackRecord;

/**
 * Does a speaker's track record predict whether their next statement is true-ish? On LIAR (Wang 2017): a
 * statement is true-ish when labelled {@code true}, {@code mostly-true} or {@code half-true}. Each speaker's
 * {@link TrackRecord} is built from the train labels only (the credit-history columns are not used: they count
 * the statement itself, which would leak its label); the probability for a valid statement is the posterior mean
 * of its speaker's record, predicted true-ish when at least 0.5.
 *
 * <p>The prior, Beta with the train rate of true-ish (overall, or of the speaker's party) as mean and a strength
 * {@code k}, is chosen on train alone by 5-fold cross-validation (lowest log loss over {@link #STRENGTHS} and both
 * kinds), then fixed for valid.
 */
public final class LiarEvaluation {

    /** Prior strengths tried. */
    public static final double[] STRENGTHS = {0.5, 1, 2, 4, 8, 16, 32, 64};
    private static final Set<String> TRUEISH = Set.of("true", "mostly-true", "half-true");
    private static final Set<String> LABELS = Set.of("true", "mostly-true", "half-true", "barely-true", "false",
            "pants-fire");
    private static final int FOLDS = 5;
    private static final int BINS = 10;

    /**
     * A labelled statement: who said it, their party, whether it is true-ish, and the speaker's credit history from
     * LIAR's columns 9-13 without this statement (true-ish = half-true + mostly-true, other = barely-true + false +
     * pants-fire; LIAR has no column for "true"), both 0 when absent; the statement's words and its other columns
     * (venue, subjects, job, state, party) as attributes for the {@link ClaimPriorModel}.
     */
    public record Statement(String speaker, String party, boolean trueish, long creditTrueish, long creditOther,
                            String text, List<LabelledStatement.Attribute> attributes, boolean creditCountsItself) {
        public Statement {
            attributes = List.copyOf(attributes);
        }

        public Statement(String speaker, String party, boolean trueish, long creditTrueish, long creditOther,
                         String text, List<LabelledStatement.Attribute> attributes) {
            this(speaker, party, trueish, creditTrueish, creditOther, text, attributes, false);
        }

        public Statement(String speaker, String party, boolean trueish, long creditTrueish, long creditOther) {
            this(speaker, party, trueish, creditTrueish, creditOther, "", List.of());
        }

        public Statement(String speaker, String party, boolean trueish) {
            this(speaker, party, trueish, 0, 0);
        }

        /** As training data of a {@link ClaimPriorModel}: the speaker is the source, true-ish the verdict. */
        public LabelledStatement labelled() {
            return new LabelledStatement(speaker, text, attributes, trueish);
        }
    }

    /** Where a speaker's record comes from. */
    public enum RecordSource {
        /** Labels of the speaker's statements in train.tsv: the main evaluation. */
        TRAIN_LABELS,
        /**
         * LIAR's credit-history columns minus the statement itself: PolitiFact's whole count for the speaker, which
         * may include statements later than the one predicted. A secondary figure, not the main one.
         */
        CREDIT_HISTORY,
        /**
         * LIAR's credit-history columns as given, the statement's own label included where its column counts it:
         * the record then leaks the label being predicted. Not a result: shown to explain published figures that
         * use these columns.
         */
        CREDIT_HISTORY_AS_GIVEN
    }

    /** Whether the prior's mean is the overall rate or the party's. */
    public enum PriorKind { OVERALL, PARTY }

    /** A reliability-diagram bin: predictions in [lower, upper). */
    public record Bin(double lower, double upper, int count, double meanPredicted, double observed) {
    }

    /** The figures. */
    public record Report(RecordSource source, int train, int valid, PriorKind kind, double strength, double cvLogLoss, double accuracy,
            double majorityBaseline, String majorityClass, double logLoss, double brier, double ece, List<Bin> bins,
            int validSpeakersSeen, long creditCountsItself) {
        public Report {
            bins = List.copyOf(bins);
        }
    }

    private LiarEvaluation() {
    }

    /** Reads {@code dir/train.tsv} and {@code dir/valid.tsv} and evaluates with both record sources. */
    public static List<Report> run(Path dir, Diagnostics diagnostics) {
        List<Statement> train = read(dir.resolve("train.tsv"), diagnostics);
        List<Statement> valid = read(dir.resolve("valid.tsv"), diagnostics);
        return List.of(evaluate(train, valid, RecordSource.TRAIN_LABELS),
                evaluate(train, valid, RecordSource.CREDIT_HISTORY),
                evaluate(train, valid, RecordSource.CREDIT_HISTORY_AS_GIVEN));
    }

    /** Speaker records from train labels: see {@link #evaluate(List, List, RecordSource)}. */
    public static Report evaluate(List<Statement> train, List<Statement> valid) {
        return evaluate(train, valid, RecordSource.TRAIN_LABELS);
    }

    /** Tunes the prior on {@code train} by cross-validation, then scores {@code valid}. */
    public static Report evaluate(List<Statement> train, List<Statement> valid, RecordSource source) {
        if (train.isEmpty() || valid.isEmpty()) {
            throw new IllegalArgumentException("need train and valid statements, got " + train.size() + " and "
                    + valid.size());
        }
        // cross-validation on train only
        int[] fold = new int[train.size()];
        SplittableRandom rnd = new SplittableRandom(2017);
        for (int i = 0; i < fold.length; i++) {
            fold[i] = i % FOLDS;
        }
        for (int i = fold.length - 1; i > 0; i--) { // seeded shuffle
            int j = rnd.nextInt(i + 1);
            int t = fold[i];
            fold[i] = fold[j];
            fold[j] = t;
        }
        PriorKind bestKind = PriorKind.OVERALL;
        double bestK = STRENGTHS[0];
        double bestLoss = Double.POSITIVE_INFINITY;
        for (PriorKind kind : PriorKind.values()) {
            for (double k : STRENGTHS) {
                double loss = 0;
                for (int f = 0; f < FOLDS; f++) {
                    List<Statement> fit = new ArrayList<>();
                    List<Statement> held = new ArrayList<>();
                    for (int i = 0; i < train.size(); i++) {
                        (fold[i] == f ? held : fit).add(train.get(i));
                    }
                    Model m = Model.fit(fit, kind, k, source);
                    for (Statement s : held) {
                        loss += logLoss(m.probability(s), s.trueish());
                    }
                }
                loss /= train.size();
                if (loss < bestLoss - 1e-12) {
                    bestLoss = loss;
                    bestKind = kind;
                    bestK = k;
                }
            }
        }
        Model model = Model.fit(train, bestKind, bestK, source);
        double[] p = new double[valid.size()];
        int seen = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = model.probability(valid.get(i));
            seen += model.knows(valid.get(i)) ? 1 : 0;
        }
        Scores sc = Scores.of(p, outcomes(valid));
        boolean majorityTrue = majorityTrue(train);
        return new Report(source, train.size(), valid.size(), bestKind, bestK, bestLoss, sc.accuracy(),
                majorityAccuracy(majorityTrue, valid), majorityTrue ? "true-ish" : "not true-ish", sc.logLoss(),
                sc.brier(), sc.ece(), sc.bins(), seen, train.stream().filter(Statement::creditCountsItself).count());
    }

    /**
     * Trains a {@link ClaimPriorModel} on {@code train} (its penalty chosen by cross-validation on train alone) and
     * scores {@code valid}.
     */
    public static ModelReport evaluateModel(List<Statement> train, List<Statement> valid,
                                            ClaimPriorModel.TrainingOptions options) {
        if (train.isEmpty() || valid.isEmpty()) {
            throw new IllegalArgumentException("need train and valid statements, got " + train.size() + " and "
                    + valid.size());
        }
        ClaimPriorModel model = ClaimPriorModel.train(train.stream().map(Statement::labelled).toList(), options);
        double[] cv = model.cvProbabilities();
        double[] p = probabilities(model, valid);
        return new ModelReport(train.size(), valid.size(), model.penalty(), model.cvLogLoss(), model.featureCount(),
                majorityAccuracy(majorityTrue(train), valid), Scores.of(cv, outcomes(train)),
                accuracy(cv, outcomes(train), model.threshold()), Scores.of(p, outcomes(valid)),
                accuracy(p, outcomes(valid), model.threshold()), model);
    }

    /** The share of {@code p} on the side of {@code threshold} (true when at least it) that {@code y} is on. */
    public static double accuracy(double[] p, boolean[] y, double threshold) {
        int right = 0;
        for (int i = 0; i < p.length; i++) {
            right += (p[i] >= threshold) == y[i] ? 1 : 0;
        }
        return (double) right / p.length;
    }

    private static double[] probabilities(ClaimPriorModel model, List<Statement> statements) {
        double[] p = new double[statements.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.probability(statements.get(i).labelled());
        }
        return p;
    }

    /** The figures of {@code model} on {@code statements}. */
    public static Scores scores(ClaimPriorModel model, List<Statement> statements) {
        return Scores.of(probabilities(model, statements), outcomes(statements));
    }

    private static boolean[] outcomes(List<Statement> statements) {
        boolean[] y = new boolean[statements.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = statements.get(i).trueish();
        }
        return y;
    }

    private static boolean majorityTrue(List<Statement> train) {
        return train.stream().filter(Statement::trueish).count() * 2 >= train.size();
    }

    private static double majorityAccuracy(boolean majorityTrue, List<Statement> valid) {
        return (double) valid.stream().filter(s -> s.trueish() == majorityTrue).count() / valid.size();
    }

    /**
     * Accuracy (true-ish when p >= 0.5), log loss, Brier score, expected calibration error over 10 equal-width bins,
     * and the bins (the reliability diagram).
     */
    public record Scores(double accuracy, double logLoss, double brier, double ece, List<Bin> bins) {
        public Scores {
            bins = List.copyOf(bins);
        }

        /** The scores of probabilities {@code p} for outcomes {@code y} (same length, at least one). */
        public static Scores of(double[] p, boolean[] y) {
            if (p.length != y.length || p.length == 0) {
                throw new IllegalArgumentException("need as many probabilities as outcomes, at least one, got "
                        + p.length + " and " + y.length);
            }
            int correct = 0;
            double ll = 0;
            double brier = 0;
            int[] count = new int[BINS];
            double[] sumP = new double[BINS];
            int[] positives = new int[BINS];
            for (int i = 0; i < p.length; i++) {
                double e = p[i] - (y[i] ? 1 : 0);
                correct += (p[i] >= 0.5) == y[i] ? 1 : 0;
                ll += LiarEvaluation.logLoss(p[i], y[i]);
                brier += e * e;
                int b = Math.min(BINS - 1, (int) (p[i] * BINS));
                count[b]++;
                sumP[b] += p[i];
                positives[b] += y[i] ? 1 : 0;
            }
            List<Bin> bins = new ArrayList<>();
            double ece = 0;
            for (int b = 0; b < BINS; b++) {
                double mean = count[b] == 0 ? 0 : sumP[b] / count[b];
                double obs = count[b] == 0 ? 0 : (double) positives[b] / count[b];
                bins.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, count[b], mean, obs));
                ece += (double) count[b] / p.length * Math.abs(mean - obs);
            }
            int n = p.length;
            return new Scores((double) correct / n, ll / n, brier / n, ece, bins);
        }
    }

    /**
     * The claim prior model's figures: the penalty chosen on train, its cross-validated log loss, the number of
     * features, the majority baseline, the scores of the cross-validated probabilities on train ({@code cv}, at 0.5,
     * and the accuracy at the model's threshold chosen on them), the scores on valid (at 0.5, and the accuracy at
     * that threshold); {@code model} is the trained model.
     */
    public record ModelReport(int train, int valid, double penalty, double cvLogLoss, int features,
                              double majorityBaseline, Scores cv, double cvAccuracyAtThreshold, Scores scores,
                              double accuracyAtThreshold, ClaimPriorModel model) {
    }

    private static double logLoss(double p, boolean y) {
        double q = Math.max(1e-12, Math.min(1 - 1e-12, p));
        return -(y ? Math.log(q) : Math.log(1 - q));
    }

    /** Speaker records plus the prior. */
    private static final class Model {
        private final Map<String, long[]> speakers;
        private final Map<String, BetaPrior> partyPriors;
        private final BetaPrior overall;
        private final PriorKind kind;
        private final RecordSource source;

        private Model(Map<String, long[]> speakers, Map<String, BetaPrior> partyPriors, BetaPrior overall,
                PriorKind kind, RecordSource source) {
            this.speakers = speakers;
            this.partyPriors = partyPriors;
            this.overall = overall;
            this.kind = kind;
            this.source = source;
        }

        static Model fit(List<Statement> train, PriorKind kind, double strength, RecordSource source) {
            Map<String, long[]> speakers = new HashMap<>();
            Map<String, long[]> parties = new HashMap<>();
            long t = 0;
            for (Statement s : train) {
                speakers.computeIfAbsent(s.speaker(), k -> new long[2])[s.trueish() ? 0 : 1]++;
                parties.computeIfAbsent(s.party(), k -> new long[2])[s.trueish() ? 0 : 1]++;
                t += s.trueish() ? 1 : 0;
            }
            // rates smoothed by one pseudo-count each way so that a party of one statement has a mean in (0, 1)
            BetaPrior overall = BetaPrior.ofMean((t + 1.0) / (train.size() + 2.0), strength);
            Map<String, BetaPrior> partyPriors = new HashMap<>();
            parties.forEach((p, c) -> partyPriors.put(p, BetaPrior.ofMean((c[0] + 1.0) / (c[0] + c[1] + 2.0),
                    strength)));
            return new Model(speakers, partyPriors, overall, kind, source);
        }

        boolean knows(Statement s) {
            return switch (source) {
                case TRAIN_LABELS -> speakers.containsKey(s.speaker());
                case CREDIT_HISTORY -> s.creditTrueish() + s.creditOther() > 0;
                case CREDIT_HISTORY_AS_GIVEN -> s.creditTrueish() + s.creditOther() > 0 || s.creditCountsItself();
            };
        }

        double probability(Statement s) {
            BetaPrior prior = kind == PriorKind.PARTY ? partyPriors.getOrDefault(s.party(), overall) : overall;
            if (source == RecordSource.CREDIT_HISTORY) {
                return new TrackRecord(prior, s.creditTrueish(), s.creditOther()).posteriorMean();
            }
            if (source == RecordSource.CREDIT_HISTORY_AS_GIVEN) {
                long self = s.creditCountsItself() ? 1 : 0;
                return new TrackRecord(prior, s.creditTrueish() + (s.trueish() ? self : 0),
                        s.creditOther() + (s.trueish() ? 0 : self)).posteriorMean();
            }
            long[] c = speakers.getOrDefault(s.speaker(), new long[2]);
            return new TrackRecord(prior, c[0], c[1]).posteriorMean();
        }
    }

    /** LIAR TSV: id, label, statement, subjects, speaker, job, state, party, 5 counts, context. */
    public static List<Statement> read(Path file, Diagnostics diagnostics) {
        List<Statement> out = new ArrayList<>();
        try (TableLines in = TableLines.open(file, diagnostics)) {
            String line;
            while ((line = in.nextRecord()) != null) {
                String[] f = line.split("\t", -1);
                Location where = in.where();
                if (f.length < 8) {
                    diagnostics.error(where, "invalid-record", "expected 14 tab-separated LIAR columns, got "
                            + f.length, line);
                    continue;
                }
                String label = f[1].strip().toLowerCase(Locale.ROOT);
                if (!LABELS.contains(label)) {
                    diagnostics.error(where, "invalid-value", "label \"" + f[1] + "\" is not one of " + LABELS, line);
                    continue;
                }
                String speaker = f[4].strip().toLowerCase(Locale.ROOT);
                long[] credit = credit(f, label);
                String party = f[7].strip().toLowerCase(Locale.ROOT);
                List<LabelledStatement.Attribute> attributes = new ArrayList<>();
                attributes.add(new LabelledStatement.Attribute("party", party));
                for (String subject : f[3].split(",")) {
                    attributes.add(new LabelledStatement.Attribute("subject", subject));
                }
                attributes.add(new LabelledStatement.Attribute("job", f[5]));
                attributes.add(new LabelledStatement.Attribute("state", f[6]));
                attributes.add(new LabelledStatement.Attribute("venue", f.length > 13 ? f[13] : ""));
                out.add(new Statement(speaker.isEmpty() ? "(unknown)" : speaker, party, TRUEISH.contains(label),
                        credit[0], credit[1], f[2], attributes, credit[2] == 1));
            }
        } catch (IOException e) {
            diagnostics.error(Location.ofFile(file.toString()), "unreadable", e.getMessage(), "");
        }
        return out;
    }

    /**
     * Columns 9-13 (barely-true, false, half-true, mostly-true, pants-fire counts, this statement included) as
     * {true-ish, other, 1 when the statement's own label was counted (and taken off), else 0} without this
     * statement; {0, 0, 0} when missing or not numbers.
     */
    private static long[] credit(String[] f, String label) {
        if (f.length < 13) {
            return new long[3];
        }
        String[] names = {"barely-true", "false", "half-true", "mostly-true", "pants-fire"};
        long[] c = new long[5];
        long self = 0;
        for (int i = 0; i < 5; i++) {
            try {
                c[i] = (long) Double.parseDouble(f[8 + i].strip());
            } catch (NumberFormatException e) {
                return new long[3];
            }
            if (names[i].equals(label) && c[i] > 0) {
                c[i]--;
                self = 1;
            }
        }
        return new long[] {c[2] + c[3], c[0] + c[1] + c[4], self};
    }

    /** The report as text lines. */
    public static List<String> format(Report r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "LIAR, speaker record from %s: %d train, %d valid statements (%d of"
                + " valid with a non-empty record)", switch (r.source()) {
                    case TRAIN_LABELS -> "train.tsv labels";
                    case CREDIT_HISTORY -> "the credit-history columns minus the statement itself (secondary)";
                    case CREDIT_HISTORY_AS_GIVEN -> "the credit-history columns as given, the statement's own label"
                            + " included (" + r.creditCountsItself() + " of " + r.train() + " train statements"
                            + " counted in their own record): LEAKS THE LABEL, not a result";
                }, r.train(), r.valid(), r.validSpeakersSeen()));
        lines.add(String.format(Locale.ROOT, "prior chosen by 5-fold CV on train: %s rate, strength %s (CV log"
                + " loss %.4f)", r.kind().name().toLowerCase(Locale.ROOT), r.strength(), r.cvLogLoss()));
        lines.add(String.format(Locale.ROOT, "valid accuracy (true-ish when P >= 0.5): %.4f", r.accuracy()));
        lines.add(String.format(Locale.ROOT, "majority-class baseline (%s, from train): %.4f", r.majorityClass(),
                r.majorityBaseline()));
        lines.add(String.format(Locale.ROOT, "log loss %.4f, Brier %.4f, ECE (10 bins) %.4f", r.logLoss(),
                r.brier(), r.ece()));
        lines.addAll(diagram(r.bins()));
        return lines;
    }

    /** The claim prior model's report as text lines. */
    public static List<String> format(ModelReport r) {
        List<String> lines = new ArrayList<>();
        ClaimPriorModel.TrainingOptions o = r.model().options();
        lines.add(String.format(Locale.ROOT, "LIAR, claim prior model (logistic regression over the speaker's"
                + " out-of-fold record, party, venue, subjects, job, state, the statement's words, pairs and cues):"
                + " %d train, %d valid statements", r.train(), r.valid()));
        lines.add(String.format(Locale.ROOT, "feature groups %s; %d features (min count %d); record prior strength"
                + " %s", o.groups().stream().map(g -> g.name().toLowerCase(Locale.ROOT)).sorted().toList(),
                r.features(), o.minCount(), o.recordStrength()));
        lines.add(String.format(Locale.ROOT, "L2 penalty chosen by %d-fold CV on train from %s: %s (CV log loss"
                + " %.4f)", o.folds(), o.penalties(), r.penalty(), r.cvLogLoss()));
        lines.add(String.format(Locale.ROOT, "majority-class baseline (from train): %.4f", r.majorityBaseline()));
        lines.addAll(format("train, cross-validated,", r.cv()));
        lines.add(String.format(Locale.ROOT, "decision threshold chosen on the cross-validated probabilities: %.2f"
                + " (train CV accuracy %.4f at it)", r.model().threshold(), r.cvAccuracyAtThreshold()));
        lines.addAll(format("valid", r.scores()));
        lines.add(String.format(Locale.ROOT, "valid accuracy at the threshold %.2f: %.4f", r.model().threshold(),
                r.accuracyAtThreshold()));
        return lines;
    }

    /** Accuracy, log loss, Brier, ECE and the reliability diagram of {@code what}, as text lines. */
    public static List<String> format(String what, Scores s) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%s accuracy (true-ish when P >= 0.5): %.4f", what, s.accuracy()));
        lines.add(String.format(Locale.ROOT, "%s log loss %.4f, Brier %.4f, ECE (10 bins) %.4f", what, s.logLoss(),
                s.brier(), s.ece()));
        lines.addAll(diagram(s.bins()));
        return lines;
    }

    private static List<String> diagram(List<Bin> bins) {
        List<String> lines = new ArrayList<>();
        lines.add("reliability diagram: bin\tcount\tmean predicted\tobserved true-ish");
        for (Bin b : bins) {
            lines.add(String.format(Locale.ROOT, "  [%.1f, %.1f)\t%d\t%.4f\t%.4f", b.lower(), b.upper(), b.count(),
                    b.meanPredicted(), b.observed()));
        }
        return lines;
    }
}
