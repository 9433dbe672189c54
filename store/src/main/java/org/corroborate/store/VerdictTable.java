package org.corroborate.store;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.Source;
import org.corroborate.core.Verdict;
import org.corroborate.scoring.ClaimPrior;

/**
 * The resolved claims of a store as a table of judged statements, the input of {@code corroborate train
 * claim-prior}: one row per current claim confirmed or refuted ({@link ReviewState#resolutions}: a reviewer's
 * verdict in force, or a party's own confirmation), with the claim's statement, its speaker and the outlet that
 * carried it. Claims judged unresolvable are left out: they say nothing about truth. The claim's id is not a column: every other column of
 * such a table is an attribute the model learns from.
 *
 * <p>The speaker is chosen as {@code run --claim-prior} chooses it ({@link ClaimPrior#speaker}): the
 * origin of the first supporting evidence, not a rival version, whose content is the claim's statement word for
 * word, else of the first supporting evidence; given by the origin's id, which the model's prior looks up too. An
 * unnamed origin is an empty source. The table is tab-separated with a header row {@code source statement verdict
 * outlet}; tabs and line breaks inside a cell become spaces.
 */
public final class VerdictTable {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("source", "statement", "verdict", "outlet");

    /**
     * One judged statement.
     *
     * @param source    the speaker's source id, empty when unnamed or unknown
     * @param statement the claim's statement
     * @param confirmed whether the claim was confirmed (else refuted)
     * @param outlet    the outlet of the speaker's evidence, empty when unknown
     * @param claimId   the claim's id (not written)
     */
    public record Row(String source, String statement, boolean confirmed, String outlet, String claimId) {
        public Row {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(claimId, "claimId");
        }
    }

    private VerdictTable() {
    }

    /** The rows of the confirmed and refuted current claims of {@code review}, in report order. */
    public static List<Row> rows(ReviewState review) {
        Map<String, Verdict> resolved = review.resolutions();
        List<Row> out = new ArrayList<>();
        for (ClaimSnapshot c : review.currentClaims()) {
            Verdict v = resolved.get(c.claimId());
            if (v == null || v.outcome() == Verdict.Outcome.UNRESOLVABLE) {
                continue;
            }
            EvidenceRow speaker = speaker(c);
            String source = speaker == null || speaker.originSourceId().equals(Source.UNNAMED.id()) ? ""
                    : speaker.originSourceId();
            out.add(new Row(source, c.statement(), v.outcome() == Verdict.Outcome.CONFIRMED,
                    speaker == null ? "" : speaker.outlet(), c.claimId()));
        }
        return out;
    }

    /** Writes {@code rows} as the table, header first. */
    public static void write(List<Row> rows, Writer out) throws IOException {
        out.write(String.join("\t", COLUMNS));
        out.write('\n');
        for (Row r : rows) {
            out.write(cell(r.source()) + '\t' + cell(r.statement()) + '\t' + (r.confirmed() ? "confirmed" : "refuted")
                    + '\t' + cell(r.outlet()) + '\n');
        }
    }

    /** The evidence whose origin is the claim's speaker, or null when no evidence supports the claim. */
    static EvidenceRow speaker(ClaimSnapshot c) {
        return ClaimPrior.speaker(c.evidence(), e -> e.role() == EvidenceRole.SUPPORTS && !e.negation(),
                e -> e.contentText().equals(c.statement()));
    }

    private static String cell(String s) {
        return s.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").strip();
    }
}
