package org.corroborate.report.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Evidence;
import org.corroborate.core.Texts;
import org.corroborate.report.ReportInput;
import org.corroborate.report.WeeklyInput;
import org.corroborate.report.html.internal.Bar;
import org.corroborate.report.html.internal.ClaimView;
import org.corroborate.report.html.internal.SourceRow;
import org.corroborate.report.html.internal.Templates;
import org.corroborate.report.html.internal.WeeklyPage;
import org.corroborate.scoring.OutletSummary;
import org.corroborate.scoring.SourceSummary;

/**
 * Writes the weekly report: one self-contained HTML file that works from {@code file://} without any network. Charts
 * are inline SVG with their numbers in tables beside them; tables sort and filter with a small inline script that the
 * Content-Security-Policy admits by its SHA-256 hash (no other script, no event-handler attributes, no remote load).
 * Without the script the tables read the same, in report order. The page is the jte template {@code weekly.jte},
 * which escapes every piece of input text; this class only gathers and formats what it shows.
 */
public final class WeeklyHtmlWriter {

    /** Sorts and filters every {@code table.sortable}; kept free of input text so its hash is fixed. */
    static final String SCRIPT = """
            (function () {
              'use strict';
              function key(cell) {
                var v = cell.getAttribute('data-sort');
                if (v === null) { v = cell.textContent.trim(); }
                var n = parseFloat(v);
                return (!isNaN(n) && /^-?[0-9.]+%?$/.test(v)) ? n : v.toLowerCase();
              }
              document.querySelectorAll('table.sortable').forEach(function (table) {
                var body = table.tBodies[0];
                var heads = table.tHead.rows[0].cells;
                var label = document.createElement('label');
                label.className = 'filter';
                label.textContent = 'Filter rows: ';
                var input = document.createElement('input');
                input.type = 'search';
                input.setAttribute('aria-controls', table.id);
                label.appendChild(input);
                table.parentNode.insertBefore(label, table);
                input.addEventListener('input', function () {
                  var q = input.value.toLowerCase();
                  Array.prototype.forEach.call(body.rows, function (r) {
                    r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
                  });
                });
                Array.prototype.forEach.call(heads, function (th, i) {
                  var b = document.createElement('button');
                  b.type = 'button';
                  b.className = 'sort';
                  while (th.firstChild) { b.appendChild(th.firstChild); }
                  th.appendChild(b);
                  b.addEventListener('click', function () {
                    var asc = th.getAttribute('aria-sort') !== 'ascending';
                    Array.prototype.forEach.call(heads, function (o) { o.removeAttribute('aria-sort'); });
                    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                    var rows = Array.prototype.slice.call(body.rows);
                    rows.sort(function (x, y) {
                      var a = key(x.cells[i]);
                      var c = key(y.cells[i]);
                      var r = (typeof a === 'number' && typeof c === 'number') ? a - c : String(a).localeCompare(String(c));
                      return asc ? r : -r;
                    });
                    rows.forEach(function (r) { body.appendChild(r); });
                  });
                });
              });
            }());
            """;

    static final String SCRIPT_HASH = "sha256-" + sha256Base64(SCRIPT);

    /** Writes the report, streaming it to {@code out}. */
    public void write(WeeklyInput in, Writer out) throws IOException {
        Templates.render("weekly.jte", page(in), out);
    }

    static WeeklyPage page(WeeklyInput in) {
        ReportInput r = in.report();
        Map<ClaimStatus, Integer> byStatus = byStatus(r.corroboration().assessments());
        List<Assessment> queue = reviewQueue(in);
        Map<String, Article> articles = Views.articlesById(r.corroboration().articles());
        List<String> headings = new ArrayList<>();
        for (ClaimStatus s : ClaimStatus.values()) {
            headings.add(capitalise(s.label()));
        }
        List<WeeklyPage.StatusGroup> groups = claimGroups(in, articles);
        boolean condensed = groups.stream().flatMap(g -> g.claims().stream())
                .anyMatch(c -> c.earlier().map(ClaimView.Earlier::condensed).orElse(false));
        return new WeeklyPage("Corroborate weekly report " + in.week(), SCRIPT, SCRIPT_HASH,
                in.week().monday().toString(), in.week().sunday().toString(), r.generatedAt(),
                summary(in, byStatus, queue.size()), statusChart(byStatus), reliabilityChart(in.outlets()),
                trendChart(in.trends()), outletTrendChart(in), groups, review(queue, articles),
                sources(r.corroboration().sources()), outlets(in), headings, trends(in.trends()),
                Views.ingest(r.ingest(), r.diagnostics()), claimsNote(in) + (condensed ? " " + CONDENSED : ""));
    }

    /**
     * What the claims count from earlier weeks, when the report holds articles of them: {@code The week's claims
     * count their evidence from the 4 weeks before it too (2 articles of earlier weeks, marked with their week);
     * evidence published after the week does not count.} ({@code from every earlier week that the store holds it in}
     * with {@link WeeklyInput#EVERY_EARLIER_WEEK}); else empty.
     */
    /** Added to {@link #claimsNote} when a claim's earlier evidence is condensed. */
    static final String CONDENSED = "A claim with more than " + ReportInput.EARLIER_ROWS_SHOWN + " rows of earlier"
            + " evidence lists the evidence of the week and, of the earlier evidence, the rows against the claim, then"
            + " the earliest and the latest of those counted (at most " + ReportInput.EARLIER_ROWS_SHOWN + " rows),"
            + " and sums up all of its earlier"
            + " evidence by outlet (pieces, articles, first and last date; the first "
            + ReportInput.EARLIER_OUTLETS_SHOWN + " outlets); report.json lists every piece (claims[].evidence[],"
            + " with earlier_articles) and the same sums (claims[].earlier_evidence).";

    static String claimsNote(WeeklyInput in) {
        int earlier = in.earlierArticles().size();
        if (earlier == 0) {
            return "";
        }
        String from = in.earlierWeeks() == WeeklyInput.EVERY_EARLIER_WEEK
                ? "every earlier week that the store holds it in" : in.earlierWeeks() == 1 ? "the week before it"
                : "the " + in.earlierWeeks() + " weeks before it";
        return "The week's claims count their evidence from " + from + " too (" + earlier
                + (earlier == 1 ? " article" : " articles") + " of earlier weeks, marked with their week); evidence"
                + " published after the week does not count.";
    }

    static Map<ClaimStatus, Integer> byStatus(List<Assessment> assessments) {
        Map<ClaimStatus, Integer> by = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus s : ClaimStatus.values()) {
            by.put(s, 0);
        }
        for (Assessment a : assessments) {
            by.merge(a.status(), 1, Integer::sum);
        }
        return by;
    }

    /** The week's claims that are not corroborated and have no verdict, in report order. */
    public static List<Assessment> reviewQueue(WeeklyInput in) {
        List<Assessment> q = new ArrayList<>();
        for (Assessment a : in.report().corroboration().assessments()) {
            if (a.status() != ClaimStatus.CORROBORATED && !in.verdicts().containsKey(a.claim().id())) {
                q.add(a);
            }
        }
        return q;
    }

    private static WeeklyPage.Summary summary(WeeklyInput in, Map<ClaimStatus, Integer> byStatus, int queue) {
        ReportInput r = in.report();
        int attributions = 0;
        for (AnnotatedArticle aa : r.corroboration().articles()) {
            attributions += aa.attributions().size();
        }
        long decided = r.corroboration().assessments().stream()
                .filter(a -> in.verdicts().containsKey(a.claim().id())).count();
        List<String> parts = new ArrayList<>();
        byStatus.forEach((s, n) -> parts.add(n + " " + s.label()));
        return new WeeklyPage.Summary(r.corroboration().articles().size(), in.earlierArticles().size(),
                r.corroboration().outlets().size(),
                attributions, r.corroboration().sources().size(), r.corroboration().assessments().size(),
                String.join("; ", parts), decided, queue, r.ingest().errors());
    }

    // ---------------------------------------------------------------- charts (geometry in SVG user units)

    private static WeeklyPage.StatusChart statusChart(Map<ClaimStatus, Integer> byStatus) {
        int max = Math.max(1, byStatus.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int rowH = 26;
        List<WeeklyPage.StatusBar> bars = new ArrayList<>();
        int y = 5;
        for (Map.Entry<ClaimStatus, Integer> e : byStatus.entrySet()) {
            double w = 380.0 * e.getValue() / max;
            bars.add(new WeeklyPage.StatusBar(e.getKey().label(), e.getKey().name(), y, y + 13, Views.f1(w),
                    Views.f1(226 + w), e.getValue()));
            y += rowH;
        }
        return new WeeklyPage.StatusChart(rowH * byStatus.size() + 10, bars);
    }

    private static WeeklyPage.ReliabilityChart reliabilityChart(List<WeeklyInput.OutletReliability> outlets) {
        int rowH = 24;
        int height = rowH * Math.max(1, outlets.size()) + 40;
        double x0 = 220;
        double span = 380;
        List<WeeklyPage.Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            ticks.add(new WeeklyPage.Tick(Views.f1(x0 + span * t / 4), height - 25, height - 10, Views.f2(t / 4.0)));
        }
        List<WeeklyPage.OutletMark> marks = new ArrayList<>();
        int y = 8;
        for (WeeklyInput.OutletReliability o : outlets) {
            double lo = x0 + span * o.interval().lower();
            double hi = x0 + span * o.interval().upper();
            double m = x0 + span * o.mean();
            marks.add(new WeeklyPage.OutletMark(y + 11, Texts.abbreviate(o.outlet(), 28), o.outlet(), Views.f1(lo),
                    y + 1, Views.f1(hi - lo), Views.f1(m), y + 7, Views.f2(o.mean()), Views.f2(o.interval().lower()),
                    Views.f2(o.interval().upper()), o.confirmed(), o.refuted()));
            y += rowH;
        }
        String level = outlets.isEmpty() ? "" : Math.round(outlets.get(0).interval().level() * 100) + "% ";
        return new WeeklyPage.ReliabilityChart(level, height, ticks, marks);
    }

    private static WeeklyPage.LineChart trendChart(List<WeeklyInput.WeekPoint> trends) {
        int max = 1;
        for (WeeklyInput.WeekPoint p : trends) {
            for (int n : p.byStatus().values()) {
                max = Math.max(max, n);
            }
        }
        List<WeeklyPage.Line> lines = new ArrayList<>();
        int k = 0;
        for (ClaimStatus s : ClaimStatus.values()) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < trends.size(); i++) {
                pts.add(new double[] {xOf(i, trends.size()), yOf(trends.get(i).byStatus().getOrDefault(s, 0), max)});
            }
            lines.add(line("f-" + s.name(), s.label(), pts, 20 + k * 125, 34 + k * 125,
                    s.label().length() > 18 ? "not confirmed" : s.label()));
            k++;
        }
        return new WeeklyPage.LineChart("chart-trend", "c-trend", "Claims by status, week by week",
                yTicks(max, false), weeks(trends), lines);
    }

    private static WeeklyPage.LineChart outletTrendChart(WeeklyInput in) {
        List<String> outlets = new ArrayList<>();
        for (WeeklyInput.OutletReliability o : in.outlets()) {
            if (outlets.size() < 6) {
                outlets.add(o.outlet());
            }
        }
        List<WeeklyPage.Line> lines = new ArrayList<>();
        for (int k = 0; k < outlets.size(); k++) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < in.trends().size(); i++) {
                Double v = in.trends().get(i).reliability().get(outlets.get(k));
                if (v != null) {
                    pts.add(new double[] {xOf(i, in.trends().size()), 20 + 190 * (1 - v)});
                }
            }
            lines.add(line("o" + k, outlets.get(k), pts, 20 + k * 105, 34 + k * 105,
                    Texts.abbreviate(outlets.get(k), 14)));
        }
        return new WeeklyPage.LineChart("chart-outlet-trend", "c-otrend",
                "Outlet reliability, week by week (first six outlets)", yTicks(1, true), weeks(in.trends()), lines);
    }

    private static double xOf(int i, int n) {
        return n <= 1 ? 330 : 80 + 500.0 * i / (n - 1);
    }

    private static double yOf(int v, int max) {
        return 20 + 190 * (1 - (double) v / max);
    }

    /** Three labels up the y axis: 0, half and {@code max} (or 0.0, 0.5, 1.0 for a {@code unit} scale). */
    private static List<WeeklyPage.AxisTick> yTicks(int max, boolean unit) {
        List<WeeklyPage.AxisTick> ticks = new ArrayList<>();
        for (int t = 0; t <= 2; t++) {
            double y = 20 + 190 * (1 - t / 2.0);
            String label = unit ? String.format(Locale.ROOT, "%.1f", t / 2.0)
                    : String.valueOf(Math.round(max * t / 2.0));
            ticks.add(new WeeklyPage.AxisTick(Views.f1(y), Views.f1(y + 4), label));
        }
        return ticks;
    }

    private static List<WeeklyPage.AxisTick> weeks(List<WeeklyInput.WeekPoint> trends) {
        List<WeeklyPage.AxisTick> weeks = new ArrayList<>();
        for (int i = 0; i < trends.size(); i++) {
            String x = Views.f1(xOf(i, trends.size()));
            weeks.add(new WeeklyPage.AxisTick(x, x, trends.get(i).week().toString()));
        }
        return weeks;
    }

    private static WeeklyPage.Line line(String cls, String name, List<double[]> pts, int legendX, int legendTextX,
                                        String legend) {
        List<WeeklyPage.Point> dots = new ArrayList<>();
        List<String> points = new ArrayList<>();
        for (double[] xy : pts) {
            dots.add(new WeeklyPage.Point(Views.f1(xy[0]), Views.f1(xy[1])));
            points.add(Views.f1(xy[0]) + "," + Views.f1(xy[1]));
        }
        return new WeeklyPage.Line(cls, name, String.join(" ", points), dots, legendX, legendTextX, legend);
    }

    // ---------------------------------------------------------------- claims and review

    private static List<WeeklyPage.StatusGroup> claimGroups(WeeklyInput in, Map<String, Article> articles) {
        List<WeeklyPage.StatusGroup> groups = new ArrayList<>();
        for (ClaimStatus s : ClaimStatus.values()) {
            List<ClaimView> of = new ArrayList<>();
            for (Assessment a : in.report().corroboration().assessments()) {
                if (a.status() == s) {
                    of.add(Views.claim(a, articles, false, OptionalDouble.empty(), true,
                            Optional.ofNullable(in.verdicts().get(a.claim().id())), Optional.of(in.week())));
                }
            }
            if (!of.isEmpty()) {
                groups.add(new WeeklyPage.StatusGroup("status-" + s.name().toLowerCase(Locale.ROOT),
                        capitalise(s.label()), of));
            }
        }
        return groups;
    }

    private static List<WeeklyPage.ReviewRow> review(List<Assessment> queue, Map<String, Article> articles) {
        List<WeeklyPage.ReviewRow> rows = new ArrayList<>();
        for (Assessment a : queue) {
            Set<String> outlets = new LinkedHashSet<>();
            String first = "";
            for (Evidence e : a.evidence()) {
                outlets.add(e.outlet());
                Article art = articles.get(e.attribution().articleId());
                if (art != null && art.published().isPresent()) {
                    String d = art.published().get().date().toString();
                    if (first.isEmpty() || d.compareTo(first) < 0) {
                        first = d;
                    }
                }
            }
            rows.add(new WeeklyPage.ReviewRow(a.claim().id(), a.claim().statement(), a.status().label(),
                    Views.f2(a.probability()), a.origins(), first, String.join(", ", outlets)));
        }
        return rows;
    }

    // ---------------------------------------------------------------- tables

    private static List<SourceRow> sources(List<SourceSummary> sources) {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceSummary s : sources) {
            rows.add(Views.source(s));
        }
        return rows;
    }

    private static List<WeeklyPage.OutletRow> outlets(WeeklyInput in) {
        Map<String, WeeklyInput.OutletReliability> rel = new LinkedHashMap<>();
        for (WeeklyInput.OutletReliability o : in.outlets()) {
            rel.put(o.outlet(), o);
        }
        List<WeeklyPage.OutletRow> rows = new ArrayList<>();
        for (OutletSummary o : in.report().corroboration().outlets()) {
            Optional<WeeklyPage.Reliability> r = Optional.ofNullable(rel.get(o.outlet())).map(x ->
                    new WeeklyPage.Reliability(Views.f2(x.mean()), Views.f4(x.interval().width()),
                            Bar.of(x.mean(), x.interval().lower(), x.interval().upper()), x.confirmed(),
                            x.refuted()));
            rows.add(new WeeklyPage.OutletRow(o.outlet(), o.articles(), o.claims(), Views.pct(o.namedShare()),
                    Views.pct(o.hedgedShare()), Views.pct(o.directShare()), o.wireCopies(), r));
        }
        return rows;
    }

    private static List<WeeklyPage.TrendRow> trends(List<WeeklyInput.WeekPoint> points) {
        List<WeeklyPage.TrendRow> rows = new ArrayList<>();
        int prev = -1;
        for (WeeklyInput.WeekPoint p : points) {
            List<Integer> counts = new ArrayList<>();
            for (ClaimStatus s : ClaimStatus.values()) {
                counts.add(p.byStatus().getOrDefault(s, 0));
            }
            rows.add(new WeeklyPage.TrendRow(p.week().toString(), p.articles(), p.claims(), counts,
                    prev < 0 ? "\u2013" : String.format(Locale.ROOT, "%+d", p.claims() - prev)));
            prev = p.claims();
        }
        return rows;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }


    static String sha256Base64(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
