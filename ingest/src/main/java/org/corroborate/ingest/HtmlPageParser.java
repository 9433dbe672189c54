package org.corroborate.ingest;

import java.nio.charset.Charset;
import java.util.Optional;
import org.corroborate.core.Article;
import org.corroborate.core.Location;

/**
 * Turns one HTML page into an article. This is the seam through which containers that carry HTML (WARC response
 * records, the {@code html} column of CSV files) hand their pages to the HTML reader.
 *
 * <p><b>Wiring.</b> {@link Readers#defaults()} uses {@link Readers#htmlPageParser()}, which returns
 * {@code new HtmlArticleReader()::parse} ({@link org.corroborate.ingest.html.HtmlArticleReader}). Tests pass their
 * own small implementation.
 *
 * <p>Contract: same as {@link ArticleReader}. Bad HTML is data: the parser reports diagnostics to
 * {@link ReadContext#diagnostics()} naming {@code input}, and returns empty when it found no article; it never
 * throws for bad input. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface HtmlPageParser {

    /**
     * Reads the article of one HTML page.
     *
     * @param input       names the page in diagnostics and in the article's location (for example
     *                    {@code crawl.warc#record@1234})
     * @param html        the page's raw bytes, undecoded
     * @param baseUrl     the page's URL, for resolving relative links and as the article's URL when the page names
     *                    no canonical one; empty when unknown
     * @param httpCharset the charset the HTTP {@code Content-Type} header named, which wins over the page's own
     *                    {@code <meta charset>}; empty when there was none
     * @param ctx         options, limits and where diagnostics go
     * @return the article, or empty when the page has none (the parser said why in a diagnostic)
     */
    Optional<Article> parse(Input input, byte[] html, String baseUrl, Optional<Charset> httpCharset, ReadContext ctx);

    /**
     * A parser for builds without an HTML reader: reads no page and reports each one as an
     * {@code unknown-format} error, so that nothing is lost silently.
     */
    static HtmlPageParser unavailable() {
        return (input, html, baseUrl, httpCharset, ctx) -> {
            ctx.diagnostics().error(Location.ofFile(input.name()), "unknown-format",
                    "an HTML page, which this build cannot read yet (no HTML reader is wired into Readers)",
                    baseUrl);
            return Optional.empty();
        };
    }
}
