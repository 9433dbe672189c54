package org.corroborate.store;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.Hedge;
import org.corroborate.core.Published;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;

/** Small hand-made articles with attributions, without the extractor. */
final class StoreFixtures {

    static final Source NIS = new Source("kr-nis", "NIS", SourceKind.INTELLIGENCE_AGENCY, "KR", List.of("spy agency"),
            "kr-government");
    static final Source WEST = new Source("western-intelligence", "Western intelligence",
            SourceKind.INTELLIGENCE_AGENCY, "", List.of(), "");
    static final Source MOSCOW = new Source("ru-government", "Moscow", SourceKind.GOVERNMENT, "RU", List.of(), "");

    private StoreFixtures() {
    }

    /** One sentence per part: "NAME said CONTENT." */
    static AnnotatedArticle article(String id, String outlet, String date, Object... parts) {
        StringBuilder body = new StringBuilder();
        List<Attribution> attrs = new ArrayList<>();
        for (int i = 0; i < parts.length; i += 3) {
            Source s = (Source) parts[i];
            Stance stance = (Stance) parts[i + 1];
            String content = (String) parts[i + 2];
            int start = body.length();
            body.append(s.name()).append(" said ");
            int cs = body.length();
            body.append(content);
            int ce = body.length();
            body.append(". ");
            List<Hedge> hedges = content.contains("reportedly")
                    ? List.of(new Hedge(Span.of(cs, cs + 10), "reportedly", 0.3)) : List.of();
            attrs.add(new Attribution(id + "#" + (i / 3 + 1), id,
                    new SourceMention(Span.of(start, start + s.name().length()), s.name(), s),
                    new Cue(Span.of(start + s.name().length() + 1, cs - 1), "said", "say", CueKind.REPORTING_VERB),
                    Span.of(cs, ce), content, Span.of(start, ce + 1), stance, hedges, List.of(), QuoteType.INDIRECT,
                    ContentKind.FACTUAL, List.of("KR", "RU")));
        }
        Article a = Article.builder().id(id).url("https://" + outlet + ".example/" + id).outlet(outlet)
                .published(Published.parse(date).orElseThrow()).title("Title of " + id).body(body.toString())
                .build();
        return new AnnotatedArticle(a, attrs);
    }

    /** Two weeks of news about one claim, carried by two origins, and one single-source claim. */
    static List<AnnotatedArticle> corpus() {
        return List.of(
                article("a1", "alpha", "2025-02-24T08:00:00Z",
                        NIS, Stance.ASSERTS, "North Korean troops were sent to the Kursk region of Russia"),
                article("a2", "beta", "2025-02-25T09:30:00+09:00",
                        WEST, Stance.ASSERTS, "North Korean troops were sent to the Kursk region of Russia",
                        MOSCOW, Stance.DOES_NOT_CONFIRM, "troops sent to Kursk"),
                article("a3", "alpha", "2025-03-04",
                        NIS, Stance.ASSERTS, "reportedly three hundred soldiers were killed near the Ukrainian border"));
    }
}
