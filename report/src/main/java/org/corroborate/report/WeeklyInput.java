package org.corroborate.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Interval;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.Verdict;

/**
 * Everything a weekly report shows: the week's scored corpus and what the weeks before it and the reviewers add.
 *
 * @param week     the week reported
 * @param report   the week's articles scored with the reviewers' track records, its ingest summary (the runs that
 *                 stored its articles) and their diagnostics
 * @param trends   the week and the weeks before it that hold articles, earliest first (at most {@value #TREND_WEEKS})
 * @param outlets  each outlet of the week with its reliability from reviewers' verdicts
 * @param verdicts the verdict in force on each claim that has one, by claim id
 * @param earlierWeeks the weeks before the week whose evidence its claims count (0: the week's articles alone), or
 *                 {@link #EVERY_EARLIER_WEEK} for every earlier article that a stored run found carrying them;
 *                 {@code report} then also holds the earlier articles that carry the week's claims
 */
public record WeeklyInput(IsoWeek week, ReportInput report, List<WeekPoint> trends, List<OutletReliability> outlets,
                          Map<String, Verdict> verdicts, int earlierWeeks) {

    /** Weeks shown in the trends. */
    public static final int TREND_WEEKS = 8;

    /**
     * {@code earlierWeeks} when the week's claims count every earlier article that a stored run found carrying them
     * (their stored history), however many weeks before ({@code --earlier-weeks all}).
     */
    public static final int EVERY_EARLIER_WEEK = -1;

    public WeeklyInput {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(report, "report");
        trends = List.copyOf(trends);
        outlets = List.copyOf(outlets);
        verdicts = Map.copyOf(verdicts);
        if (earlierWeeks < 0 && earlierWeeks != EVERY_EARLIER_WEEK) {
            throw new IllegalArgumentException("earlierWeeks must be >= 0 or EVERY_EARLIER_WEEK, got "
                    + earlierWeeks);
        }
    }

    /** The report of the week's articles alone ({@code earlierWeeks} 0). */
    public WeeklyInput(IsoWeek week, ReportInput report, List<WeekPoint> trends, List<OutletReliability> outlets,
                       Map<String, Verdict> verdicts) {
        this(week, report, trends, outlets, verdicts, 0);
    }

    /** The ids of the report's articles published before the week (they carry evidence of the week's claims). */
    public List<String> earlierArticles() {
        List<String> ids = new java.util.ArrayList<>();
        for (org.corroborate.core.AnnotatedArticle aa : report.corroboration().articles()) {
            if (aa.article().published().map(p -> IsoWeek.of(p.date()).compareTo(week) < 0).orElse(false)) {
                ids.add(aa.article().id());
            }
        }
        return ids;
    }

    /**
     * One week of the trends.
     *
     * @param week        the week
     * @param articles    articles published in it
     * @param byStatus    its claims by status (every status present, zero when none)
     * @param reliability each outlet's reliability from verdicts on claims first seen up to that week, by outlet
     */
    public record WeekPoint(IsoWeek week, int articles, Map<ClaimStatus, Integer> byStatus,
                            Map<String, Double> reliability) {
        public WeekPoint {
            Objects.requireNonNull(week, "week");
            byStatus = Map.copyOf(byStatus);
            reliability = Map.copyOf(reliability);
        }

        public int claims() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * An outlet's reliability: the news-outlet prior updated by reviewers' verdicts on the claims it carried.
     *
     * @param outlet    the outlet
     * @param mean      posterior mean, in {@code (0, 1)}
     * @param interval  credible interval
     * @param confirmed claims it backed that reviewers confirmed (or denied that they refuted)
     * @param refuted   claims it backed that reviewers refuted (or denied that they confirmed)
     */
    public record OutletReliability(String outlet, double mean, Interval interval, int confirmed, int refuted) {
        public OutletReliability {
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(interval, "interval");
        }
    }
}
