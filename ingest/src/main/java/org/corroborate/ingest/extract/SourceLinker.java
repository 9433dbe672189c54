package org.corroborate.ingest.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.core.Span;
import org.corroborate.ingest.extract.AttributionTagger.Sentence;

/**
 * A learned cue-to-source linker: given a cue, ranks the candidate source spans of the cue's sentence and the
 * sentence before it, together with "no source", with a linear model trained as an averaged ranking perceptron on
 * gold attribution relations.
 *
 * <p>Candidates are found without the tagger: subject pronouns, runs of capitalised words (with a determiner or
 * title word just before them), and noun phrases opening with a determiner or possessive (up to six words, stopping
 * at punctuation, auxiliaries, wh-words, prepositions other than {@code of}, and likely cue words). Each candidate
 * is described by its kind, which side of the cue it is on and how far, how many candidates lie nearer on that
 * side, the words between it and the cue (commas, quotation marks, {@code who}, {@code by}, another cue word, an
 * auxiliary), its head and first word, capitalisation, length, whether it is in a quotation, the cue's lemma and
 * voice, and whether it lies in the previous sentence; "no source" has features of the cue and its surroundings.
 * The best candidate is chosen when its score beats that of "no source" by more than the {@linkplain #margin()
 * margin}.
 *
 * <p>Measured on a held-out part of PolNeAR train and left out: the content as a feature (in training the gold
 * source is never inside its own content, but on new text the tagger sometimes tags the source as content, and
 * with the feature the linker then missed it), and a lone word just before the cue as a candidate (it was linked
 * almost only to cues the tagger had found wrongly).
 *
 * <p>Training is deterministic for given examples, epochs and seed. A linker is immutable and thread-safe.
 */
public final class SourceLinker {

    /**
     * A gold attribution relation in char offsets of its text: the cue and the source ({@link Span#NONE} when the
     * relation has none). Multi-fragment spans are given by their extent.
     */
    public record Relation(Span cue, Span source) {
        public Relation {
            Objects.requireNonNull(cue, "cue");
            Objects.requireNonNull(source, "source");
            if (cue.isNone()) {
                throw new IllegalArgumentException("a relation needs a cue, got " + cue);
            }
        }
    }

    /** A candidate source: sentence index in its article, first and last token, and its kind. */
    record Candidate(int sentence, int from, int to, String kind) {
    }

    /**
     * One training instance: a cue in an article (sentence, first and last token), its candidates, and which of them
     * overlaps the gold source best (none when the relation has no source or no candidate overlaps it).
     */
    public static final class Example {
        final List<Sentence> article;
        final int sentence;
        final int cueFrom;
        final int cueTo;
        final List<Candidate> candidates;
        final int gold;

        Example(List<Sentence> article, int sentence, int cueFrom, int cueTo, List<Candidate> candidates, int gold) {
            this.article = article;
            this.sentence = sentence;
            this.cueFrom = cueFrom;
            this.cueTo = cueTo;
            this.candidates = candidates;
            this.gold = gold;
        }

        /** Whether the gold answer is one of the candidates (otherwise "no source"). */
        public boolean hasSource() {
            return gold >= 0;
        }
    }

    /** Training settings: passes over the examples, shuffling seed, and the margin stored with the model. */
    public record Options(int epochs, long seed, double margin) {
        public Options {
            if (epochs < 1 || epochs > 100) {
                throw new IllegalArgumentException("epochs must be in [1, 100], got " + epochs);
            }
            if (!Double.isFinite(margin)) {
                throw new IllegalArgumentException("margin must be finite, got " + margin);
            }
        }
    }

    /** The default margin a candidate's score must beat "no source" by. */
    public static final double DEFAULT_MARGIN = 0;

    private final Map<String, Float> weights;
    private final double margin;

    private SourceLinker(Map<String, Float> weights, double margin) {
        this.weights = Map.copyOf(weights);
        this.margin = margin;
    }

    /** The margin by which the best candidate must beat "no source". */
    public double margin() {
        return margin;
    }

    /** A copy of this linker with another margin. */
    public SourceLinker withMargin(double m) {
        return new SourceLinker(weights, m);
    }

    /** Number of features with a weight. */
    public int featureCount() {
        return weights.size();
    }

    // ------------------------------------------------------------------ linking

    /**
     * The source of the cue at tokens {@code [cueFrom, cueTo]} of sentence {@code si} of {@code article}, or empty
     * for "no source".
     */
    Optional<Candidate> link(List<Sentence> article, int si, int cueFrom, int cueTo) {
        List<Candidate> cands = candidates(article, si, cueFrom, cueTo);
        Context ctx = new Context(article, si, cueFrom, cueTo, cands);
        double none = score(ctx.noneFeatures());
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < cands.size(); k++) {
            double s = score(ctx.features(k));
            if (s > bestScore) {
                bestScore = s;
                best = cands.get(k);
            }
        }
        return best != null && bestScore > none + margin ? Optional.of(best) : Optional.empty();
    }

    private double score(List<String> features) {
        double s = 0;
        for (String f : features) {
            Float w = weights.get(f);
            if (w != null) {
                s += w;
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ candidates

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "these", "those", "his", "her",
            "their", "its", "our", "my", "your", "some", "many", "several", "most", "both", "all", "other", "another",
            "one", "two", "three", "few", "no", "each", "every");
    private static final Set<String> TITLE_WORDS = Set.of("former", "sen.", "gov.", "rep.", "gen.", "dr.", "mr.",
            "mrs.", "ms.", "president", "senator", "governor", "secretary", "minister", "spokesman", "spokeswoman",
            "chairman", "director", "leader", "candidate", "nominee", "rival", "adviser", "advisor", "aide", "chief",
            "republican", "democratic", "democrat", "presidential", "vice", "state", "attorney", "general", "senior",
            "top", "campaign", "manager", "pollster", "strategist", "analyst", "host", "anchor", "commentator");
    private static final int MAX_NP = 6;

    /** The candidate sources of a cue: in its sentence (not overlapping it) and in the sentence before. */
    static List<Candidate> candidates(List<Sentence> article, int si, int cueFrom, int cueTo) {
        List<Candidate> out = new ArrayList<>();
        if (si > 0) {
            addCandidates(article.get(si - 1).tokens(), si - 1, -1, -1, out);
        }
        addCandidates(article.get(si).tokens(), si, cueFrom, cueTo, out);
        return out;
    }

    private static void addCandidates(List<Token> toks, int si, int cueFrom, int cueTo, List<Candidate> out) {
        int n = toks.size();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            String w = t.lower();
            if (SUBJECT_PRONOUNS.contains(w)) {
                add(out, seen, si, i, i, "prn", cueFrom, cueTo);
            }
            // a run of capitalised words, with "of", "for", "and", "'s" or "-" inside before a capital
            if (t.isWord() && t.isCapitalized() && (i == 0 || !(toks.get(i - 1).isWord()
                    && toks.get(i - 1).isCapitalized()))) {
                int j = i;
                while (j + 1 < n && (toks.get(j + 1).isWord() && toks.get(j + 1).isCapitalized()
                        || (toks.get(j + 1).is("of") || toks.get(j + 1).is("for") || toks.get(j + 1).is("'s")
                        || toks.get(j + 1).is("-") || toks.get(j + 1).is("."))
                        && j + 2 < n && toks.get(j + 2).isWord() && toks.get(j + 2).isCapitalized())) {
                    j += toks.get(j + 1).isCapitalized() && toks.get(j + 1).isWord() ? 1 : 2;
                }
                int k = i;
                while (k > 0 && i - k < 3 && (TITLE_WORDS.contains(toks.get(k - 1).lower())
                        || OPENERS.contains(toks.get(k - 1).lower()))) {
                    k--;
                }
                add(out, seen, si, i, j, "cap", cueFrom, cueTo);
                if (k < i) {
                    add(out, seen, si, k, j, "tcap", cueFrom, cueTo);
                }
            }
            // a noun phrase opening with a determiner or possessive
            if (OPENERS.contains(w) && i + 1 < n) {
                int j = i;
                while (j + 1 < n && j + 1 - i < MAX_NP && npWord(toks.get(j + 1))) {
                    j++;
                }
                if (j > i) {
                    add(out, seen, si, i, j, "np", cueFrom, cueTo);
                }
            }
        }
    }

    /** May {@code t} continue a noun phrase? */
    private static boolean npWord(Token t) {
        String w = t.lower();
        return t.isWord() && !AttributionTagger.isCue(w) && !SUBJECT_PRONOUNS.contains(w)
                && !OPENERS.contains(w) && switch (AttributionTagger.wordClass(w)) {
                    case "aux", "wh", "conj" -> false;
                    case "prep" -> w.equals("of");
                    default -> true;
                };
    }

    private static void add(List<Candidate> out, java.util.Set<Long> seen, int si, int from, int to, String kind,
                            int cueFrom, int cueTo) {
        if (cueFrom >= 0 && from <= cueTo && cueFrom <= to) {
            return; // overlaps the cue
        }
        if (seen.add(((long) from << 32) | to)) {
            out.add(new Candidate(si, from, to, kind));
        }
    }

    // ------------------------------------------------------------------ features

    private static final Set<String> BETWEEN_WORDS = Set.of("who", "which", "that", "by", "to", "of", "and", "but",
            "has", "have", "had", "is", "was", "were", "are", "will", "would", "also", "not", "in", "on", "at", "as");

    /** The features of a cue's candidates and of "no source". */
    private static final class Context {
        private final List<Sentence> article;
        private final int si;
        private final int cueFrom;
        private final int cueTo;
        private final List<Candidate> cands;
        private final String cueLemma;
        private final String passive;
        private final int[] rank;

        Context(List<Sentence> article, int si, int cueFrom, int cueTo, List<Candidate> cands) {
            this.article = article;
            this.si = si;
            this.cueFrom = cueFrom;
            this.cueTo = cueTo;
            this.cands = cands;
            List<Token> toks = article.get(si).tokens();
            String l = AttributionTagger.lemma(toks.get(cueFrom).lower());
            for (int i = cueFrom; i <= cueTo; i++) {
                if (AttributionTagger.isCue(toks.get(i).lower())) {
                    l = AttributionTagger.lemma(toks.get(i).lower());
                    break;
                }
            }
            this.cueLemma = l;
            boolean aux = false;
            for (int i = Math.max(0, cueFrom - 2); i <= cueTo; i++) {
                String w = toks.get(i).lower();
                aux |= w.equals("was") || w.equals("were") || w.equals("is") || w.equals("are") || w.equals("been")
                        || w.equals("be") || w.equals("being");
            }
            this.passive = aux && toks.get(cueTo).lower().endsWith("ed") ? "pas" : "act";
            // nearness rank of each candidate on its side of the cue
            rank = new int[cands.size()];
            for (int a = 0; a < cands.size(); a++) {
                int nearer = 0;
                for (int b = 0; b < cands.size(); b++) {
                    if (b != a && side(cands.get(b)).equals(side(cands.get(a)))
                            && distance(cands.get(b)) < distance(cands.get(a))) {
                        nearer++;
                    }
                }
                rank[a] = nearer;
            }
        }

        private String side(Candidate c) {
            return c.sentence() < si ? "P" : c.to() < cueFrom ? "L" : "R";
        }

        /** Tokens between the candidate and the cue (from the previous sentence: tokens to its end, plus the cue's). */
        private int distance(Candidate c) {
            if (c.sentence() < si) {
                return article.get(c.sentence()).tokens().size() - 1 - c.to() + cueFrom;
            }
            return c.to() < cueFrom ? cueFrom - c.to() - 1 : c.from() - cueTo - 1;
        }

        List<String> noneFeatures() {
            List<Token> toks = article.get(si).tokens();
            List<String> f = new ArrayList<>(12);
            int left = 0;
            int right = 0;
            for (Candidate c : cands) {
                left += side(c).equals("L") ? 1 : 0;
                right += side(c).equals("R") ? 1 : 0;
            }
            String lr = Math.min(left, 3) + "|" + Math.min(right, 3);
            String quoted = article.get(si).quoted()[cueFrom] ? "q" : "nq";
            String before = cueFrom > 0 ? toks.get(cueFrom - 1).lower() : "^";
            f.add("N");
            f.add("N|cl=" + cueLemma);
            f.add("N|lr=" + lr);
            f.add("N|q=" + quoted);
            f.add("N|p=" + passive);
            f.add("N|w-1=" + before);
            f.add("N|wc-1=" + AttributionTagger.wordClass(before));
            f.add("N|start=" + (cueFrom == 0) + "|" + cueLemma);
            f.add("N|cw=" + toks.get(cueFrom).lower());
            f.add("N|ncue=" + Math.min(cueTo - cueFrom + 1, 4));
            return f;
        }

        List<String> features(int k) {
            Candidate c = cands.get(k);
            List<Token> toks = article.get(c.sentence()).tokens();
            List<String> f = new ArrayList<>(48);
            String side = side(c);
            int d = distance(c);
            String db = bucket(d);
            String kind = c.kind();
            String rk = String.valueOf(Math.min(rank[k], 3));
            String head = toks.get(c.to()).lower();
            String first = toks.get(c.from()).lower();
            String before = c.from() > 0 ? toks.get(c.from() - 1).lower() : "^";
            String after = c.to() + 1 < toks.size() ? toks.get(c.to() + 1).lower() : "$";
            f.add("C");
            f.add("k=" + kind);
            f.add("s=" + side);
            f.add("sd=" + side + "|" + db);
            f.add("sdk=" + side + "|" + db + "|" + kind);
            f.add("sr=" + side + "|" + rk);
            f.add("srk=" + side + "|" + rk + "|" + kind);
            f.add("cls=" + cueLemma + "|" + side);
            f.add("clsr=" + cueLemma + "|" + side + "|" + rk);
            f.add("pas=" + passive + "|" + side + "|" + rk);
            f.add("h=" + head);
            f.add("hs=" + head + "|" + side);
            f.add("hl=" + AttributionTagger.lemma(head));
            f.add("f=" + first);
            f.add("fk=" + first + "|" + kind);
            f.add("wc=" + AttributionTagger.wordClass(head) + "|" + AttributionTagger.wordClass(first));
            f.add("len=" + bucket(c.to() - c.from() + 1) + "|" + kind);
            f.add("b=" + before + "|" + side);
            f.add("a=" + after + "|" + side);
            f.add("bc=" + AttributionTagger.wordClass(before) + "|" + AttributionTagger.isCue(before));
            f.add("ac=" + AttributionTagger.wordClass(after) + "|" + AttributionTagger.isCue(after));
            f.add("st=" + (c.from() == 0) + "|" + side);
            boolean quoted = false;
            for (int i = c.from(); i <= c.to(); i++) {
                quoted |= article.get(c.sentence()).quoted()[i];
            }
            f.add("q=" + quoted + "|" + article.get(si).quoted()[cueFrom]);
            if (c.sentence() == si) {
                // what lies between the candidate and the cue
                int lo = side.equals("L") ? c.to() + 1 : cueTo + 1;
                int hi = side.equals("L") ? cueFrom - 1 : c.from() - 1;
                boolean comma = false;
                boolean quote = false;
                boolean wh = false;
                boolean otherCue = false;
                boolean aux = false;
                StringBuilder words = new StringBuilder();
                for (int i = lo; i <= hi; i++) {
                    Token t = toks.get(i);
                    String w = t.lower();
                    comma |= t.isComma();
                    quote |= t.isQuote();
                    wh |= w.equals("who") || w.equals("which");
                    otherCue |= AttributionTagger.isCue(w);
                    aux |= AttributionTagger.wordClass(w).equals("aux");
                    if (hi - lo < 3) {
                        words.append(BETWEEN_WORDS.contains(w) || !t.isWord() ? w : "_").append(' ');
                    }
                }
                String btw = (comma ? "," : "") + (quote ? "\"" : "") + (wh ? "W" : "") + (otherCue ? "Q" : "")
                        + (aux ? "A" : "");
                f.add("btw=" + side + "|" + btw);
                f.add("btwd=" + side + "|" + btw + "|" + db);
                f.add("btwk=" + side + "|" + btw + "|" + kind);
                if (hi - lo < 3) {
                    f.add("bw=" + side + "|" + words);
                    f.add("bwc=" + side + "|" + words + "|" + cueLemma);
                }
            } else {
                f.add("pk=" + kind + "|" + (c.from() == 0) + "|" + rk);
                boolean prevCue = false;
                for (Token t : toks) {
                    prevCue |= AttributionTagger.isCue(t.lower());
                }
                f.add("pc=" + prevCue + "|" + kind + "|" + cueFrom);
                f.add("pcs=" + (cueFrom == 0) + "|" + kind);
            }
            return f;
        }
    }

    private static String bucket(int d) {
        return d <= 3 ? String.valueOf(d) : d <= 5 ? "4-5" : d <= 9 ? "6-9" : d <= 15 ? "10-15" : "16+";
    }

    // ------------------------------------------------------------------ training

    /**
     * Training instances from one annotated text: one per relation whose cue lies in a sentence of the text, its
     * gold answer the candidate that overlaps the relation's source most (by the share of tokens in common), or "no
     * source" when the relation has none or no candidate overlaps it.
     */
    public static List<Example> examples(String text, List<Relation> relations) {
        List<Sentence> article = AttributionTagger.sentences(text, new SentenceSplitter());
        List<Example> out = new ArrayList<>();
        for (Relation r : relations) {
            int[] cue = locate(article, r.cue(), -1);
            if (cue == null) {
                continue;
            }
            int si = cue[0];
            List<Candidate> cands = candidates(article, si, cue[1], cue[2]);
            int gold = -1;
            double best = 0;
            if (!r.source().isNone()) {
                for (int k = 0; k < cands.size(); k++) {
                    Candidate c = cands.get(k);
                    List<Token> toks = article.get(c.sentence()).tokens();
                    int common = 0;
                    for (int i = c.from(); i <= c.to(); i++) {
                        Token t = toks.get(i);
                        common += t.start() < r.source().end() && r.source().start() < t.end() ? 1 : 0;
                    }
                    if (common == 0) {
                        continue;
                    }
                    int srcLen = 0;
                    for (Token t : toks) {
                        srcLen += t.start() < r.source().end() && r.source().start() < t.end() ? 1 : 0;
                    }
                    double jaccard = (double) common / (c.to() - c.from() + 1 + srcLen - common);
                    if (jaccard > best) {
                        best = jaccard;
                        gold = k;
                    }
                }
            }
            out.add(new Example(article, si, cue[1], cue[2], cands, gold));
        }
        return out;
    }

    /**
     * The sentence and first and last token of {@code span} (the sentence of its first token); with {@code only}
     * at least 0, only within that sentence. Null when no token overlaps it.
     */
    private static int[] locate(List<Sentence> article, Span span, int only) {
        for (int si = only < 0 ? 0 : only; si < (only < 0 ? article.size() : only + 1); si++) {
            List<Token> toks = article.get(si).tokens();
            int from = -1;
            int to = -1;
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.start() < span.end() && span.start() < t.end()) {
                    from = from < 0 ? i : from;
                    to = i;
                }
            }
            if (from >= 0) {
                return new int[] {si, from, to};
            }
        }
        return null;
    }

    /**
     * Trains the linker: each epoch (examples shuffled with the seed) scores every candidate and "no source"; when
     * the best is not the gold answer, the weights move toward the gold answer's features and away from the
     * best's. The weights returned are averaged over all steps.
     */
    public static SourceLinker train(List<Example> examples, Options options) {
        Map<String, Integer> index = new HashMap<>();
        int[][][] feats = new int[examples.size()][][];
        for (int e = 0; e < feats.length; e++) {
            Example ex = examples.get(e);
            Context ctx = new Context(ex.article, ex.sentence, ex.cueFrom, ex.cueTo, ex.candidates);
            int m = ex.candidates.size();
            feats[e] = new int[m + 1][];
            for (int k = 0; k <= m; k++) {
                List<String> fs = k < m ? ctx.features(k) : ctx.noneFeatures();
                int[] ids = new int[fs.size()];
                for (int j = 0; j < ids.length; j++) {
                    ids[j] = index.computeIfAbsent(fs.get(j), x -> index.size());
                }
                feats[e][k] = ids;
            }
        }
        int nf = index.size();
        float[] w = new float[nf];
        double[] total = new double[nf];
        int[] stamp = new int[nf];
        int clock = 1;
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < feats.length; e++) {
            order.add(e);
        }
        Random random = new Random(options.seed());
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int e : order) {
                int[][] fe = feats[e];
                int m = fe.length - 1;
                int gold = examples.get(e).gold < 0 ? m : examples.get(e).gold;
                int best = m;
                float bestScore = Float.NEGATIVE_INFINITY;
                for (int k = 0; k <= m; k++) {
                    float s = 0;
                    for (int id : fe[k]) {
                        s += w[id];
                    }
                    // "no source" wins ties, as at linking time
                    if (s > bestScore || k == m && s >= bestScore) {
                        bestScore = s;
                        best = k;
                    }
                }
                if (best != gold) {
                    for (int id : fe[gold]) {
                        update(w, total, stamp, id, 1, clock);
                    }
                    for (int id : fe[best]) {
                        update(w, total, stamp, id, -1, clock);
                    }
                }
                clock++;
            }
        }
        String[] names = new String[nf];
        index.forEach((f, k) -> names[k] = f);
        Map<String, Float> kept = new HashMap<>();
        for (int k = 0; k < nf; k++) {
            double tot = total[k] + (double) (clock - stamp[k]) * w[k];
            float avg = (float) (tot / clock);
            if (Math.abs(avg) > 1e-5) {
                kept.put(names[k], avg);
            }
        }
        return new SourceLinker(kept, options.margin());
    }

    private static void update(float[] w, double[] total, int[] stamp, int k, float delta, int clock) {
        total[k] += (double) (clock - stamp[k]) * w[k];
        stamp[k] = clock;
        w[k] += delta;
    }

    // ------------------------------------------------------------------ storage

    /** Writes the margin, the feature count and each (feature, weight) in name order. */
    void write(DataOutputStream out) throws IOException {
        out.writeDouble(margin);
        out.writeInt(weights.size());
        for (Map.Entry<String, Float> e : new TreeMap<>(weights).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeFloat(e.getValue());
        }
    }

    /** Reads what {@link #write} wrote. */
    static SourceLinker read(DataInputStream in) throws IOException {
        double margin = in.readDouble();
        if (!Double.isFinite(margin)) {
            throw new IOException("linker margin is " + margin + "; expected a finite number");
        }
        int n = in.readInt();
        if (n < 0 || n > 20_000_000) {
            throw new IOException("linker declares " + n + " features; expected 0 to 20,000,000");
        }
        Map<String, Float> w = new HashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
            w.put(in.readUTF(), in.readFloat());
        }
        return new SourceLinker(w, margin);
    }

    @Override
    public String toString() {
        return "SourceLinker[" + weights.size() + " features, margin " + margin + "]";
    }
}
