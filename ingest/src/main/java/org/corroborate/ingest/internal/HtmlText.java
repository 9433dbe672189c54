package org.corroborate.ingest.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text from an HTML fragment (a feed item's description, say): tags dropped, entities decoded, scripts and
 * styles left out, one blank line between paragraphs and other blocks, runs of spaces within a paragraph collapsed.
 * The fragment is parsed by jsoup's HTML parser, which loads nothing and expands no entities beyond HTML's own.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside",
            "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "figure", "figcaption", "hr", "main", "nav", "address");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "svg", "head");

    private HtmlText() {
    }

    /** The text of {@code html}; plain text without markup comes back with only its whitespace tidied. */
    public static String toText(String html) {
        if (html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder(html.length());
        NodeTraversor.traverse(new NodeVisitor() {
            private int skipDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (skipDepth > 0 || SKIPPED.contains(tag)) {
                        skipDepth++;
                    } else if (tag.equals("br")) {
                        trimSpace(out);
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        paragraph(out);
                    }
                } else if (node instanceof TextNode t && skipDepth == 0) {
                    appendCollapsed(out, t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (skipDepth > 0) {
                        skipDepth--;
                    } else if (BLOCKS.contains(e.normalName())) {
                        paragraph(out);
                    }
                }
            }
        }, body);
        return out.toString().strip();
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void trimSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** Ends the current paragraph with a blank line, once. */
    private static void paragraph(StringBuilder out) {
        trimSpace(out);
        if (out.length() == 0) {
            return;
        }
        if (out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }
}
