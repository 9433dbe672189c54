package org.corroborate.core;

import java.util.List;
import java.util.Objects;

/**
 * An article with the attributions found in it.
 *
 * @param article      the article
 * @param attributions its attributions, in order of their content's start; each has {@code articleId} equal to
 *                     the article's id
 */
public record AnnotatedArticle(Article article, List<Attribution> attributions) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        attributions = List.copyOf(attributions);
        for (Attribution a : attributions) {
            if (!a.articleId().equals(article.id())) {
                throw new IllegalArgumentException("Attribution " + a.id() + " belongs to article " + a.articleId()
                        + ", not " + article.id());
            }
        }
    }
}
