package org.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadContext;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

    private final HtmlArticleReader reader = new HtmlArticleReader();

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = HtmlArticleReaderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + name);
            }
            return in.readAllBytes();
        }
    }

    /** Reads one fixture through {@link HtmlArticleReader#read}, as the ingestor does. */
    private Result read(String name, ReadOptions options) throws IOException {
        byte[] bytes = fixture(name);
        Diagnostics d = new Diagnostics();
        List<Article> out = new ArrayList<>();
        reader.read(Input.ofBytes(name, bytes), new java.io.ByteArrayInputStream(bytes), new ReadContext(options, d),
                out::add);
        return new Result(out, d);
    }

    private record Result(List<Article> articles, Diagnostics diagnostics) {
        Article only() {
            assertEquals(1, articles.size(), () -> "articles: " + articles + " diagnostics: " + diagnostics.list());
            return articles.get(0);
        }
    }

    @Test
    void newsPageDropsFurnitureAndKeepsTheArticle() throws IOException {
        Result r = read("news-page.html", ReadOptions.DEFAULTS);
        Article a = r.only();
        assertEquals("""
                The city council voted on Tuesday to approve the long-delayed river bridge, ending two years of \
                argument over its cost, its route and the homes that will be demolished to make way for it.

                Councillors backed the plan by 31 votes to 12. The bridge, which will carry buses, cyclists and \
                pedestrians but not private cars, is expected to cost 84 million euros, about a fifth more than \
                first planned.

                "This is the most important decision this council has taken in a decade," the mayor, Anna Berg, \
                told reporters after the vote. Opponents said they would challenge the decision in court.

                Construction is due to start in the autumn and to take three years, according to the council's \
                transport department, which said the old ferry would run until the bridge opens.""", a.body());
        assertEquals("Council approves new river bridge after two-year delay", a.title());
        assertEquals("Jane Doe", a.byline());
        assertEquals("2025-03-04T09:30+01:00", a.published().orElseThrow().toString());
        assertEquals("https://www.riverside-gazette.example/news/2025/03/bridge-approved", a.url());
        assertEquals("riverside-gazette.example", a.outlet(), "no site name: the canonical URL's domain");
        assertEquals("en-GB", a.language());
        assertEquals("", a.wire());
        assertEquals("news-page.html", a.location().file());
        assertEquals(0, r.diagnostics().total(), () -> r.diagnostics().list().toString());
    }

    @Test
    void jsonLdBeatsOpenGraphAndDoubleBreaksSplitParagraphs() throws IOException {
        Article a = read("jsonld-page.html", ReadOptions.DEFAULTS).only();
        assertEquals("Le port de Marseille bat son record de trafic", a.title());
        assertEquals("Claire Martin, Paul Roux", a.byline());
        assertEquals("2025-02-27T08:15+01:00", a.published().orElseThrow().toString());
        assertEquals("Le Courrier du Sud", a.outlet());
        assertEquals("fr", a.language());
        assertEquals("", a.url(), "no canonical link, no og:url, no base URL");
        assertEquals("""
                Le Grand Port maritime de Marseille a traité 81 millions de tonnes de marchandises l'an dernier, \
                un record depuis sa création.

                Les conteneurs, en hausse de 9 %, expliquent l'essentiel de la progression, selon la direction du \
                port.

                Les syndicats, eux, réclament des embauches pour faire face à l'activité.""", a.body());
    }

    @Test
    void openGraphOnlyPage() throws IOException {
        Article a = read("og-only-page.html", ReadOptions.DEFAULTS).only();
        assertEquals("Hochwasser: Pegel am Rhein sinkt langsam", a.title());
        assertEquals("Rheinische Rundschau", a.outlet());
        assertEquals("https://rundschau.example/artikel/hochwasser-pegel", a.url());
        assertEquals("Mia Schneider", a.byline());
        assertEquals("2025-01-15", a.published().orElseThrow().toString());
        assertTrue(a.published().orElseThrow().dateOnly());
        assertEquals("de", a.language());
        assertEquals("""
                Der Pegel am Rhein ist in der Nacht zum Mittwoch langsam gesunken, wie die Stadtverwaltung \
                mitteilte. In Köln lag der Wasserstand am Morgen bei 7,80 Metern.

                Die Feuerwehr warnte dennoch davor, die überfluteten Uferwege zu betreten, da die Strömung \
                weiterhin stark sei.""", a.body());
    }

    @Test
    void datelineGivesTheWireAndLooseCaptionIsDropped() throws IOException {
        Article a = read("wire-page.html", ReadOptions.DEFAULTS).only();
        assertEquals("AFP", a.wire());
        assertEquals("Senate passes budget bill after all-night session", a.title());
        assertEquals("2025-03-05T06:10Z", a.published().orElseThrow().toString());
        assertEquals("", a.byline());
        assertEquals("unknown", a.outlet());
        assertEquals("""
                WASHINGTON (AFP) – The US Senate passed a budget bill early on Wednesday after an all-night \
                session, sending the measure to the House of Representatives.

                The vote was 51 to 49, with one senator from each party crossing the aisle, according to the \
                official tally.""", a.body());
    }

    @Test
    void outletOptionIsUsedWhenThePageNamesNone() throws IOException {
        Article a = read("wire-page.html", ReadOptions.DEFAULTS.withOutlet("Daily Planet")).only();
        assertEquals("Daily Planet", a.outlet());
    }

    @Test
    void legacyCharsetDeclaredByHttpEquiv() throws IOException {
        Result r = read("latin1-page.html", ReadOptions.DEFAULTS);
        Article a = r.only();
        assertEquals("La campaña de invierno empieza con récord de ventas", a.title());
        assertTrue(a.body().startsWith("La campaña de invierno empezó el lunes con un récord"), a.body());
        assertEquals("es", a.language());
        assertEquals(0, r.diagnostics().total());
    }

    @Test
    void deepNestingIsBoundedAndReported() {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(depth));
        sb.append("<p>Deep inside the page there is still one paragraph of text, long enough to be read.</p>");
        sb.append("</div>".repeat(depth));
        sb.append("</body></html>");
        byte[] html = sb.toString().getBytes(StandardCharsets.UTF_8);
        Diagnostics d = new Diagnostics();
        Optional<Article> a = reader.parse(Input.ofBytes("deep.html", html), html, "", Optional.empty(),
                new ReadContext(ReadOptions.DEFAULTS, d));
        assertEquals("Deep inside the page there is still one paragraph of text, long enough to be read.",
                a.orElseThrow().body());
        assertEquals(1, d.countsByKind().getOrDefault("limit", 0L), () -> d.list().toString());
    }

    @Test
    void pageThatBreaksJsoupAtTheDepthLimitIsReadAgainWithTheCap() throws IOException {
        // Found by ReadersFuzzTest#html: with the depth limit at 32, jsoup's tree builder throws
        // IndexOutOfBoundsException while rebuilding misnested <b><i> elements in tables.
        Result r = read("jsoup-fails-at-depth-32.html", ReadOptions.DEFAULTS.withMaxDepth(32));
        assertTrue(r.only().body().contains("owners said prices rose."), r.only().body());
        Diagnostic warning = r.diagnostics().list().stream()
                .filter(x -> x.message().contains("HTML parser failed")).findFirst().orElseThrow();
        assertEquals("limit", warning.kind());
        assertEquals(Diagnostic.Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains("read with the limit at " + HtmlArticleReader.PARSER_DEPTH_CAP),
                warning.message());
        assertEquals("jsoup-fails-at-depth-32.html", warning.location().file());
    }

    @Test
    void raisedDepthLimitIsStillCappedSoDeepPagesStayFast() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>Still here, and long enough to count as text.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Diagnostics d = new Diagnostics();
        Optional<Article> a = reader.parse(Input.ofString("deep.html", html), html, "",
                new ReadContext(ReadOptions.DEFAULTS.withMaxDepth(depth * 2), d));
        assertEquals("Still here, and long enough to count as text.", a.orElseThrow().body());
        assertEquals(1, d.total(), () -> d.list().toString());
        assertTrue(d.list().get(0).message().contains("deeper than " + HtmlArticleReader.PARSER_DEPTH_CAP));
    }

    @Test
    void extractWalksADeepTreeWithoutRecursion() {
        // Built directly, not parsed, so nothing caps the depth: every traversal must be iterative.
        org.jsoup.nodes.Document doc = org.jsoup.nodes.Document.createShell("");
        // built bottom-up: jsoup's appendElement looks up the tree, which would make building quadratic
        org.jsoup.nodes.Element e = new org.jsoup.nodes.Element("p")
                .text("A paragraph at the bottom of a very deep tree, read all the same.");
        for (int i = 0; i < 100_000; i++) {
            e = new org.jsoup.nodes.Element("div").appendChild(e);
        }
        doc.body().appendChild(e);
        assertEquals("A paragraph at the bottom of a very deep tree, read all the same.",
                new MainTextExtractor().extract(doc.body(), ""));
    }

    @Test
    void binaryFileNamedHtmlIsADiagnostic() {
        byte[] bytes = new byte[2048];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Diagnostics d = new Diagnostics();
        Optional<Article> a = reader.parse(Input.ofBytes("image.html", bytes), bytes, "", Optional.empty(),
                new ReadContext(ReadOptions.DEFAULTS, d));
        assertTrue(a.isEmpty());
        Diagnostic only = d.list().get(0);
        assertEquals("unreadable", only.kind());
        assertEquals(Diagnostic.Severity.ERROR, only.severity());
        assertEquals("image.html", only.location().file());
    }

    @Test
    void controlCharactersWithoutNulAreADiagnosticToo() {
        String junk = "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008".repeat(50) + "<p>x</p>";
        Diagnostics d = new Diagnostics();
        assertTrue(reader.parse(Input.ofString("junk.html", junk), junk, "",
                new ReadContext(ReadOptions.DEFAULTS, d)).isEmpty());
        assertEquals("unreadable", d.list().get(0).kind());
    }

    @Test
    void undeclaredLegacyCharsetIsReadWithReplacementsAndAWarning() {
        byte[] html = ("<html><body><p>Die Straße nach München ist wegen Bauarbeiten gesperrt, teilte die Stadt mit."
                + "</p></body></html>").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Diagnostics d = new Diagnostics();
        Article a = reader.parse(Input.ofBytes("legacy.html", html), html, "", Optional.empty(),
                new ReadContext(ReadOptions.DEFAULTS, d)).orElseThrow();
        assertEquals("Die Stra\uFFFDe nach M\uFFFDnchen ist wegen Bauarbeiten gesperrt, teilte die Stadt mit.",
                a.body());
        assertEquals(1, d.warningCount());
        assertEquals("encoding", d.list().get(0).kind());
        assertTrue(d.list().get(0).message().contains("2 bytes are not valid UTF-8"), d.list().get(0).message());
    }

    @Test
    void httpCharsetHintIsUsed() {
        byte[] html = ("<html><body><p>Die Straße nach München ist wegen Bauarbeiten gesperrt, teilte die Stadt mit."
                + "</p></body></html>").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Diagnostics d = new Diagnostics();
        Article a = reader.parse(Input.ofBytes("record-3", html), html, "https://stadt.example/meldung",
                HtmlArticleReader.charsetOfContentType("text/html; charset=windows-1252"),
                new ReadContext(ReadOptions.DEFAULTS, d)).orElseThrow();
        assertTrue(a.body().startsWith("Die Straße nach München"), a.body());
        assertEquals(0, d.total());
    }

    @Test
    void captionOfTheArticlesOwnFigureIsKeptButAPhotoCreditIsNot() {
        String html = "<html><body><article>"
                + "<p>The new bridge will carry buses, cyclists and pedestrians, the council said on Tuesday.</p>"
                + "<figure><img src=b.jpg><figcaption>The bridge as the architects drew it.</figcaption></figure>"
                + "<span class=\"photo-credit\">Photo: City Council</span>"
                + "<p>Construction is due to start in the autumn and to take three years, officials said.</p>"
                + "</article></body></html>";
        Article a = reader.parse(Input.ofString("fig.html", html), html, "",
                new ReadContext(ReadOptions.DEFAULTS, new Diagnostics())).orElseThrow();
        assertEquals("""
                The new bridge will carry buses, cyclists and pedestrians, the council said on Tuesday.

                The bridge as the architects drew it.

                Construction is due to start in the autumn and to take three years, officials said.""", a.body());
    }

    @Test
    void pageWithoutTextIsADiagnostic() {
        String html = "<html><head><title>Nothing</title></head><body><script>var x = 1;</script></body></html>";
        Diagnostics d = new Diagnostics();
        assertTrue(reader.parse(Input.ofString("empty.html", html), html, "",
                new ReadContext(ReadOptions.DEFAULTS, d)).isEmpty());
        assertEquals("empty", d.list().get(0).kind());
    }

    @Test
    void bodyOverTheLimitIsSkippedWithADiagnostic() throws IOException {
        Result r = read("news-page.html", ReadOptions.DEFAULTS.withMaxBodyChars(100));
        assertTrue(r.articles().isEmpty());
        assertEquals("limit", r.diagnostics().list().get(0).kind());
        assertTrue(r.diagnostics().list().get(0).message().contains("over the limit of 100"));
    }

    @Test
    void fileOverTheByteLimitIsSkippedWithADiagnostic() throws IOException {
        Result r = read("news-page.html", ReadOptions.DEFAULTS.withMaxFileBytes(1000));
        assertTrue(r.articles().isEmpty());
        assertEquals("limit", r.diagnostics().list().get(0).kind());
    }

    @Test
    void baseUrlIsTheCanonicalUrlWhenThePageNamesNone() {
        String html = "<html><body><p>A paragraph of text that is long enough to be the article body.</p></body>"
                + "</html>";
        Article a = reader.parse(Input.ofString("record-1", html), html, "https://www.example.org/story/1",
                new ReadContext(ReadOptions.DEFAULTS, new Diagnostics())).orElseThrow();
        assertEquals("https://www.example.org/story/1", a.url());
        assertEquals("example.org", a.outlet());
        assertEquals("record-1", a.location().file());
    }

    @Test
    void readersKnowTheHtmlReader() {
        assertInstanceOf(HtmlArticleReader.class, Readers.defaults().forFormat(InputFormat.HTML).orElseThrow());
        assertEquals(InputFormat.HTML, reader.format());
    }

    @Test
    void upperCaseMarkupUnderTurkishDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String html = "<HTML LANG=\"en\"><HEAD><TITLE>Ignored</TITLE>"
                    + "<META PROPERTY=\"OG:TITLE\" CONTENT=\"Istanbul ferries resume service\"></HEAD><BODY>"
                    + "<DIV CLASS=\"SIDEBAR\"><A HREF=\"/i\">INDEX</A> <A HREF=\"/l\">LINKS</A></DIV>"
                    + "<DIV CLASS=\"ARTICLE-BODY\"><P>ISTANBUL (AP) - Ferries resumed service across the Bosphorus"
                    + " on Friday, officials said, after two days of high winds.</P></DIV></BODY></HTML>";
            Article a = reader.parse(Input.ofString("tr.html", html), html, "",
                    new ReadContext(ReadOptions.DEFAULTS, new Diagnostics())).orElseThrow();
            assertEquals("Istanbul ferries resume service", a.title());
            assertEquals("AP", a.wire());
            assertFalse(a.body().contains("INDEX"), a.body());
            assertTrue(a.body().startsWith("ISTANBUL (AP) - Ferries resumed"), a.body());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
