package org.corroborate.core;

import java.util.List;
import java.util.Objects;

/**
 * Who claims what in one article: a source, the cue that attributes, and the content attributed.
 *
 * @param idRef       unique within a run: {@code articleId#n} ({@link #id()}); held, or for a large run only its
 *                    ordinal ({@link TextRef#ordinal}), which {@link #id()} completes with {@code articleId}
 * @param articleId   the article it was found in
 * @param source      who is said to say it ({@link SourceMention#unnamed()} when nobody is named)
 * @param cue         the words that attribute, e.g. {@code told AFP}
 * @param content     where the attributed content is in the body
 * @param contentRef  the content's text, exactly as in the body ({@link #contentText()}); held in memory, or for
 *                    a large run read back from disk when asked for
 * @param sentence    the sentence (or sentences, for a quote that runs on) the attribution was found in
 * @param stance      what the source does with the content
 * @param hedges      distancing words on the content or the attribution, in text order
 * @param relay       the chain the content travelled, from the origin to the last relay, e.g.
 *                    {@code [NIS, AFP]} for "Seoul's spy agency told AFP"; empty when the source spoke to the
 *                    article directly
 * @param quote       direct (in the source's words) or indirect
 * @param contentKind factual or opinion; opinions are kept but not scored
 * @param countries   ISO 3166-1 alpha-2 codes of the countries the content names (by name, adjective, capital or
 *                    a place within), in order of first mention; used to tell the parties to a claim
 */
public record Attribution(
        TextRef idRef,
        String articleId,
        SourceMention source,
        Cue cue,
        Span content,
        TextRef contentRef,
        Span sentence,
        Stance stance,
        List<Hedge> hedges,
        List<Source> relay,
        QuoteType quote,
        ContentKind contentKind,
        List<String> countries) {

    public Attribution {
        Objects.requireNonNull(idRef, "idRef");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentRef, "contentRef");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(stance, "stance");
        hedges = List.copyOf(hedges);
        relay = List.copyOf(relay);
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(contentKind, "contentKind");
        countries = List.copyOf(countries);
    }

    /** An attribution whose id and content text are held in memory. */
    public Attribution(String id, String articleId, SourceMention source, Cue cue, Span content, String contentText,
                       Span sentence, Stance stance, List<Hedge> hedges, List<Source> relay, QuoteType quote,
                       ContentKind contentKind, List<String> countries) {
        this(TextRef.of(id), articleId, source, cue, content, TextRef.of(contentText), sentence, stance, hedges,
                relay, quote, contentKind, countries);
    }

    /** Unique within a run: {@code articleId#n}. */
    public String id() {
        int n = idRef.ordinalOrMinusOne();
        return n < 0 ? idRef.text() : articleId + '#' + n;
    }

    /**
     * Equal when every component is, the id and the content text compared as texts ({@link #id()},
     * {@link #contentText()}) whatever holds them.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Attribution a && id().equals(a.id()) && articleId.equals(a.articleId)
                && source.equals(a.source) && cue.equals(a.cue) && content.equals(a.content)
                && contentText().equals(a.contentText()) && sentence.equals(a.sentence) && stance == a.stance
                && hedges.equals(a.hedges) && relay.equals(a.relay) && quote == a.quote
                && contentKind == a.contentKind && countries.equals(a.countries);
    }

    /** The hash code a record of these components has, with the id and the content text as texts. */
    @Override
    public int hashCode() {
        int h = id().hashCode();
        for (Object c : new Object[] {articleId, source, cue, content, contentText(), sentence, stance, hedges,
                relay, quote, contentKind, countries}) {
            h = 31 * h + c.hashCode();
        }
        return h;
    }

    /** The content's text, exactly as in the body (read back from disk if it is not held). */
    public String contentText() {
        return contentRef.text();
    }

    /** The source the content originates from: the first of the relay chain, else the named source. */
    public Source origin() {
        return relay.isEmpty() ? source.source() : relay.get(0);
    }

    /** The strongest hedge's strength, 0 when unhedged. */
    public double hedgeStrength() {
        double max = 0;
        for (Hedge h : hedges) {
            max = Math.max(max, h.strength());
        }
        return max;
    }

    public boolean isFactual() {
        return contentKind == ContentKind.FACTUAL;
    }
}
