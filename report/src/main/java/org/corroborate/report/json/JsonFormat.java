package org.corroborate.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Hedge;
import org.corroborate.core.Interval;
import org.corroborate.core.Source;
import org.corroborate.core.Span;

/**
 * The JSON shapes of articles and attributions, shared by {@code corroborate extract} (one article per line) and
 * {@code report.json}. Offsets are Unicode code points into the article's {@code body} exactly as given, end
 * exclusive; {@code -1} when there is no position (a source that is not named). This contract only grows: fields
 * are added, never renamed or removed.
 */
public final class JsonFormat {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Reads streamed shapes back as trees (thread-safe once configured). */
    private static final ObjectMapper TREES = new ObjectMapper();

    private JsonFormat() {
    }

    /** An article's fields (not its attributions), as a tree: what {@link #writeArticle} streams. */
    public static ObjectNode article(Article a) {
        return (ObjectNode) tree(g -> {
            g.writeStartObject();
            writeArticle(g, a, true);
            g.writeEndObject();
        });
    }

    /**
     * Writes an article's fields (not its attributions) into the object {@code g} is in: {@code id}, {@code url},
     * {@code outlet}, {@code published}, {@code title}, {@code byline}, {@code wire}, {@code language},
     * {@code claim_id} and {@code claim} when not empty, and {@code body} when {@code withBody}.
     */
    public static void writeArticle(JsonGenerator g, Article a, boolean withBody) throws IOException {
        g.writeStringField("id", a.id());
        g.writeStringField("url", a.url());
        g.writeStringField("outlet", a.outlet());
        g.writeStringField("published", a.published().map(Object::toString).orElse(""));
        g.writeStringField("title", a.title());
        g.writeStringField("byline", a.byline());
        g.writeStringField("wire", a.wire());
        g.writeStringField("language", a.language());
        if (!a.claimId().isEmpty()) {
            g.writeStringField("claim_id", a.claimId());
        }
        if (!a.claim().isEmpty()) {
            g.writeStringField("claim", a.claim());
        }
        if (withBody) {
            g.writeStringField("body", a.body());
        }
    }

    /** One attribution, with offsets in code points of {@code body}. */
    public static ObjectNode attribution(Attribution a, String body) {
        return attribution(a, body, hasSupplementary(body));
    }

    /**
     * One attribution, with offsets in code points of {@code body}; {@code supplementary} tells whether the body has
     * characters outside the Basic Multilingual Plane ({@link #hasSupplementary}), so that a caller writing many
     * attributions of one body looks once: without such characters, code points and UTF-16 offsets are the same.
     */
    public static ObjectNode attribution(Attribution a, String body, boolean supplementary) {
        return (ObjectNode) tree(g -> writeAttribution(g, a, body, supplementary));
    }

    /** Writes one attribution as an object (the shape of {@link #attribution(Attribution, String, boolean)}). */
    public static void writeAttribution(JsonGenerator g, Attribution a, String body, boolean supplementary)
            throws IOException {
        String cp = supplementary ? body : null;
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeFieldName("source");
        Source s = a.source().source();
        startSpan(g, a.source().text(), a.source().span(), cp);
        g.writeStringField("canonical", s.name());
        g.writeStringField("kind", s.kind().name());
        g.writeStringField("source_id", s.id());
        g.writeStringField("country", s.country());
        g.writeEndObject();
        g.writeFieldName("cue");
        startSpan(g, a.cue().text(), a.cue().span(), cp);
        g.writeStringField("lemma", a.cue().lemma());
        g.writeEndObject();
        g.writeFieldName("content");
        startSpan(g, a.contentText(), a.content(), cp);
        g.writeEndObject();
        g.writeStringField("stance", a.stance().name());
        g.writeArrayFieldStart("hedges");
        for (Hedge h : a.hedges()) {
            startSpan(g, h.text(), h.span(), cp);
            g.writeNumberField("strength", round(h.strength()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("relay");
        for (Source r : a.relay()) {
            g.writeString(r.name());
        }
        g.writeEndArray();
        g.writeStringField("quote", a.quote().name());
        g.writeStringField("kind", a.contentKind().name());
        g.writeArrayFieldStart("countries");
        for (String c : a.countries()) {
            g.writeString(c);
        }
        g.writeEndArray();
        Span sent = codePoints(a.sentence(), cp);
        g.writeObjectFieldStart("sentence");
        g.writeNumberField("start", sent.start());
        g.writeNumberField("end", sent.end());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Writes the field {@code attributions}: each of {@code aa}'s attributions, with offsets in its body's code points. */
    public static void writeAttributions(JsonGenerator g, AnnotatedArticle aa) throws IOException {
        String body = aa.article().body();
        boolean supplementary = hasSupplementary(body);
        g.writeArrayFieldStart("attributions");
        for (Attribution a : aa.attributions()) {
            writeAttribution(g, a, body, supplementary);
        }
        g.writeEndArray();
    }

    /** Whether {@code s} has a surrogate, i.e. a character outside the Basic Multilingual Plane. */
    public static boolean hasSupplementary(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code span} in code points of {@code body}; {@code body} null when it has only BMP characters. */
    private static Span codePoints(Span span, String body) {
        return body == null ? span : span.toCodePoints(body);
    }

    /** Starts an object with a span's {@code text}, {@code start} and {@code end}; the caller ends it. */
    private static void startSpan(JsonGenerator g, String text, Span span, String body) throws IOException {
        Span cp = codePoints(span, body);
        g.writeStartObject();
        g.writeStringField("text", text);
        g.writeNumberField("start", cp.start());
        g.writeNumberField("end", cp.end());
    }

    public static ObjectNode interval(Interval i) {
        return (ObjectNode) tree(g -> writeInterval(g, i));
    }

    /** Writes an interval as an object: {@code lower}, {@code upper} and {@code level}, each rounded. */
    public static void writeInterval(JsonGenerator g, Interval i) throws IOException {
        g.writeStartObject();
        g.writeNumberField("lower", round(i.lower()));
        g.writeNumberField("upper", round(i.upper()));
        g.writeNumberField("level", round(i.level()));
        g.writeEndObject();
    }

    /** Rounds to four decimals so output is stable and readable. */
    public static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    public static ArrayNode array() {
        return F.arrayNode();
    }

    public static ObjectNode object() {
        return F.objectNode();
    }

    static JsonNode text(String s) {
        return F.textNode(s);
    }

    /** Something that writes one JSON value to a generator. */
    @FunctionalInterface
    interface Shape {
        void writeTo(JsonGenerator g) throws IOException;
    }

    /**
     * The value {@code shape} writes, as a tree: the same numbers, texts and key order as when it is streamed
     * (so one method makes both forms).
     */
    static JsonNode tree(Shape shape) {
        try (TokenBuffer buf = new TokenBuffer(TREES, false)) {
            shape.writeTo(buf);
            try (JsonParser p = buf.asParser(TREES)) {
                return TREES.readTree(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot buffer a JSON value in memory", e);
        }
    }
}
