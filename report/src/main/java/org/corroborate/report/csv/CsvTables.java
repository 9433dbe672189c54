package org.corroborate.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.Source;
import org.corroborate.core.Verdict;
import org.corroborate.report.ReportInput;
import org.corroborate.scoring.OutletSummary;
import org.corroborate.scoring.SourceSummary;

/**
 * Writes a report's tables as CSV (RFC 4180: comma, CRLF, quotes doubled, UTF-8): {@code claims.csv},
 * {@code attributions.csv}, {@code sources.csv}, {@code outlets.csv}. Safe to open in a spreadsheet: a cell that
 * starts with {@code = + - @}, a tab or a carriage return is prefixed with {@code '} so it is never run as a formula.
 */
public final class CsvTables {

    private CsvTables() {
    }

    /** One cell, neutralised and quoted when needed. */
    public static String cell(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip())) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static void row(Writer w, Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            Object c = cells[i];
            w.write(c instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : cell(String.valueOf(c)));
        }
        w.write("\r\n");
    }

    /**
     * {@code claim_id,status,probability,interval_lower,interval_upper,grade,origins,verdict,reviewer,statement,
     * values,values_disputed} ({@code values} joined with {@code " / "}).
     */
    public static void claims(ReportInput in, Map<String, Verdict> verdicts, Writer w) throws IOException {
        row(w, "claim_id", "status", "probability", "interval_lower", "interval_upper", "grade", "origins", "verdict",
                "reviewer", "statement", "values", "values_disputed");
        for (Assessment a : in.corroboration().assessments()) {
            Verdict v = verdicts.get(a.claim().id());
            row(w, a.claim().id(), a.status().name(), a.probability(), a.interval().lower(), a.interval().upper(),
                    a.grade().toString(), a.origins(), v == null ? "" : v.outcome().label(),
                    v == null ? "" : v.reviewer(), a.claim().statement(), String.join(" / ", a.claim().values()),
                    a.valuesDisputed());
        }
    }

    /**
     * {@code attribution_id,article_id,outlet,published,source_id,source,origin_id,stance,quote,kind,hedged,cue,
     * content,claim_id,role,counted,superseded,negation}: the last five from the evidence the attribution is in
     * (empty for an attribution no claim carries, such as an opinion).
     */
    public static void attributions(ReportInput in, Writer w) throws IOException {
        row(w, "attribution_id", "article_id", "outlet", "published", "source_id", "source", "origin_id", "stance",
                "quote", "kind", "hedged", "cue", "content", "claim_id", "role", "counted", "superseded", "negation");
        Map<String, Object[]> evidence = new java.util.HashMap<>();
        for (Assessment a : in.corroboration().assessments()) {
            java.util.Set<String> negations = new java.util.HashSet<>(a.claim().negations());
            for (org.corroborate.core.Evidence e : a.evidence()) {
                String id = e.attribution().id();
                evidence.putIfAbsent(id, new Object[] {a.claim().id(), e.role().name(), e.counted(), e.superseded(),
                    negations.contains(id)});
            }
        }
        Object[] none = {"", "", "", "", ""};
        for (AnnotatedArticle aa : in.corroboration().articles()) {
            for (Attribution a : aa.attributions()) {
                Object[] e = evidence.getOrDefault(a.id(), none);
                row(w, a.id(), a.articleId(), aa.article().outlet(),
                        aa.article().published().map(Object::toString).orElse(""), a.source().source().id(),
                        a.source().source().name(), a.origin().id(), a.stance().name(), a.quote().name(),
                        a.contentKind().name(), !a.hedges().isEmpty(), a.cue().text(), a.contentText(), e[0], e[1],
                        e[2], e[3], e[4]);
            }
        }
    }

    /** {@code source_id,name,kind,country,speaks_for,mentions,claims,reliability,interval_lower,interval_upper,letter,resolved}. */
    public static void sources(List<SourceSummary> sources, Writer w) throws IOException {
        row(w, "source_id", "name", "kind", "country", "speaks_for", "mentions", "claims", "reliability",
                "interval_lower", "interval_upper", "letter", "resolved");
        for (SourceSummary s : sources) {
            Source src = s.source();
            row(w, src.id(), src.name(), src.kind().name(), src.country(), src.root(), s.mentions(), s.claims(),
                    s.reliability(), s.interval().lower(), s.interval().upper(), String.valueOf(s.letter()),
                    s.resolved());
        }
    }

    /** {@code outlet,articles,wire_copies,attributions,named_share,hedged_share,direct_share,state_media_relays,claims}. */
    public static void outlets(List<OutletSummary> outlets, Writer w) throws IOException {
        row(w, "outlet", "articles", "wire_copies", "attributions", "named_share", "hedged_share", "direct_share",
                "state_media_relays", "claims");
        for (OutletSummary o : outlets) {
            row(w, o.outlet(), o.articles(), o.wireCopies(), o.attributions(), o.namedShare(), o.hedgedShare(),
                    o.directShare(), o.stateMediaRelays(), o.claims());
        }
    }
}
