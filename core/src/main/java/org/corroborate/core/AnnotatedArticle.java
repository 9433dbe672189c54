package org.corroborate.core;

import java.util.List;
import java.util.Objects;

/**
 * An article with the attributions found in it.
 *
 * @param article      the article
 * @param attributions its attributions, in order of their content's start; each has {@code articleId} equal to
 *                     the article's id; copied, unless it is an {@link AttributionList} (made when asked for), which
 *                     is kept as it is
 */
public record AnnotatedArticle(Article article, List<Attribution> attributions) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        if (attributions instanceof AttributionList l) {
            if (!l.isEmpty() && !l.articleId().equals(article.id())) {
                throw new IllegalArgumentException("Attributions of article " + l.articleId() + " given to article "
                        + article.id());
            }
        } else {
            attributions = List.copyOf(attributions);
            for (Attribution a : attributions) {
                if (!a.articleId().equals(article.id())) {
                    throw new IllegalArgumentException("Attribution " + a.id() + " belongs to article "
                            + a.articleId() + ", not " + article.id());
                }
            }
        }
    }
}
