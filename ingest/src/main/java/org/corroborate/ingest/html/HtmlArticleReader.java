package org.corroborate.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.corroborate.core.Article;
import org.corroborate.core.Location;
import org.corroborate.ingest.ArticleDefaults;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadContext;
import org.corroborate.ingest.WireCredit;
import org.corroborate.ingest.html.internal.HtmlDecoding;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads one article from a saved HTML page: its main text ({@link MainTextExtractor}), its metadata
 * ({@link MetadataExtractor}) and the wire agency it credits ({@link WireCredit}).
 *
 * <p>Other readers that meet HTML inside a container (WARC records, feed items) call
 * {@link #parse(Input, byte[], String, Optional, ReadContext)} or {@link #parse(Input, String, String, ReadContext)}
 * with the page and its URL. Problems are reported to the context's diagnostics and never thrown: a binary file, a
 * page with no text, a body over {@link org.corroborate.ingest.ReadOptions#maxBodyChars()} and an unknown charset
 * are diagnostics; undecodable bytes become U+FFFD with a warning. Nesting deeper than
 * {@link org.corroborate.ingest.ReadOptions#maxDepth()} (or {@link #PARSER_DEPTH_CAP}) is flattened by the parser,
 * with a warning; every traversal is iterative, so no depth overflows the stack.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlArticleReader implements ArticleReader {

    private static final int SNIFF_BYTES = 4096;

    /**
     * The deepest element nesting the parser keeps whatever {@link org.corroborate.ingest.ReadOptions#maxDepth()}
     * says: jsoup's tree builder searches its stack of open elements for each start tag, so its time grows with
     * the square of the depth, and no real article needs more.
     */
    public static final int PARSER_DEPTH_CAP = 512;

    private final MetadataExtractor metadata = new MetadataExtractor();
    private final MainTextExtractor mainText = new MainTextExtractor();

    @Override
    public InputFormat format() {
        return InputFormat.HTML;
    }

    @Override
    public void read(Input input, InputStream in, ReadContext context, Consumer<Article> sink) throws IOException {
        long max = Math.min(context.options().maxFileBytes(), Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes((int) max);
        if (in.read() >= 0) {
            context.diagnostics().error(Location.ofFile(input.name()).atOffset(max), "limit", "page is over the limit"
                    + " of " + max + " bytes; it was skipped (raise --max-file-bytes to read it)", "");
            return;
        }
        // A saved file has no web address of its own: the page's canonical link, if any, gives the URL.
        parse(input, bytes, input.url(), Optional.empty(), context).ifPresent(sink);
    }

    /**
     * Reads the article of one HTML page given as bytes.
     *
     * <p>The charset is, in this order: a byte order mark; {@code httpCharset} (the charset parameter of an HTTP
     * {@code Content-Type} header, when the caller has one); a {@code <meta charset>} or http-equiv declaration in
     * the first 4 KiB; else UTF-8. Malformed bytes become U+FFFD and give one {@code encoding} warning.
     *
     * @param input       names the page in diagnostics and in the article's location (for a WARC record, e.g.
     *                    {@code crawl.warc.gz#record-7})
     * @param html        the page's bytes
     * @param baseUrl     the page's URL, for relative links and as the canonical URL when the page names none; or
     *                    empty
     * @param httpCharset the charset from the HTTP header, or empty
     * @param ctx         options, limits and where diagnostics go
     * @return the article, or empty when the page is binary, has no text, or is over a limit (each a diagnostic)
     */
    public Optional<Article> parse(Input input, byte[] html, String baseUrl, Optional<Charset> httpCharset,
                                   ReadContext ctx) {
        Objects.requireNonNull(html, "html");
        Location where = Location.ofFile(input.name());
        int nul = firstNul(html);
        if (nul >= 0 && !utf16Bom(html) && httpCharset.map(c -> !c.name().startsWith("UTF-16")).orElse(true)) {
            ctx.diagnostics().error(where.atOffset(nul), "unreadable", "binary data (a NUL byte at offset " + nul
                    + "); expected an HTML page", "");
            return Optional.empty();
        }
        HtmlDecoding.Decoded d = HtmlDecoding.decode(html, httpCharset);
        if (!d.badDeclaration().isEmpty()) {
            ctx.diagnostics().warning(where, "encoding", "the page declares charset '" + d.badDeclaration()
                    + "', which is not supported; read as UTF-8", d.badDeclaration());
        }
        if (d.replaced() > 0) {
            int at = Math.max(0, d.firstReplacedChar());
            String snip = d.text().substring(Math.max(0, at - 20), Math.min(d.text().length(), at + 20));
            ctx.diagnostics().warning(where.atOffset(at), "encoding", d.replaced() + " bytes are not valid "
                    + d.charset().name() + " (charset from " + d.source().name().toLowerCase(java.util.Locale.ROOT)
                    + ") and were replaced by U+FFFD; declare the page's charset", snip);
        }
        return parse(input, d.text(), baseUrl, ctx);
    }

    /**
     * The charset an HTTP {@code Content-Type} header names, for {@link #parse(Input, byte[], String, Optional,
     * ReadContext)}'s {@code httpCharset}: {@code text/html; charset=ISO-8859-1} gives windows-1252 (as browsers
     * read it); a header without a charset, or with one Java does not know, gives empty.
     */
    public static Optional<Charset> charsetOfContentType(String contentType) {
        return HtmlDecoding.fromContentType(contentType);
    }

    /**
     * Reads the article of one HTML page already decoded to text. Same contract as
     * {@link #parse(Input, byte[], String, Optional, ReadContext)} after decoding.
     */
    public Optional<Article> parse(Input input, String html, String baseUrl, ReadContext ctx) {
        Location where = Location.ofFile(input.name());
        if (controlRatioTooHigh(html)) {
            ctx.diagnostics().error(where, "unreadable", "mostly control characters: binary data, expected an HTML"
                    + " page", html.substring(0, Math.min(40, html.length())));
            return Optional.empty();
        }
        int depthLimit = Math.min(ctx.options().maxDepth(), PARSER_DEPTH_CAP);
        HtmlExtraction x;
        try {
            x = extract(html, baseUrl, depthLimit);
        } catch (RuntimeException e) {
            // jsoup's tree builder can fail when the depth cap drops an element it still tracks (found by
            // fuzzing: misnested formatting elements such as <b><i> in tables at the cap). The cap is the
            // trigger, so the page is parsed once more with the other cap; a second failure is an error.
            int retry = depthLimit < PARSER_DEPTH_CAP ? PARSER_DEPTH_CAP : PARSER_DEPTH_CAP / 2;
            try {
                x = extract(html, baseUrl, retry);
            } catch (RuntimeException again) {
                ctx.diagnostics().error(where, "invalid-record", "the HTML parser failed on this page (" + e
                        + "); expected HTML that jsoup can parse; the page was skipped",
                        html.strip().substring(0, Math.min(60, html.strip().length())));
                return Optional.empty();
            }
            ctx.diagnostics().warning(where, "limit", "the HTML parser failed with elements nested at most "
                    + depthLimit + " deep (" + e + "); the page was read with the limit at " + retry, "");
            depthLimit = retry;
        }
        if (x.maxDepth() >= depthLimit) {
            ctx.diagnostics().warning(where, "limit", "elements are nested deeper than " + depthLimit
                    + "; deeper elements were flattened into the deepest one kept"
                    + (depthLimit < PARSER_DEPTH_CAP ? " (raise --max-depth to keep more)" : ""), "");
        }
        String body = x.body();
        if (body.isBlank()) {
            ctx.diagnostics().error(where, "empty", "no article text found: expected paragraphs of text in the page",
                    html.strip().substring(0, Math.min(60, html.strip().length())));
            return Optional.empty();
        }
        if (body.length() > ctx.options().maxBodyChars()) {
            ctx.diagnostics().error(where, "limit", "body of " + body.length() + " chars is over the limit of "
                    + ctx.options().maxBodyChars() + "; the article was skipped", "");
            return Optional.empty();
        }
        HtmlMetadata m = x.metadata();
        Article.Builder b = Article.builder().location(where).url(m.canonicalUrl()).outlet(m.siteName())
                .published(m.published()).title(m.title()).body(body).byline(m.byline()).wire(x.wire())
                .language(m.language());
        return Optional.of(ArticleDefaults.complete(b, ctx.options()));
    }

    /**
     * Parses a page and finds its metadata, main text and wire credit, without limits or diagnostics; for
     * evaluation and for callers that want the parts.
     *
     * @param html     the page
     * @param baseUrl  its URL, or empty
     * @param maxDepth element nesting kept by the parser, at most {@link #PARSER_DEPTH_CAP}; deeper elements are
     *                 flattened
     * @throws RuntimeException when jsoup's parser fails on the page (seen only at some depth limits; the
     *                          {@code parse} methods catch it and report it)
     */
    public HtmlExtraction extract(String html, String baseUrl, int maxDepth) {
        Parser parser = Parser.htmlParser().setMaxDepth(Math.max(1, Math.min(maxDepth, PARSER_DEPTH_CAP)));
        Document doc = parser.parseInput(html, baseUrl);
        HtmlMetadata m = metadata.extract(doc, baseUrl);
        int depth = maxDepth(doc);
        Element body = doc.body();
        String text = mainText.extract(body == null ? doc : body, m.title());
        String start = text.length() > 400 ? text.substring(0, 400) : text;
        String wire = WireCredit.detect(m.byline(), start).orElse("");
        return new HtmlExtraction(m, text, wire, depth);
    }

    private static int maxDepth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (depth > max[0]) {
                max[0] = depth;
            }
        }, doc);
        return max[0];
    }

    private static int firstNul(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean utf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE);
    }

    /**
     * Binary data that has no NUL byte: over a tenth of the first chars are control characters, or over half are
     * U+FFFD (a page in an undeclared legacy charset has some, but its ASCII markup keeps them well under half).
     */
    private static boolean controlRatioTooHigh(String s) {
        int n = Math.min(s.length(), SNIFF_BYTES);
        int control = 0;
        int replaced = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            } else if (c == '\uFFFD') {
                replaced++;
            }
        }
        return n > 0 && (control * 10 > n || replaced * 2 > n);
    }
}
