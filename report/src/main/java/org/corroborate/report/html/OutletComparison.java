package org.corroborate.report.html;

import java.util.List;
import java.util.Objects;

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
 */
public record OutletComparison(String first, String last, List<String> outlets, List<Row> rows,
                               List<SharedClaim> shared, List<OutletClaims> byOutlet) {

    public OutletComparison {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        outlets = List.copyOf(outlets);
        rows = List.copyOf(rows);
        shared = List.copyOf(shared);
        byOutlet = List.copyOf(byOutlet);
    }

    /** One measure and its value for each outlet, in the outlets' order. */
    public record Row(String measure, List<String> values) {

        public Row {
            Objects.requireNonNull(measure, "measure");
            values = List.copyOf(values);
        }
    }

    /** A claim several outlets carried; {@code status} is its status in words. */
    public record SharedClaim(String statement, String status, String firstOutlet) {
    }

    /** One outlet's claims stated as fact while unconfirmed or refuted, and those it later corrected or hedged. */
    public record OutletClaims(String outlet, List<String> asFact, List<String> corrected) {

        public OutletClaims {
            asFact = List.copyOf(asFact);
            corrected = List.copyOf(corrected);
        }
    }
}
