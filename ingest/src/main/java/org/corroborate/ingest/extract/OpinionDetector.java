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

    /** True when {@code content} reads as opinion. */
    public boolean isOpinion(CharSequence content) {
        String folded = fold(content);
        for (String t : TRIGGERS) {
            if (folded.contains(t)) {
                return OPINION.matcher(content).find();
            }
        }
        return false;
    }

    /** Each char as {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares it to a letter. */
    static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            // ASCII folds to its lower case; the two table look-ups only for the rest
            out[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(out);
    }
}
