package org.corroborate.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Verdict;
import org.corroborate.report.EarlierEvidence;
import org.corroborate.report.WeeklyInput;
import org.corroborate.report.html.WeeklyHtmlWriter;

/**
 * Writes a weekly {@code report.json}: the {@value JsonReportWriter#SCHEMA} report of the week's articles plus the
 * keys {@code week}, {@code verdicts}, {@code review_queue}, {@code outlet_reliability} and {@code trends}, and
 * {@code earlier_evidence} in each claim with evidence published before the week (documented in
 * {@code docs/FORMATS.md}). Same input, same bytes.
 */
public final class WeeklyJsonWriter {

    private final JsonReportWriter base = new JsonReportWriter();

    /** The weekly report as a JSON tree. */
    public ObjectNode toTree(WeeklyInput in) {
        ObjectNode root = base.toTree(in.report());
        root.put("week", in.week().toString());
        root.put("week_start", in.week().monday().toString());
        root.put("week_end", in.week().sunday().toString());
        if (in.earlierWeeks() == WeeklyInput.EVERY_EARLIER_WEEK) {
            root.put("earlier_weeks", "all");
        } else {
            root.put("earlier_weeks", in.earlierWeeks());
        }
        ArrayNode earlier = root.putArray("earlier_articles");
        in.earlierArticles().forEach(earlier::add);
        earlierEvidence(in, (ArrayNode) root.get("claims"));
        ArrayNode verdicts = root.putArray("verdicts");
        for (Assessment a : in.report().corroboration().assessments()) {
            Verdict v = in.verdicts().get(a.claim().id());
            if (v != null) {
                verdicts.add(verdict(v));
            }
        }
        ArrayNode queue = root.putArray("review_queue");
        for (Assessment a : WeeklyHtmlWriter.reviewQueue(in)) {
            queue.add(a.claim().id());
        }
        ArrayNode outlets = root.putArray("outlet_reliability");
        for (WeeklyInput.OutletReliability o : in.outlets()) {
            ObjectNode n = outlets.addObject();
            n.put("outlet", o.outlet());
            n.put("reliability", JsonFormat.round(o.mean()));
            n.set("interval", JsonFormat.interval(o.interval()));
            n.put("confirmed", o.confirmed());
            n.put("refuted", o.refuted());
        }
        ArrayNode trends = root.putArray("trends");
        for (WeeklyInput.WeekPoint p : in.trends()) {
            ObjectNode n = trends.addObject();
            n.put("week", p.week().toString());
            n.put("articles", p.articles());
            n.put("claims", p.claims());
            ObjectNode by = n.putObject("by_status");
            for (ClaimStatus s : ClaimStatus.values()) {
                by.put(s.name(), p.byStatus().getOrDefault(s, 0));
            }
            ObjectNode rel = n.putObject("outlet_reliability");
            new java.util.TreeMap<>(p.reliability()).forEach((k, v) -> rel.put(k, JsonFormat.round(v)));
        }
        return root;
    }

    /**
     * Adds {@code earlier_evidence} to each claim of {@code claims} (the report's, in its order) that has evidence
     * published before the week: {@link EarlierEvidence} of the claim, the sums of its pieces of evidence whose
     * article is in {@code earlier_articles}.
     */
    private static void earlierEvidence(WeeklyInput in, ArrayNode claims) {
        Map<String, Article> articles = new HashMap<>();
        for (AnnotatedArticle aa : in.report().corroboration().articles()) {
            articles.put(aa.article().id(), aa.article());
        }
        List<Assessment> assessments = in.report().corroboration().assessments();
        for (int i = 0; i < assessments.size(); i++) {
            EarlierEvidence e = EarlierEvidence.of(assessments.get(i), articles::get, in.week());
            if (!e.isEmpty()) {
                ObjectNode n = ((ObjectNode) claims.get(i)).putObject("earlier_evidence");
                n.put("before", e.before().toString());
                counts(n, e.pieces(), e.articles(), e.counted(), e.opposing(), e.first(), e.last());
                ArrayNode by = n.putArray("by_outlet");
                for (EarlierEvidence.Outlet o : e.byOutlet()) {
                    ObjectNode on = by.addObject();
                    on.put("outlet", o.outlet());
                    counts(on, o.pieces(), o.articles(), o.counted(), o.opposing(), o.first(), o.last());
                }
            }
        }
    }

    private static void counts(ObjectNode n, int pieces, int articles, int counted, int opposing,
                               java.time.LocalDate first, java.time.LocalDate last) {
        n.put("pieces", pieces);
        n.put("articles", articles);
        n.put("counted", counted);
        n.put("opposing", opposing);
        n.put("first", first.toString());
        n.put("last", last.toString());
    }

    /** One verdict as JSON: {@code claim_id, verdict, reviewer, note, decided_at}. */
    public static ObjectNode verdict(Verdict v) {
        ObjectNode n = JsonFormat.object();
        n.put("claim_id", v.claimId());
        n.put("verdict", v.outcome().label());
        n.put("reviewer", v.reviewer());
        n.put("note", v.note());
        n.put("decided_at", v.decidedAt().toString());
        return n;
    }

    /** Writes the weekly report. */
    public void write(WeeklyInput in, Writer out) throws IOException {
        base.writeTree(toTree(in), out);
    }

}
