package org.corroborate.ingest.feed;

import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.core.Article;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.ingest.ArticleDefaults;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadContext;
import org.corroborate.ingest.internal.HtmlText;
import org.corroborate.ingest.internal.WireCredits;

/**
 * Reads RSS 0.9x, 1.0 and 2.0 and Atom feeds (with Rome): each item with text becomes an article.
 *
 * <p>Fields: the body is the item's {@code content:encoded} or Atom {@code content}, else its {@code description}
 * or {@code summary}, as plain text (HTML tags dropped, paragraphs kept); the URL is its link; the date its
 * publication date, else its update date; the byline its author ({@code dc:creator}, RSS {@code author} or Atom
 * {@code author}); the outlet the item's {@code source} when it names one, else the feed's title; the wire agency
 * an obvious credit in the text ({@code PARIS (AFP) -}). An item with no text is skipped with a warning (fetch its
 * page with {@code corroborate fetch} to read it).
 *
 * <p>Security: document type declarations are never processed. A DOCTYPE with an internal subset (the only place
 * entities can be declared) makes the whole feed an {@code invalid-record} error, which stops XXE (external
 * entities reading local files or URLs) and entity-expansion bombs ("billion laughs") before any XML parser sees
 * them; a bare DOCTYPE naming only an external DTD, as old RSS 0.91 feeds have, is dropped unread. Rome's parser is
 * also set to refuse any DOCTYPE that gets past this.
 *
 * <p>A feed is parsed whole (it is an XML tree), so it is bounded: a feed longer than 32 times
 * {@link org.corroborate.ingest.ReadOptions#maxBodyChars()} chars (at least 16 M) is a {@code limit} error.
 */
public final class FeedReader implements ArticleReader {

    private static final String RSS_091_PUBLIC_ID = "\"-//Netscape Communications//DTD RSS 0.91//EN\"";

    /** {@code name@example.org (Name)}; no '@' before it and no '(' in the domain, so it cannot backtrack. */
    private static final Pattern EMAIL_NAME = Pattern.compile("^[^\\s@]+@[^\\s(]+\\s*\\((.+)\\)\\s*$");

    @Override
    public InputFormat format() {
        return InputFormat.FEED;
    }

    @Override
    public void read(Input input, InputStream in, ReadContext context, Consumer<Article> sink) throws IOException {
        Optional<SyndFeed> parsed = parse(input, in, context);
        if (parsed.isEmpty()) {
            return;
        }
        SyndFeed feed = parsed.get();
        int n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            toArticle(entry, feed, Location.ofFile(input.name() + "#item-" + n), context).ifPresent(sink);
        }
        if (n == 0) {
            context.diagnostics().warning(Location.ofFile(input.name()), "empty", "feed has no items",
                    title(feed.getTitle()));
        }
    }

    /**
     * The links of the feed's items, in order, without repeats, resolved against {@code baseUrl} when relative
     * (items without a link are left out). The feed is parsed as safely as by {@link #read}; problems go to
     * {@code context} the same way.
     */
    public List<String> itemLinks(Input input, InputStream in, String baseUrl, ReadContext context)
            throws IOException {
        Optional<SyndFeed> parsed = parse(input, in, context);
        if (parsed.isEmpty()) {
            return List.of();
        }
        Set<String> links = new LinkedHashSet<>();
        for (SyndEntry entry : parsed.get().getEntries()) {
            String link = entry.getLink() == null ? "" : entry.getLink().strip();
            if (link.isEmpty()) {
                continue;
            }
            try {
                links.add(baseUrl.isEmpty() ? URI.create(link).toString() : URI.create(baseUrl).resolve(link)
                        .toString());
            } catch (IllegalArgumentException e) {
                context.diagnostics().warning(Location.ofFile(input.name()), "invalid-value",
                        "item link is not a valid URL; skipped", link);
            }
        }
        return List.copyOf(links);
    }

    private Optional<SyndFeed> parse(Input input, InputStream in, ReadContext context) throws IOException {
        String xml;
        long max = maxFeedChars(context);
        try (Reader r = new XmlReader(in, true)) {
            xml = readAll(r, max);
        } catch (java.io.UnsupportedEncodingException | java.nio.charset.IllegalCharsetNameException e) {
            context.diagnostics().error(Location.ofFile(input.name()), "encoding", "feed declares a charset this"
                    + " Java cannot decode (" + e.getMessage() + "); expected UTF-8 or another standard charset"
                    + " in <?xml ... encoding=\"...\"?>; the feed was not read", "");
            return Optional.empty();
        } catch (IOException e) {
            // Rome's XmlReader says "Unexpected end of XML stream" and the like about the content; the Ingestor's
            // stream ends softly when the file itself fails, so this is bad input (found by fuzzing).
            context.diagnostics().error(Location.ofFile(input.name()), "invalid-record", "cannot tell the feed's"
                    + " encoding: " + e.getMessage() + "; expected an XML declaration or UTF-8 text", "");
            return Optional.empty();
        }
        if (xml.length() > max) {
            context.diagnostics().error(Location.ofFile(input.name()).atOffset(max), "limit", "feed is longer than "
                    + max + " chars (32 x --max-body-chars); it was not read", "");
            return Optional.empty();
        }
        int replaced = xml.indexOf('\uFFFD');
        if (replaced >= 0) {
            // one warning per feed, as the other readers give: the text is read with U+FFFD in it
            context.diagnostics().warning(new Location(input.name(), lineOf(xml, replaced),
                    replaced - (xml.lastIndexOf('\n', replaced) + 1)), "encoding",
                    "bytes that are not valid in the feed's charset were replaced by U+FFFD (or the feed holds U+FFFD"
                    + " itself); save it in the charset its XML declaration names", xml.substring(Math.max(0,
                    replaced - 20), Math.min(xml.length(), replaced + 20)));
        }
        Optional<String> safe = withoutDoctype(xml, input, context);
        if (safe.isEmpty()) {
            return Optional.empty();
        }
        int tooDeep = tooDeepAt(safe.get(), context.options().maxDepth());
        if (tooDeep >= 0) {
            context.diagnostics().error(new Location(input.name(), lineOf(xml, tooDeep), tooDeep), "limit",
                    "elements nested more than " + context.options().maxDepth() + " deep (--max-depth); the feed was"
                    + " not read", xml.substring(tooDeep, Math.min(xml.length(), tooDeep + 40)));
            return Optional.empty();
        }
        try {
            return Optional.of(parser().build(new StringReader(safe.get())));
        } catch (StackOverflowError e) {
            // Rome and JDOM recurse over elements; the depth check above should make this unreachable.
            context.diagnostics().error(Location.ofFile(input.name()), "limit", "feed is nested too deeply to"
                    + " parse; it was not read", "");
            return Optional.empty();
        } catch (ParsingFeedException e) {
            context.diagnostics().error(new Location(input.name(), Math.max(0, e.getLineNumber()),
                    Math.max(-1, e.getColumnNumber() - 1)), "invalid-record", "not well-formed XML: "
                    + rootMessage(e) + "; expected an RSS or Atom feed", "");
        } catch (FeedException | IllegalArgumentException e) {
            context.diagnostics().error(Location.ofFile(input.name()), "unknown-format",
                    "not an RSS or Atom feed Rome can read: " + rootMessage(e), snippet(xml));
        }
        return Optional.empty();
    }

    /** Rome's parser, set to refuse any DOCTYPE (the second line of defence after {@link #withoutDoctype}). */
    static SyndFeedInput parser() {
        SyndFeedInput parser = new SyndFeedInput(false, Locale.ROOT);
        parser.setAllowDoctypes(false);
        parser.setPreserveWireFeed(true);
        return parser;
    }

    /**
     * The document with a harmless DOCTYPE removed, or empty (after a diagnostic) when the DOCTYPE declares
     * anything. Only the prolog is looked at: a DOCTYPE later is a well-formedness error for the parser.
     */
    static Optional<String> withoutDoctype(String xml, Input input, ReadContext context) {
        int i = 0;
        int n = xml.length();
        while (i < n) {
            char c = xml.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (xml.startsWith("<?", i)) {
                int end = xml.indexOf("?>", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (xml.startsWith("<!--", i)) {
                int end = xml.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (xml.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                int close = xml.indexOf('>', i);
                int subset = xml.indexOf('[', i);
                if (close < 0 || subset >= 0 && subset < close) {
                    context.diagnostics().error(new Location(input.name(), lineOf(xml, i), i), "invalid-record",
                            "feed declares a DOCTYPE with an internal subset (entity declarations); these are never"
                            + " expanded (they can read local files or explode in size), so the feed was not read;"
                            + " expected a feed without <!DOCTYPE ...[...]>", xml.substring(i));
                    return Optional.empty();
                }
                // An external DTD only (RSS 0.91): never loaded; blanked out, keeping line numbers.
                // Said, except for the well-known RSS 0.91 DTD that every such feed names.
                if (!xml.substring(i, close).contains(RSS_091_PUBLIC_ID)) {
                    context.diagnostics().warning(new Location(input.name(), lineOf(xml, i), i), "skipped",
                            "the DOCTYPE's external DTD was not loaded (DTDs are never fetched or read); the feed"
                            + " is read without it", xml.substring(i, close + 1));
                }
                return Optional.of(xml.substring(0, i) + xml.substring(i, close + 1).replaceAll("[^\\n]", " ")
                        + xml.substring(close + 1));
            } else {
                break;
            }
        }
        return Optional.of(xml);
    }

    /**
     * Offset of the first element nested deeper than {@code maxDepth} in {@code xml}, or -1. A linear scan that
     * skips comments, CDATA sections, processing instructions and declarations; the XML parser judges the rest.
     */
    static int tooDeepAt(String xml, int maxDepth) {
        int depth = 0;
        int n = xml.length();
        int i = 0;
        while (i < n) {
            int lt = xml.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                return -1;
            }
            char c = xml.charAt(lt + 1);
            if (xml.startsWith("<!--", lt)) {
                i = skipPast(xml, "-->", lt + 4);
            } else if (xml.startsWith("<![CDATA[", lt)) {
                i = skipPast(xml, "]]>", lt + 9);
            } else if (c == '?') {
                i = skipPast(xml, "?>", lt + 2);
            } else if (c == '!') {
                i = skipPast(xml, ">", lt + 2);
            } else if (c == '/') {
                depth = Math.max(0, depth - 1);
                i = skipPast(xml, ">", lt + 2);
            } else {
                int end = tagEnd(xml, lt + 1);
                if (end < 0) {
                    return -1;
                }
                if (xml.charAt(end - 1) != '/' && ++depth > maxDepth) {
                    return lt;
                }
                i = end + 1;
            }
        }
        return -1;
    }

    private static int skipPast(String s, String end, int from) {
        int k = s.indexOf(end, from);
        return k < 0 ? s.length() : k + end.length();
    }

    /** The {@code >} that ends the tag starting at {@code from}, skipping quoted attribute values; -1 if none. */
    private static int tagEnd(String s, int from) {
        char quote = 0;
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k;
            }
        }
        return -1;
    }

    private static long lineOf(String s, int index) {
        long line = 1;
        for (int i = 0; i < index; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Optional<Article> toArticle(SyndEntry entry, SyndFeed feed, Location where, ReadContext context) {
        String raw = "";
        String type = "";
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                raw = c.getValue();
                type = c.getType() == null ? "" : c.getType();
                break;
            }
        }
        if (raw.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            raw = entry.getDescription().getValue();
            type = entry.getDescription().getType() == null ? "" : entry.getDescription().getType();
        }
        String body = isPlainText(type) ? raw.strip() : HtmlText.toText(raw);
        String title = title(entry.getTitle());
        String link = entry.getLink() == null ? "" : entry.getLink().strip();
        if (body.isBlank()) {
            context.diagnostics().warning(where, "missing-field", "item has no content or description, only a"
                    + " title and link; skipped (fetch its page with 'corroborate fetch' to read it)",
                    title.isEmpty() ? link : title);
            return Optional.empty();
        }
        if (body.length() > context.options().maxBodyChars()) {
            context.diagnostics().error(where, "limit", "body of " + body.length() + " chars is over the limit of "
                    + context.options().maxBodyChars() + "; the item was skipped", title);
            return Optional.empty();
        }
        Article.Builder b = Article.builder().location(where).url(link).title(title).body(body)
                .byline(byline(entry)).outlet(outlet(entry, feed))
                .language(feed.getLanguage() == null ? "" : feed.getLanguage().strip());
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            b.published(Published.ofDateTime(date.toInstant().atOffset(ZoneOffset.UTC)));
        }
        WireCredits.detect(body).ifPresent(b::wire);
        return Optional.of(ArticleDefaults.complete(b, context.options()));
    }

    private static boolean isPlainText(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("text") || t.equals("text/plain");
    }

    private static String outlet(SyndEntry entry, SyndFeed feed) {
        if (entry.getWireEntry() instanceof Item item && item.getSource() != null
                && item.getSource().getValue() != null && !item.getSource().getValue().isBlank()) {
            return item.getSource().getValue().strip();
        }
        if (entry.getSource() != null && entry.getSource().getTitle() != null
                && !entry.getSource().getTitle().isBlank()) {
            return title(entry.getSource().getTitle());
        }
        return title(feed.getTitle());
    }

    private static String byline(SyndEntry entry) {
        String a = entry.getAuthor();
        if ((a == null || a.isBlank()) && !entry.getAuthors().isEmpty()) {
            SyndPerson p = entry.getAuthors().get(0);
            a = p.getName();
        }
        if (a == null) {
            return "";
        }
        Matcher m = EMAIL_NAME.matcher(a.strip());
        return m.matches() ? m.group(1).strip() : a.strip();
    }

    private static String title(String t) {
        if (t == null) {
            return "";
        }
        return t.indexOf('<') >= 0 || t.indexOf('&') >= 0 ? HtmlText.toText(t) : t.strip();
    }

    /** The longest feed parsed: a feed is one XML tree in memory, so it gets a bound of its own. */
    static long maxFeedChars(ReadContext context) {
        return Math.max(16L << 20, 32L * context.options().maxBodyChars());
    }

    /** Reads at most {@code max + 1} chars, so that the caller can tell an over-long input. */
    private static String readAll(Reader r, long max) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while (sb.length() <= max && (n = r.read(buf)) > 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String snippet(String xml) {
        return xml.strip().length() > 80 ? xml.strip().substring(0, 80) : xml.strip();
    }
}
