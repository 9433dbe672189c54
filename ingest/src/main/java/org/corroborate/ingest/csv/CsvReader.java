package org.corroborate.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.corroborate.core.Article;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.ingest.ArticleDefaults;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.HtmlPageParser;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadContext;
import org.corroborate.ingest.internal.Decoding;

/**
 * Reads CSV (RFC 4180) with a header row naming the columns {@code id, url, outlet, published, title} and
 * {@code body} or {@code html}, and optionally {@code byline, wire, language, claim_id, claim}. Header names are
 * case-insensitive and may come in any order; other columns are ignored. UTF-8 unless a byte order mark says
 * otherwise.
 *
 * <p>A row's {@code body} is taken as plain text. When it is empty and the row has an {@code html} cell, the cell
 * goes through the {@link HtmlPageParser} with the row's {@code url} as base URL, and the row's own non-empty
 * cells win over what the page gave.
 *
 * <p>Bad rows are diagnostics naming the line where the row starts: a row longer than
 * {@link org.corroborate.ingest.ReadOptions#maxLineChars()}, a quote never closed (the reader resumes at the next
 * line), a row without body. The reader goes on with the next row.
 */
public final class CsvReader implements ArticleReader {

    private static final List<String> KNOWN = List.of("id", "url", "outlet", "published", "title", "body", "html",
            "byline", "wire", "language", "claim_id", "claim");

    private final HtmlPageParser html;

    /** @param html reads the pages of an {@code html} column */
    public CsvReader(HtmlPageParser html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    @Override
    public InputFormat format() {
        return InputFormat.CSV;
    }

    @Override
    public void read(Input input, InputStream in, ReadContext context, Consumer<Article> sink) throws IOException {
        int max = context.options().maxLineChars();
        CsvParser parser = new CsvParser(Decoding.reader(in, StandardCharsets.UTF_8), max);
        Map<String, Integer> columns = null;
        int width = 0;
        CsvParser.Record r;
        while ((r = parser.next()) != null) {
            Location where = Location.ofLine(input.name(), r.startLine());
            if (r.problem() == CsvParser.Problem.TOO_LONG) {
                context.diagnostics().error(where, "limit", "row of more than " + max + " chars is over the limit"
                        + " of --max-line-chars; the row was skipped", r.raw());
                continue;
            }
            if (columns != null && r.problem() == CsvParser.Problem.NONE && r.fields().size() != width
                    && CsvParser.spansLines(r)) {
                if (r.fields().size() > width) {
                    // A quoted field over several lines and more fields than the header: a stray quote that
                    // swallowed the following rows up to the next quote. Take the row back and read on from the
                    // next line, as for a quote never closed.
                    r = parser.rewind(r);
                } else {
                    // Fewer fields may be a row that leaves out its last cells: keep it, but say so.
                    context.diagnostics().warning(where, "invalid-record", "row spans several lines and has "
                            + r.fields().size() + " fields where the header has " + width + "; if a quote is"
                            + " unbalanced, rows after it were read into this one", r.raw());
                }
            }
            if (r.problem() == CsvParser.Problem.UNBALANCED_QUOTE) {
                context.diagnostics().error(where, "invalid-record", "a quoted field opened in the row starting"
                        + " at line " + r.startLine() + " is never closed, or only by a quote of a later row (read "
                        + r.length() + " chars); expected"
                        + " a closing \" (write a quote inside a field as \"\"); the row was skipped and reading"
                        + " resumed at line " + (r.startLine() + 1), r.raw());
                continue;
            }
            if (r.fields().size() == 1 && r.fields().get(0).isBlank()) {
                continue;
            }
            if (columns == null) {
                columns = header(r.fields());
                width = r.fields().size();
                if (!columns.containsKey("body") && !columns.containsKey("html")) {
                    context.diagnostics().error(where, "missing-field", "header has no \"body\" or \"html\" column;"
                            + " expected a header such as id,url,outlet,published,title,body", r.raw());
                    return;
                }
                continue;
            }
            toArticle(input, r, columns, where, context).ifPresent(sink);
        }
        if (columns == null) {
            context.diagnostics().error(Location.ofFile(input.name()), "empty",
                    "no header row; expected a header such as id,url,outlet,published,title,body", "");
        }
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).strip().toLowerCase(Locale.ROOT).replace('-', '_');
            if (n.equals("claimid")) {
                n = "claim_id";
            }
            if (KNOWN.contains(n)) {
                m.putIfAbsent(n, i);
            }
        }
        return m;
    }

    private Optional<Article> toArticle(Input input, CsvParser.Record r, Map<String, Integer> columns,
                                        Location where, ReadContext context) {
        Row row = new Row(r.fields(), columns);
        String body = row.get("body");
        Article.Builder b;
        if (body.isBlank() && !row.get("html").isBlank()) {
            Input page = Input.ofBytes(input.name() + ":" + r.startLine() + "#html",
                    row.get("html").getBytes(StandardCharsets.UTF_8));
            Optional<Article> parsed = html.parse(page, row.get("html").getBytes(StandardCharsets.UTF_8),
                    row.get("url").strip(), Optional.of(StandardCharsets.UTF_8), context);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            b = parsed.get().toBuilder();
            body = parsed.get().body();
        } else {
            b = Article.builder();
        }
        int bad = Decoding.firstReplacement(body);
        if (bad >= 0) {
            context.diagnostics().warning(where, "encoding", "body holds U+FFFD: bytes that are not valid UTF-8"
                    + " were replaced (or the file has replacement characters itself); save the file as UTF-8", body.substring(bad, Math.min(body.length(), bad + 40)));
        }
        int control = Decoding.firstControl(body);
        if (control >= 0) {
            context.diagnostics().warning(where, "encoding", "body holds control character U+"
                    + String.format(Locale.ROOT, "%04X", (int) body.charAt(control)) + " at char " + control
                    + " (binary data or terminal escapes?); the row is kept", "");
        }
        if (body.isBlank()) {
            context.diagnostics().error(where, "missing-field", "row has an empty \"body\""
                    + (columns.containsKey("html") ? " and \"html\"" : "") + "; every row needs one", r.raw());
            return Optional.empty();
        }
        if (body.length() > context.options().maxBodyChars()) {
            context.diagnostics().error(where, "limit", "body of " + body.length() + " chars is over the limit of "
                    + context.options().maxBodyChars() + "; the row was skipped", "");
            return Optional.empty();
        }
        b.location(where).body(body);
        row.ifPresent("id", b::id);
        row.ifPresent("url", b::url);
        row.ifPresent("outlet", b::outlet);
        row.ifPresent("title", b::title);
        row.ifPresent("byline", b::byline);
        row.ifPresent("wire", b::wire);
        row.ifPresent("language", b::language);
        row.ifPresent("claim_id", b::claimId);
        row.ifPresent("claim", b::claim);
        String published = row.get("published");
        if (!published.isBlank()) {
            Optional<Published> p = Published.parse(published);
            if (p.isEmpty()) {
                context.diagnostics().warning(where, "invalid-value", "\"published\" is not an ISO date or"
                        + " date-time; the article is kept without a date", published);
            } else {
                b.published(p);
            }
        }
        if (row.get("id").isBlank()) {
            b.id(""); // derived from this row's URL, title and body, not from what the HTML reader chose
        }
        return Optional.of(ArticleDefaults.complete(b, context.options()));
    }

    /** A row's cells by column name; missing cells are empty. */
    private record Row(List<String> cells, Map<String, Integer> columns) {
        String get(String name) {
            Integer i = columns.get(name);
            return i == null || i >= cells.size() ? "" : cells.get(i);
        }

        void ifPresent(String name, Consumer<String> set) {
            String v = get(name);
            if (!v.isBlank()) {
                set.accept(v.strip());
            }
        }
    }
}
