package org.corroborate.report.html;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.Verdict;
import org.corroborate.report.EarlierEvidence;
import org.corroborate.report.html.internal.ClaimView;

/**
 * What {@code compare.html} shows: outlets side by side over a span of weeks. Texts are plain (the page escapes
 * them); numbers come formatted.
 *
 * @param first    the first week compared, e.g. {@code 2025-W09}
 * @param last     the last week compared
 * @param outlets  the outlets, one column each
 * @param rows     the measures, one value per outlet each
 * @param shared   the claims more than one of them carried, with who reported first
 * @param byOutlet each outlet's claims presented as fact while unconfirmed or refuted, and those it later corrected
 * @param earlier  the claims listed above that count evidence published before {@code first}, in report order, each
 *                 with its evidence as the weekly report shows a claim's (the earlier evidence marked with its week,
 *                 summed up, and condensed by outlet when there is much of it)
 */
public record OutletComparison(String first, String last, List<String> outlets, List<Row> rows,
                               List<SharedClaim> shared, List<OutletClaims> byOutlet, List<EarlierClaim> earlier) {

    public OutletComparison {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        outlets = List.copyOf(outlets);
        rows = List.copyOf(rows);
        shared = List.copyOf(shared);
        byOutlet = List.copyOf(byOutlet);
        earlier = List.copyOf(earlier);
    }

    /** A comparison whose claims count no evidence before {@code first}. */
    public OutletComparison(String first, String last, List<String> outlets, List<Row> rows,
                            List<SharedClaim> shared, List<OutletClaims> byOutlet) {
        this(first, last, outlets, rows, shared, byOutlet, List.of());
    }

    /** The summary of the earlier evidence of the listed claim {@code statement}, or empty when it has none. */
    public String earlierOf(String statement) {
        for (EarlierClaim c : earlier) {
            if (c.statement().equals(statement)) {
                return c.summary();
            }
        }
        return "";
    }

    /** The id of the listed claim {@code statement} that has earlier evidence, or empty. */
    public String earlierIdOf(String statement) {
        for (EarlierClaim c : earlier) {
            if (c.statement().equals(statement)) {
                return c.claim().id();
            }
        }
        return "";
    }

    /**
     * A claim of the weeks {@code first} to {@code last} with its evidence, {@code articles} holding its carriers by
     * id: its earlier evidence summed up ({@link EarlierEvidence}) and each piece of another week marked with it.
     */
    public static EarlierClaim earlierClaim(Assessment a, Map<String, Article> articles, Optional<Verdict> verdict,
                                            IsoWeek first, IsoWeek last) {
        return new EarlierClaim(a.claim().statement(), EarlierEvidence.of(a, articles::get, first).summary(),
                Views.claim(a, articles, false, verdict, first, last));
    }

    /** A listed claim with evidence before the weeks compared: its statement, that evidence in words, its view. */
    public record EarlierClaim(String statement, String summary, ClaimView claim) {

        public EarlierClaim {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(claim, "claim");
        }
    }

    /** One measure and its value for each outlet, in the outlets' order. */
    public record Row(String measure, List<String> values) {

        public Row {
            Objects.requireNonNull(measure, "measure");
            values = List.copyOf(values);
        }
    }

    /** A claim several outlets carried; {@code status} is its status in words; {@code id} its id, or empty. */
    public record SharedClaim(String statement, String status, String firstOutlet, String id) {

        public SharedClaim(String statement, String status, String firstOutlet) {
            this(statement, status, firstOutlet, "");
        }
    }

    /** One outlet's claims stated as fact while unconfirmed or refuted, and those it later corrected or hedged. */
    public record OutletClaims(String outlet, List<String> asFact, List<String> corrected) {

        public OutletClaims {
            asFact = List.copyOf(asFact);
            corrected = List.copyOf(corrected);
        }
    }
}
