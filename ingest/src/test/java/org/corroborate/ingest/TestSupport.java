package org.corroborate.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Location;
import org.corroborate.ingest.internal.HtmlText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Shared helpers for reader tests, including a stand-in for the HTML reader. */
public final class TestSupport {

    private TestSupport() {
    }

    /**
     * A test double for the HTML reader: the title is the page's {@code <title>}, the body the text of its
     * {@code <body>}; a page whose body has no text is an {@code empty} error. It records the charset and base URL
     * it was given.
     */
    public static final class FakeHtml implements HtmlPageParser {
        public final List<String> baseUrls = new ArrayList<>();
        public final List<Optional<Charset>> charsets = new ArrayList<>();

        @Override
        public synchronized Optional<Article> parse(Input input, byte[] html, String baseUrl,
                                                    Optional<Charset> httpCharset, ReadContext ctx) {
            baseUrls.add(baseUrl);
            charsets.add(httpCharset);
            Document doc;
            try {
                doc = Jsoup.parse(new ByteArrayInputStream(html), httpCharset.map(Charset::name).orElse(null),
                        baseUrl);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String body = HtmlText.toText(doc.body().html());
            if (body.isBlank()) {
                ctx.diagnostics().error(Location.ofFile(input.name()), "empty", "page has no text", "");
                return Optional.empty();
            }
            return Optional.of(ArticleDefaults.complete(Article.builder().location(Location.ofFile(input.name()))
                    .title(doc.title()).body(body), ctx.options()));
        }
    }

    /** What reading gave. */
    public record Result(List<Article> articles, Diagnostics diagnostics) {
        public List<Diagnostic> list() {
            return diagnostics.list();
        }

        public List<Diagnostic> ofKind(String kind) {
            return diagnostics.list().stream().filter(d -> d.kind().equals(kind)).toList();
        }

        public String describe() {
            StringBuilder sb = new StringBuilder();
            diagnostics.list().forEach(d -> sb.append(d).append('\n'));
            return sb.toString();
        }
    }

    /** Reads {@code text} with {@code reader} directly. */
    public static Result read(ArticleReader reader, String name, String text) {
        return read(reader, name, text.getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS);
    }

    public static Result read(ArticleReader reader, String name, byte[] bytes, ReadOptions options) {
        Diagnostics d = new Diagnostics();
        List<Article> out = new ArrayList<>();
        try {
            reader.read(Input.ofBytes(name, bytes), new ByteArrayInputStream(bytes), new ReadContext(options, d),
                    out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(out, d);
    }

    /** Reads the inputs the specs name with an Ingestor using the default readers and {@code html}. */
    public static Result ingest(ReadOptions options, HtmlPageParser html, String... specs) {
        Diagnostics d = new Diagnostics();
        List<Article> out = new ArrayList<>();
        new Ingestor(options, Readers.defaults(html), d).readAll(List.of(specs),
                new ByteArrayInputStream(new byte[0]), out::add);
        return new Result(out, d);
    }
}
