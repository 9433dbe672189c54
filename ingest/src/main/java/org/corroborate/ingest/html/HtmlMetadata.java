package org.corroborate.ingest.html;

import java.util.Objects;
import java.util.Optional;
import org.corroborate.core.Published;

/**
 * What an HTML page says about its article, apart from the body. Text fields the page does not give are empty.
 *
 * @param title        headline, without a site-name suffix when it came from {@code <title>}
 * @param byline       author line, as the page gives it
 * @param published    publication time, when the page gives one that parses
 * @param siteName     the publishing outlet's name as the page gives it (JSON-LD {@code publisher.name},
 *                     {@code og:site_name}), or empty; never the domain
 * @param canonicalUrl {@code <link rel=canonical>}, else {@code og:url}, else the base URL, made absolute; or empty
 * @param language     BCP 47 tag from {@code <html lang>} or a {@code Content-Language} meta, or empty
 * @param excerpt      the page's description, or empty
 */
public record HtmlMetadata(String title, String byline, Optional<Published> published, String siteName,
                           String canonicalUrl, String language, String excerpt) {

    public HtmlMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(excerpt, "excerpt");
    }
}
