package org.corroborate.report.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private JsonFormat() {
    }

    /** An article's fields (not its attributions). */
    public static ObjectNode article(Article a) {
        ObjectNode n = F.objectNode();
        n.put("id", a.id());
        n.put("url", a.url());
        n.put("outlet", a.outlet());
        n.put("published", a.published().map(Object::toString).orElse(""));
        n.put("title", a.title());
        n.put("byline", a.byline());
        n.put("wire", a.wire());
        n.put("language", a.language());
        if (!a.claimId().isEmpty()) {
            n.put("claim_id", a.claimId());
        }
        if (!a.claim().isEmpty()) {
            n.put("claim", a.claim());
        }
        n.put("body", a.body());
        return n;
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
        String cp = supplementary ? body : null;
        ObjectNode n = F.objectNode();
        n.put("id", a.id());
        ObjectNode src = span(a.source().text(), a.source().span(), cp);
        Source s = a.source().source();
        src.put("canonical", s.name());
        src.put("kind", s.kind().name());
        src.put("source_id", s.id());
        src.put("country", s.country());
        n.set("source", src);
        ObjectNode cue = span(a.cue().text(), a.cue().span(), cp);
        cue.put("lemma", a.cue().lemma());
        n.set("cue", cue);
        n.set("content", span(a.contentText(), a.content(), cp));
        n.put("stance", a.stance().name());
        ArrayNode hedges = n.putArray("hedges");
        for (Hedge h : a.hedges()) {
            ObjectNode hn = span(h.text(), h.span(), cp);
            hn.put("strength", round(h.strength()));
            hedges.add(hn);
        }
        ArrayNode relay = n.putArray("relay");
        for (Source r : a.relay()) {
            relay.add(r.name());
        }
        n.put("quote", a.quote().name());
        n.put("kind", a.contentKind().name());
        ArrayNode countries = n.putArray("countries");
        a.countries().forEach(countries::add);
        Span sent = codePoints(a.sentence(), cp);
        ObjectNode sn = n.putObject("sentence");
        sn.put("start", sent.start());
        sn.put("end", sent.end());
        return n;
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

    private static ObjectNode span(String text, Span span, String body) {
        ObjectNode n = F.objectNode();
        Span cp = codePoints(span, body);
        n.put("text", text);
        n.put("start", cp.start());
        n.put("end", cp.end());
        return n;
    }

    public static ObjectNode interval(Interval i) {
        ObjectNode n = F.objectNode();
        n.put("lower", round(i.lower()));
        n.put("upper", round(i.upper()));
        n.put("level", round(i.level()));
        return n;
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
}
