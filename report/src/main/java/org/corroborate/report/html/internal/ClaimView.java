package org.corroborate.report.html.internal;

import java.util.List;
import java.util.Optional;

/**
 * One claim as the reports show it, every number formatted and every text unescaped (the template escapes).
 *
 * @param subheading   whether the statement's heading is an {@code h4} under a status heading (else an {@code h3})
 * @param status       the status's enum name, used in a CSS class
 * @param level        the interval's level in percent
 * @param origins      e.g. {@code 2 independent origins}
 * @param joint        the joint estimate with the corpus's other claims, two decimals, or empty
 * @param parties      the parties' names joined with commas, or empty
 * @param silent       the names of parties that did not confirm, or empty
 * @param rivalValues  the rival values joined with {@code " / "}, or empty when there are fewer than two
 * @param moreEvidence how many pieces of evidence were left out of an abridged report (0 when none)
 * @param explanation  the explanation lines shown, held as they are when made on demand
 *                     ({@link org.corroborate.core.ExplanationLines}), else copied
 * @param earlier      the claim's evidence published before the weeks reported, summed up, when a weekly report or a
 *                     comparison shows it and it has some
 */
public record ClaimView(boolean subheading, String id, String statement, String status, String statusLabel,
                        String probability, Bar bar, long level, String reliabilityMeaning, String credibilityMeaning,
                        String grade, String origins, String joint, String parties, String silent, String rivalValues,
                        List<Evidence> evidence, int moreEvidence, List<String> explanation,
                        Optional<Verdict> verdict, Optional<Earlier> earlier) {

    public ClaimView {
        evidence = List.copyOf(evidence);
        // an assessment's explanation is made line by line when the template reads it: not copied, not kept
        explanation = explanation instanceof org.corroborate.core.ExplanationLines ? explanation
                : List.copyOf(explanation);
    }

    /**
     * One piece of evidence.
     *
     * @param role      the role's enum name (a CSS class)
     * @param roleTitle the role in words
     * @param symbol    {@code +}, {@code −} or {@code ○}
     * @param sentence  the sentence with its marks
     * @param title     the article's title, or empty
     * @param published the article's publication time, or empty
     * @param weight    the weight it counted with, two decimals, or empty when it was not counted
     * @param alsoIn    the other outlets (with their dates) that printed the same sentence, or empty
     */
    public record Evidence(String role, String roleTitle, String symbol, List<Segment> sentence, String source,
                           String outlet, String title, String published, String reason, String weight,
                           String alsoIn) {

        public Evidence {
            sentence = List.copyOf(sentence);
        }
    }

    /** A reviewer's verdict; {@code note} may be empty. */
    public record Verdict(String outcome, String reviewer, String date, String note) {
    }

    /**
     * A claim's evidence published before the weeks reported ({@link org.corroborate.report.EarlierEvidence}).
     *
     * @param before        the first week reported
     * @param summary       its counts in words
     * @param condensed     whether the evidence list leaves out earlier rows (more of them than
     *                      {@link org.corroborate.report.ReportInput#EARLIER_ROWS_SHOWN}): it then lists the rows
     *                      holding evidence of the weeks reported and, of the others, up to that many (those
     *                      against the claim, then the earliest and the latest of those counted), and
     *                      {@code outlets} sums up all of the earlier evidence by outlet
     * @param outlets        the outlets' counts when condensed (the first
     *                       {@link org.corroborate.report.ReportInput#EARLIER_OUTLETS_SHOWN}), else empty
     * @param outletsLeftOut the outlets left out of {@code outlets}
     * @param rowsLeftOut    the rows of earlier evidence the list leaves out
     * @param piecesLeftOut  the pieces of evidence those rows hold
     */
    public record Earlier(String before, String summary, boolean condensed, List<EarlierOutlet> outlets,
                          int outletsLeftOut, int rowsLeftOut, int piecesLeftOut) {

        public Earlier {
            outlets = List.copyOf(outlets);
        }
    }

    /** One outlet's earlier evidence: pieces, articles, counted pieces, pieces against, first and last date. */
    public record EarlierOutlet(String outlet, int pieces, int articles, int counted, int opposing, String first,
                                String last) {
    }
}
