package org.corroborate.ingest;

import java.net.URI;
import java.util.Locale;
import org.corroborate.core.Article;
import org.corroborate.ingest.internal.Hashing;

/**
 * Fills what an input left out, the same way for every reader: the outlet (from the data, else
 * {@code --outlet}, else the URL's domain, else {@code unknown}) and the id (from the data, else a hash of URL,
 * title and body).
 */
public final class ArticleDefaults {

    private ArticleDefaults() {
    }

    /** Completes {@code b} and builds the article. */
    public static Article complete(Article.Builder b, ReadOptions options) {
        if (b.outlet() == null || b.outlet().isBlank() || b.outlet().equals(Article.UNKNOWN_OUTLET)) {
            String outlet = options.outlet().filter(o -> !o.isBlank())
                    .orElseGet(() -> domainOf(b.url()).isEmpty() ? Article.UNKNOWN_OUTLET : domainOf(b.url()));
            b.outlet(outlet);
        }
        if (b.id() == null || b.id().isBlank()) {
            b.id(Hashing.shortSha256(b.url() + '\n' + b.title() + '\n' + b.body()));
        }
        return b.build();
    }

    /** The host of {@code url} without {@code www.}, lower case; empty when it has none. */
    public static String domainOf(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
