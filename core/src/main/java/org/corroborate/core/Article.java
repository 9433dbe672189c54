package org.corroborate.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from the user's input.
 *
 * <p>Text fields that the input did not give are empty strings, never {@code null}.
 *
 * <p>A value, as a record would be (equal when every component is), held compactly since a large run keeps one per
 * article: the publication and location as their numbers (each made again when asked for), and, for an article
 * kept where its URL and title can be read back ({@link #withTexts}), without them.
 */
public final class Article {

    /** Outlet name used when nothing names the outlet. */
    public static final String UNKNOWN_OUTLET = "unknown";

    /** {@link #published} of an article whose publication is not known; else whether it is a date alone. */
    private static final byte UNPUBLISHED = 0;
    private static final byte DATE_TIME = 1;
    private static final byte DATE_ONLY = 2;

    private final String id;
    /** The URL and title, or null when {@link #texts} gives them. */
    private final String url;
    private final String title;
    private final ArticleTexts texts;
    private final String outlet;
    private final String body;
    private final String byline;
    private final String wire;
    private final String language;
    private final String claimId;
    private final String claim;
    /** The publication as its {@link Published} components, {@link #UNPUBLISHED} when not known. */
    private final long epochSecond;
    private final int nano;
    private final int offsetSeconds;
    private final byte published;
    /** The location's components. */
    private final String file;
    private final long line;
    private final long offset;

    /**
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
    public Article(String id, String url, String outlet, Optional<Published> published, String title, String body,
                   String byline, String wire, String language, String claimId, String claim, Location location) {
        this(id, Objects.requireNonNull(url, "url"), Objects.requireNonNull(title, "title"), null, outlet,
                published, body, byline, wire, language, claimId, claim, location);
    }

    private Article(String id, String url, String title, ArticleTexts texts, String outlet,
                    Optional<Published> published, String body, String byline, String wire, String language,
                    String claimId, String claim, Location location) {
        this.id = requireText(id, "id");
        this.url = url;
        this.title = title;
        this.texts = texts;
        this.outlet = requireText(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        this.body = Objects.requireNonNull(body, "body");
        this.byline = Objects.requireNonNull(byline, "byline");
        this.wire = Objects.requireNonNull(wire, "wire");
        this.language = Objects.requireNonNull(language, "language");
        this.claimId = Objects.requireNonNull(claimId, "claimId");
        this.claim = Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(location, "location");
        if (published.isPresent()) {
            Published p = published.get();
            this.epochSecond = p.epochSecond();
            this.nano = p.nano();
            this.offsetSeconds = p.offsetSeconds();
            this.published = p.dateOnly() ? DATE_ONLY : DATE_TIME;
        } else {
            this.epochSecond = 0;
            this.nano = 0;
            this.offsetSeconds = 0;
            this.published = UNPUBLISHED;
        }
        this.file = location.file();
        this.line = location.line();
        this.offset = location.offset();
    }

    /**
     * This article with its URL and title read from {@code texts} each time they are asked for instead of held,
     * everything else the same: for a run that keeps its articles where {@code texts} reads them back (a spill
     * file). {@code texts} must give this article's URL and title; it is not read here.
     */
    public Article withTexts(ArticleTexts texts) {
        Objects.requireNonNull(texts, "texts");
        return new Article(id, null, null, texts, outlet, published(), body, byline, wire, language, claimId, claim,
                location());
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("Article " + name + " must not be blank, got '" + value + "'");
        }
        return value;
    }

    /** Stable identifier, unique within a run. */
    public String id() {
        return id;
    }

    /** Canonical URL, or empty (read back from where the article is kept, if it is not held). */
    public String url() {
        return texts == null ? url : texts.url();
    }

    /** The publishing outlet; never empty. */
    public String outlet() {
        return outlet;
    }

    /** Publication date or date-time, when known (made on each call, equal each time). */
    public Optional<Published> published() {
        return published == UNPUBLISHED ? Optional.empty()
                : Optional.of(new Published(epochSecond, nano, offsetSeconds, published == DATE_ONLY));
    }

    /** Headline, possibly without final punctuation; may be empty (read back as {@link #url()} is). */
    public String title() {
        return texts == null ? title : texts.title();
    }

    /** The body text exactly as given. */
    public String body() {
        return body;
    }

    /** Author line, or empty. */
    public String byline() {
        return byline;
    }

    /** Wire agency credited for the copy, or empty. */
    public String wire() {
        return wire;
    }

    /** BCP 47 language tag, or empty. */
    public String language() {
        return language;
    }

    /** Identifier of a tracked claim the input says this article is about, or empty. */
    public String claimId() {
        return claimId;
    }

    /** Text of the claim the input says this article is about, or empty. */
    public String claim() {
        return claim;
    }

    /** Where the article was read from (made on each call, equal each time). */
    public Location location() {
        return new Location(file, line, offset);
    }

    /** Equal when every component is, as for a record. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Article a && id.equals(a.id) && outlet.equals(a.outlet)
                && published == a.published && epochSecond == a.epochSecond && nano == a.nano
                && offsetSeconds == a.offsetSeconds && line == a.line && offset == a.offset && file.equals(a.file)
                && body.equals(a.body) && byline.equals(a.byline) && wire.equals(a.wire)
                && language.equals(a.language) && claimId.equals(a.claimId) && claim.equals(a.claim)
                && url().equals(a.url()) && title().equals(a.title());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, url(), outlet, published(), title(), body, byline, wire, language, claimId, claim,
                location());
    }

    @Override
    public String toString() {
        return "Article[id=" + id + ", url=" + url() + ", outlet=" + outlet + ", published=" + published()
                + ", title=" + title() + ", body=" + body + ", byline=" + byline + ", wire=" + wire + ", language="
                + language + ", claimId=" + claimId + ", claim=" + claim + ", location=" + location() + "]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this article's values. */
    public Builder toBuilder() {
        return new Builder().id(id).url(url()).outlet(outlet).published(published()).title(title()).body(body)
                .byline(byline).wire(wire).language(language).claimId(claimId).claim(claim).location(location());
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
