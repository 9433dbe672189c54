package org.corroborate.scoring.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The polarity of a claim's content: whether it states its proposition negated ({@code North Korea did not send
 * troops}) or plainly ({@code North Korea sent troops}). Claim matching compares contents by their words, and
 * {@code not} is a stop word there, so a statement of the opposite in the same words is as similar as a repeat;
 * polarity is what tells them apart ({@link ContentSignals#negated}).
 *
 * <p>A content is negated when its main clause holds a negation: {@code not}, {@code n't}, {@code never},
 * {@code no}, {@code no longer}, {@code none}, {@code nobody}, {@code nothing}, {@code cannot}, {@code neither}
 * ({@code nor} only continues it), with an odd number
 * of them (two cancel out: {@code it is not true that they did not go}). Not counted:
 * a negation inside a subordinate or relative clause ({@code troops who have never fought abroad}, after
 * {@code who}, {@code which}, {@code because}, {@code but}, {@code although}, {@code while}, {@code after}, ...),
 * a contrast ({@code troops, not advisers}, {@code not only}, {@code not just}), a bound on a number
 * ({@code no more than 100}, {@code no fewer than}), a question of whether ({@code whether or not}, {@code if not},
 * {@code may or may not}), a negation of a coordinated predicate ({@code and never told}), an imperative, most often
 * a slogan ({@code Hands up, don't shoot}), an intention ({@code reasons not to}), and what only says that
 * something is not known ({@code could not be confirmed}, {@code not independently verified}, {@code no immediate
 * comment}, {@code no evidence}), which is the outlet's distance, not a statement of the opposite.
 * Pure and thread-safe; {@link Locale#ROOT} case folding.
 */
public final class Polarity {

    private static final List<String> NEGATOR_LIST = List.of("not", "never", "no", "none", "nobody", "nothing",
            "cannot", "neither");
    private static final Set<String> NEGATORS = Set.copyOf(NEGATOR_LIST);
    /** Words that open a clause whose negation does not negate the content's proposition. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("who", "whom", "whose", "which", "because", "but",
            "although", "though", "while", "whereas", "after", "before", "when", "since", "unless", "until",
            "if", "whether", "despite", "as", "where", "so");
    /** Words right after a negation that make it a contrast or a bound, not a negation of the proposition. */
    private static final Set<String> NOT_NEGATING_NEXT = Set.of("only", "just", "merely", "least", "less", "more",
            "fewer", "later", "earlier", "doubt", "sooner");
    /** Words after a negation (within two) that make it a statement that something is not known yet. */
    private static final Set<String> EPISTEMIC = Set.of("confirm", "confirmed", "confirming", "verify", "verified",
            "verifying", "independently", "immediately", "immediate", "clear", "known", "comment", "commented",
            "commenting", "respond", "responded", "reached", "available", "evidence", "proof", "sign", "signs",
            "idea", "mistake", "limit", "wonder", "surprise", "sure", "say", "said");

    /**
     * Lemmas of the cues whose content, after them, is the proposition a denial rejects: the verbs the extractors
     * take for denials ({@code deny}, {@code dismiss}, {@code reject}, {@code refute}), and {@code rebut}.
     */
    static final Set<String> DENIAL_VERBS = Set.of("deny", "dismiss", "reject", "refute", "rebut");
    /**
     * Words that, after a comma or {@code and}, open the denier's own words inside a denial's content
     * ({@code the reports, saying no troops were sent}, {@code the claim and said ...}, {@code the reports,
     * calling them not credible}); a colon opens them too.
     */
    private static final Set<String> OWN_WORDS_OPENERS = Set.of("saying", "adding", "insisting", "stressing",
            "arguing", "explaining", "noting", "said", "added", "insisted", "stressed", "argued", "explained",
            "noted", "says", "adds", "insists", "stating", "stated", "claiming", "claimed", "maintaining",
            "maintained", "asserting", "asserted", "declaring", "declared", "reiterating", "reiterated",
            "emphasising", "emphasizing", "emphasised", "emphasized", "calling", "called", "describing",
            "described", "branding", "branded", "terming", "termed", "labelling", "labeling", "telling", "told",
            "writing", "wrote", "tweeting", "tweeted", "pointing");
    /**
     * The cues after which {@code as} opens the denier's verdict on what it rejects ({@code dismissed the reports as
     * not credible}, {@code rejected the claims as untrue}); after {@code deny}, {@code as} belongs to the
     * proposition ({@code denied acting as a go-between}).
     */
    private static final Set<String> VERDICT_AS_CUES = Set.of("dismiss", "reject", "refute", "rebut");

    private Polarity() {
    }

    /**
     * True when the proposition a denial rejects is stated negated: the polarity of the denial's content composed
     * with the denial, so that the denier's position is known. A denial's content is of two kinds, told by where
     * it stands against the cue:
     * <ul>
     *   <li>the denied proposition, when the cue is a verb of denial ({@link #DENIAL_VERBS}) and the content
     *   follows it ({@code Moscow denied [that] its soldiers had not been paid}, {@code rejected claims that ...}),
     *   up to where the denier's own words begin ({@code , saying ...}, {@code and said ...}, {@code :}). A negation
     *   there is composed with the denial: denying that the soldiers had not been paid holds that they had been, so
     *   the denied proposition is negated and this method is true.</li>
     *   <li>the denier's own words: the part after {@code , saying} ({@code denied the reports, saying the soldiers
     *   were not fighting}), a content before the cue ({@code "We sent no troops," the ministry said, denying
     *   ...}), or a content whose cue is not a verb of denial (a headline presented against its claim, a
     *   {@code said} that denies). A negation there is the denier stating the denial in its own words (negative
     *   concord, not a double negation): the denier holds the negated content, and rejects its plain
     *   counterpart.</li>
     * </ul>
     * So a denial whose negation is only in the denier's own words rejects the plain proposition (false), as a
     * plain denial does; one that rejects a negated proposition (true) holds the plain one. For a content with no
     * negation, false. Pure; {@link Locale#ROOT} case folding.
     */
    public static boolean deniedNegated(org.corroborate.core.Attribution a) {
        return deniedNegated(a, null);
    }

    /**
     * As {@link #deniedNegated(org.corroborate.core.Attribution)}, with {@code contentText} {@code a}'s content text
     * when the caller has it already (a spilled attribution reads it from disk at each {@code contentText()}); null
     * to read it from {@code a}.
     */
    static boolean deniedNegated(org.corroborate.core.Attribution a, String contentText) {
        org.corroborate.core.Span cue = a.cue().span();
        boolean complement = DENIAL_VERBS.contains(a.cue().lemma().toLowerCase(Locale.ROOT)) && !cue.isNone()
                && !a.content().isNone() && a.content().start() >= cue.end();
        if (!complement) {
            return false;
        }
        List<String> words = words(contentText != null ? contentText : a.contentText());
        // "as" opens a verdict only where the rejected thing is a noun phrase, not a clause ("claims that ... as")
        boolean verdictAs = VERDICT_AS_CUES.contains(a.cue().lemma().toLowerCase(Locale.ROOT))
                && !words.contains("that");
        int cut = words.size();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(":") || (verdictAs && i > 0 && w.equals("as"))) {
                cut = i;
                break;
            }
            if (i > 0 && OWN_WORDS_OPENERS.contains(w)
                    && (words.get(i - 1).equals(",") || words.get(i - 1).equals("and"))) {
                cut = i - 1;
                break;
            }
        }
        return scan(words.subList(0, cut))[0] % 2 == 1;
    }

    /** Content words after a negation that {@link #negatedTerms} looks at. */
    static final int SCOPE_TERMS = 3;

    /** True when {@code text} states its proposition negated (see the class description). */
    public static boolean negated(String text) {
        return mayNegate(text) && scan(words(text))[0] % 2 == 1;
    }

    /**
     * False when no word of {@code text} (as {@link #words} cuts it, case aside) is a negator: then nothing is
     * negated, without a word made. True may still be no negation.
     */
    static boolean mayNegate(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int j = wordEnd(text, i);
            if (isNegator(text, i, j)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /**
     * The end (exclusive) of the word that starts at {@code i} in {@code text}: letters and digits, and an
     * apostrophe or hyphen followed by a letter ({@code didn't}, {@code so-called}).
     */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || (text.charAt(j) == '\''
                || text.charAt(j) == '\u2019' || text.charAt(j) == '-') && j + 1 < n
                && Character.isLetter(text.charAt(j + 1)))) {
            j++;
        }
        return j;
    }

    /** Whether {@code text[from, to)}, lower case, is a negator by {@link #isNegator(String)} (case ignored). */
    private static boolean isNegator(String text, int from, int to) {
        int len = to - from;
        if (len >= 3 && (text.charAt(to - 2) == '\'' || text.charAt(to - 2) == '\u2019')
                && text.regionMatches(true, to - 3, "n", 0, 1) && text.regionMatches(true, to - 1, "t", 0, 1)) {
            return true; // n't
        }
        for (String neg : NEGATOR_LIST) {
            if (neg.length() == len && text.regionMatches(true, from, neg, 0, len)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a negated content negates: the head the negation attaches to, the first content term ({@link Terms},
     * folded and stemmed) after its last counted negation, and the events ({@link ContentSignals#event}) among the
     * next content words, {@value #SCOPE_TERMS} in all, up to the end of the main clause or the next comma
     * ({@code had not been engaged in combat since mid-January} → {@code engag}, {@code fight}; the objects and
     * names after the head are not what is negated: {@code not happy with the battery life} negates {@code happy}),
     * passing over the words {@code entity} accepts (lower-case: the words of the countries named, which say
     * what the content is about, not what it negates: {@code No one in North Korea is allowed} negates
     * {@code allow}); empty when the content is not {@link #negated}. A statement of the opposite negates what the other states,
     * so it shares these terms with it; a consistent paraphrase of the other polarity ({@code had been withdrawn}
     * beside {@code had not been engaged in combat}) does not.
     */
    static List<String> negatedTerms(String text, java.util.function.Predicate<String> entity) {
        List<String> words = words(text);
        int[] scan = scan(words);
        if (scan[0] % 2 == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int seen = 0;
        for (int i = scan[1] + 1; i < scan[2] && seen < SCOPE_TERMS; i++) {
            String w = words.get(i);
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                break;
            }
            if (w.length() < 2 || Terms.isStopWord(w) || isNegator(w) || !Character.isLetter(w.charAt(0))
                    || entity.test(w)) {
                continue;
            }
            // the head the negation attaches to, and the events reported after it ("engaged in combat")
            if (seen++ == 0 || !ContentSignals.event(w).isEmpty()) {
                String t = Terms.normalise(w);
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * {negations counted in the main clause, index of the word of the last one (-1 when none), index where the
     * main clause ends} of {@code words}.
     */
    private static int[] scan(List<String> words) {
        int negations = 0;
        int last = -1;
        int end = words.size();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                // a contrast after a comma ("troops, not advisers") is no negation; a clause after ";" is another
                if (w.equals(";")) {
                    end = i;
                    break;
                }
                continue;
            }
            if (CLAUSE_OPENERS.contains(w) && i > 0 || w.equals("that") && i > 0 && words.get(i - 1).equals(",")) {
                end = i;
                break; // the main clause ends here (", that social app you don't use" too)
            }
            if (!isNegator(w)) {
                continue;
            }
            String prev = i > 0 ? words.get(i - 1) : "";
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            String next2 = i + 2 < words.size() ? words.get(i + 2) : "";
            if (prev.equals(",") && w.equals("not")) {
                continue; // "troops, not advisers"
            }
            if (prev.equals("or") || prev.equals("if") || prev.equals("whether") || prev.equals("may")
                    && i >= 2 && words.get(i - 2).equals("or")) {
                continue; // "whether or not", "if not", "may or may not"
            }
            if (prev.equals("and")) {
                continue; // a coordinated predicate ("was born a man and never told him"), or "and not" a contrast
            }
            if ((w.equals("don't") || w.equals("do") && next.equals("not"))
                    && (i == 0 || prev.equals(",") || prev.equals(":"))) {
                continue; // an imperative, most often a slogan: "Hands up, don't shoot"
            }
            if (w.equals("not") && next.equals("to")) {
                continue; // an intention or a reason, not the event: "reasons not to give up"
            }
            if (NOT_NEGATING_NEXT.contains(next) || w.equals("no") && !next.isEmpty()
                    && Character.isDigit(next.charAt(0))) {
                continue; // "not only", "no more than", "no doubt"
            }
            if (w.equals("no") && (next.equals("one") || next.equals("longer"))) {
                negations++;
                i++;
                last = i;
                continue;
            }
            if (EPISTEMIC.contains(next) || EPISTEMIC.contains(next2)
                    || next.equals("be") && EPISTEMIC.contains(next2)
                    || i + 3 < words.size() && next.equals("be") && EPISTEMIC.contains(words.get(i + 3))) {
                continue; // "could not be confirmed", "not immediately clear", "no immediate comment"
            }
            negations++;
            last = i;
        }
        return new int[] {negations, last, end};
    }

    private static boolean isNegator(String w) {
        return NEGATORS.contains(w) || w.endsWith("n't");
    }

    /** Lower-case words (apostrophes kept inside a word: {@code didn't}) and the marks {@code , ; :}, in order. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                out.add(String.valueOf(c));
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int j = wordEnd(text, i);
            out.add(text.substring(i, j).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            i = j;
        }
        return out;
    }
}
