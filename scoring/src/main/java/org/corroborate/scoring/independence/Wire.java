package org.corroborate.scoring.independence;

import java.util.Comparator;
import org.corroborate.core.Article;
import org.corroborate.core.Published;

/** Orderings shared by the independence code. */
public final class Wire {

    /** Earliest publication first (undated last), then by id: the order in which a story's copies appeared. */
    public static final Comparator<Article> EARLIEST_FIRST = Comparator
            .comparing((Article a) -> a.published().map(Published::toInstant).orElse(java.time.Instant.MAX))
            .thenComparing(Article::id);

    private Wire() {
    }
}
