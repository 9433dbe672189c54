package org.corroborate.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.ClaimStatus;
import org.corroborate.report.ReportInput;
import org.corroborate.report.html.internal.ClaimView;
import org.corroborate.report.html.internal.ReportPage;
import org.corroborate.report.html.internal.SourceRow;
import org.corroborate.report.html.internal.Templates;
import org.corroborate.scoring.OutletSummary;
import org.corroborate.scoring.SourceSummary;

/**
 * Writes {@code report.html}: one self-contained file (inline CSS, no script, no network) that reads well on screen
 * and on paper. A Content-Security-Policy meta tag forbids any script and any remote load. The page is the jte
 * template {@code report.jte}, which escapes every piece of input text, so nothing an article says can run in the
 * reader's browser.
 */
public final class HtmlReportWriter {

    private final int claimsShown;
    private final int sourcesShown;

    /**
     * A writer whose abridged reports show at most {@link ReportInput#CLAIMS_SHOWN} claims and
     * {@link ReportInput#SOURCES_SHOWN} sources.
     */
    public HtmlReportWriter() {
        this(ReportInput.CLAIMS_SHOWN);
    }

    /** A writer whose abridged reports show at most {@code claimsShown} claims (at least 1). */
    public HtmlReportWriter(int claimsShown) {
        this(claimsShown, ReportInput.SOURCES_SHOWN);
    }

    /**
     * A writer whose abridged reports show at most {@code claimsShown} claims and the {@code sourcesShown} most
     * mentioned sources (each at least 1).
     */
    public HtmlReportWriter(int claimsShown, int sourcesShown) {
        if (claimsShown < 1) {
            throw new IllegalArgumentException("claimsShown must be >= 1, got " + claimsShown);
        }
        if (sourcesShown < 1) {
            throw new IllegalArgumentException("sourcesShown must be >= 1, got " + sourcesShown);
        }
        this.claimsShown = claimsShown;
        this.sourcesShown = sourcesShown;
    }

    /** Writes the report, streaming it to {@code out}. */
    public void write(ReportInput in, Writer out) throws IOException {
        Templates.render("report.jte", page(in, claimsShown, sourcesShown), out);
    }

    static ReportPage page(ReportInput in) {
        return page(in, ReportInput.CLAIMS_SHOWN, ReportInput.SOURCES_SHOWN);
    }

    static ReportPage page(ReportInput in, int claimsShown, int sourcesShown) {
        var c = in.corroboration();
        String counts = ClaimStatus.tally(() -> c.assessments().stream().map(Assessment::status).iterator());
        int attributions = 0;
        for (AnnotatedArticle aa : c.articles()) {
            attributions += aa.attributions().size();
        }
        Map<String, Article> articles = Views.articlesById(c.articles());
        List<ClaimView> claims = new ArrayList<>();
        List<Assessment> shown = claimsShown(in, claimsShown);
        for (Assessment a : shown) {
            claims.add(Views.claim(a, id -> {
                Article art = articles.get(id);
                return art == null ? null : in.withBody(art);
            }, articles::get, in.abridged(), in.explanationShown(a), c.joint().confidence(a.claim().id()), false,
                    Optional.empty()));
        }
        List<SourceRow> sources = new ArrayList<>();
        for (SourceSummary s : c.sources()) {
            if (in.abridged() && sources.size() >= sourcesShown) {
                break; // the most mentioned come first
            }
            sources.add(Views.source(s));
        }
        List<ReportPage.OutletRow> outlets = new ArrayList<>();
        for (OutletSummary o : c.outlets()) {
            outlets.add(new ReportPage.OutletRow(o.outlet(), o.articles(), o.wireCopies(), o.attributions(),
                    Views.pct(o.namedShare()), Views.pct(o.anonymousShare()), Views.pct(o.hedgedShare()),
                    Views.pct(o.directShare()), o.stateMediaRelays(), o.claims()));
        }
        List<ReportPage.CopyGroup> copies = new ArrayList<>();
        int copiesShown = copies(in, articles, copies);
        return new ReportPage(in.generatedAt(), String.join(", ", in.inputs()), c.articles().size(),
                c.outlets().size(), attributions, c.assessments().size(), counts,
                c.sources().size(), in.ingest().errors(), claims, opinions(in), sources, outlets, copies, copiesShown,
                Views.ingest(in.ingest(), in.diagnostics()), c.assessments().size() - shown.size(),
                c.sources().size() - sources.size());
    }

    /** The claims the page shows ({@link ReportInput#claimsShown}). */
    static List<Assessment> claimsShown(ReportInput in, int max) {
        return in.claimsShown(max);
    }

    /** The attributions that are opinion, at most {@link ReportInput#ROWS_SHOWN} in an abridged report. */
    private static List<ReportPage.Opinion> opinions(ReportInput in) {
        List<ReportPage.Opinion> rows = new ArrayList<>();
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            if (in.abridged() && rows.size() >= ReportInput.ROWS_SHOWN) {
                break; // no more rows: the remaining attributions are not made (a large run makes each from disk)
            }
            for (Attribution a : aa.attributions()) {
                if (!a.isFactual() && !(in.abridged() && rows.size() >= ReportInput.ROWS_SHOWN)) {
                    rows.add(new ReportPage.Opinion(SentencePainter.paint(a, in.withBody(aa.article()).body()),
                            a.source().source().name(), aa.article().outlet()));
                }
            }
        }
        return rows;
    }

    /**
     * Adds to {@code out} the groups of copies of one story (two articles or more), at most
     * {@link ReportInput#ROWS_SHOWN} in an abridged report; returns that limit if groups were left out, else 0.
     */
    private static int copies(ReportInput in, Map<String, Article> byId, List<ReportPage.CopyGroup> out) {
        Map<String, List<Article>> groups = new LinkedHashMap<>();
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            String g = in.corroboration().wireGroups().getOrDefault(aa.article().id(), aa.article().id());
            groups.computeIfAbsent(g, k -> new ArrayList<>()).add(aa.article());
        }
        for (Map.Entry<String, List<Article>> e : groups.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            if (in.abridged() && out.size() >= ReportInput.ROWS_SHOWN) {
                return ReportInput.ROWS_SHOWN;
            }
            Article first = byId.get(e.getKey());
            List<String> members = new ArrayList<>();
            for (Article a : e.getValue()) {
                members.add(a.outlet() + " (" + a.id() + ")");
            }
            out.add(new ReportPage.CopyGroup(first == null ? e.getKey() : first.title(), String.join(", ", members)));
        }
        return 0;
    }
}
