package org.corroborate.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from the user's input.
 *
 * <p>Text fields that the input did not give are empty strings, never {@code null}.
 *
 * @param id        stable identifier, unique within a run (from the input, else derived from the content)
 * @param url       canonical URL, or empty
 * @param outlet    the publishing outlet (from the data, else {@code --outlet}, else the URL's domain, else
 *                  {@code unknown}); never empty
 * @param published publication date or date-time, when known
 * @param title     headline, possibly without final punctuation; may be empty
 * @param body      the body text exactly as given; all {@link Span}s of this article point into it
 * @param byline    author line, or empty
 * @param wire      wire agency credited for the copy ({@code AFP}, {@code Reuters}, ...), or empty
 * @param language  BCP 47 language tag such as {@code en}, or empty when unknown
 * @param claimId   identifier of a tracked claim the input says this article is about, or empty
 * @param claim     text of the claim the input says this article is about (as in rumour trackers), or empty
 * @param location  where the article was read from
 */
public record Article(
        String id,
        String url,
        String outlet,
        Optional<Published> published,
        String title,
        String body,
        String byline,
        String wire,
        String language,
        String claimId,
        String claim,
        Location location) {

    /** Outlet name used when nothing names the outlet. */
    public static final String UNKNOWN_OUTLET = "unknown";

    public Article {
        id = requireText(id, "id");
        Objects.requireNonNull(url, "url");
        outlet = requireText(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(wire, "wire");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(location, "location");
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("Article " + name + " must not be blank, got '" + value + "'");
        }
        return value;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this article's values. */
    public Builder toBuilder() {
        return new Builder().id(id).url(url).outlet(outlet).published(published).title(title).body(body)
                .byline(byline).wire(wire).language(language).claimId(claimId).claim(claim).location(location);
    }

    /** Mutable builder; {@link #build()} validates. Unset text fields are empty, the outlet {@code unknown}. */
    public static final class Builder {
        private String id = "";
        private String url = "";
        private String outlet = UNKNOWN_OUTLET;
        private Optional<Published> published = Optional.empty();
        private String title = "";
        private String body = "";
        private String byline = "";
        private String wire = "";
        private String language = "";
        private String claimId = "";
        private String claim = "";
        private Location location = Location.ofFile("-");

        private Builder() {
        }

        public Builder id(String v) { this.id = v; return this; }
        public Builder url(String v) { this.url = v; return this; }
        public Builder outlet(String v) { this.outlet = v; return this; }
        public Builder published(Optional<Published> v) { this.published = v; return this; }
        public Builder published(Published v) { this.published = Optional.of(v); return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder body(String v) { this.body = v; return this; }
        public Builder byline(String v) { this.byline = v; return this; }
        public Builder wire(String v) { this.wire = v; return this; }
        public Builder language(String v) { this.language = v; return this; }
        public Builder claimId(String v) { this.claimId = v; return this; }
        public Builder claim(String v) { this.claim = v; return this; }
        public Builder location(Location v) { this.location = v; return this; }

        public String id() { return id; }
        public String url() { return url; }
        public String outlet() { return outlet; }
        public String body() { return body; }
        public String title() { return title; }

        public Article build() {
            return new Article(id, url, outlet, published, title, body, byline, wire, language, claimId, claim,
                    location);
        }
    }
}
