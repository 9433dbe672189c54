package org.corroborate.scoring.reliability;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.corroborate.scoring.internal.SparseLogistic;

/**
 * The probability that a statement is true before any evidence on it is weighed: a logistic regression (maximum
 * entropy) model over its source's track record, its named attributes (party, venue, subjects, ...) and its own
 * words and cues, trained on {@link LabelledStatement}s.
 *
 * <p>Features, by {@link FeatureGroup}: the source's Beta-Binomial {@link TrackRecord} (the logit of its posterior
 * mean, {@code log(1 + n)} of its count, and whether it is empty), with a prior of the training rate and the
 * configured strength; for each training statement the record counts only the statements of other
 * cross-validation folds, so the model never sees a record that contains the statement's own verdict, while a new
 * statement is scored with the record of all training statements. The source itself, as one indicator (seen in at
 * least {@code minCount} training statements). Each attribute as {@code name=value} and, for
 * values of several words, each word; the statement's words and word pairs (numbers folded to one token, years to
 * another); and cues: a leading "says", numbers, percentages, money, hedges, absolutes and superlatives,
 * comparisons, negations, quotes, questions, first-person words and the length. Words and attributes seen in fewer
 * than {@code minCount} training statements are dropped.
 *
 * <p>The L2 penalty is chosen from {@link TrainingOptions#penalties()} by k-fold cross-validation on the training
 * statements alone (lowest log loss), and the model is then fitted to all of them; the decision {@link #threshold}
 * is the most accurate on the cross-validated probabilities at that penalty. Training is deterministic for
 * given statements and options. A model is immutable and thread-safe; {@link #probability} is in (0, 1).
 */
public final class ClaimPriorModel {

    /** The kinds of features; a model uses those in {@link TrainingOptions#groups()}. */
    public enum FeatureGroup {
        /** The source's track record. */
        RECORD,
        /**
         * The source itself, one indicator per source: a per-source effect fitted jointly with the other features
         * (the record is a marginal rate; this is what the source adds beyond its party, venues and words).
         */
        SOURCE,
        /** Named attributes of the statement. */
        ATTRIBUTES,
        /** Single words of the statement. */
        WORDS,
        /** Adjacent word pairs of the statement. */
        BIGRAMS,
        /** Cues: leading "says", numbers, hedges, absolutes, quotes, length, ... */
        CUES
    }

    /**
     * How to train.
     *
     * @param penalties      L2 penalties tried by cross-validation, each > 0, at least one
     * @param folds          cross-validation folds, for the penalty and for the out-of-fold records, >= 2
     * @param seed           fold-assignment seed
     * @param minCount       a word, word pair or attribute value is a feature when at least this many training
     *                       statements have it, >= 1
     * @param recordStrength strength of the Beta prior of a source's record (its mean is the training rate), > 0
     * @param maxIterations  L-BFGS iterations per fit, >= 1
     * @param groups         the feature groups used, at least one
     */
    public record TrainingOptions(List<Double> penalties, int folds, long seed, int minCount, double recordStrength,
                                  int maxIterations, Set<FeatureGroup> groups) {

        /** Penalties 1 to 300, 5 folds, words and attributes in at least 3 statements, record strength 16. */
        public static final TrainingOptions DEFAULTS = new TrainingOptions(List.of(1.0, 3.0, 10.0, 30.0, 100.0, 300.0),
                5, 2017, 3, 16, 300, EnumSet.allOf(FeatureGroup.class));

        public TrainingOptions {
            penalties = List.copyOf(penalties);
            if (penalties.isEmpty() || penalties.stream().anyMatch(p -> !(p > 0) || p.isInfinite())) {
                throw new IllegalArgumentException("need at least one penalty, each finite and > 0, got "
                        + penalties);
            }
            if (folds < 2 || minCount < 1 || maxIterations < 1) {
                throw new IllegalArgumentException("need folds >= 2, minCount >= 1, maxIterations >= 1, got " + folds
                        + ", " + minCount + ", " + maxIterations);
            }
            if (!(recordStrength > 0) || Double.isInfinite(recordStrength)) {
                throw new IllegalArgumentException("record strength must be finite and > 0, got " + recordStrength);
            }
            if (groups.isEmpty()) {
                throw new IllegalArgumentException("need at least one feature group");
            }
            groups = Set.copyOf(groups);
        }

        public TrainingOptions withPenalties(List<Double> v) {
            return new TrainingOptions(v, folds, seed, minCount, recordStrength, maxIterations, groups);
        }

        public TrainingOptions withFolds(int v) {
            return new TrainingOptions(penalties, v, seed, minCount, recordStrength, maxIterations, groups);
        }

        public TrainingOptions withMinCount(int v) {
            return new TrainingOptions(penalties, folds, seed, v, recordStrength, maxIterations, groups);
        }

        public TrainingOptions withRecordStrength(double v) {
            return new TrainingOptions(penalties, folds, seed, minCount, v, maxIterations, groups);
        }

        public TrainingOptions withGroups(Set<FeatureGroup> v) {
            return new TrainingOptions(penalties, folds, seed, minCount, recordStrength, maxIterations, v);
        }
    }

    private static final int MAGIC = 0x434f5250; // "CORP"
    // format 2 adds the decision threshold chosen by cross-validation; format 1 files load with a threshold of 0.5
    private static final int FORMAT = 2;
    /** Decision thresholds tried on the cross-validated probabilities, 0.30 to 0.70 by 0.01. */
    private static final int THRESHOLD_LOW = 30;
    private static final int THRESHOLD_HIGH = 70;
    // a number (digits with inner points and commas) or a word (a letter, then letters and digits, then 's and the
    // like); possessive and without a repeated group, so it is linear on any text
    private static final Pattern TOKEN = Pattern.compile("\\p{N}[\\p{N}.,]*+|\\p{L}[\\p{L}\\p{N}]*+(?:'\\p{L}++)?+");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\p{N}\\p{N}");
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "about", "nearly", "almost", "roughly",
            "approximately", "likely", "probably", "some", "around", "estimated", "perhaps", "possibly");
    private static final Set<String> ABSOLUTES = Set.of("never", "always", "all", "every", "nobody", "none",
            "only", "ever", "entire", "everyone", "everything", "nothing", "no", "any", "completely", "totally");
    private static final Set<String> SUPERLATIVES = Set.of("most", "least", "highest", "lowest", "largest",
            "biggest", "smallest", "best", "worst", "first", "record", "fastest", "greatest");
    private static final Set<String> COMPARATIVES = Set.of("than", "more", "less", "fewer", "doubled", "tripled",
            "increased", "decreased", "cut", "raised");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "didn't", "doesn't", "don't",
            "isn't", "wasn't", "won't", "can't");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us", "i'm", "we've");

    private final TrainingOptions options;
    private final double penalty;
    private final double cvLogLoss;
    private final double threshold;
    private final double[] cvProbabilities;
    private final Map<String, Integer> index;
    private final double[] weights;
    private final Map<String, long[]> records;
    private final double baseRate;

    private ClaimPriorModel(TrainingOptions options, double penalty, double cvLogLoss, double threshold,
                            double[] cvProbabilities, Map<String, Integer> index, double[] weights,
                            Map<String, long[]> records, double baseRate) {
        this.options = options;
        this.penalty = penalty;
        this.cvLogLoss = cvLogLoss;
        this.threshold = threshold;
        this.cvProbabilities = cvProbabilities;
        this.index = Map.copyOf(index);
        this.weights = weights;
        this.records = Map.copyOf(records);
        this.baseRate = baseRate;
    }

    /**
     * Chooses the penalty by cross-validation on {@code train}, then fits to all of it.
     *
     * @throws IllegalArgumentException when {@code train} has fewer statements than folds, or only one verdict
     */
    public static ClaimPriorModel train(List<LabelledStatement> train, TrainingOptions options) {
        Objects.requireNonNull(options, "options");
        if (train.size() < options.folds()) {
            throw new IllegalArgumentException("need at least " + options.folds() + " statements, got "
                    + train.size());
        }
        long positives = train.stream().filter(LabelledStatement::verdict).count();
        if (positives == 0 || positives == train.size()) {
            throw new IllegalArgumentException("need statements judged true and statements judged not, got "
                    + positives + " true of " + train.size());
        }
        int[] fold = folds(train.size(), options.folds(), options.seed());
        List<Double> penalties = options.penalties();
        double[] loss = new double[penalties.size()];
        double[][] cv = new double[penalties.size()][train.size()];
        for (int f = 0; f < options.folds(); f++) {
            List<LabelledStatement> fit = new ArrayList<>();
            List<LabelledStatement> held = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                (fold[i] == f ? held : fit).add(train.get(i));
            }
            Design design = Design.of(fit, options);
            SparseLogistic.Row[] heldRows = new SparseLogistic.Row[held.size()];
            int[] heldAt = new int[held.size()];
            for (int i = 0, h = 0; i < train.size(); i++) {
                if (fold[i] == f) {
                    heldAt[h++] = i;
                }
            }
            for (int i = 0; i < held.size(); i++) {
                heldRows[i] = design.row(held.get(i));
            }
            for (int p = 0; p < penalties.size(); p++) {
                double[] w = SparseLogistic.fit(design.rows, design.outcomes, design.index.size(), penalties.get(p),
                        options.maxIterations());
                for (int i = 0; i < held.size(); i++) {
                    double q = SparseLogistic.sigmoid(SparseLogistic.margin(w, heldRows[i]));
                    cv[p][heldAt[i]] = q;
                    loss[p] += logLoss(q, held.get(i).verdict());
                }
            }
        }
        int best = 0;
        for (int p = 1; p < penalties.size(); p++) {
            if (loss[p] < loss[best] - 1e-12) {
                best = p;
            }
        }
        Design design = Design.of(train, options);
        double[] w = SparseLogistic.fit(design.rows, design.outcomes, design.index.size(), penalties.get(best),
                options.maxIterations());
        return new ClaimPriorModel(options, penalties.get(best), loss[best] / train.size(),
                threshold(cv[best], train), cv[best], design.index, w, design.records, design.baseRate);
    }

    /**
     * The decision threshold with the highest accuracy of the cross-validated probabilities {@code p} (true when
     * {@code p >= t}), over 0.30 to 0.70 by 0.01; of equally accurate ones, the nearest to 0.5 (the lower of two
     * equally near).
     */
    static double threshold(double[] p, List<LabelledStatement> train) {
        int best = 50;
        long bestRight = -1;
        for (int k = THRESHOLD_LOW; k <= THRESHOLD_HIGH; k++) {
            double t = k / 100.0;
            long right = 0;
            for (int i = 0; i < p.length; i++) {
                right += (p[i] >= t) == train.get(i).verdict() ? 1 : 0;
            }
            if (right > bestRight || right == bestRight && Math.abs(k - 50) < Math.abs(best - 50)) {
                best = k;
                bestRight = right;
            }
        }
        return best / 100.0;
    }

    /** The probability, in (0, 1), that a statement of {@code source} with these words and attributes is true. */
    public double probability(String source, String text, List<LabelledStatement.Attribute> attributes) {
        return probability(new LabelledStatement(source, text, attributes, false));
    }

    /** The probability, in (0, 1), that {@code s} is true; its verdict is not looked at. */
    public double probability(LabelledStatement s) {
        long[] c = records.getOrDefault(s.source(), new long[2]);
        double p = SparseLogistic.sigmoid(SparseLogistic.margin(weights,
                encode(features(s, c, baseRate, options), index)));
        return Math.max(1e-9, Math.min(1 - 1e-9, p));
    }

    /** Whether the training statements hold a record of {@code source}. */
    public boolean knowsSource(String source) {
        return records.containsKey(source);
    }

    /** The L2 penalty chosen by cross-validation. */
    public double penalty() {
        return penalty;
    }

    /**
     * The decision threshold chosen by cross-validation on the training statements: a statement is predicted true
     * when its probability is at least this. 0.5 for a model of format 1, which had none.
     */
    public double threshold() {
        return threshold;
    }

    /**
     * The cross-validated probabilities of the training statements at the chosen penalty, in training order (each
     * from a model fitted without the statement's fold); empty for a model read from a file.
     */
    public double[] cvProbabilities() {
        return cvProbabilities.clone();
    }

    /** The cross-validated log loss per statement at the chosen penalty. */
    public double cvLogLoss() {
        return cvLogLoss;
    }

    /** Number of features (words, pairs, attribute values, cues, record). */
    public int featureCount() {
        return index.size();
    }

    public TrainingOptions options() {
        return options;
    }

    /**
     * The {@code n} features with the largest weights towards true (positive) and towards false (negative), as
     * {@code name<TAB>weight}, strongest first.
     */
    public List<String> strongestFeatures(int n) {
        List<Map.Entry<String, Integer>> all = new ArrayList<>(index.entrySet());
        all.sort((a, b) -> {
            int c = Double.compare(weights[b.getValue()], weights[a.getValue()]);
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        List<String> out = new ArrayList<>();
        int k = Math.min(n, all.size());
        for (int i = 0; i < k; i++) {
            out.add(String.format(Locale.ROOT, "%s\t%+.3f", all.get(i).getKey(), weights[all.get(i).getValue()]));
        }
        for (int i = Math.max(k, all.size() - k); i < all.size(); i++) {
            out.add(String.format(Locale.ROOT, "%s\t%+.3f", all.get(i).getKey(), weights[all.get(i).getValue()]));
        }
        return out;
    }

    /**
     * Writes the model (gzip, format 2: options, the chosen penalty, its CV log loss, the decision threshold, the
     * sources' records, each feature with its weight; format 1 had no threshold and still reads). A
     * model written from a proprietary or licensed table carries that table's records: treat it like the table.
     */
    public void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(options.penalties().size());
        for (double p : options.penalties()) {
            out.writeDouble(p);
        }
        out.writeInt(options.folds());
        out.writeLong(options.seed());
        out.writeInt(options.minCount());
        out.writeDouble(options.recordStrength());
        out.writeInt(options.maxIterations());
        List<FeatureGroup> groups = new ArrayList<>(options.groups());
        groups.sort(null);
        out.writeInt(groups.size());
        for (FeatureGroup g : groups) {
            out.writeUTF(g.name());
        }
        out.writeDouble(penalty);
        out.writeDouble(cvLogLoss);
        out.writeDouble(threshold);
        out.writeDouble(baseRate);
        List<String> sources = new ArrayList<>(records.keySet());
        sources.sort(null);
        out.writeInt(sources.size());
        for (String src : sources) {
            out.writeUTF(src);
            out.writeLong(records.get(src)[0]);
            out.writeLong(records.get(src)[1]);
        }
        List<String> names = new ArrayList<>(index.keySet());
        names.sort(null);
        out.writeInt(names.size());
        for (String f : names) {
            out.writeUTF(f);
            out.writeDouble(weights[index.get(f)]);
        }
        out.writeDouble(weights[weights.length - 1]);
        out.flush();
        gz.finish();
    }

    /** Reads a model written by {@link #write}; throws {@link IOException} when it is not one. */
    public static ClaimPriorModel read(InputStream is) throws IOException {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is)));
        } catch (ZipException | EOFException e) {
            throw new IOException("not a claim prior model (not gzip): " + e.getMessage(), e);
        }
        try {
            int magic = in.readInt();
            if (magic != MAGIC) {
                throw new IOException(String.format(Locale.ROOT, "not a claim prior model (magic 0x%08x, expected"
                        + " 0x%08x)", magic, MAGIC));
            }
            int format = in.readInt();
            if (format < 1 || format > FORMAT) {
                throw new IOException("claim prior model format " + format + ", expected 1 to " + FORMAT);
            }
            List<Double> penalties = new ArrayList<>();
            int np = count(in.readInt(), "penalty");
            for (int i = 0; i < np; i++) {
                penalties.add(in.readDouble());
            }
            int folds = in.readInt();
            long seed = in.readLong();
            int minCount = in.readInt();
            double strength = in.readDouble();
            int maxIterations = in.readInt();
            Set<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
            int ng = count(in.readInt(), "group");
            for (int i = 0; i < ng; i++) {
                groups.add(FeatureGroup.valueOf(in.readUTF()));
            }
            TrainingOptions options = new TrainingOptions(penalties, folds, seed, minCount, strength, maxIterations,
                    groups);
            double penalty = in.readDouble();
            double cvLogLoss = in.readDouble();
            double threshold = format >= 2 ? in.readDouble() : 0.5;
            double baseRate = in.readDouble();
            Map<String, long[]> records = new HashMap<>();
            int ns = count(in.readInt(), "source");
            for (int i = 0; i < ns; i++) {
                records.put(in.readUTF(), new long[] {in.readLong(), in.readLong()});
            }
            int nf = count(in.readInt(), "feature");
            Map<String, Integer> index = new HashMap<>();
            double[] w = new double[nf + 1];
            for (int i = 0; i < nf; i++) {
                index.put(in.readUTF(), i);
                w[i] = in.readDouble();
            }
            w[nf] = in.readDouble();
            if (!(baseRate > 0 && baseRate < 1)) {
                throw new IOException("bad base rate " + baseRate);
            }
            if (!(threshold > 0 && threshold < 1)) {
                throw new IOException("bad threshold " + threshold);
            }
            return new ClaimPriorModel(options, penalty, cvLogLoss, threshold, new double[0], index, w, records,
                    baseRate);
        } catch (EOFException e) {
            throw new IOException("not a claim prior model (truncated)", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("not a claim prior model: " + e.getMessage(), e);
        }
    }

    private static int count(int n, String what) throws IOException {
        if (n < 0 || n > 50_000_000) {
            throw new IOException("bad " + what + " count " + n);
        }
        return n;
    }

    /** The feature matrix of a set of training statements. */
    private static final class Design {
        final Map<String, Integer> index;
        final SparseLogistic.Row[] rows;
        final boolean[] outcomes;
        final Map<String, long[]> records;
        final double baseRate;
        final TrainingOptions options;

        private Design(Map<String, Integer> index, SparseLogistic.Row[] rows, boolean[] outcomes,
                       Map<String, long[]> records, double baseRate, TrainingOptions options) {
            this.options = options;
            this.index = index;
            this.rows = rows;
            this.outcomes = outcomes;
            this.records = records;
            this.baseRate = baseRate;
        }

        static Design of(List<LabelledStatement> train, TrainingOptions options) {
            int n = train.size();
            Map<String, long[]> records = counts(train);
            double base = (train.stream().filter(LabelledStatement::verdict).count() + 1.0) / (n + 2.0);
            // out-of-fold records: each statement sees the record of the other folds only
            int[] fold = folds(n, options.folds(), options.seed() + 1);
            List<Map<String, long[]>> byFold = new ArrayList<>();
            for (int f = 0; f < options.folds(); f++) {
                List<LabelledStatement> others = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (fold[i] != f) {
                        others.add(train.get(i));
                    }
                }
                byFold.add(counts(others));
            }
            List<List<String>> names = new ArrayList<>(n);
            Map<String, Integer> df = new HashMap<>();
            for (int i = 0; i < n; i++) {
                LabelledStatement s = train.get(i);
                long[] c = byFold.get(fold[i]).getOrDefault(s.source(), new long[2]);
                List<Feature> fs = features(s, c, base, options);
                List<String> ns = new ArrayList<>(fs.size());
                for (Feature f : fs) {
                    ns.add(f.name());
                    df.merge(f.name(), 1, Integer::sum);
                }
                names.add(ns);
            }
            Map<String, Integer> index = new HashMap<>();
            List<String> sorted = new ArrayList<>(df.keySet());
            sorted.sort(null); // a stable feature order, so training is deterministic
            for (String f : sorted) {
                if (df.get(f) >= options.minCount() || f.startsWith("record:")) {
                    index.put(f, index.size());
                }
            }
            SparseLogistic.Row[] rows = new SparseLogistic.Row[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                LabelledStatement s = train.get(i);
                long[] c = byFold.get(fold[i]).getOrDefault(s.source(), new long[2]);
                rows[i] = encode(features(s, c, base, options), index);
                y[i] = s.verdict();
            }
            return new Design(index, rows, y, records, base, options);
        }

        SparseLogistic.Row row(LabelledStatement s) {
            return encode(features(s, records.getOrDefault(s.source(), new long[2]), baseRate, options), index);
        }
    }

    private record Feature(String name, double value) {
    }

    private static Map<String, long[]> counts(List<LabelledStatement> statements) {
        Map<String, long[]> m = new HashMap<>();
        for (LabelledStatement s : statements) {
            if (!s.source().isEmpty()) {
                m.computeIfAbsent(s.source(), k -> new long[2])[s.verdict() ? 0 : 1]++;
            }
        }
        return m;
    }

    private static int[] folds(int n, int k, long seed) {
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[i] = i % k;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = fold[i];
            fold[i] = fold[j];
            fold[j] = t;
        }
        return fold;
    }

    private static SparseLogistic.Row encode(List<Feature> features, Map<String, Integer> index) {
        Map<Integer, Double> m = new HashMap<>();
        for (Feature f : features) {
            Integer at = index.get(f.name());
            if (at != null) {
                m.merge(at, f.value(), (a, b) -> a);
            }
        }
        int[] ix = new int[m.size()];
        double[] v = new double[m.size()];
        int k = 0;
        for (Map.Entry<Integer, Double> e : new java.util.TreeMap<>(m).entrySet()) {
            ix[k] = e.getKey();
            v[k++] = e.getValue();
        }
        return new SparseLogistic.Row(ix, v);
    }

    /** The features of {@code s}, whose source has {@code record} = {true, not} among the statements it may see. */
    private static List<Feature> features(LabelledStatement s, long[] record, double baseRate,
                                         TrainingOptions options) {
        List<Feature> out = new ArrayList<>();
        Set<FeatureGroup> g = options.groups();
        if (g.contains(FeatureGroup.RECORD)) {
            TrackRecord r = new TrackRecord(BetaPrior.ofMean(baseRate, options.recordStrength()), record[0],
                    record[1]);
            double m = r.posteriorMean();
            out.add(new Feature("record:logit", Math.log(m / (1 - m))));
            out.add(new Feature("record:log-count", Math.log1p(r.trials())));
            if (r.trials() == 0) {
                out.add(new Feature("record:empty", 1));
            }
        }
        if (g.contains(FeatureGroup.SOURCE) && !s.source().isEmpty()) {
            out.add(new Feature("source:" + s.source(), 1));
        }
        if (g.contains(FeatureGroup.ATTRIBUTES)) {
            for (LabelledStatement.Attribute a : s.attributes()) {
                String v = a.value().strip().toLowerCase(Locale.ROOT);
                if (v.isEmpty()) {
                    continue;
                }
                List<String> words = tokens(v);
                String key = a.name().strip().toLowerCase(Locale.ROOT);
                out.add(new Feature("attr:" + key + "=" + String.join(" ", words), 1));
                if (words.size() > 1) {
                    for (String w : words) {
                        out.add(new Feature("attr:" + key + "~" + w, 1));
                    }
                }
            }
        }
        List<String> words = tokens(s.text());
        if (g.contains(FeatureGroup.WORDS)) {
            for (String w : new LinkedHashSet<>(words)) {
                out.add(new Feature("word:" + w, 1));
            }
        }
        if (g.contains(FeatureGroup.BIGRAMS)) {
            for (int i = 0; i + 1 < words.size(); i++) {
                out.add(new Feature("pair:" + words.get(i) + " " + words.get(i + 1), 1));
            }
        }
        if (g.contains(FeatureGroup.CUES)) {
            cues(s.text(), words, out);
        }
        return out;
    }

    private static void cues(String text, List<String> words, List<Feature> out) {
        if (!words.isEmpty() && words.get(0).equals("says")) {
            out.add(new Feature("cue:says", 1));
        }
        int numbers = 0;
        boolean hedge = false;
        boolean absolute = false;
        boolean superlative = false;
        boolean comparative = false;
        boolean negation = false;
        boolean first = false;
        for (String w : words) {
            numbers += w.equals("<num>") || w.equals("<year>") ? 1 : 0;
            hedge |= HEDGES.contains(w);
            absolute |= ABSOLUTES.contains(w);
            superlative |= SUPERLATIVES.contains(w) || (w.length() > 5 && w.endsWith("est"));
            comparative |= COMPARATIVES.contains(w);
            negation |= NEGATIONS.contains(w) || w.endsWith("n't");
            first |= FIRST_PERSON.contains(w);
        }
        if (numbers > 0) {
            out.add(new Feature("cue:number", 1));
            if (numbers > 2) {
                out.add(new Feature("cue:numbers>2", 1));
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("%") || lower.contains("percent")) {
            out.add(new Feature("cue:percent", 1));
        }
        if (lower.contains("$") || lower.contains("dollar") || lower.contains("million")
                || lower.contains("billion") || lower.contains("trillion")) {
            out.add(new Feature("cue:money", 1));
        }
        addIf(out, hedge, "cue:hedge");
        addIf(out, absolute, "cue:absolute");
        addIf(out, superlative, "cue:superlative");
        addIf(out, comparative, "cue:comparative");
        addIf(out, negation, "cue:negation");
        addIf(out, first, "cue:first-person");
        addIf(out, text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0, "cue:quote");
        addIf(out, text.indexOf('?') >= 0, "cue:question");
        addIf(out, text.indexOf('!') >= 0, "cue:exclamation");
        int n = words.size();
        out.add(new Feature(n < 10 ? "cue:length<10" : n < 20 ? "cue:length<20" : n < 30 ? "cue:length<30"
                : "cue:length>=30", 1));
    }

    private static void addIf(List<Feature> out, boolean on, String name) {
        if (on) {
            out.add(new Feature(name, 1));
        }
    }

    /** The words of {@code text} in lower case (root locale); numbers become {@code <num>}, years {@code <year>}. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String t = m.group();
            int end = t.length();
            while (end > 1 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == ',')) {
                end--;
            }
            if (Character.isLetter(t.codePointAt(0))) {
                out.add(t);
            } else if (end == 4 && YEAR.matcher(t.substring(0, end)).matches()) {
                out.add("<year>");
            } else {
                out.add("<num>");
            }
        }
        return out;
    }

    private static double logLoss(double p, boolean y) {
        double q = Math.max(1e-12, Math.min(1 - 1e-12, p));
        return -(y ? Math.log(q) : Math.log(1 - q));
    }
}
