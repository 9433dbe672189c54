package org.corroborate.ingest.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.corroborate.core.Article;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.ingest.ArticleDefaults;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadContext;
import org.corroborate.core.BoundedLineReader;
import org.corroborate.ingest.internal.Decoding;

/**
 * Reads JSON Lines: one article object per line with the fields {@code id, url, outlet, published, title, body}
 * and optionally {@code byline, wire, language, claim_id, claim}; unknown fields are ignored, blank lines skipped.
 *
 * <p>A line that is not a JSON object, or has no non-empty {@code body}, is a diagnostic naming the line; the
 * reader goes on with the next line.
 */
public final class JsonLinesReader implements ArticleReader {

    @Override
    public InputFormat format() {
        return InputFormat.JSONL;
    }

    @Override
    public void read(Input input, InputStream in, ReadContext context, Consumer<Article> sink) throws IOException {
        ObjectMapper mapper = mapper(context.options().maxDepth());
        BoundedLineReader lines = new BoundedLineReader(Decoding.reader(in, StandardCharsets.UTF_8),
                context.options().maxLineChars());
        String line;
        while ((line = lines.readLine()) != null) {
            Location where = Location.ofLine(input.name(), lines.lineNumber());
            if (lines.lastTooLong()) {
                context.diagnostics().error(where, "limit", "line of " + lines.lastLength()
                        + " chars is over the limit of " + context.options().maxLineChars()
                        + " chars; the line was skipped", line);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                // Over --max-depth (or another of the parser's bounds): a limit, as in the other formats.
                String m = String.valueOf(e.getOriginalMessage());
                context.diagnostics().error(where, "limit", m.contains("nesting depth")
                        ? "JSON nested more than " + context.options().maxDepth() + " deep (--max-depth); the line was"
                                + " skipped"
                        : "over a bound of the JSON parser (" + m + "); the line was skipped", line);
                continue;
            } catch (JsonProcessingException e) {
                context.diagnostics().error(where.atOffset(e.getLocation() == null ? -1
                        : Math.max(-1, e.getLocation().getColumnNr() - 1)), "invalid-json",
                        "not valid JSON: " + e.getOriginalMessage() + "; each line must be one JSON object", line);
                continue;
            }
            if (node == null || !node.isObject()) {
                context.diagnostics().error(where, "invalid-json",
                        "expected a JSON object per line, got " + (node == null ? "nothing" : node.getNodeType()),
                        line);
                continue;
            }
            toArticle(node, where, context).ifPresent(sink);
        }
    }

    static ObjectMapper mapper(int maxDepth) {
        // Trailing tokens fail: "{...} {...}" or "{...} junk" on one line is a bad line, not a silently cut one.
        JsonMapper m = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build());
        return m;
    }

    private static java.util.Optional<Article> toArticle(JsonNode node, Location where, ReadContext context) {
        String body = text(node, "body");
        String whole = Decoding.withoutLoneSurrogates(body);
        if (!whole.equals(body)) {
            context.diagnostics().warning(where, "encoding", "\\u escapes in \"body\" make unpaired UTF-16"
                    + " surrogates; each was replaced by U+FFFD", "");
            body = whole;
        }
        int control = Decoding.firstControl(body);
        if (control >= 0) {
            context.diagnostics().warning(where, "encoding", "\"body\" holds control character U+"
                    + String.format(java.util.Locale.ROOT, "%04X", (int) body.charAt(control)) + " at char "
                    + control + " (binary data or terminal escapes?); the article is kept", "");
        }
        int bad = Decoding.firstReplacement(body);
        if (bad >= 0) {
            context.diagnostics().warning(where, "encoding",
                    "bytes that are not valid UTF-8 were replaced by U+FFFD", body.substring(bad,
                            Math.min(body.length(), bad + 40)));
        }
        if (body.isBlank()) {
            context.diagnostics().error(where, "missing-field",
                    "article has no \"body\"; every line needs a non-empty \"body\" string", node.toString());
            return java.util.Optional.empty();
        }
        if (body.length() > context.options().maxBodyChars()) {
            context.diagnostics().error(where, "limit", "body of " + body.length()
                    + " chars is over the limit of " + context.options().maxBodyChars() + "; the article was skipped",
                    "");
            return java.util.Optional.empty();
        }
        Article.Builder b = Article.builder().location(where)
                .id(text(node, "id")).url(text(node, "url")).outlet(text(node, "outlet"))
                .title(text(node, "title")).body(body).byline(text(node, "byline")).wire(text(node, "wire"))
                .language(text(node, "language")).claimId(firstText(node, "claim_id", "claimId"))
                .claim(text(node, "claim"));
        String published = text(node, "published");
        if (!published.isBlank()) {
            java.util.Optional<Published> p = Published.parse(published);
            if (p.isEmpty()) {
                context.diagnostics().warning(where, "invalid-value", "\"published\" is not an ISO date or date-time;"
                        + " the article is kept without a date", published);
            }
            b.published(p);
        }
        return java.util.Optional.of(ArticleDefaults.complete(b, context.options()));
    }

    private static String firstText(JsonNode node, String... names) {
        for (String n : names) {
            String v = text(node, n);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    /** The field as text: strings as they are, numbers printed, anything else empty. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return "";
        }
        return v.asText();
    }
}
