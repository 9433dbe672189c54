package org.corroborate.scoring;

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

/** Builds small articles with attributions by hand, without the extractor (also for the {@code cluster} tests). */
public final class Fixtures {

    static final Source NIS = new Source("kr-nis", "NIS", SourceKind.INTELLIGENCE_AGENCY, "KR", List.of(),
            "kr-government");
    static final Source SEOUL = new Source("kr-government", "Seoul", SourceKind.GOVERNMENT, "KR", List.of(), "");
    static final Source WEST = new Source("western-intelligence", "Western intelligence",
            SourceKind.INTELLIGENCE_AGENCY, "", List.of(), "");
    static final Source KYIV = new Source("ua-government", "Kyiv", SourceKind.GOVERNMENT, "UA", List.of(), "");
    static final Source MOSCOW = new Source("ru-government", "Moscow", SourceKind.GOVERNMENT, "RU", List.of(), "");
    static final Source PYONGYANG = new Source("kp-government", "Pyongyang", SourceKind.GOVERNMENT, "KP", List.of(),
            "");
    static final Source AFP = new Source("afp", "AFP", SourceKind.NEWS_OUTLET, "FR", List.of(), "");

    private Fixtures() {
    }

    /** An article whose body is the given contents, one sentence each, each attributed as given. */
    public static final class ArticleBuilder {
        private final String id;
        private final String outlet;
        private final String date;
        private final StringBuilder body = new StringBuilder();
        private final List<Object[]> parts = new ArrayList<>();
        private String claimId;

        ArticleBuilder(String id, String outlet, String date) {
            this.id = id;
            this.outlet = outlet;
            this.date = date;
        }

        /** The tracked claim the article names ({@link Article#claimId()}). */
        public ArticleBuilder claimId(String claimId) {
            this.claimId = claimId;
            return this;
        }

        public ArticleBuilder says(Source s, Stance stance, String content, List<String> countries, double hedge,
                                   Source... relay) {
            parts.add(new Object[] {s, stance, content, countries, hedge, relay, "said", "say"});
            return this;
        }

        /**
         * The cue of the attribution added last, instead of {@code said} (lemma {@code say}): {@code denied}, lemma
         * {@code deny}, makes its content the complement of a verb of denial. The content still follows the cue.
         */
        public ArticleBuilder cue(String text, String lemma) {
            Object[] last = parts.get(parts.size() - 1);
            last[6] = text;
            last[7] = lemma;
            return this;
        }

        ArticleBuilder says(Source s, String content, String... countries) {
            return says(s, Stance.ASSERTS, content, List.of(countries), 0);
        }

        public AnnotatedArticle build() {
            List<Attribution> attrs = new ArrayList<>();
            int n = 0;
            for (Object[] p : parts) {
                Source s = (Source) p[0];
                String content = (String) p[2];
                int start = body.length();
                body.append(s.name()).append(' ').append((String) p[6]).append(' ');
                int cs = body.length();
                body.append(content);
                int ce = body.length();
                body.append(". ");
                double hedge = (Double) p[4];
                List<Hedge> hedges = hedge > 0 ? List.of(new Hedge(Span.of(cs, cs + 1), "reportedly", hedge))
                        : List.of();
                Source[] relay = (Source[]) p[5];
                @SuppressWarnings("unchecked")
                List<String> countries = (List<String>) p[3];
                attrs.add(new Attribution(id + "#" + (++n), id,
                        new SourceMention(Span.of(start, start + s.name().length()), s.name(), s),
                        new Cue(Span.of(start + s.name().length() + 1, cs - 1), (String) p[6], (String) p[7],
                                CueKind.REPORTING_VERB), Span.of(cs, ce), content, Span.of(start, ce + 1),
                        (Stance) p[1], hedges, List.of(relay), QuoteType.INDIRECT, ContentKind.FACTUAL, countries));
            }
            Article.Builder a = Article.builder().id(id).outlet(outlet).published(Published.parse(date).orElseThrow())
                    .body(body.toString());
            if (claimId != null) {
                a.claimId(claimId);
            }
            return new AnnotatedArticle(a.build(), attrs);
        }
    }

    public static ArticleBuilder article(String id, String outlet, String date) {
        return new ArticleBuilder(id, outlet, date);
    }
}
