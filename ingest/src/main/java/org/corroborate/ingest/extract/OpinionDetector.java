package org.corroborate.ingest.extract;

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

    /** True when {@code content} reads as opinion. */
    public boolean isOpinion(CharSequence content) {
        return OPINION.matcher(content).find();
    }
}
