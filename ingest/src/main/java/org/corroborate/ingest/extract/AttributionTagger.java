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
import java.util.Objects;
import java.util.Optional;
import java.util.Collections;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.corroborate.core.Attribution;
import org.corroborate.core.Span;

/**
 * A first-order averaged structured perceptron that marks the tokens of each sentence with BIO tags for
 * attribution SOURCE, CUE and CONTENT spans, decoded with Viterbi under the BIO constraint (an I- tag only
 * continues a span of its own role).
 *
 * <p>Features are dependency-free and fixed per token (so training computes them once): the word, a crude lemma,
 * prefix, suffixes and shape in a window of two tokens; membership of the word and its neighbours in a cue lexicon;
 * quotation state (inside a quotation, next to a quotation mark, distance to the nearest mark); position relative to
 * the nearest cue-lexicon word before and after (distance, which side, whether a comma or quotation mark lies
 * between, the cue's lemma); the token's place in the sentence and the sentence's place in its paragraph and
 * article; and whether the neighbouring sentences hold a cue word or a quotation. A small set of them is also
 * conjoined with the previous tag, besides the tag-to-tag transition weights; closed word classes (pronoun,
 * wh-word, determiner, title, ...) stand in for part-of-speech tags.
 *
 * <p>A two-stage model (the default of training with folds) has a second perceptron that sees the same features
 * plus the first stage's tags of the article: the tags around each token, the nearest tagged cue before and after it
 * (distance, lemma, whole phrase, punctuation between) and the order of the sentence's tagged chunks. It is trained
 * on first-stage tags made by cross-validation over the articles, so that they are as noisy as on new text.
 *
 * <p>Since format version 5 a model also holds a lexicon of multi-word cue phrases mined from its training corpus
 * (every whole cue of 2 to 5 words, as lemmas, with the share of its occurrences that were cues, each article
 * learning from the shares without its own annotations): a token covered by a known phrase gets the phrase's place
 * (first word or continuation), rate and key, and a likely phrase counts as a likely cue. Runs of capitalised words
 * (names) give each of their tokens the run's length, its place and the words just outside it.
 *
 * <p>Since format version 6 a model may also hold a learned {@link SourceLinker}, which {@link TaggingExtractor}
 * asks for the source of a cue when the tagger marked none in its sentence.
 *
 * <p>Since format version 7 a model may also hold {@link WordClusters}, distributional word classes learnt from
 * unlabeled text at training time: each token gets its classes and its neighbours', the class of the word after it
 * past determiners (a verb's object, as in {@code draw a contrast}, {@code face ridicule}) and of the word governing
 * it, and the classes of the nearest likely cues. Since format version 8 a model may also have been trained with
 * features of the rules' attributions ({@link #usesRules}: the role {@link RuleBasedExtractor} gives each token, the
 * distances to its nearest spans of each role). Since format version 9 the rule features may be limited to the
 * rules' cues ({@link RuleFeatures#CUES}: the rules' source and content spans are not looked at). Models of format
 * version 8 (all of the rules' spans or none), 7 (no rule features), 6 (no word classes), 5 (no linker), 4
 * (no phrases) and 3 (one stage) still load and tag as before. Training is deterministic for a given corpus, epoch
 * count, fold count and seed (and, since version 7, the unlabeled texts given for the word classes). Since format
 * version 10 a model may also have been trained with features of each token's part of speech ({@link PartsOfSpeech},
 * OpenNLP's Universal Dependencies tagger) and of the verb and noun groups read from them ({@link #verbGroups});
 * a model without them is still written as format 9. A trained tagger is immutable and thread-safe.
 */
public final class AttributionTagger {

    /**
     * Which of the rules' attributions a tagger's features see: none (format 7 and older, the default), all their
     * source, cue and content spans (format 8), or only their cues (since format 9).
     */
    public enum RuleFeatures {
        NONE, ALL, CUES;

        /** Whether the rules' tags are looked at at all. */
        public boolean any() {
            return this != NONE;
        }
    }

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

    /**
     * A sentence to tag: its tokens, for each whether it is inside a quotation, the sentence's index in its article
     * and whether it begins a paragraph (or the article).
     */
    public record Sentence(List<Token> tokens, boolean[] quoted, int index, boolean paragraphStart, byte[] rules,
                           String[] pos) {

        /**
         * {@code rules}, when not null, holds per token the ordinal of the {@link Tag} that the attributions of
         * {@link RuleBasedExtractor} give it (see {@link AttributionTagger#withRules}); null when not looked at.
         * {@code pos}, when not null, holds per token its part-of-speech tag (see
         * {@link AttributionTagger#withPartsOfSpeech}); null when not looked at.
         */
        public Sentence {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(quoted, "quoted");
            if (quoted.length != tokens.size() || rules != null && rules.length != tokens.size()
                    || pos != null && pos.length != tokens.size()) {
                throw new IllegalArgumentException("one quotation flag, rule tag and part of speech per token"
                        + " expected");
            }
        }

        /** A sentence without parts of speech. */
        public Sentence(List<Token> tokens, boolean[] quoted, int index, boolean paragraphStart, byte[] rules) {
            this(tokens, quoted, index, paragraphStart, rules, null);
        }

        /** A sentence without the rules' tags. */
        public Sentence(List<Token> tokens, boolean[] quoted, int index, boolean paragraphStart) {
            this(tokens, quoted, index, paragraphStart, null);
        }

        /** A sentence seen on its own: the first of its article. */
        public Sentence(List<Token> tokens, boolean[] quoted) {
            this(tokens, quoted, 0, true);
        }

        /** The rules' tag of token {@code i} ({@link Tag#O} when the rules' tags were not looked at). */
        Tag rule(int i) {
            return rules == null ? Tag.O : TAGS[rules[i]];
        }

        /** This sentence with {@code tags} as its parts of speech. */
        Sentence withPos(String[] tags) {
            return new Sentence(tokens, quoted, index, paragraphStart, rules, tags);
        }
    }

    private static final int MAGIC = 0x434f5254; // "CORT"
    private static final int VERSION = 11;
    private static final Tag[] TAGS = Tag.values();
    private static final int T = TAGS.length;
    /** Previous-tag values: the tags, then the sentence start. */
    private static final int P = T + 1;
    private static final int START = T;

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

    /**
     * How often a lemma is (part of) a cue: for each lemma seen at least {@link #MIN_SEEN} times in training, the
     * share of its occurrences tagged as cue.
     */
    @FunctionalInterface
    interface CueRates {
        /** The share, or a negative number when the lemma was seen too rarely to say. */
        double of(String lemma);
    }

    private static final int MIN_SEEN = 3;

    /**
     * How often a multi-word phrase (lemmas joined by {@code _}, 2 to {@link #MAX_PHRASE} words) that was once a
     * whole cue in training is a cue where it occurs: the share of its occurrences whose words are all tagged cue.
     */
    @FunctionalInterface
    interface PhraseRates {
        /** No phrases: the features of a model without a phrase lexicon. */
        PhraseRates NONE = key -> -1;

        /** The share, or a negative number when the phrase is not in the lexicon or was seen too rarely. */
        double of(String key);
    }

    /** Longest cue phrase of the lexicon, in words. */
    static final int MAX_PHRASE = 5;
    /** A phrase must have been seen at least this often (outside the article being learnt from) to count. */
    private static final int MIN_PHRASE_SEEN = 2;
    /** A word at least this often a cue counts as a likely cue, like a word of the cue lexicon. */
    private static final double LIKELY_CUE = 0.15;

    /** The weights of one stage: per-tag weights of each feature, and per (previous tag, tag) weights. */
    private record Weights(Map<String, Integer> uniIndex, float[] uni, Map<String, Integer> biIndex, float[] bi) {

        int size() {
            return uniIndex.size() + biIndex.size();
        }

        int[] decode(List<List<String>> u, List<List<String>> b) {
            return viterbi(ids(u, uniIndex), ids(b, biIndex), uni, bi);
        }
    }

    private final Weights first;
    /** The second stage, which also sees the first stage's tags; null for a one-stage model. */
    private final Weights second;
    private final Map<String, Float> cueRates;
    /** Cue phrases mined from training, with the share of their occurrences that were cues (empty before v5). */
    private final Map<String, Float> phraseRates;
    /** The learned cue-to-source linker (since v6), or null. */
    private final SourceLinker linker;
    /** Distributional word classes learnt from unlabeled text (since v7; {@link WordClusters#NONE} before). */
    private final WordClusters clusters;
    /** Which of the rules' spans the features see as tags of each token (since v8; none before). */
    private final RuleFeatures ruleFeatures;
    /** Whether the features see each token's part of speech and verb group (since v10; not before). */
    private final boolean partsOfSpeech;
    /** Whether the features see the sentence's verb groups' cue rates, its main verb and suffix windows (v11). */
    private final boolean context;

    private AttributionTagger(Weights first, Weights second, Map<String, Float> cueRates,
                              Map<String, Float> phraseRates, WordClusters clusters, RuleFeatures ruleFeatures,
                              boolean partsOfSpeech, boolean context) {
        this(first, second, cueRates, phraseRates, null, clusters, ruleFeatures, partsOfSpeech, context);
    }

    private AttributionTagger(Weights first, Weights second, Map<String, Float> cueRates,
                              Map<String, Float> phraseRates, SourceLinker linker, WordClusters clusters,
                              RuleFeatures ruleFeatures, boolean partsOfSpeech, boolean context) {
        this.first = first;
        this.second = second;
        this.cueRates = cueRates;
        this.phraseRates = phraseRates;
        this.linker = linker;
        this.clusters = clusters;
        this.ruleFeatures = ruleFeatures;
        this.partsOfSpeech = partsOfSpeech;
        this.context = context;
    }

    /** This tagger with {@code l} as its cue-to-source linker (stored with the model from format version 6). */
    public AttributionTagger withLinker(SourceLinker l) {
        return new AttributionTagger(first, second, cueRates, phraseRates, Objects.requireNonNull(l, "linker"),
                clusters, ruleFeatures, partsOfSpeech, context);
    }

    /**
     * Whether the tagger's features include each token's part of speech (format 10 models trained with them): its
     * sentences must then carry them ({@link #prepare} adds them).
     */
    public boolean usesPartsOfSpeech() {
        return partsOfSpeech;
    }

    /** Whether the tagger's features include those of the sentence's context (format 11 models). */
    public boolean usesContext() {
        return context;
    }

    /**
     * Whether the tagger's features include the tags that the rules' attributions give each token (format 8
     * models trained with them): its sentences must then carry those tags ({@link #withRules}), else it tags as if
     * the rules had found nothing.
     */
    public boolean usesRules() {
        return ruleFeatures.any();
    }

    /** Which of the rules' spans the tagger's features see ({@link RuleFeatures#NONE} before format 8). */
    public RuleFeatures ruleFeatures() {
        return ruleFeatures;
    }

    /**
     * {@code sentences} as this tagger wants them: carrying the tags of {@code rules} (the rules' attributions of
     * the same text) limited to the roles its features see, and their parts of speech for a tagger that sees them;
     * unchanged for a tagger without rule features or parts of speech.
     */
    public List<Sentence> prepare(List<Sentence> sentences, List<Attribution> rules) {
        List<Sentence> out = ruleFeatures.any() ? withRules(sentences, rules, ruleFeatures) : sentences;
        return partsOfSpeech ? withPartsOfSpeech(out) : out;
    }

    /** {@code sentences} carrying the part-of-speech tags of their tokens ({@link PartsOfSpeech}). */
    public static List<Sentence> withPartsOfSpeech(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(s.pos() != null ? s : s.withPos(PartsOfSpeech.tag(s.tokens())));
        }
        return out;
    }

    /** The word classes the tagger's features use ({@link WordClusters#NONE} for models before format 7). */
    public WordClusters clusters() {
        return clusters;
    }

    /** The learned cue-to-source linker, when the model has one (format 6 models trained with it). */
    public Optional<SourceLinker> linker() {
        return Optional.ofNullable(linker);
    }

    private double phraseRate(String key) {
        Float r = phraseRates.get(key);
        return r == null ? -1 : r;
    }

    /** The stored rate of cue phrase {@code key} (lemmas joined by {@code _}; negative when unknown); for tests. */
    double phraseRateForTest(String key) {
        return phraseRate(key);
    }

    private double cueRate(String lemma) {
        Float r = cueRates.get(lemma);
        return r == null ? -1 : r;
    }

    /** The stored cue rate of {@code lemma} (negative when unknown); for tests. */
    double cueRateForTest(String lemma) {
        return cueRate(lemma);
    }

    /** Whether this model has a second stage that sees the first stage's tags. */
    public boolean isTwoStage() {
        return second != null;
    }

    /** The tags of {@code s}'s tokens, with {@code s} alone as its article. */
    public Tag[] tag(Sentence s) {
        return tag(List.of(s), 0);
    }

    /** The tags of the tokens of sentence {@code si} of an article's {@code sentences}. */
    public Tag[] tag(List<Sentence> sentences, int si) {
        if (second == null) {
            Features f = features(sentences, si, this::cueRate, this::phraseRate, clusters, ruleFeatures.any(),
                    partsOfSpeech, context);
            return toTags(first.decode(f.uni, f.bi));
        }
        // the second stage looks at the first stage's tags of the sentence and its neighbours
        int from = Math.max(0, si - 1);
        int to = Math.min(sentences.size(), si + 2);
        return tagArticle(sentences.subList(from, to), sentences, from)[si - from];
    }

    /** The tags of every sentence of an article, in order. */
    public Tag[][] tagArticle(List<Sentence> sentences) {
        return tagArticle(sentences, sentences, 0);
    }

    /** Tags {@code part}, a run of {@code article}'s sentences starting at {@code offset}. */
    private Tag[][] tagArticle(List<Sentence> part, List<Sentence> article, int offset) {
        int n = part.size();
        Features[] feats = new Features[n];
        int[][] firstTags = new int[n][];
        for (int k = 0; k < n; k++) {
            feats[k] = features(article, offset + k, this::cueRate, this::phraseRate, clusters, ruleFeatures.any(),
                    partsOfSpeech, context);
            firstTags[k] = first.decode(feats[k].uni, feats[k].bi);
        }
        Tag[][] out = new Tag[n][];
        for (int k = 0; k < n; k++) {
            if (second == null) {
                out[k] = toTags(firstTags[k]);
                continue;
            }
            Features st = stacked(part, k, firstTags);
            out[k] = toTags(second.decode(concat(feats[k].uni, st.uni), concat(feats[k].bi, st.bi)));
        }
        return out;
    }

    private static Tag[] toTags(int[] path) {
        Tag[] out = new Tag[path.length];
        for (int i = 0; i < path.length; i++) {
            out[i] = TAGS[path[i]];
        }
        return out;
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        List<List<String>> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            List<String> l = new ArrayList<>(a.get(i).size() + b.get(i).size());
            l.addAll(a.get(i));
            l.addAll(b.get(i));
            out.add(l);
        }
        return out;
    }

    /**
     * The second stage's extra features of sentence {@code si}: the first stage's tags around each token, the
     * nearest first-stage cue before and after it (distance, its first word's lemma, punctuation between), which
     * roles the sentence already has, and whether the neighbouring sentences have a cue or end or start in content.
     * {@code tags[k]} are the first stage's tag ordinals of sentence {@code k} of {@code doc}.
     */
    static Features stacked(List<Sentence> doc, int si, int[][] tags) {
        List<Token> toks = doc.get(si).tokens();
        int[] p = tags[si];
        int n = toks.size();
        int[] cueStart = new int[n]; // for each token of a cue chunk, where the chunk starts
        Arrays.fill(cueStart, -1);
        boolean[] has = new boolean[4];
        int cueCount = 0;
        for (int i = 0; i < n; i++) {
            int role = TAGS[p[i]].role();
            has[role] = true;
            if (role == 2) {
                boolean begin = i == 0 || TAGS[p[i]].begins() || TAGS[p[i - 1]].role() != 2;
                cueStart[i] = begin ? i : cueStart[i - 1];
                cueCount += begin ? 1 : 0;
            }
        }
        int[] before = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            before[i] = last;
            if (cueStart[i] >= 0 && (i + 1 == n || cueStart[i + 1] != cueStart[i])) {
                last = cueStart[i];
            }
        }
        int[] after = new int[n];
        last = -1;
        for (int i = n - 1; i >= 0; i--) {
            after[i] = last;
            if (cueStart[i] == i) {
                last = i;
            }
        }
        int[] commas = new int[n + 1];
        for (int i = 0; i < n; i++) {
            commas[i + 1] = commas[i] + (toks.get(i).isComma() || toks.get(i).isQuote() ? 1 : 0);
        }
        String roles = "has=" + has[1] + has[2] + has[3] + "|" + Math.min(cueCount, 2);
        // the order of the sentence's chunks ("SCT": source, cue, content), and which chunk each token is in or before
        StringBuilder tmpl = new StringBuilder("tm=");
        int[] chunkAt = new int[n];
        int chunks = 0;
        for (int i = 0; i < n; i++) {
            int role = TAGS[p[i]].role();
            if (role != 0 && (TAGS[p[i]].begins() || i == 0 || TAGS[p[i - 1]].role() != role)) {
                chunks++;
                if (tmpl.length() < 9) {
                    tmpl.append(" SCT".charAt(role));
                }
            }
            chunkAt[i] = role == 0 ? -chunks : chunks;
        }
        String template = tmpl.toString();
        String prev = "pp=" + (si == 0 ? "none" : summary(tags[si - 1], false));
        String next = "pn=" + (si + 1 >= tags.length ? "none" : summary(tags[si + 1], true));
        List<List<String>> uniOut = new ArrayList<>(n);
        List<List<String>> biOut = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String w = toks.get(i).lower();
            String t0 = TAGS[p[i]].name();
            String tm1 = i > 0 ? TAGS[p[i - 1]].name() : "^";
            String tp1 = i + 1 < n ? TAGS[p[i + 1]].name() : "$";
            String tm2 = i > 1 ? TAGS[p[i - 2]].name() : "^";
            String tp2 = i + 2 < n ? TAGS[p[i + 2]].name() : "$";
            List<String> f = new ArrayList<>(24);
            f.add("S0=" + t0);
            f.add("S-1=" + tm1);
            f.add("S+1=" + tp1);
            f.add("S-2=" + tm2);
            f.add("S+2=" + tp2);
            f.add("S-101=" + tm1 + "|" + t0 + "|" + tp1);
            f.add("S0w=" + t0 + "|" + w);
            String db = before[i] < 0 ? "none" : bucket(i - before[i]);
            String da = after[i] < 0 ? "none" : bucket(after[i] - i);
            f.add("Scba=" + db + "|" + da + "|" + t0);
            if (before[i] >= 0) {
                String cl = lemma(toks.get(before[i]).lower());
                f.add("Scbp=" + phrase(toks, p, before[i]) + "|" + db);
                f.add("Scbl=" + cl + "|" + db);
                f.add("Scbc=" + (commas[i] - commas[before[i] + 1] > 0) + "|" + db + "|" + t0);
            }
            if (after[i] >= 0) {
                String cl = lemma(toks.get(after[i]).lower());
                f.add("Scap=" + phrase(toks, p, after[i]) + "|" + da);
                f.add("Scal=" + cl + "|" + da);
                f.add("Scac=" + (commas[after[i]] - commas[i + 1] > 0) + "|" + da + "|" + t0);
            }
            f.add(roles);
            f.add(roles + "|" + t0);
            f.add(template + "|" + Math.min(Math.abs(chunkAt[i]), 4) + (chunkAt[i] > 0 ? "in" : "after") + "|"
                    + t0);
            f.add(template + "|" + w);
            f.add("S0cap=" + t0 + "|" + toks.get(i).isCapitalized() + "|" + wordClass(w));
            f.add(prev + "|" + t0);
            f.add(next + "|" + t0);
            f.add(prev + "|" + next + "|" + roles);
            uniOut.add(f);
            List<String> g = new ArrayList<>(3);
            g.add("S0=" + t0);
            g.add("Scba=" + db + "|" + da);
            biOut.add(g);
        }
        return new Features(uniOut, biOut);
    }

    /** The lemmas of the (first four) words of the cue chunk starting at {@code from}. */
    private static String phrase(List<Token> toks, int[] p, int from) {
        StringBuilder b = new StringBuilder(lemma(toks.get(from).lower()));
        for (int i = from + 1; i < Math.min(toks.size(), from + 4) && TAGS[p[i]].role() == 2
                && !TAGS[p[i]].begins(); i++) {
            b.append('_').append(lemma(toks.get(i).lower()));
        }
        return b.toString();
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her",
            "them", "us", "me", "his", "its", "their", "our", "my", "your");
    private static final Set<String> WH = Set.of("who", "whom", "whose", "which", "that", "what", "where", "when",
            "why", "how");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "some", "many",
            "several", "all", "both", "each", "every", "no", "any", "most", "few", "one", "another");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "at", "for", "to", "with", "from", "by",
            "about", "over", "after", "before", "during", "against", "into", "under", "between", "as", "than");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
            "shall", "not", "n't");
    private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "gov.", "rep.", "gen.",
            "president", "senator", "governor", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson",
            "official", "officials", "chairman", "director", "leader", "candidate", "campaign", "aide", "aides");

    /** A closed word class standing in for a part-of-speech tag: pronoun, wh-word, determiner, ... or "-". */
    static String wordClass(String w) {
        return PRONOUNS.contains(w) ? "prn" : WH.contains(w) ? "wh" : DETERMINERS.contains(w) ? "det"
                : PREPOSITIONS.contains(w) ? "prep" : AUXILIARIES.contains(w) ? "aux" : TITLES.contains(w) ? "title"
                : w.equals("and") || w.equals("or") || w.equals("but") ? "conj" : "-";
    }

    /** A neighbouring sentence's first-stage tags: has a cue, and its roles at the near end. */
    private static String summary(int[] tags, boolean isNext) {
        boolean cue = false;
        for (int t : tags) {
            cue |= TAGS[t].role() == 2;
        }
        int edge = tags.length == 0 ? 0 : TAGS[tags[isNext ? 0 : tags.length - 1]].role();
        return cue + "|" + edge;
    }

    private static int[][] ids(List<List<String>> feats, Map<String, Integer> index) {
        int[][] out = new int[feats.size()][];
        for (int i = 0; i < out.length; i++) {
            List<String> fs = feats.get(i);
            int[] ids = new int[fs.size()];
            int m = 0;
            for (String f : fs) {
                Integer k = index.get(f);
                if (k != null) {
                    ids[m++] = k;
                }
            }
            out[i] = m == ids.length ? ids : Arrays.copyOf(ids, m);
        }
        return out;
    }

    /** May tag {@code c} follow {@code p} ({@link #START} at the sentence start)? */
    private static boolean allowed(int p, int c) {
        Tag tag = TAGS[c];
        if (tag.role() == 0 || tag.begins()) {
            return true;
        }
        return p != START && TAGS[p].role() == tag.role();
    }

    /** The best tag sequence under the weights: Viterbi over (previous tag, tag). */
    private static int[] viterbi(int[][] u, int[][] b, float[] uw, float[] bw) {
        int n = u.length;
        int[] path = new int[n];
        if (n == 0) {
            return path;
        }
        float[][] delta = new float[n][T];
        int[][] back = new int[n][T];
        float[] local = new float[P * T];
        for (int i = 0; i < n; i++) {
            Arrays.fill(local, 0);
            for (int k : b[i]) {
                int base = k * P * T;
                for (int x = 0; x < P * T; x++) {
                    local[x] += bw[base + x];
                }
            }
            float[] us = new float[T];
            for (int k : u[i]) {
                int base = k * T;
                for (int c = 0; c < T; c++) {
                    us[c] += uw[base + c];
                }
            }
            for (int c = 0; c < T; c++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    if (allowed(START, c)) {
                        best = local[START * T + c];
                        arg = START;
                    }
                } else {
                    for (int p = 0; p < T; p++) {
                        if (!allowed(p, c) || delta[i - 1][p] == Float.NEGATIVE_INFINITY) {
                            continue;
                        }
                        float v = delta[i - 1][p] + local[p * T + c];
                        if (v > best) {
                            best = v;
                            arg = p;
                        }
                    }
                }
                delta[i][c] = best == Float.NEGATIVE_INFINITY ? best : best + us[c];
                back[i][c] = arg;
            }
        }
        int bestC = 0;
        for (int c = 1; c < T; c++) {
            if (delta[n - 1][c] > delta[n - 1][bestC]) {
                bestC = c;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = bestC;
            bestC = back[i][bestC];
        }
        return path;
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

    /** The features of each token of a sentence: those scored per tag, and those scored per (previous tag, tag). */
    record Features(List<List<String>> uni, List<List<String>> bi) {
    }

    static Features features(List<Sentence> doc, int si, CueRates rates) {
        return features(doc, si, rates, PhraseRates.NONE);
    }

    /** The lemma keys of the phrases starting at each token: {@code keys[i][len - 2]} for 2 to MAX_PHRASE words. */
    private static String[][] phraseKeys(String[] lemmas, List<Token> toks) {
        int n = lemmas.length;
        String[][] keys = new String[n][];
        for (int i = 0; i < n; i++) {
            int m = Math.min(MAX_PHRASE, n - i);
            keys[i] = new String[Math.max(0, m - 1)];
            StringBuilder b = new StringBuilder(lemmas[i]);
            for (int len = 2; len <= m; len++) {
                b.append('_').append(lemmas[i + len - 1]);
                keys[i][len - 2] = b.toString();
            }
        }
        return keys;
    }

    static Features features(List<Sentence> doc, int si, CueRates rates, PhraseRates phrases) {
        return features(doc, si, rates, phrases, WordClusters.NONE);
    }

    static Features features(List<Sentence> doc, int si, CueRates rates, PhraseRates phrases,
                             WordClusters clusters) {
        return features(doc, si, rates, phrases, clusters, false);
    }

    static Features features(List<Sentence> doc, int si, CueRates rates, PhraseRates phrases,
                             WordClusters clusters, boolean rules) {
        return features(doc, si, rates, phrases, clusters, rules, false);
    }

    /**
     * The features of sentence {@code si}; with {@code rules} also those of the rules' tags (format 8): the tag
     * the rules give the token and its neighbours, with the quotation state and the word, the distance to the
     * nearest cue, source and content of the rules before and after, and which roles the rules found in the
     * sentence; a token of a rules' cue also counts as a likely cue. With {@code partsOfSpeech} (format 10) also
     * those of the parts of speech the sentences carry ({@link #posFeatures}).
     */
    static Features features(List<Sentence> doc, int si, CueRates rates, PhraseRates phrases,
                             WordClusters clusters, boolean rules, boolean partsOfSpeech) {
        return features(doc, si, rates, phrases, clusters, rules, partsOfSpeech, false);
    }

    /**
     * {@link #features(List, int, CueRates, PhraseRates, WordClusters, boolean, boolean)}, with {@code context}
     * (format 11; with parts of speech only) also those of {@link #contextFeatures}.
     */
    static Features features(List<Sentence> doc, int si, CueRates rates, PhraseRates phrases,
                             WordClusters clusters, boolean rules, boolean partsOfSpeech, boolean context) {
        Sentence s = doc.get(si);
        List<Token> toks = s.tokens();
        int n = toks.size();
        boolean[] q = s.quoted();
        boolean[] cue = new boolean[n];
        String[] lemmas = new String[n];
        String[] rate = new String[n];
        int cues = 0;
        int quotedCount = 0;
        for (int i = 0; i < n; i++) {
            lemmas[i] = lemma(toks.get(i).lower());
            double r = rates.of(lemmas[i]);
            rate[i] = r < 0 ? "unk" : r == 0 ? "0" : r < 0.05 ? "<.05" : r < LIKELY_CUE ? "<.15" : r < 0.4 ? "<.4"
                    : ">=.4";
            cue[i] = isCue(toks.get(i).lower()) || r >= LIKELY_CUE || rules && s.rule(i).role() == 2;
            cues += cue[i] ? 1 : 0;
            quotedCount += q[i] ? 1 : 0;
        }
        // the longest known cue phrase covering each token (B at its first word, I after), with its rate
        String[] phraseTag = new String[n];
        String[] phraseKey = new String[n];
        String[][] keys = phraseKeys(lemmas, toks);
        for (int i = 0; i < n; i++) {
            for (int len = keys[i].length + 1; len >= 2; len--) {
                double r = phrases.of(keys[i][len - 2]);
                if (r < 0) {
                    continue;
                }
                String rb = r == 0 ? "0" : r < 0.05 ? "<.05" : r < LIKELY_CUE ? "<.15" : r < 0.4 ? "<.4" : ">=.4";
                for (int j = i; j < i + len; j++) {
                    if (phraseTag[j] == null || phraseKey[j].length() < keys[i][len - 2].length()) {
                        phraseTag[j] = (j == i ? "B|" : "I|") + rb;
                        phraseKey[j] = keys[i][len - 2];
                    }
                }
                if (r >= LIKELY_CUE && !cue[i]) {
                    cue[i] = true;
                    cues++;
                }
                break;
            }
        }
        // runs of capitalised words (names, organisations); per word of a run: "B|" or "I|", then the run's length,
        // whether it starts the sentence and the word class of the word after it (with "C" when that word is a likely
        // cue); and the words just after and before it
        String[] capRun = new String[n];
        String[] capAround = new String[n];
        for (int i = 0; i < n; ) {
            if (!toks.get(i).isCapitalized() || !toks.get(i).isWord()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && toks.get(j).isWord() && (toks.get(j).isCapitalized()
                    || (toks.get(j).is("of") || toks.get(j).is("for")) && j + 1 < n
                    && toks.get(j + 1).isCapitalized())) {
                j++;
            }
            String info = bucket(j - i) + "|" + (i == 0) + "|" + (j < n ? wordClass(toks.get(j).lower())
                    + (j < n && cue[j] ? "C" : "") : "$");
            for (int k = i; k < j; k++) {
                capRun[k] = (k == i ? "B|" : "I|") + info;
                capAround[k] = "|" + (j < n ? toks.get(j).lower() : "$") + "|"
                        + (i > 0 ? toks.get(i - 1).lower() : "^");
            }
            i = j;
        }
        String sentCtx = "sc=" + Math.min(cues, 3) + "|" + (quotedCount == 0 ? "nq" : quotedCount == n ? "allq" : "someq");
        String prevCtx = "ps=" + (si == 0 ? "none" : context(doc.get(si - 1)));
        String nextCtx = "ns=" + (si + 1 >= doc.size() ? "none" : context(doc.get(si + 1)));
        String place = "sp=" + (s.index() == 0 ? "first" : s.index() < 3 ? "early" : "body") + "|"
                + s.paragraphStart();
        String len = "len=" + bucket(n);
        // nearest cue word before and after each token
        int[] before = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            before[i] = last;
            if (cue[i]) {
                last = i;
            }
        }
        int[] after = new int[n];
        last = -1;
        for (int i = n - 1; i >= 0; i--) {
            after[i] = last;
            if (cue[i]) {
                last = i;
            }
        }
        // nearest quotation mark before and after
        int[] qBefore = new int[n];
        last = -1;
        for (int i = 0; i < n; i++) {
            qBefore[i] = last;
            if (toks.get(i).isQuote()) {
                last = i;
            }
        }
        int[] qAfter = new int[n];
        last = -1;
        for (int i = n - 1; i >= 0; i--) {
            qAfter[i] = last;
            if (toks.get(i).isQuote()) {
                last = i;
            }
        }
        int[] commas = new int[n + 1];
        for (int i = 0; i < n; i++) {
            commas[i + 1] = commas[i] + (toks.get(i).isComma() || toks.get(i).isQuote() ? 1 : 0);
        }
        int firstCue = -1;
        for (int i = 0; i < n; i++) {
            if (cue[i]) {
                firstCue = i;
                break;
            }
        }
        String[][] ruleNear = rules ? ruleContext(s) : null;
        String[] pos = partsOfSpeech ? s.pos() : null;
        String[] group = pos == null ? null : verbGroups(toks, lemmas, pos);
        Context ctx = context && pos != null ? context(toks, lemmas, pos, group, q, rates) : null;
        List<List<String>> uniOut = new ArrayList<>(n);
        List<List<String>> biOut = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            String w = t.lower();
            String l = lemmas[i];
            String sh = shape(t.text());
            List<String> f = new ArrayList<>(72);
            f.add("b");
            f.add("w=" + w);
            f.add("l=" + l);
            f.add("sh=" + sh);
            if (w.length() > 3) {
                f.add("s3=" + w.substring(w.length() - 3));
                f.add("p3=" + w.substring(0, 3));
            }
            if (w.length() > 2) {
                f.add("s2=" + w.substring(w.length() - 2));
            }
            if (w.length() > 5) {
                f.add("s4=" + w.substring(w.length() - 4));
            }
            String w1 = word(toks, i - 1);
            String w2 = word(toks, i - 2);
            String n1 = word(toks, i + 1);
            String n2 = word(toks, i + 2);
            f.add("w-1=" + w1);
            f.add("w-2=" + w2);
            f.add("w+1=" + n1);
            f.add("w+2=" + n2);
            f.add("w-1w=" + w1 + "|" + w);
            f.add("ww+1=" + w + "|" + n1);
            f.add("w-2w-1=" + w2 + "|" + w1);
            f.add("w+1w+2=" + n1 + "|" + n2);
            f.add("l-1=" + (i > 0 ? lemmas[i - 1] : "^"));
            f.add("l+1=" + (i + 1 < n ? lemmas[i + 1] : "$"));
            String sh1 = i > 0 ? shape(toks.get(i - 1).text()) : "^";
            String shn = i + 1 < n ? shape(toks.get(i + 1).text()) : "$";
            f.add("sh-1=" + sh1);
            f.add("sh+1=" + shn);
            f.add("sh-1sh=" + sh1 + "|" + sh + "|" + shn);
            f.add("cue=" + cue[i]);
            f.add("cr=" + rate[i]);
            f.add("cr-1=" + (i > 0 ? rate[i - 1] : "^") + "|cr+1=" + (i + 1 < n ? rate[i + 1] : "$"));
            f.add("crq=" + rate[i] + "|" + q[i]);
            f.add("cue-1=" + (i > 0 && cue[i - 1]) + "|cue+1=" + (i + 1 < n && cue[i + 1]));
            if (cue[i]) {
                f.add("cuel=" + l);
                f.add("cuelq=" + l + "|" + q[i]);
            }
            boolean qPrev = i > 0 && q[i - 1];
            boolean qNext = i + 1 < n && q[i + 1];
            f.add("q=" + q[i] + "|" + t.isQuote());
            f.add("qctx=" + qPrev + q[i] + qNext);
            f.add("qb=" + (qBefore[i] < 0 ? "none" : bucket(i - qBefore[i])) + "|qa="
                    + (qAfter[i] < 0 ? "none" : bucket(qAfter[i] - i)));
            f.add("qw=" + q[i] + "|" + w);
            f.add("pos=" + (i == 0 ? "first" : i == n - 1 ? "last" : i < 3 ? "early" : n - i <= 3 ? "late" : "mid"));
            f.add("fromEnd=" + bucket(n - 1 - i));
            String db = before[i] < 0 ? "none" : bucket(i - before[i]);
            String da = after[i] < 0 ? "none" : bucket(after[i] - i);
            f.add("cb=" + db);
            f.add("ca=" + da);
            f.add("cba=" + db + "|" + da);
            f.add("cbaq=" + db + "|" + da + "|" + q[i]);
            if (before[i] >= 0) {
                f.add("cbl=" + lemmas[before[i]] + "|" + db);
                f.add("cbc=" + (commas[i] - commas[before[i] + 1] > 0) + "|" + db);
                f.add("cblw=" + lemmas[before[i]] + "|" + w);
            }
            if (after[i] >= 0) {
                f.add("cal=" + lemmas[after[i]] + "|" + da);
                f.add("cac=" + (commas[after[i]] - commas[i + 1] > 0) + "|" + da);
                f.add("calw=" + lemmas[after[i]] + "|" + w);
            }
            f.add("side=" + (firstCue < 0 ? "nocue" : i < firstCue ? "before" : i == firstCue ? "at" : "after")
                    + "|" + t.isCapitalized());
            f.add(sentCtx);
            f.add(sentCtx + "|" + q[i]);
            f.add(prevCtx);
            f.add(nextCtx);
            f.add(prevCtx + "|" + nextCtx + "|" + q[i]);
            f.add(place);
            f.add(place + "|" + sentCtx);
            f.add(len);
            f.add("cap=" + t.isCapitalized() + "|" + (i == 0));
            String c0 = wordClass(w);
            String cm1 = i > 0 ? wordClass(w1) : "^";
            String cp1 = i + 1 < n ? wordClass(n1) : "$";
            f.add("wc=" + c0);
            f.add("wc-1=" + cm1 + "|wc+1=" + cp1);
            f.add("wc-1wc=" + cm1 + "|" + c0 + "|" + t.isCapitalized());
            f.add("wcwc+1=" + c0 + "|" + cp1 + "|" + (i + 1 < n && cue[i + 1]));
            f.add("wccb=" + c0 + "|" + db + "|" + da);
            if (phraseTag[i] != null) {
                f.add("ph=" + phraseTag[i]);
                f.add("phq=" + phraseTag[i] + "|" + q[i]);
                f.add("phk=" + phraseKey[i] + "|" + phraseTag[i].charAt(0));
            }
            if (capRun[i] != null) {
                String capPlace = capRun[i].substring(0, 2);
                f.add("cc=" + capRun[i]);
                f.add("ccw=" + capPlace + capAround[i]);
                f.add("ccd=" + capPlace.charAt(0) + "|" + db + "|" + da + "|" + q[i]);
            }
            if (!clusters.isEmpty()) {
                classFeatures(f, toks, lemmas, i, q[i], before[i], db, after[i], da, clusters);
            }
            if (rules) {
                ruleFeatures(f, s, lemmas, i, ruleNear);
            }
            if (pos != null) {
                posFeatures(f, toks, lemmas, pos, group, cue, i, q[i], before[i], db, after[i], da);
            }
            if (ctx != null) {
                contextFeatures(f, toks, rate, ctx, i, q[i], qBefore[i], qAfter[i]);
            }
            uniOut.add(f);
            List<String> g = new ArrayList<>(8);
            g.add("t");
            g.add("w=" + w);
            g.add("sh=" + sh);
            g.add("cue=" + cue[i]);
            g.add("cr=" + rate[i]);
            g.add("q=" + q[i] + "|" + t.isQuote());
            g.add("cb=" + db + "|ca=" + da);
            g.add("cm=" + t.isComma() + "|" + (i > 0 && toks.get(i - 1).isComma()));
            if (!clusters.isEmpty()) {
                g.add("k=" + clusters.of(w)[1]);
            }
            if (rules) {
                g.add("r=" + s.rule(i).name());
            }
            if (pos != null) {
                g.add("u=" + pos[i]);
                g.add("vg=" + group[i].charAt(0));
            }
            if (ctx != null) {
                g.add("bv=" + ctx.side(i, ctx.best()) + "|" + ctx.bestRate());
            }
            biOut.add(g);
        }
        return new Features(uniOut, biOut);
    }

    /**
     * Per token of {@code s}, for each role of the rules' tags (source, cue, content), the distances to the nearest
     * token of that role before and after it ({@code "C2/-"}); at index n, the roles the rules found in the sentence.
     */
    private static String[][] ruleContext(Sentence s) {
        int n = s.tokens().size();
        String[][] out = new String[n + 1][3];
        boolean[] has = new boolean[4];
        int[] before = new int[n];
        int[] after = new int[n];
        for (int role = 1; role <= 3; role++) {
            int last = -1;
            for (int i = 0; i < n; i++) {
                before[i] = last;
                if (s.rule(i).role() == role) {
                    last = i;
                    has[role] = true;
                }
            }
            last = -1;
            for (int i = n - 1; i >= 0; i--) {
                after[i] = last;
                if (s.rule(i).role() == role) {
                    last = i;
                }
            }
            for (int i = 0; i < n; i++) {
                out[i][role - 1] = " SCT".charAt(role) + (before[i] < 0 ? "-" : bucket(i - before[i])) + "/"
                        + (after[i] < 0 ? "-" : bucket(after[i] - i));
            }
        }
        out[n][0] = "" + has[1] + has[2] + has[3];
        return out;
    }

    /** The features of the rules' tags of token {@code i} (format 8); {@code near} from {@link #ruleContext}. */
    private static void ruleFeatures(List<String> f, Sentence s, String[] lemmas, int i, String[][] near) {
        int n = lemmas.length;
        String r = s.rule(i).name();
        String rm1 = i > 0 ? s.rule(i - 1).name() : "^";
        String rp1 = i + 1 < n ? s.rule(i + 1).name() : "$";
        boolean q = s.quoted()[i];
        f.add("r=" + r);
        f.add("rq=" + r + "|" + q);
        f.add("r-1r+1=" + rm1 + "|" + r + "|" + rp1);
        f.add("rl=" + r + "|" + lemmas[i]);
        for (String d : near[i]) {
            f.add("rn=" + d);
            f.add("rnr=" + d + "|" + r + "|" + q);
        }
        f.add("rh=" + near[n][0] + "|" + r);
    }

    private static boolean verbal(String pos) {
        return pos.equals("VERB") || pos.equals("AUX");
    }

    private static boolean nominal(String pos) {
        return switch (pos) {
            case "DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM" -> true;
            default -> false;
        };
    }

    /**
     * Per token, its place in the sentence's chunks read from the parts of speech: {@code "B|head"} or
     * {@code "I|head"} in a verb group (a run of auxiliaries, verbs, adverbs and particles with at least one verb or
     * auxiliary; an infinitive's {@code to} begins one; its head is the lemma of its last verb, else of its last
     * auxiliary), {@code "N|B"} or {@code "N|I"} in a noun group (determiners, pronouns, names, nouns, adjectives,
     * numbers), else {@code "O"}.
     */
    static String[] verbGroups(List<Token> toks, String[] lemmas, String[] pos) {
        int n = pos.length;
        String[] out = new String[n];
        int i = 0;
        while (i < n) {
            boolean starts = verbal(pos[i]) || (toks.get(i).is("to") || pos[i].equals("ADV")) && i + 1 < n
                    && verbal(pos[i + 1]);
            if (starts) {
                int j = i;
                int head = -1;
                while (j < n && (verbal(pos[j]) || pos[j].equals("ADV") || pos[j].equals("PART")
                        || j == i && toks.get(j).is("to"))) {
                    if (pos[j].equals("VERB") || head < 0 && pos[j].equals("AUX") || head >= 0
                            && pos[head].equals("AUX") && pos[j].equals("AUX")) {
                        head = j;
                    }
                    j++;
                }
                // trailing adverbs and particles after the last verb are not the group's
                int end = j;
                while (end > i + 1 && !verbal(pos[end - 1])) {
                    end--;
                }
                String h = head < 0 ? "-" : lemmas[head];
                for (int k = i; k < end; k++) {
                    out[k] = (k == i ? "B|" : "I|") + h;
                }
                i = end;
            } else if (nominal(pos[i])) {
                int j = i;
                while (j < n && nominal(pos[j])) {
                    out[j] = j == i ? "N|B" : "N|I";
                    j++;
                }
                i = j;
            } else {
                out[i] = "O";
                i++;
            }
        }
        return out;
    }

    /**
     * Features of the parts of speech (format 10): the token's tag and its neighbours', with the word, the lemma,
     * the quotation state and the nearest likely cues; the verb group it is in (place and head lemma) and, for the
     * word after a verb group (a particle or preposition: {@code leave [out]}, {@code gloss [over]}), the group's
     * head with that word; for a noun group, what follows it (the tag, and whether a likely cue begins there).
     */
    private static void posFeatures(List<String> f, List<Token> toks, String[] lemmas, String[] pos, String[] group,
                                    boolean[] cue, int i, boolean q, int before, String db, int after, String da) {
        int n = pos.length;
        String u = pos[i];
        String um1 = i > 0 ? pos[i - 1] : "^";
        String um2 = i > 1 ? pos[i - 2] : "^";
        String up1 = i + 1 < n ? pos[i + 1] : "$";
        String up2 = i + 2 < n ? pos[i + 2] : "$";
        f.add("u=" + u);
        f.add("u-1=" + um1);
        f.add("u+1=" + up1);
        f.add("u-1u=" + um1 + "|" + u);
        f.add("uu+1=" + u + "|" + up1);
        f.add("u-1uu+1=" + um1 + "|" + u + "|" + up1);
        f.add("u-2u-1=" + um2 + "|" + um1);
        f.add("u+1u+2=" + up1 + "|" + up2);
        f.add("ul=" + u + "|" + lemmas[i]);
        f.add("uw+1=" + u + "|" + word(toks, i + 1));
        f.add("w-1u=" + word(toks, i - 1) + "|" + u);
        f.add("uq=" + u + "|" + q);
        f.add("ucue=" + u + "|" + cue[i]);
        f.add("ucba=" + u + "|" + db + "|" + da);
        if (before >= 0) {
            f.add("cbu=" + pos[before] + "|" + db + "|" + u);
        }
        if (after >= 0) {
            f.add("cau=" + pos[after] + "|" + da + "|" + u);
        }
        String g = group[i];
        char place = g.charAt(0);
        f.add("vg=" + place + "|" + u);
        if (place == 'B' || place == 'I') {
            String head = g.substring(2);
            f.add("vgh=" + g);
            f.add("vghq=" + head + "|" + q);
            f.add("vghl=" + head + "|" + lemmas[i]);
            int end = i;
            while (end + 1 < n && group[end + 1].charAt(0) == 'I') {
                end++;
            }
            if (end + 1 < n) {
                f.add("vgn=" + head + "|" + word(toks, end + 1));
                f.add("vgnu=" + head + "|" + pos[end + 1]);
            }
        } else if (i > 0 && (group[i - 1].charAt(0) == 'B' || group[i - 1].charAt(0) == 'I')) {
            String head = group[i - 1].substring(2);
            f.add("avg=" + head + "|" + lemmas[i]);
            f.add("avgu=" + head + "|" + u);
        }
        if (place == 'N') {
            int end = i;
            while (end + 1 < n && group[end + 1].equals("N|I")) {
                end++;
            }
            String next = end + 1 < n ? pos[end + 1] + "|" + cue[end + 1] : "$";
            f.add("npn=" + g + "|" + next);
            if (end + 1 < n && group[end + 1].charAt(0) == 'B') {
                f.add("npv=" + g.charAt(2) + "|" + group[end + 1].substring(2));
            }
        }
    }

    /** A cue rate as the features' bucket ({@code "unk"} for a lemma seen too rarely). */
    private static String rateBucket(double r) {
        return r < 0 ? "unk" : r == 0 ? "0" : r < 0.05 ? "<.05" : r < LIKELY_CUE ? "<.15" : r < 0.4 ? "<.4" : ">=.4";
    }

    /**
     * A sentence's verb groups for {@link #contextFeatures}: each group's first token, end (exclusive), head lemma
     * and the bucket of the head's cue rate; the main verb (the first group outside quotation marks, else the first
     * group) and the group whose head is the likeliest cue; how many heads are likely cues; each token's group.
     */
    private record Context(int[] start, int[] end, String[] head, String[] headRate, int main, int best,
                           String bestRate, int likely, int[] groupOf) {
        String side(int i, int g) {
            return g < 0 ? "none" : i < start[g] ? "before" : i < end[g] ? "in" : "after";
        }
    }

    private static Context context(List<Token> toks, String[] lemmas, String[] pos, String[] group, boolean[] q,
                                   CueRates rates) {
        int n = group.length;
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < n; ) {
            if (group[i].startsWith("B|")) {
                int j = i + 1;
                while (j < n && group[j].startsWith("I|")) {
                    j++;
                }
                spans.add(new int[] {i, j});
                i = j;
            } else {
                i++;
            }
        }
        int m = spans.size();
        int[] start = new int[m];
        int[] end = new int[m];
        String[] head = new String[m];
        String[] headRate = new String[m];
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        int main = -1;
        int best = -1;
        double bestR = -2;
        int likely = 0;
        for (int g = 0; g < m; g++) {
            start[g] = spans.get(g)[0];
            end[g] = spans.get(g)[1];
            head[g] = group[start[g]].substring(2);
            double r = head[g].equals("-") ? -1 : rates.of(head[g]);
            headRate[g] = rateBucket(r);
            likely += r >= LIKELY_CUE ? 1 : 0;
            if (r > bestR) {
                bestR = r;
                best = g;
            }
            if (main < 0 && !q[start[g]]) {
                main = g;
            }
            for (int k = start[g]; k < end[g]; k++) {
                groupOf[k] = g;
            }
        }
        if (main < 0 && m > 0) {
            main = 0;
        }
        return new Context(start, end, head, headRate, main, best, best < 0 ? "none" : headRate[best], likely,
                groupOf);
    }

    /**
     * Features of a sentence's context (format 11): the suffixes of the words around the token with its own; the
     * sentence's main verb (head lemma, cue rate) and its likeliest cue verb, each with the token's side of it; how
     * many verb heads are likely cues; for a token in a verb group, its head's cue rate; the distances to the
     * nearest quotation marks with the token's cue rate.
     */
    private static void contextFeatures(List<String> f, List<Token> toks, String[] rate, Context c, int i,
                                        boolean q, int qBefore, int qAfter) {
        int n = toks.size();
        String s0 = suffix3(toks.get(i).lower());
        String sm1 = i > 0 ? suffix3(toks.get(i - 1).lower()) : "^";
        String sp1 = i + 1 < n ? suffix3(toks.get(i + 1).lower()) : "$";
        f.add("xs-1=" + sm1);
        f.add("xs+1=" + sp1);
        f.add("xs-1s=" + sm1 + "|" + s0);
        f.add("xss+1=" + s0 + "|" + sp1);
        String mainSide = c.side(i, c.main());
        String mainHead = c.main() < 0 ? "none" : c.head()[c.main()];
        String mainRate = c.main() < 0 ? "none" : c.headRate()[c.main()];
        f.add("xmv=" + mainHead + "|" + mainSide + "|" + q);
        f.add("xmvr=" + mainRate + "|" + mainSide + "|" + rate[i]);
        String bestSide = c.side(i, c.best());
        f.add("xbv=" + (c.best() < 0 ? "none" : c.head()[c.best()]) + "|" + bestSide);
        f.add("xbvr=" + c.bestRate() + "|" + bestSide + "|" + q + "|" + toks.get(i).isCapitalized());
        f.add("xnl=" + Math.min(c.likely(), 3) + "|" + q + "|" + rate[i]);
        int g = c.groupOf()[i];
        if (g >= 0) {
            String place = i == c.start()[g] ? "B" : "I";
            f.add("xvgr=" + c.headRate()[g] + "|" + place + "|" + q);
            f.add("xvgrw=" + c.headRate()[g] + "|" + toks.get(i).lower());
            f.add("xvgm=" + (g == c.main()) + "|" + (g == c.best()) + "|" + c.headRate()[g]);
        }
        f.add("xqcr=" + (qBefore < 0 ? "none" : bucket(i - qBefore)) + "|"
                + (qAfter < 0 ? "none" : bucket(qAfter - i)) + "|" + rate[i]);
    }

    private static String suffix3(String w) {
        return w.length() <= 3 ? w : w.substring(w.length() - 3);
    }

    private static final String[] BOUNDARY = {"^", "^", "^"};
    private static final String[] END = {"$", "$", "$"};
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");

    /**
     * Features of the distributional word classes (format 7): the word's classes at three granularities, those of
     * its neighbours and pairs of them, the class of the word's object or complement (the next word after
     * determiners and possessives: {@code face [ridicule]}, {@code draw a [contrast]}) with the word's lemma and
     * class, the class of the word before the determiners (its governing verb), and the classes of the nearest
     * likely cues before and after.
     */
    private static void classFeatures(List<String> f, List<Token> toks, String[] lemmas, int i, boolean q,
                                      int before, String db, int after, String da, WordClusters clusters) {
        int n = toks.size();
        String[] k = clusters.of(toks.get(i).lower());
        String[] km1 = i > 0 ? clusters.of(toks.get(i - 1).lower()) : BOUNDARY;
        String[] kp1 = i + 1 < n ? clusters.of(toks.get(i + 1).lower()) : END;
        f.add("k0=" + k[0]);
        f.add("k1=" + k[1]);
        f.add("k2=" + k[2]);
        f.add("k-1=" + km1[1]);
        f.add("k+1=" + kp1[1]);
        f.add("k-1f=" + km1[0]);
        f.add("k+1f=" + kp1[0]);
        f.add("kk+1=" + k[0] + "|" + kp1[1]);
        f.add("k-1k=" + km1[1] + "|" + k[0]);
        f.add("k-1kk+1=" + km1[2] + "|" + k[1] + "|" + kp1[2]);
        f.add("kq=" + k[1] + "|" + q);
        int o = i + 1;
        while (o < n && o < i + 3 && (DETERMINERS.contains(toks.get(o).lower())
                || POSSESSIVES.contains(toks.get(o).lower()))) {
            o++;
        }
        if (o < n && toks.get(o).isWord()) {
            String[] ko = clusters.of(toks.get(o).lower());
            f.add("obj=" + lemmas[i] + "|" + lemmas[o]);
            f.add("objk=" + lemmas[i] + "|" + ko[0]);
            f.add("kobjk=" + k[0] + "|" + ko[0]);
        }
        int g = i - 1;
        while (g >= 0 && g > i - 3 && (DETERMINERS.contains(toks.get(g).lower())
                || POSSESSIVES.contains(toks.get(g).lower()))) {
            g--;
        }
        if (g >= 0 && g < i - 1) {
            f.add("gov=" + clusters.of(toks.get(g).lower())[0] + "|" + k[0]);
        }
        if (before >= 0) {
            f.add("cbk=" + clusters.of(toks.get(before).lower())[0] + "|" + db);
        }
        if (after >= 0) {
            f.add("cak=" + clusters.of(toks.get(after).lower())[0] + "|" + da);
        }
    }

    /** A summary of a neighbouring sentence: whether it holds a cue word, a quotation, and ends in one. */
    private static String context(Sentence s) {
        boolean cue = false;
        boolean quote = false;
        for (int i = 0; i < s.tokens().size(); i++) {
            cue |= isCue(s.tokens().get(i).lower());
            quote |= s.quoted()[i];
        }
        boolean endsQuoted = s.quoted()[s.quoted().length - 1]
                || s.tokens().get(s.tokens().size() - 1).isQuote();
        return cue + "|" + quote + "|" + endsQuoted + "|" + s.paragraphStart();
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

    /**
     * Training settings: passes over the data, the shuffling seed, and the number of folds for a two-stage model
     * (0 for one stage). With {@code folds} k of at least 2 the first stage is trained k times, each time without a
     * k-th of the articles, to tag that k-th as it would tag unseen text; the second stage learns from those tags.
     * {@code epochs} are the passes of the first stage, of its folds and of a one-stage model, {@code secondEpochs}
     * those of the second stage (unused by a one-stage model).
     */
    public record TrainingOptions(int epochs, long seed, int folds, int secondEpochs) {
        public TrainingOptions {
            if (epochs < 1 || epochs > 100) {
                throw new IllegalArgumentException("epochs must be in [1, 100], got " + epochs);
            }
            if (secondEpochs < 1 || secondEpochs > 100) {
                throw new IllegalArgumentException("second-stage epochs must be in [1, 100], got " + secondEpochs);
            }
            if (folds != 0 && (folds < 2 || folds > 20)) {
                throw new IllegalArgumentException("folds must be 0 (one stage) or in [2, 20], got " + folds);
            }
        }

        /** Both stages with {@code epochs} passes. */
        public TrainingOptions(int epochs, long seed, int folds) {
            this(epochs, seed, folds, epochs);
        }

        /** A one-stage model. */
        public TrainingOptions(int epochs, long seed) {
            this(epochs, seed, 0);
        }
    }

    /** A sentence with its gold tags, and the article's sentences around it (for context features). */
    public record Example(List<Sentence> article, int index, Tag[] gold) {

        /** A sentence on its own. */
        public Example(Sentence sentence, Tag[] gold) {
            this(List.of(sentence), 0, gold);
        }

        public Sentence sentence() {
            return article.get(index);
        }
    }

    /**
     * Trains an averaged structured perceptron on {@code examples}: each epoch decodes every sentence (in an order
     * shuffled with the seed) and, where the best path differs from the gold one, moves the weights toward the gold
     * features; the weights returned are averaged over all steps. With {@link TrainingOptions#folds()} a second
     * stage is trained the same way on the features plus the first stage's (cross-validated) tags.
     */
    public static AttributionTagger train(List<Example> examples, TrainingOptions options) {
        return train(examples, options, WordClusters.NONE);
    }

    /**
     * {@link #train(List, TrainingOptions)} with features of the distributional word classes {@code clusters}
     * (learnt from unlabeled text, e.g. by {@link WordClusters#learn}), which are stored with the model.
     */
    public static AttributionTagger train(List<Example> examples, TrainingOptions options, WordClusters clusters) {
        return train(examples, options, clusters, false);
    }

    /**
     * {@link #train(List, TrainingOptions, WordClusters)}, with {@code rules} also with features of the rules' tags
     * that the examples' sentences carry (see {@link #examples(String, List, List)}); such a model (its file says
     * so since format 8) wants its sentences to carry the rules' tags when tagging too.
     */
    public static AttributionTagger train(List<Example> examples, TrainingOptions options, WordClusters clusters,
                                          boolean rules) {
        return train(examples, options, clusters, rules ? RuleFeatures.ALL : RuleFeatures.NONE);
    }

    /**
     * {@link #train(List, TrainingOptions, WordClusters)} with features of the rules' tags that the examples'
     * sentences carry when {@code rules} is not {@link RuleFeatures#NONE}; the examples should have been made with
     * the same choice ({@link #examples(String, List, List, RuleFeatures)}), which the model stores (format 9) and
     * applies to the sentences it tags ({@link #prepare}).
     */
    public static AttributionTagger train(List<Example> examples, TrainingOptions options, WordClusters clusters,
                                          RuleFeatures rules) {
        return train(examples, options, clusters, rules, (stage, epoch, tagger) -> { });
    }

    /**
     * Told after each pass over the data of the first stage (trained on all the examples, not its folds) and of the
     * second stage.
     */
    @FunctionalInterface
    public interface EpochListener {
        /**
         * Pass {@code epoch} (from 1) of stage {@code stage} (1 or 2) is done; {@code tagger} makes (at some cost:
         * it averages and copies the weights) the tagger that training would return had that stage stopped there:
         * after the first stage a one-stage tagger, after the second the two-stage one with the whole first stage.
         * {@code tagger} may only be called during this call (training goes on from the same weights after it).
         */
        void epochDone(int stage, int epoch, java.util.function.Supplier<AttributionTagger> tagger);
    }

    /**
     * {@link #train(List, TrainingOptions, WordClusters, RuleFeatures)}, telling {@code listener} after each pass
     * (to score a held-out corpus epoch by epoch, for instance). The weights averaged after pass e of a stage are
     * those of a training with e passes for that stage, since the shuffling goes on from the same seed.
     */
    public static AttributionTagger train(List<Example> examples, TrainingOptions options, WordClusters clusters,
                                          RuleFeatures rules, EpochListener listener) {
        return train(examples, options, clusters, rules, false, listener);
    }

    /**
     * {@link #train(List, TrainingOptions, WordClusters, RuleFeatures, EpochListener)}, with {@code partsOfSpeech}
     * also with features of the parts of speech that the examples' sentences carry (made by
     * {@link #examples(String, List, List, RuleFeatures, boolean)}); such a model (format 10) adds them to the
     * sentences it tags ({@link #prepare}).
     */
    public static AttributionTagger train(List<Example> examples, TrainingOptions options, WordClusters clusters,
                                          RuleFeatures rules, boolean partsOfSpeech, EpochListener listener) {
        return train(examples, options, clusters, rules, partsOfSpeech, false, listener);
    }

    /**
     * {@link #train(List, TrainingOptions, WordClusters, RuleFeatures, boolean, EpochListener)}, with
     * {@code context} (which needs {@code partsOfSpeech}) also with the features of {@link #contextFeatures}; such
     * a model is written as format 11.
     */
    public static AttributionTagger train(List<Example> examples, TrainingOptions options, WordClusters clusters,
                                          RuleFeatures rules, boolean partsOfSpeech, boolean context,
                                          EpochListener listener) {
        Objects.requireNonNull(rules, "rules");
        if (context && !partsOfSpeech) {
            throw new IllegalArgumentException("context features need the parts of speech");
        }
        Objects.requireNonNull(listener, "listener");
        Map<String, Integer> uniIndex = new HashMap<>();
        Map<String, Integer> biIndex = new HashMap<>();
        int[][][] u = new int[examples.size()][][];
        int[][][] b = new int[examples.size()][][];
        int[][] gold = new int[examples.size()][];
        // cue rates per lemma over the corpus; each article's features see the rates without its own counts
        Map<String, int[]> counts = new HashMap<>();
        Map<List<Sentence>, Map<String, int[]>> perArticle = new java.util.IdentityHashMap<>();
        for (Example ex : examples) {
            Map<String, int[]> own = perArticle.computeIfAbsent(ex.article(), a -> new HashMap<>());
            List<Token> toks = ex.sentence().tokens();
            for (int i = 0; i < toks.size(); i++) {
                String l = lemma(toks.get(i).lower());
                int isCueTag = ex.gold()[i].role() == 2 ? 1 : 0;
                int[] c = counts.computeIfAbsent(l, x -> new int[2]);
                c[0] += isCueTag;
                c[1]++;
                int[] o = own.computeIfAbsent(l, x -> new int[2]);
                o[0] += isCueTag;
                o[1]++;
            }
        }
        Map<String, Float> rates = new HashMap<>();
        counts.forEach((l, c) -> {
            if (c[1] >= MIN_SEEN) {
                rates.put(l, (float) c[0] / c[1]);
            }
        });
        // cue phrases: whole gold cues of 2 to MAX_PHRASE words; then how often each occurs and is all cue
        java.util.Set<String> phraseKeys = new java.util.HashSet<>();
        for (Example ex : examples) {
            String[] lemmas = lemmas(ex.sentence().tokens());
            Tag[] g = ex.gold();
            for (int i = 0; i < g.length; i++) {
                if (g[i].role() != 2 || i > 0 && g[i - 1].role() == 2 && !g[i].begins()) {
                    continue;
                }
                int j = i + 1;
                while (j < g.length && g[j].role() == 2 && !g[j].begins()) {
                    j++;
                }
                if (j - i >= 2 && j - i <= MAX_PHRASE) {
                    phraseKeys.add(String.join("_", Arrays.asList(lemmas).subList(i, j)));
                }
            }
        }
        Map<String, int[]> phraseCounts = new HashMap<>();
        Map<List<Sentence>, Map<String, int[]>> phrasePerArticle = new java.util.IdentityHashMap<>();
        for (Example ex : examples) {
            Map<String, int[]> own = phrasePerArticle.computeIfAbsent(ex.article(), a -> new HashMap<>());
            String[] lemmas = lemmas(ex.sentence().tokens());
            String[][] keys = phraseKeys(lemmas, ex.sentence().tokens());
            Tag[] g = ex.gold();
            for (int i = 0; i < keys.length; i++) {
                boolean allCue = g[i].role() == 2;
                for (int len = 2; len <= keys[i].length + 1; len++) {
                    allCue &= g[i + len - 1].role() == 2;
                    String k = keys[i][len - 2];
                    if (phraseKeys.contains(k)) {
                        int isCue = allCue ? 1 : 0;
                        int[] c = phraseCounts.computeIfAbsent(k, x -> new int[2]);
                        c[0] += isCue;
                        c[1]++;
                        int[] o = own.computeIfAbsent(k, x -> new int[2]);
                        o[0] += isCue;
                        o[1]++;
                    }
                }
            }
        }
        Map<String, Float> phraseRates = new HashMap<>();
        phraseCounts.forEach((k, c) -> {
            if (c[1] >= MIN_PHRASE_SEEN && c[0] > 0) {
                phraseRates.put(k, (float) c[0] / c[1]);
            }
        });
        for (int e = 0; e < examples.size(); e++) {
            Example ex = examples.get(e);
            Map<String, int[]> own = perArticle.get(ex.article());
            Map<String, int[]> ownPhrases = phrasePerArticle.get(ex.article());
            PhraseRates heldOutPhrases = k -> {
                int[] c = phraseCounts.get(k);
                if (c == null) {
                    return -1;
                }
                int[] o = ownPhrases.get(k);
                int cue = c[0] - (o == null ? 0 : o[0]);
                int seen = c[1] - (o == null ? 0 : o[1]);
                return seen < MIN_PHRASE_SEEN || cue == 0 ? -1 : (double) cue / seen;
            };
            CueRates heldOut = l -> {
                int[] c = counts.get(l);
                int[] o = own.get(l);
                int cue = c == null ? 0 : c[0] - (o == null ? 0 : o[0]);
                int seen = c == null ? 0 : c[1] - (o == null ? 0 : o[1]);
                return seen < MIN_SEEN ? -1 : (double) cue / seen;
            };
            Features f = features(ex.article(), ex.index(), heldOut, heldOutPhrases, clusters, rules.any(),
                    partsOfSpeech, context);
            u[e] = index(f.uni, uniIndex);
            b[e] = index(f.bi, biIndex);
            gold[e] = new int[ex.gold().length];
            for (int i = 0; i < gold[e].length; i++) {
                gold[e][i] = ex.gold()[i].ordinal();
            }
        }
        int[] all = new int[examples.size()];
        for (int e = 0; e < all.length; e++) {
            all[e] = e;
        }
        int nu = uniIndex.size();
        int nb = biIndex.size();
        String[] uNames1 = names(uniIndex);
        String[] bNames1 = names(biIndex);
        float[][] w1 = learn(u, b, gold, all, nu, nb, options.epochs(), options.seed(), (epoch, avg) ->
                listener.epochDone(1, epoch, () -> {
                    float[][] w = avg.get();
                    return new AttributionTagger(weights(uNames1, w[0], bNames1, w[1]), null, rates, phraseRates,
                            clusters, rules, partsOfSpeech, context);
                }));
        Weights first = weights(uNames1, w1[0], bNames1, w1[1]);
        if (options.folds() == 0) {
            return new AttributionTagger(first, null, rates, phraseRates, clusters, rules, partsOfSpeech, context);
        }
        // first-stage tags of every sentence from a model that did not see its article
        int[][] firstTags = new int[examples.size()][];
        int[] fold = folds(examples, options.folds());
        for (int k = 0; k < options.folds(); k++) {
            int kk = k;
            int[] in = java.util.stream.IntStream.range(0, all.length).filter(e -> fold[e] != kk).toArray();
            float[][] w = learn(u, b, gold, in, nu, nb, options.epochs(), options.seed(), (epoch, avg) -> { });
            for (int e = 0; e < all.length; e++) {
                if (fold[e] == k) {
                    firstTags[e] = viterbi(u[e], b[e], w[0], w[1]);
                }
            }
        }
        // second stage: the same features plus those of the first stage's tags (new ids after the old ones)
        Map<List<Sentence>, int[][]> articleTags = new java.util.IdentityHashMap<>();
        for (int e = 0; e < all.length; e++) {
            Example ex = examples.get(e);
            articleTags.computeIfAbsent(ex.article(), a -> new int[a.size()][])[ex.index()] = firstTags[e];
        }
        int[][][] u2 = new int[all.length][][];
        int[][][] b2 = new int[all.length][][];
        for (int e = 0; e < all.length; e++) {
            Example ex = examples.get(e);
            int[][] tags = articleTags.get(ex.article());
            for (int k = 0; k < tags.length; k++) {
                if (tags[k] == null) { // a sentence without an example: no first-stage tags, all O
                    tags[k] = new int[ex.article().get(k).tokens().size()];
                }
            }
            Features st = stacked(ex.article(), ex.index(), tags);
            u2[e] = append(u[e], index(st.uni, uniIndex));
            b2[e] = append(b[e], index(st.bi, biIndex));
        }
        String[] uNames2 = names(uniIndex);
        String[] bNames2 = names(biIndex);
        float[][] w2 = learn(u2, b2, gold, all, uNames2.length, bNames2.length, options.secondEpochs(),
                options.seed(), (epoch, avg) -> listener.epochDone(2, epoch, () -> {
                    float[][] w = avg.get();
                    return new AttributionTagger(first, weights(uNames2, w[0], bNames2, w[1]), rates, phraseRates,
                            clusters, rules, partsOfSpeech, context);
                }));
        Weights second = weights(uNames2, w2[0], bNames2, w2[1]);
        return new AttributionTagger(first, second, rates, phraseRates, clusters, rules, partsOfSpeech, context);
    }

    private static String[] lemmas(List<Token> toks) {
        String[] out = new String[toks.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = lemma(toks.get(i).lower());
        }
        return out;
    }

    /** Fold of each example: articles with the same text (several annotators) share a fold. */
    private static int[] folds(List<Example> examples, int k) {
        Map<String, Integer> byText = new HashMap<>();
        Map<List<Sentence>, Integer> byArticle = new java.util.IdentityHashMap<>();
        int[] out = new int[examples.size()];
        for (int e = 0; e < out.length; e++) {
            List<Sentence> article = examples.get(e).article();
            out[e] = byArticle.computeIfAbsent(article, a -> byText.computeIfAbsent(key(a),
                    x -> byText.size() % k));
        }
        return out;
    }

    private static String key(List<Sentence> article) {
        StringBuilder b = new StringBuilder().append(article.size());
        for (Sentence s : article.subList(0, Math.min(3, article.size()))) {
            for (Token t : s.tokens()) {
                b.append(' ').append(t.text());
            }
        }
        return b.toString();
    }

    private static int[][] append(int[][] a, int[][] b) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = Arrays.copyOf(a[i], a[i].length + b[i].length);
            System.arraycopy(b[i], 0, out[i], a[i].length, b[i].length);
        }
        return out;
    }

    private static String[] names(Map<String, Integer> index) {
        String[] names = new String[index.size()];
        index.forEach((f, k) -> names[k] = f);
        return names;
    }

    /** Told after each pass of {@link #learn}; {@code averaged} makes the weights averaged so far. */
    private interface PassListener {
        void passDone(int epoch, java.util.function.Supplier<float[][]> averaged);
    }

    /**
     * The averaged weights {per-tag, per (previous tag, tag)} learnt from the examples {@code in} in {@code epochs}
     * passes.
     */
    private static float[][] learn(int[][][] u, int[][][] b, int[][] gold, int[] in, int nFeatU, int nFeatB,
                                   int epochs, long seed, PassListener listener) {
        int nu = nFeatU * T;
        int nb = nFeatB * P * T;
        float[] uw = new float[nu];
        float[] bw = new float[nb];
        double[] uTotal = new double[nu];
        double[] bTotal = new double[nb];
        int[] uStamp = new int[nu];
        int[] bStamp = new int[nb];
        int clock = 1;
        List<Integer> order = new ArrayList<>();
        for (int e : in) {
            order.add(e);
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int e : order) {
                int[] g = gold[e];
                int[] pred = viterbi(u[e], b[e], uw, bw);
                for (int i = 0; i < g.length; i++) {
                    int gp = i == 0 ? START : g[i - 1];
                    int pp = i == 0 ? START : pred[i - 1];
                    if (g[i] != pred[i]) {
                        for (int k : u[e][i]) {
                            update(uw, uTotal, uStamp, k * T + g[i], 1, clock);
                            update(uw, uTotal, uStamp, k * T + pred[i], -1, clock);
                        }
                    }
                    if (g[i] != pred[i] || gp != pp) {
                        for (int k : b[e][i]) {
                            update(bw, bTotal, bStamp, (k * P + gp) * T + g[i], 1, clock);
                            update(bw, bTotal, bStamp, (k * P + pp) * T + pred[i], -1, clock);
                        }
                    }
                }
                clock++;
            }
            int at = clock;
            listener.passDone(epoch + 1, () -> new float[][] {average(uw, uTotal, uStamp, at),
                    average(bw, bTotal, bStamp, at)});
        }
        return new float[][] {average(uw, uTotal, uStamp, clock), average(bw, bTotal, bStamp, clock)};
    }

    /** The weights of the features not all (near) zero. */
    private static Weights weights(String[] uNames, float[] u, String[] bNames, float[] b) {
        Map<String, Integer> uKept = new HashMap<>();
        float[] uOut = compact(uNames, u, T, uKept);
        Map<String, Integer> bKept = new HashMap<>();
        float[] bOut = compact(bNames, b, P * T, bKept);
        return new Weights(uKept, uOut, bKept, bOut);
    }

    private static int[][] index(List<List<String>> feats, Map<String, Integer> index) {
        int[][] out = new int[feats.size()][];
        for (int i = 0; i < out.length; i++) {
            List<String> fs = feats.get(i);
            int[] ids = new int[fs.size()];
            for (int j = 0; j < ids.length; j++) {
                ids[j] = index.computeIfAbsent(fs.get(j), x -> index.size());
            }
            out[i] = ids;
        }
        return out;
    }

    private static float[] average(float[] w, double[] total, int[] stamp, int clock) {
        float[] avg = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            double tot = total[k] + (double) (clock - stamp[k]) * w[k];
            avg[k] = (float) (tot / clock);
        }
        return avg;
    }

    private static void update(float[] w, double[] total, int[] stamp, int k, float delta, int clock) {
        total[k] += (double) (clock - stamp[k]) * w[k];
        stamp[k] = clock;
        w[k] += delta;
    }

    /** The rows of {@code w} (of {@code width}) not all (near) zero, renumbered in order; fills {@code kept}. */
    private static float[] compact(String[] names, float[] w, int width, Map<String, Integer> kept) {
        int rows = Math.min(names.length, w.length / width);
        int m = 0;
        for (int k = 0; k < rows; k++) {
            if (keep(w, k, width)) {
                m++;
            }
        }
        float[] out = new float[m * width];
        for (int k = 0; k < rows; k++) {
            if (keep(w, k, width)) {
                int j = kept.size();
                kept.put(names[k], j);
                System.arraycopy(w, k * width, out, j * width, width);
            }
        }
        return out;
    }

    private static boolean keep(float[] w, int k, int width) {
        for (int t = 0; t < width; t++) {
            if (Math.abs(w[k * width + t]) > 1e-4) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ storage

    /** Number of features with a weight, over both stages. */
    public int featureCount() {
        return first.size() + (second == null ? 0 : second.size());
    }

    /**
     * Writes the model (gzip-compressed, versioned binary: magic, version (11 for a model with context features,
     * 10 for one with part-of-speech features only, else 9), tag count, stage count, each stage's weights, cue
     * rates, cue phrase rates, the word classes, the rule features, from version 10 whether the features see parts
     * of speech, in version 11 whether they see the context, then whether a cue-to-source linker follows and the
     * linker).
     */
    public void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz));
        out.writeInt(MAGIC);
        // a model without parts of speech keeps format 9, one with them but without context features format 10,
        // which older readers read too
        out.writeInt(context ? VERSION : partsOfSpeech ? 10 : 9);
        out.writeInt(T);
        out.writeInt(second == null ? 1 : 2);
        for (Weights w : second == null ? List.of(first) : List.of(first, second)) {
            writeBlock(out, w.uniIndex(), w.uni(), T);
            writeBlock(out, w.biIndex(), w.bi(), P * T);
        }
        out.writeInt(cueRates.size());
        for (Map.Entry<String, Float> e : new java.util.TreeMap<>(cueRates).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeFloat(e.getValue());
        }
        out.writeInt(phraseRates.size());
        for (Map.Entry<String, Float> e : new java.util.TreeMap<>(phraseRates).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeFloat(e.getValue());
        }
        clusters.write(out);
        out.writeByte(ruleFeatures.ordinal());
        if (partsOfSpeech || context) {
            out.writeBoolean(partsOfSpeech);
        }
        if (context) {
            out.writeBoolean(true);
        }
        out.writeBoolean(linker != null);
        if (linker != null) {
            linker.write(out);
        }
        out.flush();
        gz.finish();
    }

    private static void writeBlock(DataOutputStream out, Map<String, Integer> index, float[] w, int width)
            throws IOException {
        out.writeInt(index.size());
        String[] names = names(index);
        for (int k = 0; k < names.length; k++) {
            out.writeUTF(names[k]);
            for (int t = 0; t < width; t++) {
                out.writeFloat(w[k * width + t]);
            }
        }
    }

    /**
     * Reads a model written by {@link #write} (version 11 with context features, 10 with part-of-speech features
     * only, 9 without), or by the
     * previous versions 8 (rule features of all
     * roles or none), 7 (no rule features), 6 (no word classes), 5 (no
     * word classes, no linker), 4 (no linker, no cue phrases) and 3 (one stage, same features), which tag as before;
     * throws {@link IOException} for anything else, naming an unknown version.
     */
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
        if (version < 3 || version > VERSION) {
            throw new IOException("model version " + version + " is not supported (expected 3 to " + VERSION
                    + "; retrain it with this version's 'corroborate train attribution')");
        }
        int tags = in.readInt();
        if (tags != T) {
            throw new IOException("model header has " + tags + " tags; expected " + T);
        }
        int stages = version == 3 ? 1 : in.readInt();
        if (stages != 1 && stages != 2) {
            throw new IOException("model header has " + stages + " stages; expected 1 or 2");
        }
        Weights first = readWeights(in);
        Weights second = stages == 2 ? readWeights(in) : null;
        int nr = in.readInt();
        if (nr < 0 || nr > 20_000_000) {
            throw new IOException("model declares " + nr + " cue rates; expected 0 to 20,000,000");
        }
        Map<String, Float> rates = new HashMap<>(nr * 2);
        for (int k = 0; k < nr; k++) {
            rates.put(in.readUTF(), in.readFloat());
        }
        Map<String, Float> phrases = new HashMap<>();
        if (version >= 5) {
            int np = in.readInt();
            if (np < 0 || np > 20_000_000) {
                throw new IOException("model declares " + np + " cue phrases; expected 0 to 20,000,000");
            }
            for (int k = 0; k < np; k++) {
                phrases.put(in.readUTF(), in.readFloat());
            }
        }
        WordClusters clusters = version >= 7 ? WordClusters.read(in) : WordClusters.NONE;
        RuleFeatures ruleFeatures = RuleFeatures.NONE;
        if (version >= 9) {
            int r = in.readUnsignedByte();
            if (r >= RuleFeatures.values().length) {
                throw new IOException("model declares rule features " + r + "; expected 0 to "
                        + (RuleFeatures.values().length - 1));
            }
            ruleFeatures = RuleFeatures.values()[r];
        } else if (version == 8 && in.readBoolean()) {
            ruleFeatures = RuleFeatures.ALL;
        }
        boolean partsOfSpeech = version >= 10 && in.readBoolean();
        boolean context = version >= 11 && in.readBoolean();
        if (context && !partsOfSpeech) {
            throw new IOException("model declares context features without parts of speech");
        }
        SourceLinker linker = version >= 6 && in.readBoolean() ? SourceLinker.read(in) : null;
        return new AttributionTagger(first, second, rates, phrases, linker, clusters, ruleFeatures, partsOfSpeech,
                context);
    }

    private static Weights readWeights(DataInputStream in) throws IOException {
        Map<String, Integer> uIndex = new HashMap<>();
        float[] u = readBlock(in, uIndex, T);
        Map<String, Integer> bIndex = new HashMap<>();
        float[] b = readBlock(in, bIndex, P * T);
        return new Weights(uIndex, u, bIndex, b);
    }

    private static float[] readBlock(DataInputStream in, Map<String, Integer> index, int width) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 20_000_000) {
            throw new IOException("model block declares " + n + " features; expected 0 to 20,000,000");
        }
        float[] w = new float[n * width];
        for (int k = 0; k < n; k++) {
            index.put(in.readUTF(), k);
            for (int t = 0; t < width; t++) {
                w[k * width + t] = in.readFloat();
            }
        }
        return w;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AttributionTagger[%d stage(s), %d features%s]", second == null ? 1 : 2,
                featureCount(), linker == null ? "" : ", " + linker);
    }

    /** The sentences of {@code text} with their tokens and quotation flags, as the tagger sees them. */
    static List<Sentence> sentences(String original, SentenceSplitter splitter) {
        String text = RuleBasedExtractor.normalizeQuotes(original);
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
            out.add(new Sentence(toks, quoted, out.size(), paragraphStart(text, s.start())));
        }
        return out;
    }

    /** True when only white space with a line break (or nothing) precedes {@code at}. */
    private static boolean paragraphStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Training examples from one annotated text: each sentence with the tags of the given spans, each span a
     * {@code {role, start, end}} char range (role 1 source, 2 cue, 3 content). Where spans of different roles
     * overlap, source and cue win over content (an attribution nested inside another's content).
     */
    public static List<Example> examples(String text, List<int[]> spans) {
        return examples(text, spans, null);
    }

    /**
     * {@link #examples(String, List)} whose sentences carry the tags of {@code rules}, the attributions that
     * {@link RuleBasedExtractor} finds in {@code text} (null: no rules' tags), for a model with rule features.
     */
    public static List<Example> examples(String text, List<int[]> spans, List<Attribution> rules) {
        return examples(text, spans, rules, RuleFeatures.ALL);
    }

    /**
     * {@link #examples(String, List)} whose sentences carry the tags of the roles {@code which} of {@code rules},
     * the attributions that {@link RuleBasedExtractor} finds in {@code text} (null or {@link RuleFeatures#NONE}: no
     * rules' tags).
     */
    public static List<Example> examples(String text, List<int[]> spans, List<Attribution> rules,
                                         RuleFeatures which) {
        return examples(text, spans, rules, which, false);
    }

    /**
     * {@link #examples(String, List, List, RuleFeatures)} whose sentences, with {@code partsOfSpeech}, also carry
     * their parts of speech, for a model with part-of-speech features.
     */
    public static List<Example> examples(String text, List<int[]> spans, List<Attribution> rules,
                                         RuleFeatures which, boolean partsOfSpeech) {
        List<Example> out = new ArrayList<>();
        List<int[]> sorted = new ArrayList<>(spans);
        List<Sentence> article = sentences(text, new SentenceSplitter());
        if (rules != null && which.any()) {
            article = withRules(article, rules, which);
        }
        if (partsOfSpeech) {
            article = withPartsOfSpeech(article);
        }
        for (int si = 0; si < article.size(); si++) {
            out.add(new Example(article, si, tagsOf(article.get(si).tokens(), sorted, false)));
        }
        return out;
    }

    /**
     * The BIO tags that spans {@code {role, start, end}} give tokens {@code toks}: a token takes the role of a span
     * it overlaps, source and cue winning over content (and, with {@code cueOverSource}, cue over source), and
     * begins a chunk where the span changes.
     */
    private static Tag[] tagsOf(List<Token> toks, List<int[]> spans, boolean cueOverSource) {
        int n = toks.size();
        Tag[] tags = new Tag[n];
        int[] owner = new int[n];
        int[] roleOf = new int[n];
        Arrays.fill(owner, -1);
        for (int k = 0; k < spans.size(); k++) {
            int[] sp = spans.get(k);
            if (n == 0 || sp[2] <= toks.get(0).start() || sp[1] >= toks.get(n - 1).end()) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                Token t = toks.get(i);
                if (t.start() < sp[2] && sp[1] < t.end() && (roleOf[i] == 0 || roleOf[i] == 3 && sp[0] != 3
                        || cueOverSource && roleOf[i] == 1 && sp[0] == 2)) {
                    roleOf[i] = sp[0];
                    owner[i] = k;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            boolean begin = i == 0 || owner[i - 1] != owner[i] || roleOf[i - 1] != roleOf[i];
            tags[i] = Tag.of(roleOf[i], begin);
        }
        return tags;
    }

    /**
     * {@code sentences} carrying the tags that {@code rules} (attributions found in the same text, e.g. by
     * {@link RuleBasedExtractor}) give their tokens: a token inside an attribution's source, cue or content span gets
     * that role (source and cue win over content, as in training examples, and cue over source), B at the first
     * token of each span.
     */
    public static List<Sentence> withRules(List<Sentence> sentences, List<Attribution> rules) {
        return withRules(sentences, rules, RuleFeatures.ALL);
    }

    /**
     * {@link #withRules(List, List)} limited to the roles {@code which} names: with {@link RuleFeatures#CUES} only
     * the rules' cues become tags (their sources and contents are left {@link Tag#O}).
     */
    public static List<Sentence> withRules(List<Sentence> sentences, List<Attribution> rules, RuleFeatures which) {
        if (!which.any()) {
            return sentences;
        }
        boolean all = which == RuleFeatures.ALL;
        List<int[]> spans = new ArrayList<>();
        for (Attribution a : rules) {
            if (all && a.source().isNamed()) {
                spans.add(new int[] {1, a.source().span().start(), a.source().span().end()});
            }
            spans.add(new int[] {2, a.cue().span().start(), a.cue().span().end()});
            if (all && !a.content().isNone()) {
                spans.add(new int[] {3, a.content().start(), a.content().end()});
            }
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            Tag[] tags = tagsOf(s.tokens(), spans, true);
            byte[] b = new byte[tags.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) tags[i].ordinal();
            }
            out.add(new Sentence(s.tokens(), s.quoted(), s.index(), s.paragraphStart(), b, s.pos()));
        }
        return out;
    }

    /** Char span of tokens {@code [from, to]}. */
    static Span spanOf(List<Token> toks, int from, int to) {
        return new Span(toks.get(from).start(), toks.get(to).end());
    }
}
