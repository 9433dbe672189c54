package org.corroborate.ingest.html;

import java.util.Objects;

/**
 * What {@link HtmlArticleReader#extract} finds in one page: its metadata and its main text.
 *
 * @param metadata the page's metadata
 * @param body     main text, paragraphs separated by one blank line ({@code "\n\n"}), whitespace inside a paragraph
 *                 collapsed to single spaces; empty when the page has no readable text
 * @param wire     the wire agency credited ({@link org.corroborate.ingest.WireCredit}), or empty
 * @param maxDepth the deepest element nesting seen after parsing (the parser flattens anything deeper than its limit)
 */
public record HtmlExtraction(HtmlMetadata metadata, String body, String wire, int maxDepth) {

    public HtmlExtraction {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(wire, "wire");
    }
}
