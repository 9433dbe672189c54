package org.corroborate.report.html.internal;

import java.util.List;

/**
 * Everything {@code report.html} shows, formatted; the template {@code report.jte} lays it out and escapes it.
 *
 * @param inputs       the input names joined with commas
 * @param statusCounts e.g. {@code 3 corroborated; 1 single source} (semicolons: labels contain commas), or empty
 *                     when there are no claims
 * @param copiesShown  how many groups of copies the abridged report shows when it leaves some out, else 0
 * @param sourcesLeftOut how many of the least mentioned sources the abridged report leaves out of its table
 */
public record ReportPage(String generatedAt, String inputs, int articles, int outlets, int attributions, int claims,
                         String statusCounts, int sources, long errors, List<ClaimView> claimViews,
                         List<Opinion> opinions, List<SourceRow> sourceRows, List<OutletRow> outletRows,
                         List<CopyGroup> copies, int copiesShown, IngestView ingest, int claimsLeftOut,
                         int sourcesLeftOut) {

    public ReportPage {
        claimViews = List.copyOf(claimViews);
        opinions = List.copyOf(opinions);
        sourceRows = List.copyOf(sourceRows);
        outletRows = List.copyOf(outletRows);
        copies = List.copyOf(copies);
    }

    /** An attribution that is opinion, not fact. */
    public record Opinion(List<Segment> sentence, String source, String outlet) {

        public Opinion {
            sentence = List.copyOf(sentence);
        }
    }

    /** One outlet's attribution practice; the shares are percentages with no decimals and a {@code %} sign. */
    public record OutletRow(String outlet, int articles, int wireCopies, int attributions, String named,
                            String anonymous, String hedged, String direct, int relays, int claims) {
    }

    /**
     * Articles that are copies of one story.
     *
     * @param members each copy as {@code outlet (id)}, joined with commas
     */
    public record CopyGroup(String title, String members) {
    }
}
