package org.corroborate.ingest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.TestSupport;
import org.corroborate.ingest.TestSupport.FakeHtml;
import org.corroborate.ingest.TestSupport.Result;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private final FakeHtml html = new FakeHtml();
    private final CsvReader reader = new CsvReader(html);

    @Test
    void readsRowsWithHeaderInAnyOrderAndCase() {
        Result r = TestSupport.read(reader, "a.csv", "Title,BODY,extra,Id,Outlet,published,URL\r\n"
                + "First,Body one.,x,a1,Daily,2025-02-27,https://example.org/1\r\n"
                + "Second,Body two.,y,a2,,2025-02-28T09:30:00Z,https://www.example.org/2\r\n");
        assertEquals(List.of(), r.list(), r.describe());
        assertEquals(2, r.articles().size());
        Article a = r.articles().get(0);
        assertEquals("a1", a.id());
        assertEquals("First", a.title());
        assertEquals("Body one.", a.body());
        assertEquals("Daily", a.outlet());
        assertEquals("2025-02-27", a.published().orElseThrow().toString());
        assertEquals("https://example.org/1", a.url());
        assertEquals("a.csv:2", a.location().toString());
        assertEquals("example.org", r.articles().get(1).outlet(), "outlet falls back to the URL's domain");
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndNewlines() {
        Result r = TestSupport.read(reader, "q.csv", "id,title,body\n"
                + "1,\"Hello, world\",\"He said \"\"no\"\".\nSecond line.\r\nThird.\"\n"
                + "2,Plain,Next row\n");
        assertEquals(List.of(), r.list(), r.describe());
        assertEquals(2, r.articles().size());
        assertEquals("Hello, world", r.articles().get(0).title());
        assertEquals("He said \"no\".\nSecond line.\r\nThird.", r.articles().get(0).body());
        assertEquals("q.csv:5", r.articles().get(1).location().toString(), "row 2 starts on line 5");
    }

    @Test
    void unbalancedQuoteIsReportedAtItsLineAndTheRestIsRead() {
        Result r = TestSupport.read(reader, "bad.csv", "id,title,body\n"
                + "1,Good,First body\n"
                + "2,\"Broken,Body never closed\n"
                + "3,Fine,Third body\n"
                + "4,Also fine,Fourth body\n");
        List<Diagnostic> bad = r.ofKind("invalid-record");
        assertEquals(1, bad.size(), r.describe());
        assertEquals("bad.csv:3", bad.get(0).location().toString());
        assertTrue(bad.get(0).message().contains("line 3"), bad.get(0).message());
        assertEquals(List.of("1", "3", "4"), r.articles().stream().map(Article::id).toList());
    }

    @Test
    void strayQuoteClosedByALaterRowsQuoteIsCaughtByTheFieldCount() {
        Result r = TestSupport.read(reader, "stray.csv", "id,title,body\n"
                + "1,\"Broken,Body one\n"
                + "2,Fine,Body two\n"
                + "3,\"Quoted, title\",Body three\n"
                + "4,Last,Body four\n");
        assertEquals(1, r.ofKind("invalid-record").size(), r.describe());
        assertEquals("stray.csv:2", r.ofKind("invalid-record").get(0).location().toString());
        assertEquals(List.of("2", "3", "4"), r.articles().stream().map(Article::id).toList());
        assertEquals("Quoted, title", r.articles().get(1).title());
    }

    @Test
    void multiLineRowWithFewerFieldsIsKeptWithAWarning() {
        Result r = TestSupport.read(reader, "few.csv", "id,body,title\n1,\"Line one\nline two\"\n2,b,t\n");
        assertEquals(List.of("1", "2"), r.articles().stream().map(Article::id).toList(), r.describe());
        assertEquals(1, r.ofKind("invalid-record").size());
        assertEquals(Diagnostic.Severity.WARNING, r.ofKind("invalid-record").get(0).severity());
        assertEquals("few.csv:2", r.ofKind("invalid-record").get(0).location().toString());
    }

    @Test
    void unbalancedQuoteIsCappedByTheRecordLimit() {
        StringBuilder sb = new StringBuilder("id,body\n1,\"never closed\n");
        for (int i = 2; i < 200; i++) {
            sb.append(i).append(",body ").append(i).append('\n');
        }
        Result r = TestSupport.read(reader, "big.csv", sb.toString().getBytes(StandardCharsets.UTF_8),
                ReadOptions.DEFAULTS.withMaxLineChars(100));
        assertEquals(1, r.ofKind("invalid-record").size(), r.describe());
        assertEquals("big.csv:2", r.ofKind("invalid-record").get(0).location().toString());
        assertEquals(198, r.articles().size());
    }

    @Test
    void tooLongRowIsSkipped() {
        Result r = TestSupport.read(reader, "long.csv", ("id,body\n1," + "x".repeat(500) + "\n2,short\n")
                .getBytes(StandardCharsets.UTF_8), ReadOptions.DEFAULTS.withMaxLineChars(100));
        assertEquals(1, r.ofKind("limit").size(), r.describe());
        assertEquals("long.csv:2", r.ofKind("limit").get(0).location().toString());
        assertEquals(List.of("2"), r.articles().stream().map(Article::id).toList());
    }

    @Test
    void headerWithoutBodyOrHtmlIsAnError() {
        Result r = TestSupport.read(reader, "h.csv", "id,title\n1,x\n");
        assertEquals(1, r.ofKind("missing-field").size(), r.describe());
        assertEquals("h.csv:1", r.ofKind("missing-field").get(0).location().toString());
        assertEquals(0, r.articles().size());
    }

    @Test
    void emptyBodyAndBadDateAreDiagnostics() {
        Result r = TestSupport.read(reader, "e.csv", "id,published,body\n1,2025-02-27,ok\n2,,\n3,yesterday,kept\n");
        assertEquals(List.of("1", "3"), r.articles().stream().map(Article::id).toList());
        assertEquals("e.csv:3", r.ofKind("missing-field").get(0).location().toString());
        assertEquals("e.csv:4", r.ofKind("invalid-value").get(0).location().toString());
        assertEquals(Optional.empty(), r.articles().get(1).published());
    }

    @Test
    void htmlColumnGoesThroughTheHtmlPageParser() {
        Result r = TestSupport.read(reader, "p.csv", "url,html,outlet\n"
                + "https://example.org/a,\"<html><head><title>Page A</title></head><body><p>Para one.</p>"
                + "<p>Para two.</p></body></html>\",Gazette\n");
        assertEquals(List.of(), r.list(), r.describe());
        Article a = r.articles().get(0);
        assertEquals("Page A", a.title());
        assertEquals("Para one.\n\nPara two.", a.body());
        assertEquals("Gazette", a.outlet());
        assertEquals("https://example.org/a", a.url());
        assertEquals("p.csv:2", a.location().toString());
        assertEquals(List.of("https://example.org/a"), html.baseUrls);
        assertEquals(List.of(Optional.of(StandardCharsets.UTF_8)), html.charsets);
    }

    @Test
    void headerNamesUnderTurkishLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Result r = TestSupport.read(reader, "tr.csv", "ID,TITLE,BODY\ni1,Istanbul,Body text\n");
            assertEquals(1, r.articles().size(), r.describe());
            assertEquals("i1", r.articles().get(0).id());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void byteOrderMarkAndCrOnlyLineBreaks() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "id,body\r1,one\r2,two".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        Result r = TestSupport.read(reader, "cr.csv", all, ReadOptions.DEFAULTS);
        assertEquals(List.of("1", "2"), r.articles().stream().map(Article::id).toList(), r.describe());
        assertEquals("cr.csv:3", r.articles().get(1).location().toString());
    }

    @Test
    void emptyFileHasNoHeader() {
        Result r = TestSupport.read(reader, "none.csv", "\n\n");
        assertEquals(1, r.ofKind("empty").size(), r.describe());
    }
}
