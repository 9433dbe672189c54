package org.corroborate.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word and nominal cues of the rule-based extractor: phrasal reporting verbs ({@code pointed out}, {@code made it
 * clear}, {@code went on to say}, {@code expressed concern}, {@code took issue with}) and the nouns of a reported
 * claim after a possessive ({@code his claim that}, {@code Lee's warning that}, {@code their criticism of}). General
 * English, from dictionaries' lists of reporting phrases; which uses are attributions is decided by the frames of
 * {@link RuleBasedExtractor}. Kept apart from {@link Lexicon#VERBS}, which the trained tagger reads as features.
 */
final class CuePhrases {

    /**
     * A phrase: the alternatives for each of its words in order (an empty first alternative marks an optional word),
     * and its base form.
     *
     * @param lemma the cue's base form ({@code point out}); {@code null} to take the lemma of the phrase's last word
     *              ({@code went on to say}: {@code say})
     * @param words for each word of the phrase, the lower-case forms it may take
     */
    record Phrase(String lemma, List<Set<String>> words) {
        Phrase {
            words = List.copyOf(words);
            if (words.isEmpty() || words.get(0).contains("")) {
                throw new IllegalArgumentException("a phrase needs a first word that is not optional");
            }
        }
    }

    private static final Map<String, List<Phrase>> BY_FIRST = new HashMap<>();

    private static final Set<String> POINT = Set.of("point", "points", "pointed", "pointing");
    private static final Set<String> MAKE = Set.of("make", "makes", "made", "making");
    private static final Set<String> TAKE = Set.of("take", "takes", "took", "taking");
    /** In a phrase's word: any lower-case word. */
    static final String ANY = "*";
    /** In a phrase's word: any lower-case word ending in {@code -ly} ({@code spoke openly about}). */
    static final String ADVERB = "*ly";
    /**
     * Words that may stand between {@code expressed} and the feeling ({@code expressed deep concern}, {@code
     * expressed a desire}).
     */
    private static final Set<String> DEGREE = Set.of("", "deep", "serious", "grave", "strong", "some", "cautious",
            "growing", "great", "real", "renewed", "similar", "his", "her", "their", "its", "particular", "public",
            "a", "an", "no", "little", "much", "our", "my", ADVERB);
    /** Verbs after {@code went on to} ({@code went on to say}). */
    private static final Set<String> GO_ON_VERBS = Set.of("say", "add", "note", "argue", "claim", "suggest", "tell",
            "describe", "insist", "explain", "predict", "warn", "call", "praise", "criticize", "criticise", "attack",
            "accuse", "compare", "mock", "blast", "question", "ask", "assert", "declare", "state", "write", "joke",
            "name", "list", "rebut", "endorse", "defend", "dismiss", "reject", "deny", "express", "urge", "promise",
            "vow", "recount", "recall", "cite", "acknowledge", "admit", "concede", "announce", "reveal", "detail");

    static {
        phrase("point out", POINT, Set.of("out"));
        phrase("point to", POINT, Set.of("to"));
        phrase("refer to", Set.of("refer", "refers", "referred", "referring"), Set.of("to"));
        phrase("make clear", MAKE, Set.of("", "it"), Set.of("clear"));
        phrase("make the case", MAKE, Set.of("the", "a"), Set.of("case", "point", "argument"));
        phrase(null, Set.of("go", "goes", "went", "going"), Set.of("on"), Set.of("to"), GO_ON_VERBS);
        phrase("express", Set.of("express", "expresses", "expressed", "expressing"), DEGREE, Set.of(ANY));
        phrase("shoot back", Set.of("shot", "shoots", "fired", "fires", "hit", "hits"), Set.of("back"));
        phrase("rail against", Set.of("rail", "rails", "railed", "railing"), Set.of("against"));
        phrase("lash out", Set.of("lash", "lashes", "lashed", "lashing"), Set.of("out"), Set.of("", "at",
                "against"));
        phrase("take issue with", TAKE, Set.of("issue"), Set.of("with"));
        phrase("talk about", Set.of("talked", "talks", "spoke", "speaks", "spoken"), Set.of("", ADVERB, "more", "often",
                "at", "length"), Set.of("", "length"), Set.of("about", "of"));
        phrase("speak out", Set.of("spoke", "speaks", "speaking"), Set.of("out", "up"), Set.of("", "against", "about",
                "for", "on"));
        phrase("open up", Set.of("opened", "opens", "opening"), Set.of("up"), Set.of("about", "on"));
        phrase("take aim at", TAKE, Set.of("aim"), Set.of("at"));
        phrase("call out", Set.of("called", "calls", "calling"), Set.of("out"));
        phrase("make no secret of", MAKE, Set.of("no"), Set.of("secret"), Set.of("", "of"));
        phrase("be critical of", Set.of("critical", "supportive", "dismissive"), Set.of("of"));
        phrase("put it", Set.of("put", "puts"), Set.of("it"));
        // one-word cues of stance and request, in the frames of a reporting verb (source before, object after):
        // an endorsement, a defence, an attack in words, a question (its content is kept as an opinion, not scored)
        phrase("ask", Set.of("asked", "asks"));
        phrase("endorse", Set.of("endorsed", "endorses"));
        phrase("defend", Set.of("defended", "defends"));
        phrase("blast", Set.of("blasted", "blasts"));
        phrase("denounce", Set.of("denounced", "denounces", "denouncing"));
        phrase("slam", Set.of("slammed", "slams"));
        phrase("mock", Set.of("mocked", "mocks"));
        phrase("decry", Set.of("decried", "decries"));
        phrase("tout", Set.of("touted", "touts"));
        phrase("deride", Set.of("derided", "derides"));
        phrase("thank", Set.of("thanked"));
        phrase("remind", Set.of("reminded", "reminds"));
        phrase("portray", Set.of("portrayed", "portrays"));
        phrase("attack", Set.of("attacked"));
        phrase("criticise", Set.of("criticizing", "criticising"));
        phrase("describe", Set.of("describing"));
        phrase("promise", Set.of("promising"));
        phrase("question", Set.of("questioning"));
        phrase("order", Set.of("ordered"));
        // a refusal to do something other than comment or confirm ("declined to endorse"; those are withheld
        // statements of RuleBasedExtractor)
        phrase("decline", Set.of("declined", "declines"));
        phrase("refuse", Set.of("refused", "refuses"));
        phrase("discuss", Set.of("discussed"));
        phrase("push for", Set.of("pushed", "pushing"), Set.of("for"));
        phrase("cast as", Set.of("cast", "casts"), Set.of("himself", "herself", "themselves", "itself", "him", "her",
                "them", "it"), Set.of("as"));
    }

    /**
     * Nouns of a statement, a cue after a possessive and before {@code that} ({@code his claim that}, {@code Lee's
     * warning that}), with the word that must follow them. Nouns of a state of mind ({@code belief}, {@code fear},
     * {@code concern}) and of judgement before {@code of} ({@code criticism of}) were tried: in PolNeAR's annotations
     * they are a cue less often than not.
     */
    static final Map<String, Set<String>> NOUNS;

    static {
        Map<String, Set<String>> m = new HashMap<>();
        for (String n : List.of("claim", "claims", "assertion", "assertions", "accusation", "accusations",
                "allegation", "allegations", "argument", "warning", "warnings", "suggestion", "insistence",
                "contention", "complaint", "complaints", "assurance", "assurances", "admission", "prediction",
                "predictions", "remark", "comment", "comments", "boast", "conclusion", "charge", "denial", "promise",
                "pledge", "vow", "threat", "declaration")) {
            m.put(n, Set.of("that"));
        }
        NOUNS = Map.copyOf(m);
    }

    /** The lower-case words a phrase of {@link #BY_FIRST} or a noun of {@link #NOUNS} can start at. */
    static Set<String> firstWords() {
        Set<String> s = new java.util.HashSet<>(BY_FIRST.keySet());
        s.addAll(NOUNS.keySet());
        return s;
    }

    @SafeVarargs
    private static void phrase(String lemma, Set<String>... words) {
        Phrase p = new Phrase(lemma, List.of(words));
        for (String first : words[0]) {
            BY_FIRST.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
        }
    }

    /** A phrase matched at a token: its end (exclusive) and base form. */
    record Match(int end, String lemma) {
    }

    /** The longest phrase of {@link #BY_FIRST} that starts at token {@code i}, or {@code null}. */
    static Match at(List<Token> toks, int i) {
        List<Phrase> ps = BY_FIRST.get(toks.get(i).lower());
        if (ps == null) {
            return null;
        }
        Match best = null;
        for (Phrase p : ps) {
            int end = match(p, toks, i);
            if (end > i && (best == null || end > best.end())) {
                String lemma = p.lemma() != null ? p.lemma() : lemmaOfLast(toks.get(end - 1).lower());
                best = new Match(end, lemma);
            }
        }
        return best;
    }

    private static int match(Phrase p, List<Token> toks, int i) {
        int k = i;
        for (Set<String> alts : p.words()) {
            if (k < toks.size() && matches(alts, toks.get(k))) {
                k++;
            } else if (!alts.contains("")) {
                return -1;
            }
        }
        return k;
    }

    private static boolean matches(Set<String> alts, Token t) {
        if (alts.contains(t.lower())) {
            return true;
        }
        boolean plain = t.isWord() && !t.isCapitalized();
        return plain && (alts.contains(ANY) || alts.contains(ADVERB) && t.lower().endsWith("ly")
                && t.lower().length() > 4);
    }

    private static String lemmaOfLast(String w) {
        Lexicon.Verb v = Lexicon.VERBS.get(w);
        return v != null ? v.lemma() : w;
    }

    private CuePhrases() {
    }
}
