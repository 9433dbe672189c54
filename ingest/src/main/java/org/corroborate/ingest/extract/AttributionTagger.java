package org.corroborate.ingest.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.corroborate.core.Span;

/**
 * A greedy left-to-right averaged-perceptron sequence tagger that marks tokens of a sentence with BIO tags for
 * attribution SOURCE, CUE and CONTENT spans.
 *
 * <p>Features are dependency-free: the word, its shape, suffixes, a crude lemma, neighbouring words, whether it is
 * a reporting-verb form, its position relative to quotation marks and to the sentence's reporting verbs, and the
 * two previous tags. Training is deterministic for a given corpus, epoch count and seed. A trained tagger is
 * immutable and thread-safe.
 */
public final class AttributionTagger {

    /** The tags, in weight-vector order. */
    public enum Tag {
        O, B_SOURCE, I_SOURCE, B_CUE, I_CUE, B_CONTENT, I_CONTENT;

        /** The span role of this tag: 0 none, 1 source, 2 cue, 3 content. */
        int role() {
            return (ordinal() + 1) / 2;
        }

        boolean begins() {
            return this == B_SOURCE || this == B_CUE || this == B_CONTENT;
        }

        static Tag of(int role, boolean begin) {
            return role == 0 ? O : values()[role * 2 - (begin ? 1 : 0)];
        }
    }

    /** A sentence to tag: its tokens and, for each, whether it is inside a quotation. */
    public record Sentence(List<Token> tokens, boolean[] quoted) {
    }

    private static final int MAGIC = 0x434f5254; // "CORT"
    private static final int VERSION = 1;
    private static final Tag[] TAGS = Tag.values();
    private static final int T = TAGS.length;

    /** Reporting verbs and nouns by crude lemma; broader than the rules' list, the model weighs them. */
    static final Set<String> CUE_LEMMAS = Set.copyOf(Arrays.asList("say", "tell", "add", "claim", "accord", "report", "note", "argue",
            "insist", "warn", "believe", "think", "explain", "suggest", "announce", "write", "ask", "acknowledge",
            "admit", "call", "describe", "show", "find", "reveal", "indicate", "accuse", "promise", "vow", "urge",
            "predict", "estimate", "expect", "hope", "want", "agree", "deny", "confirm", "dismiss", "reject",
            "praise", "criticize", "criticise", "quote", "cite", "tweet", "post", "declare", "state", "contend",
            "assert", "maintain", "allege", "concede", "recall", "stress", "emphasize", "point", "respond", "reply",
            "answer", "comment", "mention", "testify", "conclude", "know", "learn", "fear", "worry", "feel",
            "blame", "question", "doubt", "wonder", "complain", "demand", "propose", "recommend", "charge",
            "speculate", "acknowledgment", "statement", "interview", "survey", "poll", "study", "according",
            "suggestion", "view", "opinion", "insistence", "assertion", "contention", "belief", "claim", "pledge",
            "announcement", "remark", "comment", "joke", "boast", "brag", "lament", "plead", "signal", "hint",
            "imply", "assure", "inform", "notify", "caution", "counter", "retort", "observe", "explain", "decry",
            "convince", "persuade", "assume", "understand", "realize", "recognize", "conclude", "decide", "declare",
            "affirm", "testify", "attest", "swear", "threaten", "muse", "opine", "acknowledge", "label", "dub",
            "term", "characterize", "portray", "paint", "frame", "accuse", "charge", "suspect", "guess", "figure"));

    private final Map<String, Integer> index;
    private final float[] weights;

    private AttributionTagger(Map<String, Integer> index, float[] weights) {
        this.index = index;
        this.weights = weights;
    }

    /** The tags of {@code s}'s tokens. */
    public Tag[] tag(Sentence s) {
        Tag[] out = new Tag[s.tokens().size()];
        List<String> feats = new ArrayList<>(64);
        float[] scores = new float[T];
        for (int i = 0; i < out.length; i++) {
            feats.clear();
            features(s, i, i > 0 ? out[i - 1] : null, i > 1 ? out[i - 2] : null, feats);
            Arrays.fill(scores, 0);
            for (String f : feats) {
                Integer k = index.get(f);
                if (k != null) {
                    int base = k * T;
                    for (int t = 0; t < T; t++) {
                        scores[t] += weights[base + t];
                    }
                }
            }
            out[i] = best(scores, i > 0 ? out[i - 1] : Tag.O);
        }
        return out;
    }

    /** The highest-scoring tag that may follow {@code prev} (an I- tag only continues its own role). */
    private static Tag best(float[] scores, Tag prev) {
        Tag best = Tag.O;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < T; t++) {
            Tag tag = TAGS[t];
            if (tag.role() != 0 && !tag.begins() && prev.role() != tag.role()) {
                continue;
            }
            if (scores[t] > bestScore) {
                bestScore = scores[t];
                best = tag;
            }
        }
        return best;
    }

    /** Spans {@code [first token, last token]} of each role (1 source, 2 cue, 3 content) in tagged order. */
    public static List<int[]> chunks(Tag[] tags) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            int role = tags[i].role();
            if (role == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tags.length && tags[j].role() == role && !tags[j].begins()) {
                j++;
            }
            out.add(new int[] {role, i, j - 1});
            i = j;
        }
        return out;
    }

    // ------------------------------------------------------------------ features

    static void features(Sentence s, int i, Tag p1, Tag p2, List<String> out) {
        List<Token> toks = s.tokens();
        Token t = toks.get(i);
        String w = t.lower();
        String pt1 = p1 == null ? "^" : p1.name();
        String pt2 = p2 == null ? "^" : p2.name();
        out.add("b");
        out.add("w=" + w);
        out.add("sh=" + shape(t.text()));
        out.add("l=" + lemma(w));
        if (w.length() > 3) {
            out.add("s3=" + w.substring(w.length() - 3));
        }
        out.add("p1=" + pt1);
        out.add("p12=" + pt1 + "|" + pt2);
        out.add("p1w=" + pt1 + "|" + w);
        out.add("w-1=" + word(toks, i - 1));
        out.add("w+1=" + word(toks, i + 1));
        out.add("w-2=" + word(toks, i - 2));
        out.add("w+2=" + word(toks, i + 2));
        out.add("w-1w=" + word(toks, i - 1) + "|" + w);
        out.add("ww+1=" + w + "|" + word(toks, i + 1));
        out.add("l-1=" + lemma(word(toks, i - 1)));
        out.add("l+1=" + lemma(word(toks, i + 1)));
        out.add("sh-1=" + (i > 0 ? shape(toks.get(i - 1).text()) : "^"));
        out.add("sh+1=" + (i + 1 < toks.size() ? shape(toks.get(i + 1).text()) : "$"));
        boolean cue = isCue(w);
        out.add("cue=" + cue);
        out.add("cuep1=" + cue + "|" + pt1);
        out.add("q=" + s.quoted()[i] + "|" + t.isQuote());
        out.add("qp1=" + s.quoted()[i] + "|" + pt1);
        boolean qPrev = i > 0 && s.quoted()[i - 1];
        boolean qNext = i + 1 < toks.size() && s.quoted()[i + 1];
        out.add("qctx=" + qPrev + s.quoted()[i] + qNext);
        out.add("pos=" + (i == 0 ? "first" : i == toks.size() - 1 ? "last" : i < 3 ? "early" : "mid"));
        // relation to the sentence's reporting words: nearest before and after, by distance bucket
        int before = -1;
        for (int k = i - 1; k >= 0; k--) {
            if (isCue(toks.get(k).lower())) {
                before = k;
                break;
            }
        }
        int after = -1;
        for (int k = i + 1; k < toks.size(); k++) {
            if (isCue(toks.get(k).lower())) {
                after = k;
                break;
            }
        }
        String db = before < 0 ? "none" : bucket(i - before);
        String da = after < 0 ? "none" : bucket(after - i);
        out.add("cb=" + db);
        out.add("ca=" + da);
        out.add("cba=" + db + "|" + da);
        out.add("cbp1=" + db + "|" + pt1);
        out.add("cap1=" + da + "|" + pt1);
        if (before >= 0) {
            out.add("cbl=" + lemma(toks.get(before).lower()) + "|" + bucket(i - before));
        }
        if (after >= 0) {
            out.add("cal=" + lemma(toks.get(after).lower()) + "|" + bucket(after - i));
        }
        int commaBefore = 0;
        for (int k = i - 1; k >= 0 && k >= i - 40; k--) {
            if (toks.get(k).isComma()) {
                commaBefore = 1;
                break;
            }
        }
        out.add("cm=" + commaBefore + "|" + pt1);
        out.add("cap=" + t.isCapitalized() + "|" + pt1);
    }

    private static String bucket(int d) {
        return d <= 3 ? String.valueOf(d) : d <= 6 ? "4-6" : d <= 12 ? "7-12" : "13+";
    }

    private static String word(List<Token> toks, int i) {
        return i < 0 ? "^" : i >= toks.size() ? "$" : toks.get(i).lower();
    }

    static boolean isCue(String w) {
        return Lexicon.VERBS.containsKey(w) || CUE_LEMMAS.contains(lemma(w));
    }

    /** A crude lemma: known reporting-verb forms, then common inflection endings stripped. */
    static String lemma(String w) {
        Lexicon.Verb v = Lexicon.VERBS.get(w);
        if (v != null) {
            return v.lemma();
        }
        switch (w) {
            case "said", "says" -> {
                return "say";
            }
            case "told" -> {
                return "tell";
            }
            case "wrote", "written" -> {
                return "write";
            }
            case "thought" -> {
                return "think";
            }
            case "knew", "known" -> {
                return "know";
            }
            case "felt" -> {
                return "feel";
            }
            case "found" -> {
                return "find";
            }
            case "according" -> {
                return "accord";
            }
            default -> {
            }
        }
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            return stem(w.substring(0, n - 3));
        }
        if (n > 4 && w.endsWith("ied")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("ed")) {
            return stem(w.substring(0, n - 2));
        }
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static final Set<String> E_STEMS = Set.of("stat", "not", "argu", "indicat", "announc", "describ",
            "promis", "urg", "estimat", "declar", "quot", "cit", "believ", "conclud", "decid", "assum", "realiz",
            "recogniz", "characteriz", "criticiz", "emphasiz", "observ", "propos", "conced", "speculat", "continu",
            "receiv", "guarante", "fram", "accus", "complet", "writ", "car", "hop", "lik", "charg", "imagin");

    private static String stem(String s) {
        int n = s.length();
        if (n > 2 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            return s.substring(0, n - 1); // "admitted" -> "admit"
        }
        return E_STEMS.contains(s) ? s + "e" : s;
    }

    static String shape(String text) {
        StringBuilder b = new StringBuilder(6);
        char last = 0;
        for (int i = 0; i < text.length() && b.length() < 5; i++) {
            char c = text.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ training

    /** Training settings: passes over the data and the shuffling seed. */
    public record TrainingOptions(int epochs, long seed) {
        public TrainingOptions {
            if (epochs < 1 || epochs > 100) {
                throw new IllegalArgumentException("epochs must be in [1, 100], got " + epochs);
            }
        }
    }

    /** A sentence with its gold tags. */
    public record Example(Sentence sentence, Tag[] gold) {
    }

    /** Trains an averaged perceptron on {@code examples}. */
    public static AttributionTagger train(List<Example> examples, TrainingOptions options) {
        Map<String, Integer> index = new HashMap<>();
        // first pass: index the features seen with gold history (enough for every feature the learner can use)
        List<String> feats = new ArrayList<>(64);
        for (Example e : examples) {
            for (int i = 0; i < e.gold().length; i++) {
                feats.clear();
                features(e.sentence(), i, i > 0 ? e.gold()[i - 1] : null, i > 1 ? e.gold()[i - 2] : null, feats);
                for (String f : feats) {
                    index.putIfAbsent(f, index.size());
                }
            }
        }
        int n = index.size() * T;
        float[] w = new float[n];
        double[] total = new double[n];
        int[] stamp = new int[n];
        int clock = 1;
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(options.seed());
        float[] scores = new float[T];
        int[] ids = new int[256];
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Example e : order) {
                Tag[] pred = new Tag[e.gold().length];
                for (int i = 0; i < pred.length; i++) {
                    feats.clear();
                    features(e.sentence(), i, i > 0 ? pred[i - 1] : null, i > 1 ? pred[i - 2] : null, feats);
                    if (ids.length < feats.size()) {
                        ids = new int[feats.size() * 2];
                    }
                    int m = 0;
                    Arrays.fill(scores, 0);
                    for (String f : feats) {
                        Integer k = index.get(f);
                        if (k == null) {
                            k = index.size();
                            index.put(f, k); // a feature only seen with a predicted history
                            if ((k + 1) * T > w.length) {
                                int len = Math.max(w.length * 2, (k + 1) * T);
                                w = Arrays.copyOf(w, len);
                                total = Arrays.copyOf(total, len);
                                stamp = Arrays.copyOf(stamp, len);
                            }
                        }
                        ids[m++] = k;
                        for (int t = 0; t < T; t++) {
                            scores[t] += w[k * T + t];
                        }
                    }
                    Tag prev = i > 0 ? pred[i - 1] : Tag.O;
                    Tag guess = best(scores, prev);
                    Tag gold = e.gold()[i];
                    if (gold.role() != 0 && !gold.begins() && prev.role() != gold.role()) {
                        gold = Tag.of(gold.role(), true); // the history went astray: the span begins here now
                    }
                    if (guess != gold) {
                        for (int j = 0; j < m; j++) {
                            int base = ids[j] * T;
                            update(w, total, stamp, base + gold.ordinal(), 1, clock);
                            update(w, total, stamp, base + guess.ordinal(), -1, clock);
                        }
                    }
                    clock++;
                    pred[i] = guess; // learn from its own history, as at tagging time
                }
            }
        }
        float[] avg = new float[index.size() * T];
        for (int k = 0; k < avg.length; k++) {
            double tot = total[k] + (double) (clock - stamp[k]) * w[k];
            avg[k] = (float) (tot / clock);
        }
        return new AttributionTagger(prune(index, avg), compact(index, avg));
    }

    private static void update(float[] w, double[] total, int[] stamp, int k, float delta, int clock) {
        total[k] += (double) (clock - stamp[k]) * w[k];
        stamp[k] = clock;
        w[k] += delta;
    }

    /** Drops features whose weights are all (near) zero; returns the renumbered index. */
    private static Map<String, Integer> prune(Map<String, Integer> index, float[] w) {
        Map<String, Integer> out = new HashMap<>();
        index.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            if (keep(w, e.getValue())) {
                out.put(e.getKey(), out.size());
            }
        });
        return out;
    }

    private static float[] compact(Map<String, Integer> index, float[] w) {
        List<Integer> kept = index.values().stream().sorted().filter(k -> keep(w, k)).toList();
        float[] out = new float[kept.size() * T];
        for (int j = 0; j < kept.size(); j++) {
            System.arraycopy(w, kept.get(j) * T, out, j * T, T);
        }
        return out;
    }

    private static boolean keep(float[] w, int k) {
        for (int t = 0; t < T; t++) {
            if (Math.abs(w[k * T + t]) > 1e-4) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ storage

    /** Number of features with a weight. */
    public int featureCount() {
        return index.size();
    }

    /** Writes the model (gzip-compressed, versioned binary). */
    public void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(T);
        out.writeInt(index.size());
        String[] names = new String[index.size()];
        index.forEach((f, k) -> names[k] = f);
        for (int k = 0; k < names.length; k++) {
            out.writeUTF(names[k]);
            for (int t = 0; t < T; t++) {
                out.writeFloat(weights[k * T + t]);
            }
        }
        out.flush();
        gz.finish();
    }

    /** Reads a model written by {@link #write}; throws {@link IOException} for anything else. */
    public static AttributionTagger read(InputStream is) throws IOException {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is)));
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a Corroborate attribution model (not gzip)", e);
        }
        if (in.readInt() != MAGIC) {
            throw new IOException("not a Corroborate attribution model (bad magic number)");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("model version " + version + " is not supported (expected " + VERSION + ")");
        }
        int tags = in.readInt();
        int n = in.readInt();
        if (tags != T || n < 0 || n > 50_000_000) {
            throw new IOException("model header has " + tags + " tags and " + n + " features; expected " + T
                    + " tags");
        }
        Map<String, Integer> index = new HashMap<>(n * 2);
        float[] w = new float[n * T];
        for (int k = 0; k < n; k++) {
            index.put(in.readUTF(), k);
            for (int t = 0; t < T; t++) {
                w[k * T + t] = in.readFloat();
            }
        }
        return new AttributionTagger(index, w);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AttributionTagger[%d features]", index.size());
    }

    /** The sentences of {@code text} with their tokens and quotation flags, as the tagger sees them. */
    static List<Sentence> sentences(String text, SentenceSplitter splitter) {
        List<int[]> quotes = RuleBasedExtractor.quoteRegions(text);
        List<Sentence> out = new ArrayList<>();
        int q = 0;
        for (Span s : splitter.split(text)) {
            List<Token> toks = Tokenizer.tokenize(text, s.start(), s.end());
            if (toks.isEmpty()) {
                continue;
            }
            boolean[] quoted = new boolean[toks.size()];
            for (int i = 0; i < toks.size(); i++) {
                int at = toks.get(i).start();
                while (q < quotes.size() && quotes.get(q)[1] <= at) {
                    q++;
                }
                quoted[i] = q < quotes.size() && quotes.get(q)[0] <= at;
            }
            out.add(new Sentence(toks, quoted));
        }
        return out;
    }

    /**
     * Training examples from one annotated text: each sentence with the tags of the given spans, each span a
     * {@code {role, start, end}} char range (role 1 source, 2 cue, 3 content). Where spans of different roles
     * overlap, source and cue win over content (an attribution nested inside another's content).
     */
    public static List<Example> examples(String text, List<int[]> spans) {
        List<Example> out = new ArrayList<>();
        List<int[]> sorted = new ArrayList<>(spans);
        for (Sentence s : sentences(text, new SentenceSplitter())) {
            Tag[] gold = new Tag[s.tokens().size()];
            int[] owner = new int[gold.length];
            int[] roleOf = new int[gold.length];
            Arrays.fill(owner, -1);
            for (int k = 0; k < sorted.size(); k++) {
                int[] sp = sorted.get(k);
                for (int i = 0; i < gold.length; i++) {
                    Token t = s.tokens().get(i);
                    if (t.start() < sp[2] && sp[1] < t.end()
                            && (roleOf[i] == 0 || roleOf[i] == 3 && sp[0] != 3)) {
                        roleOf[i] = sp[0];
                        owner[i] = k;
                    }
                }
            }
            for (int i = 0; i < gold.length; i++) {
                boolean begin = i == 0 || owner[i - 1] != owner[i] || roleOf[i - 1] != roleOf[i];
                gold[i] = Tag.of(roleOf[i], begin);
            }
            out.add(new Example(s, gold));
        }
        return out;
    }

    /** Char span of tokens {@code [from, to]}. */
    static Span spanOf(List<Token> toks, int from, int to) {
        return new Span(toks.get(from).start(), toks.get(to).end());
    }
}
