package org.corroborate.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.Evidence;
import org.corroborate.core.Published;
import org.corroborate.core.Verdict;
import org.corroborate.report.WeeklyInput;

/**
 * Writes {@code claimreview.jsonld}: a JSON-LD array with one schema.org {@code ClaimReview} for every claim of the
 * week that has a reviewer's verdict. The rating is 1 (refuted, "False"), 2 (unresolvable, "Unresolvable") or 3
 * (confirmed, "True"), on a scale of 1 to 3; the claim's appearances are the articles that carried it.
 */
public final class ClaimReviewWriter {

    private final JsonReportWriter base = new JsonReportWriter();

    /** The ClaimReview documents, claims in report order. */
    public ArrayNode toTree(WeeklyInput in) {
        Map<String, Article> articles = new HashMap<>();
        for (AnnotatedArticle aa : in.report().corroboration().articles()) {
            articles.put(aa.article().id(), aa.article());
        }
        ArrayNode out = JsonFormat.array();
        for (Assessment a : in.report().corroboration().assessments()) {
            Verdict v = in.verdicts().get(a.claim().id());
            if (v == null) {
                continue;
            }
            ObjectNode r = out.addObject();
            r.put("@context", "https://schema.org");
            r.put("@type", "ClaimReview");
            r.put("identifier", a.claim().id());
            r.put("claimReviewed", a.claim().statement());
            r.put("datePublished", v.decidedAt().toLocalDate().toString());
            ObjectNode author = r.putObject("author");
            author.put("@type", "Person");
            author.put("name", v.reviewer());
            ObjectNode rating = r.putObject("reviewRating");
            rating.put("@type", "Rating");
            rating.put("ratingValue", switch (v.outcome()) {
                case REFUTED -> 1;
                case UNRESOLVABLE -> 2;
                case CONFIRMED -> 3;
            });
            rating.put("bestRating", 3);
            rating.put("worstRating", 1);
            rating.put("alternateName", switch (v.outcome()) {
                case REFUTED -> "False";
                case UNRESOLVABLE -> "Unresolvable";
                case CONFIRMED -> "True";
            });
            if (!v.note().isEmpty()) {
                rating.put("ratingExplanation", v.note());
            }
            ObjectNode item = r.putObject("itemReviewed");
            item.put("@type", "Claim");
            List<Article> carriers = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Evidence e : a.evidence()) {
                Article art = articles.get(e.attribution().articleId());
                if (art != null && seen.add(art.id())) {
                    carriers.add(art);
                }
            }
            carriers.sort(Comparator.comparing((Article x) -> x.published().orElse(null),
                    Comparator.nullsLast(Comparator.<Published>naturalOrder())).thenComparing(Article::id));
            ArrayNode appearance = item.putArray("appearance");
            for (Article art : carriers) {
                ObjectNode w = appearance.addObject();
                w.put("@type", "NewsArticle");
                // a kept article's URL and title may be read back from disk: once each
                String url = art.url();
                String title = art.title();
                if (!url.isEmpty()) {
                    w.put("url", url);
                }
                if (!title.isEmpty()) {
                    w.put("headline", title);
                }
                art.published().ifPresent(p -> w.put("datePublished", p.toString()));
                ObjectNode pub = w.putObject("publisher");
                pub.put("@type", "Organization");
                pub.put("name", art.outlet());
            }
            if (!carriers.isEmpty() && carriers.get(0).published().isPresent()) {
                item.put("datePublished", carriers.get(0).published().get().toString());
            }
        }
        return out;
    }

    public void write(WeeklyInput in, Writer out) throws IOException {
        base.writeTree(toTree(in), out);
    }
}
