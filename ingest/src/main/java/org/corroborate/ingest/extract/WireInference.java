package org.corroborate.ingest.extract;

import java.util.List;
import java.util.Set;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;

/**
 * Credits a wire agency from the article's own words when the input did not: a source that "told AFP" or spoke to
 * "reporters, including AFP" means the copy is AFP's. The outlet, when unknown, becomes the agency.
 */
public final class WireInference {

    private static final Set<String> WIRES = Set.of("afp", "ap", "reuters", "dpa", "kyodo", "yonhap", "upi", "efe",
            "ansa", "pa", "cn-xinhua", "ru-tass", "interfax");

    private WireInference() {
    }

    /** The article with {@code wire} (and an unknown outlet) filled from its relays, or the article unchanged. */
    public static Article apply(Article article, List<Attribution> attributions) {
        if (!article.wire().isEmpty()) {
            return article;
        }
        for (Attribution a : attributions) {
            if (a.relay().size() < 2 || !(a.cue().lemma().equals("tell") || a.cue().lemma().equals("brief"))) {
                continue;
            }
            Source last = a.relay().get(a.relay().size() - 1);
            if (last.kind() == SourceKind.NEWS_OUTLET && WIRES.contains(last.id())) {
                Article.Builder b = article.toBuilder().wire(last.name());
                if (article.outlet().equals(Article.UNKNOWN_OUTLET)) {
                    b.outlet(last.name());
                }
                return b.build();
            }
        }
        return article;
    }
}
