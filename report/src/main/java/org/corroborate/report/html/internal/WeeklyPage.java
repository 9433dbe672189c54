package org.corroborate.report.html.internal;

import java.util.List;
import java.util.Optional;

/**
 * Everything the weekly report shows, formatted; the template {@code weekly.jte} lays it out and escapes it.
 *
 * @param script     the inline script that sorts and filters tables (our own constant, no input text)
 * @param scriptHash its CSP source expression, {@code sha256-...}, computed from {@code script} as emitted
 */
public record WeeklyPage(String title, String script, String scriptHash, String monday, String sunday,
                         String generatedAt, Summary summary, StatusChart statusChart,
                         ReliabilityChart reliabilityChart, LineChart trendChart, LineChart outletTrendChart,
                         List<StatusGroup> claimGroups, List<ReviewRow> review, List<SourceRow> sources,
                         List<OutletRow> outlets, List<String> statusHeadings, List<TrendRow> trends,
                         IngestView ingest, String claimsNote) {

    public WeeklyPage {
        claimGroups = List.copyOf(claimGroups);
        review = List.copyOf(review);
        sources = List.copyOf(sources);
        outlets = List.copyOf(outlets);
        statusHeadings = List.copyOf(statusHeadings);
        trends = List.copyOf(trends);
    }

    /**
     * The summary's counts.
     *
     * @param articles     the articles shown, those of earlier weeks included
     * @param earlier      how many of them are of earlier weeks (evidence of the week's claims)
     * @param statusCounts e.g. {@code 0 disputed; 3 corroborated; ...} (semicolons: labels contain commas)
     * @param decided      claims with a reviewer's verdict
     * @param queue        unconfirmed claims without one
     */
    public record Summary(int articles, int earlier, int outlets, int attributions, int sources, int claims,
                          String statusCounts, long decided, int queue, long errors) {
    }

    /** A horizontal bar chart of claims by status. */
    public record StatusChart(int height, List<StatusBar> bars) {

        public StatusChart {
            bars = List.copyOf(bars);
        }
    }

    /** One status's bar; {@code width} and {@code valueX} have one decimal. */
    public record StatusBar(String label, String status, int y, int textY, String width, String valueX, int count) {
    }

    /**
     * Outlets' reliability with interval bars.
     *
     * @param level the intervals' level with a percent sign and a space ({@code "90% "}), or empty with no outlets
     */
    public record ReliabilityChart(String level, int height, List<Tick> ticks, List<OutletMark> outlets) {

        public ReliabilityChart {
            ticks = List.copyOf(ticks);
            outlets = List.copyOf(outlets);
        }
    }

    /** A vertical grid line at {@code x} with its label. */
    public record Tick(String x, int bottom, int labelY, String label) {
    }

    /** One outlet's mark; the coordinates have one decimal, the values two. */
    public record OutletMark(int labelY, String label, String outlet, String x, int y, String width, String cx,
                             int cy, String mean, String lower, String upper, int confirmed, int refuted) {
    }

    /** A line chart over the trend weeks. */
    public record LineChart(String id, String captionId, String caption, List<AxisTick> yTicks,
                            List<AxisTick> weeks, List<Line> lines) {

        public LineChart {
            yTicks = List.copyOf(yTicks);
            weeks = List.copyOf(weeks);
            lines = List.copyOf(lines);
        }
    }

    /** A label on an axis at {@code at} (one decimal). */
    public record AxisTick(String at, String labelAt, String label) {
    }

    /**
     * One series and its legend entry.
     *
     * @param cls    its CSS class
     * @param points its points as SVG {@code points}, empty when it has none
     */
    public record Line(String cls, String name, String points, List<Point> dots, int legendX, int legendTextX,
                       String legend) {

        public Line {
            dots = List.copyOf(dots);
        }
    }

    /** A point, one decimal each. */
    public record Point(String x, String y) {
    }

    /** The claims of one status, under a heading. */
    public record StatusGroup(String id, String heading, List<ClaimView> claims) {

        public StatusGroup {
            claims = List.copyOf(claims);
        }
    }

    /** An unconfirmed claim waiting for review; {@code firstSeen} may be empty. */
    public record ReviewRow(String id, String statement, String status, String probability, int origins,
                            String firstSeen, String outlets) {
    }

    /** One outlet's practice and, if it has one, its reliability; shares are percentages. */
    public record OutletRow(String outlet, int articles, int claims, String named, String hedged, String direct,
                            int wireCopies, Optional<Reliability> reliability) {
    }

    /** An outlet's reliability with its interval. */
    public record Reliability(String mean, String widthSort, Bar bar, int confirmed, int refuted) {
    }

    /**
     * One week's counts.
     *
     * @param byStatus the counts in {@link org.corroborate.core.ClaimStatus} order
     * @param change   the change in claims from the week before, signed, or {@code –} for the first week
     */
    public record TrendRow(String week, int articles, int claims, List<Integer> byStatus, String change) {

        public TrendRow {
            byStatus = List.copyOf(byStatus);
        }
    }
}
