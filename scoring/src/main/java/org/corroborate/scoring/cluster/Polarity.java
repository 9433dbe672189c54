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

    private static final Set<String> NEGATORS = Set.of("not", "never", "no", "none", "nobody", "nothing",
            "cannot", "neither");
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

    private Polarity() {
    }

    /** True when {@code text} states its proposition negated (see the class description). */
    public static boolean negated(String text) {
        List<String> words = words(text);
        int negations = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                // a contrast after a comma ("troops, not advisers") is no negation; a clause after ";" is another
                if (w.equals(";")) {
                    break;
                }
                continue;
            }
            if (CLAUSE_OPENERS.contains(w) && i > 0 || w.equals("that") && i > 0 && words.get(i - 1).equals(",")) {
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
                continue;
            }
            if (EPISTEMIC.contains(next) || EPISTEMIC.contains(next2)
                    || next.equals("be") && EPISTEMIC.contains(next2)
                    || i + 3 < words.size() && next.equals("be") && EPISTEMIC.contains(words.get(i + 3))) {
                continue; // "could not be confirmed", "not immediately clear", "no immediate comment"
            }
            negations++;
        }
        return negations % 2 == 1;
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
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || (text.charAt(j) == '\''
                    || text.charAt(j) == '\u2019' || text.charAt(j) == '-') && j + 1 < n
                    && Character.isLetter(text.charAt(j + 1)))) {
                j++;
            }
            out.add(text.substring(i, j).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            i = j;
        }
        return out;
    }
}
