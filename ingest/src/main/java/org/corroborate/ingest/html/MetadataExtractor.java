package org.corroborate.ingest.html;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.core.Published;
import org.corroborate.ingest.html.internal.LenientDates;
import org.corroborate.ingest.html.internal.Text;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from a parsed page: JSON-LD ({@code schema.org} Article types), {@code <meta>}
 * tags (Open Graph, Dublin Core, Parse.ly, Twitter, plain names), {@code <link rel=canonical>}, {@code <time>},
 * {@code <html lang>}, {@code <title>} and bylines marked in the page. Earlier sources win, in the order each
 * field's method documents. Stateless and thread-safe; never throws for bad markup or bad JSON.
 */
public final class MetadataExtractor {

    /** A schema.org type naming an article: the type's name ends with one of these (found, never backtracking). */
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?:Article|Posting|Report|APIReference|Recipe)$");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("(?<!\\s)\\s+(?:[|\\-–—/\\\\>»·]|::)\\s+");
    private static final Pattern BYLINE_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(byline|author|writtenby|"
            + "p-author|dateline-author|article-author|story-author)(?:$|[\\s_-])");
    private static final int MAX_JSON_DEPTH = 64;

    private final ObjectMapper mapper;

    public MetadataExtractor() {
        JsonMapper m = JsonMapper.builder().build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_JSON_DEPTH)
                .build());
        this.mapper = m;
    }

    /**
     * The metadata of {@code doc}.
     *
     * @param doc     the parsed page (not modified)
     * @param baseUrl the page's URL for making links absolute, or empty
     */
    public HtmlMetadata extract(Document doc, String baseUrl) {
        Map<String, String> meta = metaTags(doc);
        JsonLd ld = jsonLd(doc);
        String docTitle = Text.collapse(doc.title());
        return new HtmlMetadata(
                title(ld, meta, docTitle, doc),
                byline(ld, meta, doc),
                published(ld, meta, doc),
                siteName(ld, meta),
                canonicalUrl(doc, meta, baseUrl),
                language(doc, meta),
                first(meta, "dc:description", "dcterm:description", "og:description", "description",
                        "twitter:description"));
    }

    /** JSON-LD values of the page's first Article-like object. */
    record JsonLd(String headline, String name, String author, String datePublished, String publisher) {
        static final JsonLd EMPTY = new JsonLd("", "", "", "", "");
    }

    JsonLd jsonLd(Document doc) {
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data().strip();
            data = data.replaceFirst("^<!\\[CDATA\\[", "").replaceFirst("]]>$", "").strip();
            JsonNode root;
            try {
                root = mapper.readTree(data);
            } catch (JacksonException e) {
                continue; // a page's broken JSON-LD is not the reader's problem; other sources remain
            }
            List<JsonNode> objects = new ArrayList<>();
            flatten(root, objects, 0);
            JsonNode article = null;
            for (JsonNode o : objects) {
                if (isArticle(o)) {
                    article = o;
                    break;
                }
            }
            if (article == null) {
                continue;
            }
            return new JsonLd(Text.collapse(text(article.get("headline"))), Text.collapse(text(article.get("name"))),
                    authors(article.get("author")), text(article.get("datePublished")),
                    Text.collapse(nameOf(article.get("publisher"))));
        }
        return JsonLd.EMPTY;
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                flatten(c, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual() && isArticleType(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.isTextual() && isArticleType(type.asText());
    }

    private static String authors(JsonNode a) {
        if (a == null) {
            return "";
        }
        Set<String> names = new LinkedHashSet<>();
        if (a.isArray()) {
            for (JsonNode x : a) {
                String n = Text.collapse(nameOf(x));
                if (!n.isEmpty()) {
                    names.add(n);
                }
            }
        } else {
            String n = Text.collapse(nameOf(a));
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        return String.join(", ", names);
    }

    private static String nameOf(JsonNode n) {
        if (n == null) {
            return "";
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            return n.size() > 0 ? nameOf(n.get(0)) : "";
        }
        return text(n.get("name"));
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isContainerNode()) {
            return n != null && n.isArray() && n.size() > 0 ? text(n.get(0)) : "";
        }
        return n.asText();
    }

    /**
     * {@code <meta>} values by normalised key: lower case, {@code .} read as {@code :} (so {@code DC.date} is
     * {@code dc:date}); each space-separated token of the attribute is a key; {@code property} attributes before
     * {@code name}, then {@code itemprop} and {@code http-equiv}; within each, the first value wins.
     */
    static Map<String, String> metaTags(Document doc) {
        Map<String, String> m = new HashMap<>();
        // property= (RDFa, Open Graph) before name=, itemprop= and http-equiv=, as properties are the newer, more
        // deliberate markup
        for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
            for (Element e : doc.getElementsByTag("meta")) {
                String content = Text.collapse(e.attr("content"));
                if (content.isEmpty()) {
                    continue;
                }
                for (String k : e.attr(attr).split("\\s+")) {
                    String key = k.strip().toLowerCase(Locale.ROOT).replace('.', ':');
                    if (!key.isEmpty()) {
                        m.putIfAbsent(key, content);
                    }
                }
            }
        }
        return m;
    }

    private static String first(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    /**
     * JSON-LD {@code headline} (or {@code name} when more of its words are in {@code <title>}), then {@code dc:title},
     * {@code og:title}, {@code twitter:title}, {@code parsely-title} and similar metas, then {@code <title>}
     * without a site-name part ({@link #cleanTitle}), then the first {@code <h1>}.
     */
    static String title(JsonLd ld, Map<String, String> meta, String docTitle, Document doc) {
        if (!ld.headline().isEmpty() && !ld.name().isEmpty() && !ld.headline().equals(ld.name())) {
            return overlap(ld.name(), docTitle) > overlap(ld.headline(), docTitle) ? ld.name() : ld.headline();
        }
        String t = !ld.headline().isEmpty() ? ld.headline() : ld.name();
        if (!t.isEmpty()) {
            return t;
        }
        t = first(meta, "dc:title", "dcterm:title", "dcterms:title", "og:title", "weibo:article:title",
                "weibo:webpage:title", "title", "twitter:title", "parsely-title");
        if (!t.isEmpty()) {
            return t;
        }
        if (!docTitle.isEmpty()) {
            return cleanTitle(docTitle, first(meta, "og:site_name"));
        }
        Element h1 = doc.selectFirst("h1");
        return h1 == null ? "" : Text.collapse(h1.text());
    }

    /**
     * A {@code <title>} without its site-name part. Parts are separated by {@code |}, {@code -}, {@code –},
     * {@code —}, {@code /}, {@code »}, {@code ·} or {@code ::} between spaces. The last part is dropped when it is
     * the site name, or when five or more words remain; else the first part is dropped when it is the site name, or
     * it has at most three words and five or more remain after it; else the title is kept whole (a short title such as
     * {@code Google - Site Reliability Engineering} is more likely whole than suffixed).
     *
     * @param siteName the site's name when known (compared case- and space-insensitively), or empty
     */
    /** True for a one-line type name ending in Article, Posting, Report, APIReference or Recipe. */
    private static boolean isArticleType(String type) {
        return type.indexOf('\n') < 0 && type.indexOf('\r') < 0 && ARTICLE_TYPE.matcher(type).find();
    }

    public static String cleanTitle(String title, String siteName) {
        String t = Text.collapse(title);
        Matcher m = TITLE_SEPARATOR.matcher(t);
        int firstEnd = -1;
        int firstStart = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return t;
        }
        String site = Text.collapse(siteName).toLowerCase(Locale.ROOT);
        String left = t.substring(0, lastStart);
        if (!site.isEmpty() && t.substring(lastEnd).toLowerCase(Locale.ROOT).equals(site)
                || Text.wordCount(left) >= 5) {
            return left;
        }
        String right = t.substring(firstEnd);
        String head = t.substring(0, firstStart);
        if (!site.isEmpty() && head.toLowerCase(Locale.ROOT).equals(site)
                || Text.wordCount(head) <= 3 && Text.wordCount(right) >= 5) {
            return right;
        }
        return t;
    }

    /** How many distinct words of {@code a} occur in {@code b}. */
    private static int overlap(String a, String b) {
        Set<String> x = new LinkedHashSet<>(Text.tokens(a));
        List<String> y = Text.tokens(b);
        int hit = 0;
        for (String w : x) {
            if (y.contains(w)) {
                hit++;
            }
        }
        return hit;
    }

    /**
     * JSON-LD {@code author} names (joined by {@code ", "}), then {@code dc:creator}, {@code author},
     * {@code parsely-author} and similar metas, then the text of a {@code rel=author} or {@code itemprop=author}
     * element or of an element whose class or id says byline or author.
     */
    static String byline(JsonLd ld, Map<String, String> meta, Document doc) {
        if (!ld.author().isEmpty()) {
            return ld.author();
        }
        String b = first(meta, "dc:creator", "dcterm:creator", "dcterms:creator", "author", "parsely-author",
                "byl", "sailthru:author", "article:author", "og:article:author", "twitter:creator");
        if (!b.isEmpty() && !b.startsWith("http") && !b.startsWith("@")) {
            return b;
        }
        for (Element e : doc.select("[rel=author], [itemprop=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            String t = Text.collapse(name != null ? name.text() : e.text());
            if (plausibleByline(t)) {
                return t;
            }
        }
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (BYLINE_CLASS.matcher(e.className() + " " + e.id()).find()) {
                String t = Text.collapse(e.text());
                if (plausibleByline(t)) {
                    return t;
                }
            }
        }
        return "";
    }

    private static boolean plausibleByline(String t) {
        return !t.isEmpty() && t.length() < 100 && Text.wordCount(t) <= 12;
    }

    /**
     * JSON-LD {@code datePublished}, then {@code article:published_time}, Dublin Core dates, {@code date},
     * {@code pubdate}, {@code parsely-pub-date} and similar metas, then a {@code <time datetime>} marked as the
     * publication time ({@code pubdate} or {@code itemprop=datePublished}), then the first {@code <time datetime>}.
     * Values that do not parse ({@link LenientDates}) are passed over.
     */
    static Optional<Published> published(JsonLd ld, Map<String, String> meta, Document doc) {
        List<String> candidates = new ArrayList<>();
        candidates.add(ld.datePublished());
        for (String k : new String[] {"article:published_time", "og:article:published_time", "og:published_time",
            "article:published", "datepublished", "dcterms:available", "dcterms:created", "dcterms:issued",
            "dc:date:issued", "dc:date", "dcterms:date", "date", "pubdate", "publishdate", "publish-date",
            "publish_date", "parsely-pub-date", "sailthru:date", "weibo:article:create_at", "article:modified_time"}) {
            String v = meta.get(k);
            if (v != null) {
                candidates.add(v);
            }
        }
        for (String query : new String[] {"time[pubdate][datetime]", "[itemprop=datePublished][datetime]",
            "[itemprop=datePublished][content]", "time[datetime]"}) {
            Element t = doc.selectFirst(query);
            if (t != null) {
                candidates.add(t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content"));
            }
        }
        for (String c : candidates) {
            Optional<Published> p = LenientDates.parse(c);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** JSON-LD {@code publisher.name}, then {@code og:site_name}. */
    static String siteName(JsonLd ld, Map<String, String> meta) {
        if (!ld.publisher().isEmpty()) {
            return ld.publisher();
        }
        return first(meta, "og:site_name");
    }

    /** {@code <link rel=canonical>}, then {@code og:url}, then the base URL; absolute when it can be made so. */
    static String canonicalUrl(Document doc, Map<String, String> meta, String baseUrl) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null) {
            String abs = link.absUrl("href");
            return abs.isEmpty() ? link.attr("href").strip() : abs;
        }
        String og = first(meta, "og:url");
        return !og.isEmpty() ? og : baseUrl;
    }

    /** {@code <html lang>} (or {@code xml:lang}), then a {@code Content-Language} or {@code language} meta. */
    static String language(Document doc, Map<String, String> meta) {
        Element html = doc.selectFirst("html");
        String l = "";
        if (html != null) {
            l = html.attr("lang").strip();
            if (l.isEmpty()) {
                l = html.attr("xml:lang").strip();
            }
        }
        if (l.isEmpty()) {
            l = first(meta, "content-language", "language", "dc:language");
            int comma = l.indexOf(',');
            l = comma > 0 ? l.substring(0, comma).strip() : l;
        }
        l = l.replace('_', '-');
        return l.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") ? l : "";
    }
}
