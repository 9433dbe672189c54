package org.corroborate.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Evidence;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.Source;
import org.corroborate.report.ReportInput;
import org.corroborate.scoring.OutletSummary;
import org.corroborate.scoring.SourceSummary;

/**
 * Writes {@code report.html}: one self-contained file (inline CSS, no script, no network) that reads well on screen
 * and on paper. A Content-Security-Policy meta tag forbids any script and any remote load, and every piece of input
 * text is escaped, so nothing an article says can run in the reader's browser.
 */
public final class HtmlReportWriter {

    static final String CSS = """
            :root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--ok:#1a7f37;--warn:#9a6700;--bad:#cf222e;\
            --info:#0550ae}
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);\
            background:var(--bg);margin:0 auto;max-width:72rem;padding:1.5rem}
            h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;border-bottom:1px solid var(--line);\
            padding-bottom:.3rem;margin-top:2rem}h3{font-size:1.05rem;margin:.2rem 0}
            .muted{color:var(--muted)}table{border-collapse:collapse;width:100%;margin:.5rem 0}
            th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            .claim{border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;margin:.8rem 0}
            .badge{display:inline-block;border-radius:1rem;padding:0 .6rem;font-size:.85rem;color:#fff}
            .s-CORROBORATED{background:var(--ok)}.s-SINGLE_SOURCE{background:var(--info)}\
            .s-NOT_CONFIRMED_BY_PARTIES{background:var(--warn)}.s-DISPUTED{background:var(--bad)}\
            .s-UNSUPPORTED{background:var(--muted)}
            .grade{font-weight:700;font-family:ui-monospace,monospace}
            .bar{position:relative;display:inline-block;width:10rem;height:.7rem;background:#eaeef2;border-radius:3px;\
            vertical-align:middle}.bar .iv{position:absolute;top:0;bottom:0;background:#9ecbff}\
            .bar .pt{position:absolute;top:-2px;bottom:-2px;width:3px;background:var(--fg)}
            ul.ev{list-style:none;padding-left:0}ul.ev li{margin:.45rem 0;padding-left:1.4rem;text-indent:-1.4rem}
            .role{font-weight:700;display:inline-block;width:1.2rem;text-indent:0}
            .r-SUPPORTS{color:var(--ok)}.r-OPPOSES{color:var(--bad)}.r-SILENT{color:var(--warn)}
            .m-src{background:#ddf4ff;font-weight:600}.m-cue{background:#fff8c5;font-weight:600}\
            .m-content{text-decoration:underline;text-decoration-color:#8c959f}.m-hedge{background:#ffebe9}
            .why{font-size:.88rem;color:var(--muted)}details{margin:.4rem 0}summary{cursor:pointer}
            .legend span{margin-right:.8rem}
            @media print{body{max-width:none;padding:0}.claim{break-inside:avoid}details>*{display:block}\
            a{color:inherit;text-decoration:none}}
            """;

    /** Writes the report. */
    public void write(ReportInput in, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Corroborate\">\n")
                .append("<title>Corroborate report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<header>\n<h1>Corroborate report</h1>\n<p class=\"muted\">Generated ")
                .append(Html.escape(in.generatedAt())).append(" from ");
        h.append(Html.escape(String.join(", ", in.inputs()))).append("</p>\n");
        summary(h, in);
        h.append("</header>\n<main>\n");
        claims(h, in, out);
        opinions(h, in);
        sources(h, in.corroboration().sources());
        outlets(h, in.corroboration().outlets());
        copies(h, in);
        ingest(h, in.ingest(), in.diagnostics());
        h.append("</main>\n<footer class=\"muted\"><p>How to read this report: a claim's probability comes from its"
                + " independent origins, their reliability, stance and hedges; the interval shows how sure that is."
                + " Grades follow the Admiralty system: reliability A (completely reliable) to F (cannot be judged),"
                + " credibility 1 (confirmed by other sources) to 6 (cannot be judged). Silence of a party is shown"
                + " but never counted as a denial.</p></footer>\n</body>\n</html>\n");
        out.write(h.toString());
    }

    private static void summary(StringBuilder h, ReportInput in) {
        Map<ClaimStatus, Integer> by = new EnumMap<>(ClaimStatus.class);
        for (Assessment a : in.corroboration().assessments()) {
            by.merge(a.status(), 1, Integer::sum);
        }
        int attributions = 0;
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            attributions += aa.attributions().size();
        }
        h.append("<section aria-label=\"Summary\"><p>")
                .append(in.corroboration().articles().size()).append(" articles from ")
                .append(in.corroboration().outlets().size()).append(" outlets; ")
                .append(attributions).append(" attributions; ")
                .append(in.corroboration().assessments().size()).append(" factual claims");
        if (!by.isEmpty()) {
            h.append(" (");
            boolean first = true;
            for (Map.Entry<ClaimStatus, Integer> e : by.entrySet()) {
                h.append(first ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().label());
                first = false;
            }
            h.append(')');
        }
        h.append("; ").append(in.corroboration().sources().size()).append(" sources.");
        if (in.ingest().errors() > 0) {
            h.append(" <strong>").append(in.ingest().errors())
                    .append(" input errors: see Ingest diagnostics below.</strong>");
        }
        h.append("</p></section>\n");
    }

    /** Writes the claims section, flushing {@code h} to {@code out} as it grows so a large report is never one string. */
    private static void claims(StringBuilder h, ReportInput in, Writer out) throws IOException {
        Map<String, Article> articles = new HashMap<>();
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            articles.put(aa.article().id(), aa.article());
        }
        h.append("<section id=\"claims\"><h2>Claims</h2>\n<p class=\"legend muted\">In the evidence:"
                + " <span class=\"m-src\">source</span><span class=\"m-cue\">cue</span>"
                + "<span class=\"m-content\">content</span><span class=\"m-hedge\">hedge</span>"
                + " \u2014 <span class=\"r-SUPPORTS\">+</span> supports, <span class=\"r-OPPOSES\">\u2212</span>"
                + " opposes, <span class=\"r-SILENT\">\u25CB</span> silent (recorded, not counted).</p>\n");
        if (in.corroboration().assessments().isEmpty()) {
            h.append("<p>No factual claims were found.</p>\n");
        }
        for (Assessment a : in.corroboration().assessments()) {
            claim(h, a, articles, in);
            if (h.length() > (1 << 20)) {
                out.write(h.toString());
                h.setLength(0);
            }
        }
        h.append("</section>\n");
    }

    static void claim(StringBuilder h, Assessment a, Map<String, Article> articles) {
        claim(h, a, articles, false, java.util.OptionalDouble.empty());
    }

    private static void claim(StringBuilder h, Assessment a, Map<String, Article> articles, ReportInput in) {
        claim(h, a, articles, in.abridged(), in.corroboration().joint().confidence(a.claim().id()));
    }

    static void claim(StringBuilder h, Assessment a, Map<String, Article> articles, boolean abridged,
                      java.util.OptionalDouble joint) {
        h.append("<article class=\"claim\" id=\"").append(Html.escape(a.claim().id())).append("\">\n<h3>")
                .append(Html.escape(a.claim().statement())).append("</h3>\n<p>")
                .append("<span class=\"badge s-").append(a.status().name()).append("\">")
                .append(Html.escape(a.status().label())).append("</span> ")
                .append(String.format(Locale.ROOT, "probability <strong>%.2f</strong> ", a.probability()))
                .append(bar(a.probability(), a.interval().lower(), a.interval().upper()))
                .append(String.format(Locale.ROOT, " %d%% interval %.2f\u2013%.2f; ",
                        Math.round(a.interval().level() * 100), a.interval().lower(), a.interval().upper()))
                .append("grade <span class=\"grade\" title=\"").append(Html.escape(a.grade().reliabilityMeaning()
                        + "; " + a.grade().credibilityMeaning())).append("\">").append(a.grade()).append("</span> (")
                .append(Html.escape(a.grade().reliabilityMeaning())).append(", ")
                .append(Html.escape(a.grade().credibilityMeaning())).append("); ")
                .append(a.origins()).append(a.origins() == 1 ? " independent origin" : " independent origins");
        if (joint.isPresent()) {
            h.append(String.format(Locale.ROOT, "; joint estimate with the corpus's other claims %.2f",
                    joint.getAsDouble()));
        }
        h.append("</p>\n");
        if (!a.claim().parties().isEmpty()) {
            h.append("<p>Parties to the claim: ").append(Html.escape(names(a.claim().parties())));
            if (!a.silentParties().isEmpty()) {
                h.append(". <strong>Not confirmed by: ").append(Html.escape(names(a.silentParties())))
                        .append("</strong> (silence is recorded, not counted as a denial)");
            }
            h.append(".</p>\n");
        }
        if (a.claim().values().size() > 1) {
            h.append("<p>Rival values: ").append(Html.escape(String.join(" / ", a.claim().values()))).append("</p>\n");
        }
        h.append("<ul class=\"ev\">\n");
        int shown = 0;
        for (Evidence e : a.evidence()) {
            if (abridged && ++shown > ReportInput.EVIDENCE_SHOWN) {
                h.append("<li class=\"muted\">\u2026 ").append(a.evidence().size() - ReportInput.EVIDENCE_SHOWN)
                        .append(" more pieces of evidence (counted ones are in the explanation and in report.json)"
                                + "</li>\n");
                break;
            }
            Attribution at = e.attribution();
            Article art = articles.get(at.articleId());
            String sym = switch (e.role()) {
                case SUPPORTS -> "+";
                case OPPOSES -> "\u2212";
                case SILENT -> "\u25CB";
            };
            h.append("<li><span class=\"role r-").append(e.role().name()).append("\" title=\"")
                    .append(e.role().name().toLowerCase(Locale.ROOT)).append("\">").append(sym).append("</span>")
                    .append(art == null ? Html.escape(at.contentText()) : SentencePainter.paint(at, art.body()))
                    .append("<br><span class=\"why\">").append(Html.escape(at.source().source().name()))
                    .append(" \u00B7 ").append(Html.escape(e.outlet()));
            if (art != null && !art.title().isEmpty()) {
                h.append(" \u00B7 \u201C").append(Html.escape(art.title())).append("\u201D");
            }
            if (art != null && art.published().isPresent()) {
                h.append(" \u00B7 ").append(Html.escape(art.published().get().toString()));
            }
            h.append(" \u00B7 ").append(Html.escape(e.reason()));
            if (e.counted()) {
                h.append(String.format(Locale.ROOT, " \u00B7 counted, weight %.2f", e.weight()));
            }
            h.append("</span></li>\n");
        }
        h.append("</ul>\n<details><summary>Explanation</summary><ol>\n");
        for (String line : ReportInput.explanationShown(a, abridged)) {
            h.append("<li>").append(Html.escape(line)).append("</li>\n");
        }
        h.append("</ol></details>\n</article>\n");
    }

    static String bar(double p, double lo, double hi) {
        return String.format(Locale.ROOT, "<span class=\"bar\" role=\"img\" aria-label=\"probability %.2f, interval"
                        + " %.2f to %.2f\"><span class=\"iv\" style=\"left:%.1f%%;width:%.1f%%\"></span>"
                        + "<span class=\"pt\" style=\"left:calc(%.1f%% - 1px)\"></span></span>", p, lo, hi,
                lo * 100, (hi - lo) * 100, p * 100);
    }

    private static String names(List<Source> sources) {
        List<String> n = new ArrayList<>();
        for (Source s : sources) {
            n.add(s.name());
        }
        return String.join(", ", n);
    }

    private static void opinions(StringBuilder h, ReportInput in) {
        List<String> rows = new ArrayList<>();
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            for (Attribution a : aa.attributions()) {
                if (!a.isFactual() && !(in.abridged() && rows.size() >= ReportInput.ROWS_SHOWN)) {
                    rows.add("<li>" + SentencePainter.paint(a, aa.article().body()) + "<br><span class=\"why\">"
                            + Html.escape(a.source().source().name()) + " \u00B7 " + Html.escape(aa.article()
                            .outlet()) + "</span></li>");
                }
            }
        }
        h.append("<section id=\"opinions\"><h2>Opinions (kept, not scored)</h2>\n");
        if (rows.isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<ul class=\"ev\">\n").append(String.join("\n", rows)).append("\n</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void sources(StringBuilder h, List<SourceSummary> sources) {
        h.append("<section id=\"sources\"><h2>Sources</h2>\n<table>\n<caption class=\"muted\">Reliability is the"
                + " mean of a Beta prior by source kind updated by resolved claims, with its 90% interval.</caption>\n"
                + "<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Kind</th><th scope=\"col\">Country</th>"
                + "<th scope=\"col\">Speaks for</th><th scope=\"col\" class=\"num\">Mentions</th>"
                + "<th scope=\"col\" class=\"num\">Claims</th><th scope=\"col\" class=\"num\">Reliability</th>"
                + "<th scope=\"col\">Interval</th><th scope=\"col\">Grade</th><th scope=\"col\" class=\"num\">"
                + "Resolved</th></tr></thead>\n<tbody>\n");
        for (SourceSummary s : sources) {
            h.append("<tr><th scope=\"row\">").append(Html.escape(s.source().name())).append("</th><td>")
                    .append(Html.escape(s.source().kind().label())).append("</td><td>")
                    .append(Html.escape(s.source().country())).append("</td><td>")
                    .append(Html.escape(s.source().root())).append("</td><td class=\"num\">").append(s.mentions())
                    .append("</td><td class=\"num\">").append(s.claims()).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.2f", s.reliability())).append("</td><td>")
                    .append(bar(s.reliability(), s.interval().lower(), s.interval().upper()))
                    .append(String.format(Locale.ROOT, " %.2f\u2013%.2f", s.interval().lower(), s.interval().upper()))
                    .append("</td><td class=\"grade\">").append(s.letter()).append("</td><td class=\"num\">")
                    .append(s.resolved()).append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void outlets(StringBuilder h, List<OutletSummary> outlets) {
        h.append("<section id=\"outlets\"><h2>Outlets</h2>\n<table>\n<thead><tr><th scope=\"col\">Outlet</th>"
                + "<th scope=\"col\" class=\"num\">Articles</th><th scope=\"col\" class=\"num\">Wire copies</th>"
                + "<th scope=\"col\" class=\"num\">Attributions</th><th scope=\"col\" class=\"num\">Named sources</th>"
                + "<th scope=\"col\" class=\"num\">Anonymous</th>"
                + "<th scope=\"col\" class=\"num\">Hedged</th><th scope=\"col\" class=\"num\">Direct quotes</th>"
                + "<th scope=\"col\" class=\"num\">State-media relays</th><th scope=\"col\" class=\"num\">Claims</th>"
                + "</tr></thead>\n<tbody>\n");
        for (OutletSummary o : outlets) {
            h.append("<tr><th scope=\"row\">").append(Html.escape(o.outlet())).append("</th><td class=\"num\">")
                    .append(o.articles()).append("</td><td class=\"num\">").append(o.wireCopies())
                    .append("</td><td class=\"num\">").append(o.attributions()).append("</td><td class=\"num\">")
                    .append(pct(o.namedShare())).append("</td><td class=\"num\">").append(pct(o.anonymousShare()))
                    .append("</td><td class=\"num\">").append(pct(o.hedgedShare()))
                    .append("</td><td class=\"num\">").append(pct(o.directShare())).append("</td><td class=\"num\">")
                    .append(o.stateMediaRelays()).append("</td><td class=\"num\">").append(o.claims())
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void copies(StringBuilder h, ReportInput in) {
        Map<String, List<Article>> groups = new LinkedHashMap<>();
        Map<String, Article> byId = new HashMap<>();
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            byId.put(aa.article().id(), aa.article());
        }
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            String g = in.corroboration().wireGroups().getOrDefault(aa.article().id(), aa.article().id());
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(aa.article());
        }
        h.append("<section id=\"copies\"><h2>Copies of one story</h2>\n<p class=\"muted\">Articles whose text is"
                + " nearly the same (a wire story reprinted): their unattributed statements count as one origin."
                + "</p>\n");
        boolean any = false;
        int shownGroups = 0;
        for (Map.Entry<String, List<Article>> e : groups.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            if (in.abridged() && ++shownGroups > ReportInput.ROWS_SHOWN) {
                h.append("<p class=\"muted\">(only the first ").append(ReportInput.ROWS_SHOWN)
                        .append(" groups are shown)</p>\n");
                break;
            }
            any = true;
            Article first = byId.get(e.getKey());
            h.append("<p><strong>").append(Html.escape(first == null ? e.getKey() : first.title()))
                    .append("</strong>: ");
            List<String> outs = new ArrayList<>();
            for (Article a : e.getValue()) {
                outs.add(Html.escape(a.outlet()) + " (" + Html.escape(a.id()) + ")");
            }
            h.append(String.join(", ", outs)).append("</p>\n");
        }
        if (!any) {
            h.append("<p>None found.</p>\n");
        }
        h.append("</section>\n");
    }

    static void ingest(StringBuilder h, IngestSummary s, List<Diagnostic> diagnostics) {
        h.append("<section id=\"ingest\"><h2>Ingest diagnostics</h2>\n<p>").append(s.files()).append(" files, ")
                .append(s.filesFailed()).append(" unreadable; ").append(s.articles()).append(" articles; ")
                .append(s.duplicates()).append(" duplicates left out; ").append(s.skipped()).append(" skipped; ")
                .append(s.errors()).append(" errors, ").append(s.warnings()).append(" warnings.</p>\n");
        if (!diagnostics.isEmpty()) {
            h.append("<table><thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Severity</th>"
                    + "<th scope=\"col\">Kind</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
            for (Diagnostic d : diagnostics) {
                h.append("<tr><td>").append(Html.escape(d.location().toString())).append("</td><td>")
                        .append(d.severity().name().toLowerCase(Locale.ROOT)).append("</td><td>")
                        .append(Html.escape(d.kind())).append("</td><td>").append(Html.escape(d.message()));
                if (!d.snippet().isEmpty()) {
                    h.append("<br><code>").append(Html.escape(d.snippet())).append("</code>");
                }
                h.append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
