package org.corroborate.ingest.extract;

import java.util.List;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;

/**
 * Finds who claims what in an article.
 *
 * <p>Contract: returns the article's attributions in order of their content's start, each with spans into
 * {@link Article#body()} exactly as given; never throws for any text. Implementations are thread-safe.
 */
public interface AttributionExtractor {

    List<Attribution> extract(Article article);
}
