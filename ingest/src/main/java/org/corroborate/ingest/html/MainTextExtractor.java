package org.corroborate.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corroborate.ingest.html.internal.Text;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds the main text of an article page.
 *
 * <p>How: (1) page furniture is removed: scripts, styles, form controls, hidden elements, {@code nav},
 * {@code aside}, {@code header}, {@code footer}, ARIA landmarks that are not the article, byline boxes, loose image
 * captions and photo credits (captions of the article's own {@code <figure>}s stay), and elements whose class or id
 * names navigation, ads, related links, share bars and the like (unless a content word such as {@code article} or
 * {@code content} is also there, or the element holds most of the page's text), or comments, galleries and
 * slideshows (unless the element holds the article). (2) The rest is cut into text blocks at block-level elements
 * and at double line breaks; each block knows its length, its commas and how much of it is link text; short blocks
 * that hold a {@code rel=author} link or a {@code <time>} are byline or date lines and are dropped. (3) Each block
 * long enough to be a paragraph gives a score (more for length and commas, less for link text) to the element that
 * holds it and, decreasingly, to three more ancestors; every block also adds to each ancestor's content value
 * (paragraphs positively, short and link-heavy blocks as a cost). (4) The element with the best score, discounted
 * by its own link density and by what its class says, is the article's container; it is widened to an ancestor
 * that adds clearly more content than furniture, and its siblings that scored well, hold enough paragraphs or look
 * like paragraphs are merged in. (5) Inside, link-heavy lists, tables and boxes are dropped, and the remaining
 * blocks, in document order, are the text (a first heading repeating the title excepted).
 *
 * <p>All traversals are iterative ({@link NodeTraversor}), so nesting depth cannot overflow the stack. Stateless and
 * thread-safe. {@link #extract} modifies the element it is given.
 */
public final class MainTextExtractor {

    /** Blocks shorter than this many chars do not vote for a container. */
    static final int MIN_PARAGRAPH_CHARS = 25;
    /** A block shorter than this holding a {@code rel=author} link or a {@code <time>} is a byline or date line. */
    static final int DATE_LINE_CHARS = 80;
    /** The container is widened to an ancestor whose content value is this much more, plus a fraction... */
    static final double WIDEN_MARGIN = 2.0;
    /** ...of the current value... */
    static final double WIDEN_FRACTION = 0.1;
    /** ...as long as the furniture it adds costs at most this fraction of the content it adds. */
    static final double WIDEN_COST_RATIO = 0.5;
    /** A sibling of the container is merged when its content value is at least this... */
    static final double SIBLING_MIN_VALUE = 3.0;
    /** ...and at least this fraction of the container's. */
    static final double SIBLING_VALUE_FRACTION = 0.05;
    /** How many ancestors up the container may be widened. */
    static final int MAX_WIDEN_STEPS = 12;

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "link", "meta",
            "video", "audio", "source", "map", "dialog", "head", "title");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary", "banner", "contentinfo",
            "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist");
    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
            "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
            "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul", "html", "legend", "option", "output");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> CONDITIONAL = Set.of("ul", "ol", "dl", "table", "div", "section", "form",
            "aside", "figure");
    private static final Pattern NEGATIVE = Pattern.compile("(?:^|[\\s_-])(?:ad|ads|adv|advert\\w*|adslot|"
            + "ad[sv]?box|banner|breadcrumbs?|combx|community|cookie\\w*|extra|foot|footer|"
            + "header|masthead|menu|modal|nav|navbar|navigation|newsletter\\w*|outbrain|pager|pagination|popup|"
            + "promo\\w*|related\\w*|rel|remark|rss|share\\w*|sharing|shoutbox|sidebar|side|skyscraper|social\\w*|"
            + "sponsor\\w*|subscribe|subscription|taboola|tags|toolbar|tools|trending|widget\\w*|recirc\\w*|"
            + "recommend\\w*|popular|signup|login|gdpr|consent|supplemental|agegate|"
            + "more-stories|read-more|also|jump|hidden|hide|print|email|follow|author-box|author-bio|bio)"
            + "(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "(?i)comment|disqus|respond|replies|reply|discussion|talkback|cookie-?banner|paywall"
                    + "|(?:^|[\\s_-])(?:gallery|slideshow|carousel)(?:$|[\\s_-])");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|page|post|"
            + "text|blog|story|prose|column");
    private static final Pattern BYLINE_NAMES = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:byline|author|dateline|writtenby)(?:$|[\\s_-])");
    private static final Pattern CAPTION_NAMES = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:caption|credit|credits|photo-credit|image-credit)(?:$|[\\s_-])");
    private static final Evaluator ARTICLE_MARK = QueryParser.parse(
            "article, main, [role=main], [itemprop=articleBody]");
    private static final Evaluator AUTHOR_OR_TIME = QueryParser.parse("a[rel~=(?i)^author$], time");
    /** Class words that say a box has no caption, or has one inside it, rather than that it is one. */
    private static final Pattern NOT_CAPTION = Pattern.compile("(?i)(?:no|has|with|without)[_-]?caption\\w*");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** One run of text between block boundaries. */
    private record Block(Element owner, String text, int chars, int linkChars, int commas) {
        double linkDensity() {
            return chars == 0 ? 0 : linkChars / (double) chars;
        }
    }

    /**
     * What lies under an element: chars, link chars and commas of its text; its votes ({@code score}); and the
     * summed {@link #value} of its blocks, positive parts in {@code value} and negative parts in {@code cost}.
     */
    private static final class Stats {
        int chars;
        int linkChars;
        int commas;
        double score;
        double value;
        double cost;
    }

    /**
     * The main text under {@code root} (normally a document's {@code <body>}, or the document).
     *
     * @param root  what to search; modified (furniture is removed)
     * @param title the article's title, so that a heading repeating it is not part of the text; or empty
     * @return paragraphs separated by {@code "\n\n"}, each with whitespace collapsed; empty when there is no text
     */
    public String extract(Element root, String title) {
        clean(root);
        Collected c = collect(root);
        if (c.blocks.isEmpty()) {
            return "";
        }
        Map<Element, Stats> stats = c.stats;
        // (3) votes (each block's value for the subtree sums was added up by collect)
        for (Block b : c.blocks) {
            if (b.chars < MIN_PARAGRAPH_CHARS || HEADINGS.contains(b.owner.normalName())) {
                continue;
            }
            double s = paragraphScore(b);
            Element voter = c.hasBlockChild.contains(b.owner) ? b.owner : b.owner.parent();
            double[] weights = {1.0, 0.5, 0.2, 0.1};
            for (int level = 0; level < weights.length && voter != null; level++) {
                statsOf(stats, voter).score += s * weights[level];
                voter = voter.parent();
            }
        }
        // (4) container: the best-voted element, widened to an ancestor that holds clearly more content
        Element top = null;
        double best = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (Map.Entry<Element, Stats> e : stats.entrySet()) {
            if (e.getValue().score <= 0) {
                continue;
            }
            double f = finalScore(e.getKey(), e.getValue());
            finals.put(e.getKey(), f);
            if (f > best) {
                best = f;
                top = e.getKey();
            }
        }
        if (top != null) {
            Element widest = top;
            double have = stats.get(top).value;
            double cost = stats.get(top).cost;
            int steps = 0;
            for (Element x = top.parent(); x != null && steps < MAX_WIDEN_STEPS; x = x.parent(), steps++) {
                Stats st = stats.get(x);
                if (st != null && st.value >= have + WIDEN_MARGIN + WIDEN_FRACTION * have
                        && st.cost - cost <= WIDEN_COST_RATIO * (st.value - have)) {
                    widest = x;
                    have = st.value;
                    cost = st.cost;
                }
                if (x == root) {
                    break;
                }
            }
            top = widest;
            best = finals.getOrDefault(top, best);
        }
        List<Element> included = new ArrayList<>();
        if (top == null) {
            included.add(root);
        } else if (top.parent() == null) {
            included.add(top);
        } else {
            double threshold = Math.max(5, best * 0.2);
            double topValue = stats.get(top) == null ? 0 : stats.get(top).value;
            for (Element sib : top.parent().children()) {
                if (sib == top) {
                    included.add(sib);
                    continue;
                }
                Double f = finals.get(sib);
                Stats st = stats.get(sib);
                if (f != null && f >= threshold || st != null && holdsProse(st, topValue)) {
                    included.add(sib);
                } else if (st != null && !c.hasBlockChild.contains(sib) && looksLikeParagraph(st)) {
                    included.add(sib);
                }
            }
        }
        // (5) output
        Set<Element> live = liveElements(included, conditionalDrops(included, stats));
        String titleKey = Text.collapse(title).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean firstText = true;
        for (Block b : c.blocks) {
            if (!live.contains(b.owner)) {
                continue;
            }
            if (firstText && HEADINGS.contains(b.owner.normalName())
                    && b.text.toLowerCase(Locale.ROOT).equals(titleKey)) {
                continue;
            }
            firstText = false;
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(b.text);
        }
        return out.toString();
    }

    /** A paragraph's vote: more for length and commas, less for link text; positive. */
    private static double paragraphScore(Block b) {
        double s = 1 + Math.min(b.commas, 6) + Math.min(b.chars / 100.0, 3.0);
        double ld = b.linkDensity();
        s *= (1 - ld) * (1 - ld);
        if (b.owner.normalName().equals("li")) {
            s *= 0.5;
        }
        return s;
    }

    /**
     * What a block adds to the content of a subtree: a paragraph's score (positive); a small cost for a short or
     * heading block, a cost growing with link text for a link-heavy block (negative).
     */
    private static double value(Block b) {
        if (b.linkDensity() > 0.5) {
            return -(0.5 + b.linkChars / 80.0);
        }
        if (b.chars < MIN_PARAGRAPH_CHARS || HEADINGS.contains(b.owner.normalName())) {
            return -0.25;
        }
        return paragraphScore(b);
    }

    /**
     * A sibling box worth merging whatever its own votes: paragraphs deep inside it add up to a real share of the
     * container's content, with little furniture and few links.
     */
    private static boolean holdsProse(Stats st, double topValue) {
        double ld = st.chars == 0 ? 1 : st.linkChars / (double) st.chars;
        return st.value >= Math.max(SIBLING_MIN_VALUE, SIBLING_VALUE_FRACTION * topValue)
                && st.cost <= 0.5 * st.value && ld < 0.3;
    }

    private static boolean looksLikeParagraph(Stats st) {
        double ld = st.chars == 0 ? 1 : st.linkChars / (double) st.chars;
        return st.chars > 80 && ld < 0.25 || st.chars > 0 && st.chars <= 80 && st.linkChars == 0 && st.commas > 0;
    }

    /** The included containers and everything under them, except what is dropped and what is under that. */
    private static Set<Element> liveElements(List<Element> included, Set<Element> dropped) {
        Set<Element> live = identitySet();
        for (Element container : included) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (dropped.contains(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    live.add(e);
                    return FilterResult.CONTINUE;
                }
            }, container);
        }
        return live;
    }

    private static Set<Element> identitySet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static double finalScore(Element e, Stats st) {
        double ld = st.chars == 0 ? 0 : st.linkChars / (double) st.chars;
        return st.score * (1 - ld) * classWeight(e);
    }

    private static double classWeight(Element e) {
        String tag = e.normalName();
        String names = e.className() + " " + idForNames(e);
        double w = 1.0;
        if (tag.equals("article") || tag.equals("main") || "main".equals(e.attr("role"))
                || "articleBody".equals(e.attr("itemprop"))) {
            w *= 1.25;
        }
        if (POSITIVE.matcher(names).find()) {
            w *= 1.15;
        }
        if (NEGATIVE.matcher(names).find()) {
            w *= 0.8;
        }
        return w;
    }

    /** Link-heavy lists, tables and boxes inside the included containers (not the containers themselves). */
    private static Set<Element> conditionalDrops(List<Element> included, Map<Element, Stats> stats) {
        Set<Element> drops = identitySet();
        Set<Element> tops = identitySet();
        tops.addAll(included);
        for (Element container : included) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tops.contains(e) || !CONDITIONAL.contains(e.normalName())) {
                        return FilterResult.CONTINUE;
                    }
                    Stats st = stats.get(e);
                    if (st == null || st.chars == 0) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    double ld = st.linkChars / (double) st.chars;
                    boolean linky = ld > 0.5 || ld > 0.33 && st.commas < 2 && st.chars < 400;
                    if (linky) {
                        drops.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }
            }, container);
        }
        return drops;
    }

    private static Stats statsOf(Map<Element, Stats> m, Element e) {
        return m.computeIfAbsent(e, k -> new Stats());
    }

    /** (1) Removes page furniture under {@code root}. */
    static void clean(Element root) {
        int total = Math.max(1, root.text().length());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Comment || node instanceof org.jsoup.nodes.DataNode) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (tag.equals("body") || tag.equals("html")) {
                    return FilterResult.CONTINUE;
                }
                if (DROP_TAGS.contains(tag) || isHidden(e)) {
                    return FilterResult.REMOVE;
                }
                if (tag.equals("a") || tag.equals("main") || tag.equals("article")
                        || "main".equals(e.attr("role")) || "articleBody".equals(e.attr("itemprop"))) {
                    return FilterResult.CONTINUE;
                }
                String names = e.className() + " " + idForNames(e);
                if (isBylineOrDateLine(e, names) || isCaption(e, tag, names)) {
                    return FilterResult.REMOVE;
                }
                boolean strong = CHROME_TAGS.contains(tag)
                        || CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                        || STRONG_NEGATIVE.matcher(names).find();
                // content words inside a furniture word ("relatedposts") do not count as naming content
                boolean weak = !strong && NEGATIVE.matcher(names).find()
                        && !POSITIVE.matcher(NEGATIVE.matcher(names).replaceAll(" ")).find();
                if (!strong && !weak) {
                    return FilterResult.CONTINUE;
                }
                String text = e.text();
                if (text.length() * 2 >= total && (weak || e.selectFirst(ARTICLE_MARK) != null)) {
                    return FilterResult.CONTINUE; // a wrapper of most of the page, or of the article
                }
                return FilterResult.REMOVE;
            }
        }, root);
    }

    /**
     * The id, for matching furniture names; empty for an id of four or more words, which is a heading's slug
     * (such as {@code sharing-with-a-single-developer}) rather than a name for a part of the page.
     */
    private static String idForNames(Element e) {
        String id = e.id();
        int parts = 1;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' || c == '_') {
                parts++;
            }
        }
        return parts >= 4 ? "" : id;
    }

    /** A byline box: a short element whose class or id names the byline, author or dateline. */
    private static boolean isBylineOrDateLine(Element e, String names) {
        return BYLINE_NAMES.matcher(names).find() && e.text().length() < 150;
    }

    /**
     * A loose caption or photo credit: an element whose class names a caption or credit, outside any
     * {@code <figure>} (captions of the article's own figures are kept, as they describe the story).
     */
    private static boolean isCaption(Element e, String tag, String names) {
        if (tag.equals("figcaption") || !CAPTION_NAMES.matcher(NOT_CAPTION.matcher(names).replaceAll(" ")).find()
                || e.text().length() >= 300) {
            return false;
        }
        int up = 0;
        for (Element x = e.parent(); x != null && up < 32; x = x.parent(), up++) {
            if (x.normalName().equals("figure")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden")) && e.text().length() < 200
                || HIDDEN_STYLE.matcher(e.attr("style")).find()
                || "hidden".equalsIgnoreCase(e.attr("type"));
    }

    private static final class Collected {
        final List<Block> blocks = new ArrayList<>();
        final Map<Element, Stats> stats = new IdentityHashMap<>();
        final Set<Element> hasBlockChild = identitySet();
    }

    /** (2) Cuts the text under {@code root} into blocks, and sums chars and link chars per element. */
    private static Collected collect(Element root) {
        Collected c = new Collected();
        Deque<Element> owners = new ArrayDeque<>();
        owners.push(root);
        StringBuilder buf = new StringBuilder();
        int[] link = {0, 0}; // [0] anchor depth, [1] link chars in buf
        int[] brs = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    int before = buf.length();
                    appendCollapsed(buf, s);
                    if (link[0] > 0) {
                        link[1] += buf.length() - before;
                    }
                    if (!s.isBlank()) {
                        brs[0] = 0;
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        link[0]++;
                    } else if (tag.equals("br")) {
                        if (++brs[0] >= 2) {
                            flush();
                        } else {
                            buf.append(' ');
                        }
                    } else if (e != root && BLOCK_TAGS.contains(tag)) {
                        flush();
                        brs[0] = 0;
                        c.hasBlockChild.add(owners.peek());
                        owners.push(e);
                    } else if (tag.equals("img") && !buf.isEmpty()) {
                        buf.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) {
                        link[0]--;
                    } else if (e != root && BLOCK_TAGS.contains(tag)) {
                        flush();
                        owners.pop();
                    }
                    Stats mine = c.stats.get(e);
                    Element parent = e.parent();
                    if (mine != null && parent != null && e != root) {
                        Stats p = statsOf(c.stats, parent);
                        p.chars += mine.chars;
                        p.linkChars += mine.linkChars;
                        p.commas += mine.commas;
                        p.value += mine.value;
                        p.cost += mine.cost;
                    }
                }
            }

            private void flush() {
                String text = Text.collapse(buf.toString());
                Element owner = owners.peek();
                if (!text.isEmpty() && text.length() < DATE_LINE_CHARS && owner != root
                        && owner.selectFirst(AUTHOR_OR_TIME) != null) {
                    text = ""; // a byline or date line such as "By <a rel=author>..." or "Published <time>..."
                }
                if (!text.isEmpty()) {
                    int commas = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char ch = text.charAt(i);
                        if (ch == ',' || ch == '，' || ch == '、' || ch == '،') {
                            commas++;
                        }
                    }
                    int linkChars = Math.min(link[1], text.length());
                    Block b = new Block(owner, text, text.length(), linkChars, commas);
                    c.blocks.add(b);
                    Stats st = statsOf(c.stats, owner);
                    st.chars += text.length();
                    st.linkChars += linkChars;
                    st.commas += commas;
                    double v = value(b);
                    st.value += Math.max(v, 0);
                    st.cost += Math.max(-v, 0);
                }
                buf.setLength(0);
                link[1] = 0;
            }
        }, root);
        // text after the last block boundary belongs to the root
        if (!buf.toString().isBlank()) {
            String text = Text.collapse(buf.toString());
            Block b = new Block(root, text, text.length(), Math.min(link[1], text.length()), 0);
            c.blocks.add(b);
            Stats st = statsOf(c.stats, root);
            st.chars += text.length();
            st.linkChars += b.linkChars();
            double v = value(b);
            st.value += Math.max(v, 0);
            st.cost += Math.max(-v, 0);
        }
        return c;
    }

    /** Appends {@code s} with whitespace runs made one space (a space already at the end of {@code sb} counts). */
    private static void appendCollapsed(StringBuilder sb, String s) {
        boolean space = sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Text.isSpace(ch)) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(ch);
                space = false;
            }
        }
    }
}
