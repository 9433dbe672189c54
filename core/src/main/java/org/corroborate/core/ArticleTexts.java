package org.corroborate.core;

/**
 * An article's URL and title kept where the article was stored (e.g. a file) and read back each time they are asked
 * for: what lets a large run keep them out of the heap ({@link Article#withTexts}). Implementations must give the
 * same texts at every call, from any thread.
 */
public interface ArticleTexts {

    /** The article's URL, or empty. */
    String url();

    /** The article's title, or empty. */
    String title();
}
