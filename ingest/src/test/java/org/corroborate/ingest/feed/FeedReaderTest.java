package org.corroborate.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.io.ParsingFeedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.TestSupport;
import org.corroborate.ingest.TestSupport.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private final FeedReader reader = new FeedReader();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private Result read(String resource) throws IOException {
        return TestSupport.read(reader, resource, resource(resource), ReadOptions.DEFAULTS);
    }

    @Test
    void rss2ItemsBecomeArticles() throws IOException {
        Result r = read("rss2.xml");
        assertEquals(2, r.articles().size(), r.describe());
        Article a = r.articles().get(0);
        assertEquals("Bridge closed after inspection", a.title());
        assertEquals("LYON (AFP) - The bridge was closed on Monday, officials said.\n\nRepairs will take two weeks.",
                a.body(), "content:encoded wins over description; tags and scripts dropped");
        assertEquals("https://gazette.example.org/2025/bridge", a.url());
        assertEquals("Jane Roe", a.byline());
        assertEquals("The Example Gazette", a.outlet());
        assertEquals("AFP", a.wire());
        assertEquals("en", a.language());
        assertEquals("2025-02-27T09:30Z", a.published().orElseThrow().toString());
        assertEquals("rss2.xml#item-1", a.location().file());

        Article b = r.articles().get(1);
        assertEquals("Council & mayor agree budget", b.title());
        assertEquals("The council approved the budget.", b.body());
        assertEquals("Example Wire", b.outlet(), "the item's <source> names its outlet");
        assertEquals("John Doe", b.byline());
        assertEquals("", b.wire());

        List<Diagnostic> missing = r.ofKind("missing-field");
        assertEquals(1, missing.size(), r.describe());
        assertEquals("rss2.xml#item-3", missing.get(0).location().file());
    }

    @Test
    void atomEntriesBecomeArticles() throws IOException {
        Result r = read("atom.xml");
        assertEquals(2, r.articles().size(), r.describe());
        Article a = r.articles().get(0);
        assertEquals("Flood waters recede", a.title());
        assertEquals("Flood waters receded overnight.\n\n-- Reuters", a.body());
        assertEquals("Reuters", a.wire());
        assertEquals("Ann Smith", a.byline());
        assertEquals("Atom Times", a.outlet());
        assertEquals("https://atom.example.net/flood", a.url());
        assertEquals("2025-03-01T09:00Z", a.published().orElseThrow().toString());
        Article b = r.articles().get(1);
        assertEquals("Only a summary, as text <not a tag>.", b.body(), "text summaries are not parsed as HTML");
        assertEquals("Syndicated Source", b.outlet());
        assertEquals("2025-03-02T08:00Z", b.published().orElseThrow().toString(), "updated when not published");
    }

    @Test
    void rss1AndRss091WithExternalDtdLine() throws IOException {
        Result r1 = read("rss1.rdf");
        assertEquals(1, r1.articles().size(), r1.describe());
        assertEquals("An RSS 1.0 item body.", r1.articles().get(0).body());
        assertEquals("R. Writer", r1.articles().get(0).byline());
        assertEquals("RDF Daily", r1.articles().get(0).outlet());

        Result r0 = read("rss091.xml");
        assertEquals(List.of(), r0.list(), r0.describe());
        assertEquals(1, r0.articles().size());
        assertEquals("A new café opened in town.", r0.articles().get(0).body());
        assertEquals("Café opens", r0.articles().get(0).title());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a speed check
    void externalEntityIsNeverExpanded(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42", StandardCharsets.UTF_8);
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title><link>https://x.example/</link><description>d"
                + "</description><item><title>i</title><description>&xxe;</description></item></channel></rss>";
        Result r = TestSupport.read(reader, "xxe.xml", xxe);
        assertEquals(0, r.articles().size());
        List<Diagnostic> bad = r.ofKind("invalid-record");
        assertEquals(1, bad.size(), r.describe());
        assertEquals("xxe.xml:2:22", bad.get(0).location().toString());
        assertFalse(r.describe().contains("TOP-SECRET"), r.describe());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void externalDtdIsNeverLoaded(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-43", StandardCharsets.UTF_8);
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">", StandardCharsets.UTF_8);
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + dtd.toUri() + "\">\n"
                + "<rss version=\"2.0\"><channel><title>T</title><link>https://x.example/</link><description>d"
                + "</description><item><title>i</title><description>before &xxe; after</description></item>"
                + "</channel></rss>";
        Result r = TestSupport.read(reader, "dtd.xml", feed);
        assertFalse(r.describe().contains("TOP-SECRET"), r.describe());
        for (Article a : r.articles()) {
            assertFalse(a.body().contains("TOP-SECRET"), a.body());
        }
        assertTrue(r.articles().isEmpty() && r.ofKind("invalid-record").size() == 1,
                "an undefined entity is a parse error: " + r.describe());
        assertEquals(3, r.ofKind("invalid-record").get(0).location().line());
        assertEquals(2, r.ofKind("skipped").get(0).location().line(), "the unloaded DTD is said");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void billionLaughsIsRefused() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        sb.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            sb.append(" <!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                sb.append("&lol").append(i - 1).append(';');
            }
            sb.append("\">\n");
        }
        sb.append("]>\n<rss version=\"2.0\"><channel><title>T</title><link>https://x.example/</link>"
                + "<description>d</description><item><title>t</title><description>&lol9;</description></item>"
                + "</channel></rss>\n");
        Result r = TestSupport.read(reader, "lol.xml", sb.toString());
        assertEquals(0, r.articles().size());
        assertEquals(1, r.ofKind("invalid-record").size(), r.describe());
        assertTrue(r.list().get(0).message().contains("DOCTYPE"), r.describe());
    }

    @Test
    void romeParserItselfRefusesDoctypes() {
        String lol = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\">]><rss version=\"2.0\"><channel>"
                + "<title>&a;</title><link>https://x.example/</link><description>d</description></channel></rss>";
        assertThrows(ParsingFeedException.class, () -> FeedReader.parser().build(new StringReader(lol)),
                "second line of defence: the parser must refuse a DOCTYPE even without the pre-parse guard");
    }

    @Test
    void malformedXmlNamesTheLine() {
        Result r = TestSupport.read(reader, "broken.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n"
                + "<channel><title>T</title>\n<item><title>x</title></channel></rss>\n");
        assertEquals(0, r.articles().size());
        assertEquals(1, r.list().size(), r.describe());
        assertEquals("invalid-record", r.list().get(0).kind());
        assertEquals(4, r.list().get(0).location().line());
    }

    @Test
    void xmlThatIsNoFeedIsUnknownFormat() {
        Result r = TestSupport.read(reader, "other.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>");
        assertEquals(1, r.ofKind("unknown-format").size(), r.describe());
    }

    @Test
    void declaredEncodingIsHonoured() {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>L</title>"
                + "<link>https://x.example/</link><description>d</description><item><title>Cr\u00e8me</title>"
                + "<description>Cr\u00e8me br\u00fbl\u00e9e.</description></item></channel></rss>";
        Result r = TestSupport.read(reader, "latin1.xml", feed.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                ReadOptions.DEFAULTS);
        assertEquals(1, r.articles().size(), r.describe());
        assertEquals("Cr\u00e8me br\u00fbl\u00e9e.", r.articles().get(0).body());
    }

    @Test
    void overLongFeedIsALimitError() {
        String item = "<item><title>t</title><description>" + "x".repeat(1000) + "</description></item>";
        String feed = "<rss version=\"2.0\"><channel><title>Big</title><link>https://x.example/</link>"
                + "<description>d</description>" + item.repeat(20_000) + "</channel></rss>";
        Result r = TestSupport.read(reader, "big.xml", feed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ReadOptions.DEFAULTS.withMaxBodyChars(1000));
        assertEquals(0, r.articles().size());
        assertEquals(1, r.ofKind("limit").size(), r.describe());
        assertEquals(16L << 20, r.list().get(0).location().offset());
    }

    @Test
    void feedWithoutItemsIsAWarning() {
        Result r = TestSupport.read(reader, "e.xml", "<rss version=\"2.0\"><channel><title>Empty</title>"
                + "<link>https://x.example/</link><description>d</description></channel></rss>");
        assertEquals(1, r.ofKind("empty").size(), r.describe());
        assertEquals(Diagnostic.Severity.WARNING, r.list().get(0).severity());
    }

    @Test
    void bytesThatAreNotUtf8AreOneEncodingWarningWithLineAndColumn() {
        byte[] feed = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>F</title>\n"
                + "<item><title>T#</title><description>Officials said # the bridge closed.</description></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < feed.length; k++) {
            if (feed[k] == '#') {
                feed[k] = (byte) 0xff;
            }
        }
        Result r = TestSupport.read(reader, "bad.rss", feed, ReadOptions.DEFAULTS);
        assertEquals(1, r.articles().size(), r.list().toString());
        assertEquals(1, r.list().size(), r.list().toString());
        Diagnostic d = r.list().get(0);
        assertEquals("encoding", d.kind());
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("bad.rss:3:14", d.location().toString());
    }
}
