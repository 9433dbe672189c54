package org.corroborate.ingest.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A headline presentation classifier learned on top of the rules: a multinomial logistic regression over the rules'
 * decision, every rule cue that matches (hedges, reporting and saying verbs, modals, negations the claim lacks,
 * debunking words, question marks, a named source; see {@link PresentationClassifier}), the claim's own cues, how
 * much of the claim the headline restates and how much it adds, the headline's length and punctuation, and
 * optionally the headline's words (features in the spirit of Ferreira and Vlachos 2016, without a parser).
 *
 * <p>Trained by stochastic gradient descent with L2 regularisation on labelled headlines (Emergent's
 * {@code for}/{@code observing}/{@code against} as ASSERTED/ATTRIBUTED/DENIED); training is deterministic for given
 * examples and options. As with the rules, a headline that shows nothing (predicted ASSERTED) is followed by the
 * lead when there is one. A model is immutable and thread-safe.
 */
public final class PresentationModel implements HeadlineStance {

    private static final int MAGIC = 0x434f5253; // "CORS"
    private static final int FORMAT = 1;
    private static final Presentation[] LABELS = Presentation.values();
    private static final int K = LABELS.length;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "is",
            "are", "was", "were", "be", "been", "with", "at", "by", "from", "as", "it", "its", "that", "this", "his",
            "her", "their", "he", "she", "they", "has", "have", "had", "will", "after", "over", "into", "about");

    /**
     * How to train.
     *
     * @param epochs       passes over the examples (at least 1)
     * @param learningRate initial step size (positive); step t of epoch e is {@code rate / (1 + e)}
     * @param l2           L2 penalty per step on the weights of the active features (0 or more)
     * @param seed         shuffling seed
     * @param words        also use the headline's words as features (claim-specific words are a risk when new
     *                     claims come; cross-validation by claim says whether they help)
     * @param outlets      also use the article's outlet (house style: some outlets hedge, tabloids assert)
     */
    public record TrainingOptions(int epochs, double learningRate, double l2, long seed, boolean words,
                                  boolean outlets) {

        public static final TrainingOptions DEFAULTS = new TrainingOptions(20, 0.1, 0.1, 17, false, true);

        public TrainingOptions {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learning rate must be positive, got " + learningRate);
            }
            if (!(l2 >= 0) || Double.isInfinite(l2)) {
                throw new IllegalArgumentException("l2 must be 0 or more, got " + l2);
            }
        }

        public TrainingOptions withEpochs(int v) {
            return new TrainingOptions(v, learningRate, l2, seed, words, outlets);
        }

        public TrainingOptions withL2(double v) {
            return new TrainingOptions(epochs, learningRate, v, seed, words, outlets);
        }

        public TrainingOptions withWords(boolean v) {
            return new TrainingOptions(epochs, learningRate, l2, seed, v, outlets);
        }

        public TrainingOptions withOutlets(boolean v) {
            return new TrainingOptions(epochs, learningRate, l2, seed, words, v);
        }
    }

    /**
     * A labelled headline: how {@code headline} presents {@code claim} (may be empty) in an article of {@code outlet}
     * (its URL's host or its name; may be empty).
     */
    public record Example(String headline, String claim, String outlet, Presentation gold) {
        public Example {
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(gold, "gold");
        }
    }

    private final PresentationClassifier rules;
    private final TrainingOptions options;
    private final Map<String, Integer> index;
    private final float[] weights; // feature f, label k at f * K + k

    private PresentationModel(PresentationClassifier rules, TrainingOptions options, Map<String, Integer> index,
                              float[] weights) {
        this.rules = rules;
        this.options = options;
        this.index = Map.copyOf(index);
        this.weights = weights;
    }

    /** Trains a model over the cues of {@code rules} on {@code examples} (at least one). */
    public static PresentationModel train(List<Example> examples, PresentationClassifier rules,
                                          TrainingOptions options) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no example to train on");
        }
        Map<String, Integer> index = new HashMap<>();
        List<int[]> xs = new ArrayList<>();
        int[] ys = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            List<String> fs = features(rules, options, e.headline(), e.claim(), e.outlet());
            int[] x = new int[fs.size()];
            for (int j = 0; j < x.length; j++) {
                x[j] = index.computeIfAbsent(fs.get(j), f -> index.size());
            }
            xs.add(x);
            ys[i] = e.gold().ordinal();
        }
        float[] w = new float[index.size() * K];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            order.add(i);
        }
        Random random = new Random(options.seed());
        double[] p = new double[K];
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            double rate = options.learningRate() / (1 + epoch);
            for (int i : order) {
                int[] x = xs.get(i);
                probabilities(w, x, p);
                for (int f : x) {
                    for (int k = 0; k < K; k++) {
                        int at = f * K + k;
                        double g = (k == ys[i] ? 1 : 0) - p[k];
                        w[at] += (float) (rate * (g - options.l2() * w[at]));
                    }
                }
            }
        }
        return new PresentationModel(rules, options, index, w);
    }

    @Override
    public Presentation classify(String headline, String lead, String claim) {
        return classify(headline, lead, claim, "");
    }

    @Override
    public Presentation classify(String headline, String lead, String claim, String outlet) {
        if (headline.isBlank()) {
            return classifyText(lead, claim, outlet);
        }
        Presentation p = classifyText(headline, claim, outlet);
        if (p == Presentation.ASSERTED && rules.options().useLead() && !lead.isBlank()) {
            return classifyText(lead, claim, outlet);
        }
        return p;
    }

    private Presentation classifyText(String text, String claim, String outlet) {
        List<String> fs = features(rules, options, text, claim, outlet);
        int[] x = new int[fs.size()];
        int n = 0;
        for (String f : fs) {
            Integer at = index.get(f);
            if (at != null) {
                x[n++] = at;
            }
        }
        double[] p = new double[K];
        probabilities(weights, java.util.Arrays.copyOf(x, n), p);
        int best = 0;
        for (int k = 1; k < K; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return LABELS[best];
    }

    /** The rules this model weighs (their options are stored with the model). */
    public PresentationClassifier rules() {
        return rules;
    }

    /** The options it was trained with (which feature groups it uses). */
    public TrainingOptions trainingOptions() {
        return options;
    }

    public int featureCount() {
        return index.size();
    }

    /**
     * The {@code n} features with the largest weight for {@code label}, strongest first, as {@code feature=weight}
     * (for reading what the model learned).
     */
    public List<String> strongest(Presentation label, int n) {
        TreeMap<Float, List<String>> byWeight = new TreeMap<>(Collections.reverseOrder());
        index.forEach((f, at) -> byWeight.computeIfAbsent(weights[at * K + label.ordinal()], w -> new ArrayList<>())
                .add(f));
        List<String> out = new ArrayList<>();
        for (var e : byWeight.entrySet()) {
            List<String> fs = new ArrayList<>(e.getValue());
            Collections.sort(fs);
            for (String f : fs) {
                if (out.size() < n) {
                    out.add(String.format(Locale.ROOT, "%s=%.2f", f, e.getKey()));
                }
            }
        }
        return out;
    }

    private static void probabilities(float[] w, int[] x, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < K; k++) {
            double s = 0;
            for (int f : x) {
                s += w[f * K + k];
            }
            p[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < K; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < K; k++) {
            p[k] /= sum;
        }
    }

    /** The features of a headline for a claim (package-private for tests). */
    static List<String> features(PresentationClassifier rules, TrainingOptions options, String headline, String claim,
                                 String outlet) {
        Set<String> fs = new LinkedHashSet<>();
        fs.add("bias");
        Presentation decided = rules.classify(headline, claim);
        if (decided == Presentation.ASSERTED && PresentationClassifier.reportKicker(outlet)) {
            decided = Presentation.ATTRIBUTED; // as the rules read an article's URL
            fs.add("cue:reportKicker");
        } else if (decided == Presentation.ASSERTED && PresentationClassifier.factChecker(outlet)) {
            decided = Presentation.ATTRIBUTED;
            fs.add("cue:factChecker");
        }
        String rule = decided.name();
        fs.add("rule=" + rule);
        for (String cue : rules.cues(headline, claim)) {
            fs.add("cue:" + cue);
            if (cue.indexOf('=') < 0) {
                fs.add("rule=" + rule + "&cue:" + cue);
            }
        }
        if (!claim.isBlank()) {
            for (String cue : rules.cues(claim, "")) {
                if (cue.indexOf('=') < 0) {
                    fs.add("claim:" + cue);
                }
            }
        }
        List<String> head = tokens(headline);
        List<String> claimTokens = tokens(claim);
        Set<String> headContent = content(head);
        Set<String> claimContent = content(claimTokens);
        if (!claimContent.isEmpty()) {
            int covered = 0;
            for (String t : claimContent) {
                covered += headContent.contains(t) ? 1 : 0;
            }
            int cov = (int) (4.0 * covered / claimContent.size());
            fs.add("covers=" + cov);
            fs.add("rule=" + rule + "&covers=" + cov);
        } else {
            fs.add("noClaim");
        }
        if (!headContent.isEmpty() && !claimContent.isEmpty()) {
            int added = 0;
            for (String t : headContent) {
                added += claimContent.contains(t) ? 0 : 1;
            }
            fs.add("adds=" + (int) (4.0 * added / headContent.size()));
        }
        fs.add("length=" + Math.min(head.size() / 4, 5));
        if (headline.indexOf('!') >= 0) {
            fs.add("exclamation");
        }
        if (headline.chars().anyMatch(ch -> ch == '"' || ch == '\u201c' || ch == '\u201d')) {
            fs.add("quotes");
        }
        if (headline.chars().anyMatch(Character::isDigit)) {
            fs.add("digits");
        }
        if (options.words()) {
            for (String t : head) {
                fs.add("w:" + t);
            }
        }
        String o = outletKey(outlet);
        if (options.outlets() && !o.isEmpty()) {
            fs.add("outlet=" + o);
            fs.add("outlet=" + o + "&rule=" + rule);
        }
        return List.copyOf(fs);
    }

    /** {@code www.dailymail.co.uk} and {@code https://www.dailymail.co.uk/news/...} as {@code dailymail.co.uk}. */
    static String outletKey(String outlet) {
        String o = outlet.strip().toLowerCase(Locale.ROOT);
        int scheme = o.indexOf("://");
        if (scheme >= 0) {
            o = o.substring(scheme + 3);
        }
        int slash = o.indexOf('/');
        if (slash >= 0) {
            o = o.substring(0, slash);
        }
        return o.startsWith("www.") ? o.substring(4) : o;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Set<String> content(List<String> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens) {
            if (!STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Writes the model (gzip; the rules' options, then each feature with its weights). */
    public void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        PresentationClassifier.Options o = rules.options();
        out.writeBoolean(o.colonAttributes());
        out.writeBoolean(o.saysAttributes());
        out.writeBoolean(o.modalAttributes());
        out.writeBoolean(o.plainNegationDenies());
        out.writeBoolean(o.useLead());
        out.writeBoolean(options.words());
        out.writeBoolean(options.outlets());
        out.writeInt(K);
        out.writeInt(index.size());
        List<String> names = new ArrayList<>(index.keySet());
        Collections.sort(names);
        for (String f : names) {
            out.writeUTF(f);
            int at = index.get(f);
            for (int k = 0; k < K; k++) {
                out.writeFloat(weights[at * K + k]);
            }
        }
        out.flush();
        gz.finish();
    }

    /** Reads a model written by {@link #write}; throws {@link IOException} when it is not one. */
    public static PresentationModel read(InputStream is) throws IOException {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is)));
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a headline stance model (not gzip): " + e.getMessage(), e);
        }
        int magic;
        try {
            magic = in.readInt();
        } catch (java.io.EOFException e) {
            throw new IOException("not a headline stance model (empty)", e);
        }
        if (magic != MAGIC) {
            throw new IOException(String.format(Locale.ROOT, "not a headline stance model (magic 0x%08x, expected"
                    + " 0x%08x)", magic, MAGIC));
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("headline stance model format " + format + ", expected " + FORMAT);
        }
        PresentationClassifier.Options o = new PresentationClassifier.Options(in.readBoolean(), in.readBoolean(),
                in.readBoolean(), in.readBoolean(), in.readBoolean());
        TrainingOptions options = TrainingOptions.DEFAULTS.withWords(in.readBoolean()).withOutlets(in.readBoolean());
        int labels = in.readInt();
        if (labels != K) {
            throw new IOException("model has " + labels + " labels, expected " + K);
        }
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("bad feature count " + n);
        }
        Map<String, Integer> index = new HashMap<>();
        float[] w = new float[n * K];
        for (int i = 0; i < n; i++) {
            index.put(in.readUTF(), i);
            for (int k = 0; k < K; k++) {
                w[i * K + k] = in.readFloat();
            }
        }
        return new PresentationModel(new PresentationClassifier(o), options, index, w);
    }
}
