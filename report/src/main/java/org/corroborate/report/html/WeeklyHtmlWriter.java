package org.corroborate.report.html;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Evidence;
import org.corroborate.core.Verdict;
import org.corroborate.report.ReportInput;
import org.corroborate.report.WeeklyInput;
import org.corroborate.scoring.OutletSummary;
import org.corroborate.scoring.SourceSummary;

/**
 * Writes the weekly report: one self-contained HTML file that works from {@code file://} without any network. Charts
 * are inline SVG with their numbers in tables beside them; tables sort and filter with a small inline script that the
 * Content-Security-Policy admits by its SHA-256 hash (no other script, no event-handler attributes, no remote load).
 * Without the script the tables read the same, in report order. Every piece of input text is escaped with
 * {@link Html#escape}.
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

    private static final String CSS = HtmlReportWriter.CSS + """
            nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
            figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.3rem}
            svg.chart{width:100%;max-width:44rem;height:auto;font:12px system-ui,sans-serif}
            svg.chart text{fill:#1b1f24}svg.chart .axis{stroke:#8c959f;stroke-width:1}
            svg.chart .grid{stroke:#eaeef2;stroke-width:1}svg.chart .iv{fill:#0969da;opacity:.35}
            svg.chart .pt{fill:#0550ae}.f-CORROBORATED{fill:#1a7f37;stroke:#1a7f37}\
            .f-SINGLE_SOURCE{fill:#0550ae;stroke:#0550ae}.f-NOT_CONFIRMED_BY_PARTIES{fill:#9a6700;stroke:#9a6700}\
            .f-DISPUTED{fill:#cf222e;stroke:#cf222e}.f-UNSUPPORTED{fill:#57606a;stroke:#57606a}
            svg.chart polyline{fill:none;stroke-width:2}
            .o0{stroke:#0550ae;fill:#0550ae}.o1{stroke:#cf222e;fill:#cf222e}.o2{stroke:#1a7f37;fill:#1a7f37}\
            .o3{stroke:#8250df;fill:#8250df}.o4{stroke:#9a6700;fill:#9a6700}.o5{stroke:#57606a;fill:#57606a}
            .verdict{border-left:4px solid var(--info);padding-left:.6rem}td,th,code{overflow-wrap:anywhere}
            label.filter{display:block;margin:.6rem 0 .2rem}label.filter input{font:inherit;padding:.15rem .3rem}
            button.sort{font:inherit;font-weight:600;background:none;border:0;padding:0;color:inherit;cursor:pointer;\
            text-align:inherit}button.sort::after{content:" \\2195";color:var(--muted)}
            th[aria-sort=ascending] button.sort::after{content:" \\2191"}\
            th[aria-sort=descending] button.sort::after{content:" \\2193"}
            .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            @media print{nav,label.filter{display:none}button.sort::after{content:none}svg.chart{max-width:36rem}\
            figure,table{break-inside:avoid}}
            """;

    /** Writes the report. */
    public void write(WeeklyInput in, Writer out) throws IOException {
        ReportInput r = in.report();
        StringBuilder h = new StringBuilder(128 * 1024);
        String title = "Corroborate weekly report " + in.week();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:; script-src '").append(SCRIPT_HASH)
                .append("'; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Corroborate\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p class=\"muted\">").append(Html.escape(in.week().monday().toString())).append(" to ")
                .append(Html.escape(in.week().sunday().toString())).append(" \u00B7 generated ")
                .append(Html.escape(r.generatedAt())).append("</p>\n");
        h.append("<nav aria-label=\"Sections\"><ul><li><a href=\"#summary\">Summary</a></li>"
                + "<li><a href=\"#charts\">Charts</a></li><li><a href=\"#claims\">Claims by status</a></li>"
                + "<li><a href=\"#review\">Waiting for review</a></li><li><a href=\"#sources\">Sources</a></li>"
                + "<li><a href=\"#outlets\">Outlets</a></li><li><a href=\"#trends\">Trends</a></li>"
                + "<li><a href=\"#ingest\">Ingest diagnostics</a></li></ul></nav>\n</header>\n<main>\n");
        Map<ClaimStatus, Integer> byStatus = byStatus(r.corroboration().assessments());
        List<Assessment> queue = reviewQueue(in);
        summary(h, in, byStatus, queue.size());
        charts(h, in, byStatus);
        claims(h, in);
        review(h, in, queue);
        sources(h, r.corroboration().sources());
        outlets(h, in);
        trends(h, in);
        HtmlReportWriter.ingest(h, r.ingest(), r.diagnostics());
        h.append("</main>\n<footer class=\"muted\"><p>A claim's probability comes from its independent origins, their"
                + " reliability, stance and hedges; the interval shows how sure that is. Reliability of sources and"
                + " outlets is a Beta prior updated by reviewers' verdicts (confirmed or refuted claims they backed)."
                + " Grades follow the Admiralty system. Silence of a party is shown but never counted as a denial."
                + " Tables sort when a column heading is pressed; without script they keep report order.</p>"
                + "</footer>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(h.toString());
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

    private static void summary(StringBuilder h, WeeklyInput in, Map<ClaimStatus, Integer> byStatus, int queue) {
        ReportInput r = in.report();
        int attributions = 0;
        for (AnnotatedArticle aa : r.corroboration().articles()) {
            attributions += aa.attributions().size();
        }
        long decided = r.corroboration().assessments().stream()
                .filter(a -> in.verdicts().containsKey(a.claim().id())).count();
        h.append("<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Summary</h2>\n<ul>\n")
                .append("<li>").append(r.corroboration().articles().size()).append(" articles from ")
                .append(r.corroboration().outlets().size()).append(" outlets, ").append(attributions)
                .append(" attributions, ").append(r.corroboration().sources().size()).append(" sources</li>\n")
                .append("<li>").append(r.corroboration().assessments().size()).append(" factual claims: ");
        List<String> parts = new ArrayList<>();
        byStatus.forEach((s, n) -> parts.add(n + " " + s.label()));
        h.append(Html.escape(String.join(", ", parts))).append("</li>\n<li>").append(decided)
                .append(decided == 1 ? " claim has" : " claims have").append(" a reviewer's verdict; ").append(queue)
                .append(" unconfirmed ").append(queue == 1 ? "claim waits" : "claims wait")
                .append(" for review</li>\n");
        if (r.ingest().errors() > 0) {
            h.append("<li><strong>").append(r.ingest().errors())
                    .append(" input errors: see Ingest diagnostics.</strong></li>\n");
        }
        h.append("</ul></section>\n");
    }

    // ---------------------------------------------------------------- charts

    private static void charts(StringBuilder h, WeeklyInput in, Map<ClaimStatus, Integer> byStatus) {
        h.append("<section id=\"charts\" aria-labelledby=\"charts-h\"><h2 id=\"charts-h\">Charts</h2>\n");
        statusChart(h, byStatus);
        reliabilityChart(h, in.outlets());
        trendChart(h, in.trends());
        outletTrendChart(h, in);
        h.append("</section>\n");
    }

    private static void statusChart(StringBuilder h, Map<ClaimStatus, Integer> byStatus) {
        int max = Math.max(1, byStatus.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int rowH = 26;
        int height = rowH * byStatus.size() + 10;
        h.append("<figure><figcaption id=\"c-status\">Claims by status</figcaption>\n")
                .append("<svg class=\"chart\" id=\"chart-status\" role=\"img\" aria-labelledby=\"c-status\"")
                .append(" viewBox=\"0 0 640 ").append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        int y = 5;
        for (Map.Entry<ClaimStatus, Integer> e : byStatus.entrySet()) {
            double w = 380.0 * e.getValue() / max;
            h.append(String.format(Locale.ROOT, "<text x=\"210\" y=\"%d\" text-anchor=\"end\">%s</text>"
                            + "<rect class=\"f-%s\" x=\"220\" y=\"%d\" width=\"%.1f\" height=\"16\"><title>%s: %d</title>"
                            + "</rect><text x=\"%.1f\" y=\"%d\">%d</text>\n", y + 13, Html.escape(e.getKey().label()),
                    e.getKey().name(), y, w, Html.escape(e.getKey().label()), e.getValue(), 226 + w, y + 13,
                    e.getValue()));
            y += rowH;
        }
        h.append("</svg></figure>\n");
    }

    private static void reliabilityChart(StringBuilder h, List<WeeklyInput.OutletReliability> outlets) {
        int rowH = 24;
        int height = rowH * Math.max(1, outlets.size()) + 40;
        h.append("<figure><figcaption id=\"c-rel\">Reliability by outlet, with ")
                .append(outlets.isEmpty() ? "" : Math.round(outlets.get(0).interval().level() * 100) + "% ")
                .append("intervals</figcaption>\n<svg class=\"chart\" id=\"chart-reliability\" role=\"img\"")
                .append(" aria-labelledby=\"c-rel\" viewBox=\"0 0 640 ").append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        double x0 = 220;
        double span = 380;
        for (int t = 0; t <= 4; t++) {
            double x = x0 + span * t / 4;
            h.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"5\" x2=\"%.1f\" y2=\"%d\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.2f</text>\n", x, x, height - 25, x,
                    height - 10, t / 4.0));
        }
        if (outlets.isEmpty()) {
            h.append("<text x=\"220\" y=\"22\">No outlets this week.</text>\n");
        }
        int y = 8;
        for (WeeklyInput.OutletReliability o : outlets) {
            double lo = x0 + span * o.interval().lower();
            double hi = x0 + span * o.interval().upper();
            double m = x0 + span * o.mean();
            h.append(String.format(Locale.ROOT, "<text x=\"210\" y=\"%d\" text-anchor=\"end\">%s</text>"
                            + "<rect class=\"iv\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"12\"/>"
                            + "<circle class=\"pt\" cx=\"%.1f\" cy=\"%d\" r=\"5\"><title>%s: %.2f (%.2f\u2013%.2f),"
                            + " %d confirmed, %d refuted</title></circle>\n", y + 11, Html.escape(abbreviate(o.outlet(),
                            28)), lo, y + 1, hi - lo, m, y + 7, Html.escape(o.outlet()), o.mean(), o.interval().lower(),
                    o.interval().upper(), o.confirmed(), o.refuted()));
            y += rowH;
        }
        h.append("</svg></figure>\n");
    }

    private static void trendChart(StringBuilder h, List<WeeklyInput.WeekPoint> trends) {
        int max = 1;
        for (WeeklyInput.WeekPoint p : trends) {
            for (int n : p.byStatus().values()) {
                max = Math.max(max, n);
            }
        }
        h.append("<figure><figcaption id=\"c-trend\">Claims by status, week by week</figcaption>\n")
                .append("<svg class=\"chart\" id=\"chart-trend\" role=\"img\" aria-labelledby=\"c-trend\"")
                .append(" viewBox=\"0 0 640 260\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        axes(h, trends, max, false);
        int k = 0;
        for (ClaimStatus s : ClaimStatus.values()) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < trends.size(); i++) {
                pts.add(new double[] {xOf(i, trends.size()), yOf(trends.get(i).byStatus().getOrDefault(s, 0), max)});
            }
            line(h, "f-" + s.name(), s.label(), pts);
            h.append(String.format(Locale.ROOT, "<rect class=\"f-%s\" x=\"%d\" y=\"240\" width=\"10\" height=\"10\"/>"
                    + "<text x=\"%d\" y=\"249\">%s</text>\n", s.name(), 20 + k * 125, 34 + k * 125,
                    Html.escape(s.label().length() > 18 ? "not confirmed" : s.label())));
            k++;
        }
        h.append("</svg></figure>\n");
    }

    private static void outletTrendChart(StringBuilder h, WeeklyInput in) {
        List<String> outlets = new ArrayList<>();
        for (WeeklyInput.OutletReliability o : in.outlets()) {
            if (outlets.size() < 6) {
                outlets.add(o.outlet());
            }
        }
        h.append("<figure><figcaption id=\"c-otrend\">Outlet reliability, week by week (first six outlets)"
                        + "</figcaption>\n<svg class=\"chart\" id=\"chart-outlet-trend\" role=\"img\"")
                .append(" aria-labelledby=\"c-otrend\" viewBox=\"0 0 640 260\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        axes(h, in.trends(), 1, true);
        for (int k = 0; k < outlets.size(); k++) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < in.trends().size(); i++) {
                Double v = in.trends().get(i).reliability().get(outlets.get(k));
                if (v != null) {
                    pts.add(new double[] {xOf(i, in.trends().size()), 20 + 190 * (1 - v)});
                }
            }
            line(h, "o" + k, outlets.get(k), pts);
            h.append(String.format(Locale.ROOT, "<rect class=\"o%d\" x=\"%d\" y=\"240\" width=\"10\" height=\"10\"/>"
                    + "<text x=\"%d\" y=\"249\">%s</text>\n", k, 20 + k * 105, 34 + k * 105,
                    Html.escape(abbreviate(outlets.get(k), 14))));
        }
        h.append("</svg></figure>\n");
    }

    private static double xOf(int i, int n) {
        return n <= 1 ? 330 : 80 + 500.0 * i / (n - 1);
    }

    private static double yOf(int v, int max) {
        return 20 + 190 * (1 - (double) v / max);
    }

    private static void axes(StringBuilder h, List<WeeklyInput.WeekPoint> trends, int max, boolean unit) {
        h.append("<line class=\"axis\" x1=\"50\" y1=\"210\" x2=\"630\" y2=\"210\"/>"
                + "<line class=\"axis\" x1=\"50\" y1=\"15\" x2=\"50\" y2=\"210\"/>\n");
        for (int t = 0; t <= 2; t++) {
            double y = 20 + 190 * (1 - t / 2.0);
            String label = unit ? String.format(Locale.ROOT, "%.1f", t / 2.0)
                    : String.valueOf(Math.round(max * t / 2.0));
            h.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"51\" y1=\"%.1f\" x2=\"630\" y2=\"%.1f\"/>"
                    + "<text x=\"44\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", y, y, y + 4, label));
        }
        for (int i = 0; i < trends.size(); i++) {
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"226\" text-anchor=\"middle\">%s</text>\n",
                    xOf(i, trends.size()), trends.get(i).week()));
        }
    }

    private static void line(StringBuilder h, String cls, String name, List<double[]> pts) {
        if (pts.isEmpty()) {
            return;
        }
        StringBuilder p = new StringBuilder();
        for (double[] xy : pts) {
            p.append(String.format(Locale.ROOT, "%.1f,%.1f ", xy[0], xy[1]));
        }
        h.append("<polyline class=\"").append(cls).append("\" points=\"").append(p.toString().strip())
                .append("\"><title>").append(Html.escape(name)).append("</title></polyline>\n");
        for (double[] xy : pts) {
            h.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>", cls, xy[0],
                    xy[1]));
        }
        h.append('\n');
    }

    // ---------------------------------------------------------------- claims and review

    private static void claims(StringBuilder h, WeeklyInput in) {
        ReportInput r = in.report();
        Map<String, Article> articles = new HashMap<>();
        for (AnnotatedArticle aa : r.corroboration().articles()) {
            articles.put(aa.article().id(), aa.article());
        }
        h.append("<section id=\"claims\" aria-labelledby=\"claims-h\"><h2 id=\"claims-h\">Claims by status</h2>\n"
                + "<p class=\"legend muted\">In the evidence: <span class=\"m-src\">source</span>"
                + "<span class=\"m-cue\">cue</span><span class=\"m-content\">content</span>"
                + "<span class=\"m-hedge\">hedge</span> \u2014 <span class=\"r-SUPPORTS\">+</span> supports,"
                + " <span class=\"r-OPPOSES\">\u2212</span> opposes, <span class=\"r-SILENT\">\u25CB</span> silent"
                + " (recorded, not counted).</p>\n");
        if (r.corroboration().assessments().isEmpty()) {
            h.append("<p>No factual claims this week.</p>\n");
        }
        for (ClaimStatus s : ClaimStatus.values()) {
            List<Assessment> of = r.corroboration().assessments().stream().filter(a -> a.status() == s).toList();
            if (of.isEmpty()) {
                continue;
            }
            h.append("<h3 id=\"status-").append(s.name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(Html.escape(capitalise(s.label()))).append(" (").append(of.size()).append(")</h3>\n");
            for (Assessment a : of) {
                StringBuilder c = new StringBuilder();
                HtmlReportWriter.claim(c, a, articles);
                String html = c.toString().replaceFirst("<h3>", "<h4>").replaceFirst("</h3>", "</h4>");
                Verdict v = in.verdicts().get(a.claim().id());
                if (v != null) {
                    int end = html.lastIndexOf("</article>");
                    html = html.substring(0, end) + verdict(v) + html.substring(end);
                }
                h.append(html);
            }
        }
        h.append("</section>\n");
    }

    private static String verdict(Verdict v) {
        return "<p class=\"verdict\">Reviewer's verdict: <strong>" + v.outcome().label() + "</strong> by "
                + Html.escape(v.reviewer()) + " on " + Html.escape(v.decidedAt().toLocalDate().toString())
                + (v.note().isEmpty() ? "" : ": " + Html.escape(v.note())) + "</p>\n";
    }

    private static void review(StringBuilder h, WeeklyInput in, List<Assessment> queue) {
        Map<String, Article> articles = new HashMap<>();
        for (AnnotatedArticle aa : in.report().corroboration().articles()) {
            articles.put(aa.article().id(), aa.article());
        }
        h.append("<section id=\"review\" aria-labelledby=\"review-h\"><h2 id=\"review-h\">Unconfirmed claims waiting"
                + " for review</h2>\n<p class=\"muted\">Claims not corroborated and without a verdict; record one"
                + " with <code>corroborate review</code>.</p>\n");
        if (queue.isEmpty()) {
            h.append("<p>None.</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"sortable\" id=\"t-review\">\n<thead><tr><th scope=\"col\">Claim</th>"
                + "<th scope=\"col\">Status</th><th scope=\"col\" class=\"num\">Probability</th>"
                + "<th scope=\"col\" class=\"num\">Origins</th><th scope=\"col\">First seen</th>"
                + "<th scope=\"col\">Outlets</th><th scope=\"col\">Claim id</th></tr></thead>\n<tbody>\n");
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
            h.append("<tr><th scope=\"row\"><a href=\"#").append(Html.escape(a.claim().id())).append("\">")
                    .append(Html.escape(a.claim().statement())).append("</a></th><td>")
                    .append(Html.escape(a.status().label())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.2f", a.probability())).append("</td><td class=\"num\">")
                    .append(a.origins()).append("</td><td>").append(first).append("</td><td>")
                    .append(Html.escape(String.join(", ", outlets))).append("</td><td><code>")
                    .append(Html.escape(a.claim().id())).append("</code></td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    // ---------------------------------------------------------------- tables

    private static void sources(StringBuilder h, List<SourceSummary> sources) {
        h.append("<section id=\"sources\" aria-labelledby=\"sources-h\"><h2 id=\"sources-h\">Sources</h2>\n");
        if (sources.isEmpty()) {
            h.append("<p>None named.</p></section>\n");
            return;
        }
        h.append("<table class=\"sortable\" id=\"t-sources\">\n<caption class=\"muted\">Reliability: the mean of a"
                + " Beta prior by source kind updated by reviewers' verdicts, with its interval.</caption>\n"
                + "<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Kind</th><th scope=\"col\">Country</th>"
                + "<th scope=\"col\" class=\"num\">Mentions</th><th scope=\"col\" class=\"num\">Claims</th>"
                + "<th scope=\"col\" class=\"num\">Reliability</th><th scope=\"col\">Interval</th>"
                + "<th scope=\"col\">Grade</th><th scope=\"col\" class=\"num\">Resolved</th></tr></thead>\n<tbody>\n");
        for (SourceSummary s : sources) {
            h.append("<tr><th scope=\"row\">").append(Html.escape(s.source().name())).append("</th><td>")
                    .append(Html.escape(s.source().kind().label())).append("</td><td>")
                    .append(Html.escape(s.source().country())).append("</td><td class=\"num\">").append(s.mentions())
                    .append("</td><td class=\"num\">").append(s.claims()).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.2f", s.reliability())).append("</td><td data-sort=\"")
                    .append(String.format(Locale.ROOT, "%.4f", s.interval().width())).append("\">")
                    .append(HtmlReportWriter.bar(s.reliability(), s.interval().lower(), s.interval().upper()))
                    .append(String.format(Locale.ROOT, " %.2f\u2013%.2f", s.interval().lower(), s.interval().upper()))
                    .append("</td><td class=\"grade\">").append(s.letter()).append("</td><td class=\"num\">")
                    .append(s.resolved()).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void outlets(StringBuilder h, WeeklyInput in) {
        Map<String, WeeklyInput.OutletReliability> rel = new LinkedHashMap<>();
        for (WeeklyInput.OutletReliability o : in.outlets()) {
            rel.put(o.outlet(), o);
        }
        h.append("<section id=\"outlets\" aria-labelledby=\"outlets-h\"><h2 id=\"outlets-h\">Outlets</h2>\n");
        if (in.report().corroboration().outlets().isEmpty()) {
            h.append("<p>None.</p></section>\n");
            return;
        }
        h.append("<table class=\"sortable\" id=\"t-outlets\">\n<caption class=\"muted\">Reliability: the news-outlet"
                + " prior updated by reviewers' verdicts on the claims the outlet carried.</caption>\n"
                + "<thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\" class=\"num\">Articles</th>"
                + "<th scope=\"col\" class=\"num\">Claims</th><th scope=\"col\" class=\"num\">Named sources</th>"
                + "<th scope=\"col\" class=\"num\">Hedged</th><th scope=\"col\" class=\"num\">Direct quotes</th>"
                + "<th scope=\"col\" class=\"num\">Wire copies</th><th scope=\"col\" class=\"num\">Reliability</th>"
                + "<th scope=\"col\">Interval</th><th scope=\"col\" class=\"num\">Confirmed</th>"
                + "<th scope=\"col\" class=\"num\">Refuted</th></tr></thead>\n<tbody>\n");
        for (OutletSummary o : in.report().corroboration().outlets()) {
            WeeklyInput.OutletReliability r = rel.get(o.outlet());
            h.append("<tr><th scope=\"row\">").append(Html.escape(o.outlet())).append("</th><td class=\"num\">")
                    .append(o.articles()).append("</td><td class=\"num\">").append(o.claims())
                    .append("</td><td class=\"num\">").append(HtmlReportWriter.pct(o.namedShare()))
                    .append("</td><td class=\"num\">").append(HtmlReportWriter.pct(o.hedgedShare()))
                    .append("</td><td class=\"num\">").append(HtmlReportWriter.pct(o.directShare()))
                    .append("</td><td class=\"num\">").append(o.wireCopies()).append("</td>");
            if (r == null) {
                h.append("<td class=\"num\">\u2013</td><td></td><td class=\"num\">0</td><td class=\"num\">0</td>");
            } else {
                h.append("<td class=\"num\">").append(String.format(Locale.ROOT, "%.2f", r.mean()))
                        .append("</td><td data-sort=\"").append(String.format(Locale.ROOT, "%.4f",
                                r.interval().width())).append("\">")
                        .append(HtmlReportWriter.bar(r.mean(), r.interval().lower(), r.interval().upper()))
                        .append(String.format(Locale.ROOT, " %.2f\u2013%.2f", r.interval().lower(),
                                r.interval().upper()))
                        .append("</td><td class=\"num\">").append(r.confirmed()).append("</td><td class=\"num\">")
                        .append(r.refuted()).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void trends(StringBuilder h, WeeklyInput in) {
        h.append("<section id=\"trends\" aria-labelledby=\"trends-h\"><h2 id=\"trends-h\">Week-over-week trends</h2>\n"
                + "<table class=\"sortable\" id=\"t-trends\">\n<thead><tr><th scope=\"col\">Week</th>"
                + "<th scope=\"col\" class=\"num\">Articles</th><th scope=\"col\" class=\"num\">Claims</th>");
        for (ClaimStatus s : ClaimStatus.values()) {
            h.append("<th scope=\"col\" class=\"num\">").append(Html.escape(capitalise(s.label()))).append("</th>");
        }
        h.append("<th scope=\"col\" class=\"num\">Change in claims</th></tr></thead>\n<tbody>\n");
        int prev = -1;
        for (WeeklyInput.WeekPoint p : in.trends()) {
            h.append("<tr><th scope=\"row\">").append(p.week()).append("</th><td class=\"num\">").append(p.articles())
                    .append("</td><td class=\"num\">").append(p.claims()).append("</td>");
            for (ClaimStatus s : ClaimStatus.values()) {
                h.append("<td class=\"num\">").append(p.byStatus().getOrDefault(s, 0)).append("</td>");
            }
            h.append("<td class=\"num\">").append(prev < 0 ? "\u2013" : String.format(Locale.ROOT, "%+d",
                    p.claims() - prev)).append("</td></tr>\n");
            prev = p.claims();
        }
        h.append("</tbody></table></section>\n");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
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
