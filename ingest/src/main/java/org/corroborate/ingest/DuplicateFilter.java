package org.corroborate.ingest;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.ingest.internal.Hashing;

/**
 * Tells the articles of a batch that were already read: the same id, else the same canonical URL, else the same
 * outlet and body (whitespace runs collapsed). Identical bodies from different outlets (wire copies) are not
 * duplicates, since scoring needs to see them. The {@link Ingestor} uses one per batch; an engine that reads the
 * inputs of a batch in pieces (on a cluster) reads them without this check and runs the pieces' articles through
 * one filter, in input order, to leave out exactly what the {@code Ingestor} would.
 *
 * <p>Not thread-safe.
 */
public final class DuplicateFilter {

    private final Set<String> ids = new HashSet<>();
    private final Set<String> urls = new HashSet<>();
    private final Set<String> bodies = new HashSet<>();

    /**
     * What an article is compared by; small, so that the keys of a large batch fit where its articles do not.
     *
     * @param id          the article's id
     * @param url         its canonical URL, or empty
     * @param outletBody  its outlet and the hash of its body
     */
    public record Key(String id, String url, String outletBody) {

        public Key {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(outletBody, "outletBody");
        }

        /** The key of {@code a}, from its whole body (compute it before a body is shortened). */
        public static Key of(Article a) {
            return new Key(a.id(), a.url(), a.outlet() + '\n' + Hashing.bodyHash(a.body()));
        }
    }

    /**
     * Checks one article against those offered before, and remembers what is new of it. The checks run in order and
     * stop at the first match: an article whose id is new but whose URL was seen has its id remembered.
     *
     * @return what it duplicates ({@code id 'x'}, {@code URL u} or {@code outlet and body}), or empty when it is new
     */
    public Optional<String> offer(Key key) {
        if (!ids.add(key.id())) {
            return Optional.of("id '" + key.id() + "'");
        }
        if (!key.url().isEmpty() && !urls.add(key.url())) {
            return Optional.of("URL " + key.url());
        }
        if (!bodies.add(key.outletBody())) {
            return Optional.of("outlet and body");
        }
        return Optional.empty();
    }

    /** The warning that reports {@code a} as a duplicate of {@code why} (as {@link #offer} says it). */
    public static Diagnostic diagnostic(Article a, String why) {
        return Diagnostic.warning(a.location(), "duplicate", "same " + why + " as an article already read; left out",
                a.title());
    }
}
