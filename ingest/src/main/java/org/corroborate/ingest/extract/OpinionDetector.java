package org.corroborate.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells opinion from factual content: first-person belief ({@code I think}, {@code we don't think}), prescriptions
 * ({@code should}, {@code must}), and evaluative set phrases ({@code wake-up call}). Opinions are kept as
 * attributions but not scored as factual claims.
 */
public final class OpinionDetector {

    private static final Pattern OPINION = Pattern.compile(
            "\\b(?:I|we) (?:do not |don't |don\u2019t |)(?:think|believe|feel|hope|fear|regret|welcome|condemn|"
                    + "urge|call on|want|expect)\\b"
                    + "|\\bin (?:my|our) (?:view|opinion)\\b"
                    + "|\\b(?:should|must|ought to|need to|needs to|it is time)\\b"
                    + "|\\bwake-up call\\b|\\b(?:unacceptable|outrageous|shameful|disgraceful|insufficient|"
                    + "ridiculous|absurd|great victory|historic)\\b"
                    + "|\\b(?:has|have) never been more\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Words one of which every match of {@link #OPINION} contains, case folded as the pattern folds them: text
     * with none of them cannot match, and the pattern (slow on long content) is not run. Keep in step with it.
     */
    private static final List<String> TRIGGERS = List.of("think", "believe", "feel", "hope", "fear", "regret",
            "welcome", "condemn", "urge", "call on", "want", "expect", "view", "opinion", "should", "must",
            "ought to", "need", "it is time", "wake-up call", "unacceptable", "outrageous", "shameful",
            "disgraceful", "insufficient", "ridiculous", "absurd", "great victory", "historic", "never been more");

    /** The triggers by their first two chars (all ASCII), for one pass over the text instead of one per word. */
    private static final char[][][] TRIGGERS_BY_FIRST = new char[0x80 * 0x80][][];

    static {
        for (String t : TRIGGERS) {
            if (t.length() < 2 || t.charAt(0) >= 0x80 || t.charAt(1) >= 0x80) {
                throw new IllegalStateException("opinion trigger must start with two ASCII chars: " + t);
            }
            int at = t.charAt(0) * 0x80 + t.charAt(1);
            char[][] old = TRIGGERS_BY_FIRST[at];
            char[][] now = old == null ? new char[1][] : java.util.Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = t.toCharArray();
            TRIGGERS_BY_FIRST[at] = now;
        }
    }

    /** True when {@code content} reads as opinion. */
    public boolean isOpinion(CharSequence content) {
        return containsTrigger(foldChars(content)) && OPINION.matcher(content).find();
    }

    /** True when one of {@link #TRIGGERS} occurs in {@code folded}. */
    private static boolean containsTrigger(char[] folded) {
        for (int p = 0; p + 1 < folded.length; p++) {
            char c = folded[p];
            char d = folded[p + 1];
            char[][] candidates = c < 0x80 && d < 0x80 ? TRIGGERS_BY_FIRST[c * 0x80 + d] : null;
            if (candidates == null) {
                continue;
            }
            for (char[] t : candidates) {
                if (p + t.length <= folded.length && java.util.Arrays.equals(folded, p, p + t.length, t, 0,
                        t.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each char as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares it to a letter. */
    static String fold(CharSequence s) {
        return new String(foldChars(s));
    }

    private static char[] foldChars(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            // ASCII folds to its lower case; the two table look-ups only for the rest
            out[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return out;
    }
}
