package org.corroborate.ingest.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.TestSupport;
import org.corroborate.ingest.TestSupport.FakeHtml;
import org.corroborate.ingest.TestSupport.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReaderTest {

    private final FakeHtml html = new FakeHtml();
    private final WarcReader reader = new WarcReader(html);

    /** A WARC record written by hand; {@code lengthError} is added to the true Content-Length. */
    static byte[] record(String type, String uri, String contentType, String block, int lengthError) {
        byte[] body = block.getBytes(StandardCharsets.ISO_8859_1);
        String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID
                .nameUUIDFromBytes(body) + ">\r\nWARC-Date: 2025-02-27T10:00:00Z\r\n"
                + (uri.isEmpty() ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + (body.length + lengthError) + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static byte[] page(String uri, String title, String text, int lengthError) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>" + title
                + "</title></head><body><p>" + text + "</p></body></html>";
        return record("response", uri, "application/http; msgtype=response", http, lengthError);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private Result read(String name, byte[] warc) {
        return TestSupport.read(reader, name, warc, ReadOptions.DEFAULTS);
    }

    private static List<String> titles(Result r) {
        return r.articles().stream().map(Article::title).toList();
    }

    @Test
    void jwarcWrittenGzipArchiveReadsHtmlResponsesAndSkipsTheRest(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            URI a = URI.create("https://news.example.org/a");
            w.write(new WarcRequest.Builder(a).body(new HttpRequest.Builder("GET", "/a").build()).build());
            w.write(response(a, 200, "text/html; charset=ISO-8859-1",
                    "<html><head><title>Caf\u00e9</title></head><body><p>Le caf\u00e9 a ouvert.</p></body></html>"
                            .getBytes(StandardCharsets.ISO_8859_1)));
            w.write(response(URI.create("https://news.example.org/missing"), 404, "text/html",
                    "<html><body>not found</body></html>".getBytes(StandardCharsets.UTF_8)));
            w.write(response(URI.create("https://news.example.org/logo.png"), 200, "image/png", new byte[] {1, 2}));
            w.write(response(URI.create("https://news.example.org/b"), 200, "application/xhtml+xml",
                    "<html><head><title>B</title></head><body><p>Second page.</p></body></html>"
                            .getBytes(StandardCharsets.UTF_8)));
        }
        Result r = TestSupport.ingest(ReadOptions.DEFAULTS, html, file.toString());
        assertEquals(List.of("Caf\u00e9", "B"), titles(r), r.describe());
        assertEquals("Le caf\u00e9 a ouvert.", r.articles().get(0).body(), "HTTP charset handed to the parser");
        assertEquals("https://news.example.org/a", r.articles().get(0).url());
        assertEquals(file.toString(), r.articles().get(0).location().file());
        assertTrue(r.articles().get(0).location().offset() > 0);
        assertEquals(List.of(Optional.of(Charset.forName("ISO-8859-1")), Optional.<Charset>empty()), html.charsets);
        assertEquals(List.of("https://news.example.org/a", "https://news.example.org/b"), html.baseUrls);
        List<Diagnostic> skipped = r.ofKind("skipped");
        assertEquals(3, skipped.size(), r.describe());
        assertTrue(skipped.get(0).message().contains("request"), skipped.get(0).message());
        assertTrue(skipped.get(1).message().contains("404"), skipped.get(1).message());
        assertTrue(skipped.get(2).message().contains("image/png"), skipped.get(2).message());
        assertTrue(skipped.stream().allMatch(d -> d.severity() == Diagnostic.Severity.WARNING
                && d.location().offset() >= 0));
        assertEquals(0, r.diagnostics().errorCount(), r.describe());
    }

    private static WarcResponse response(URI uri, int status, String type, byte[] body) throws IOException {
        return new WarcResponse.Builder(uri).body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body).build()).build();
    }

    @Test
    void otherRecordTypesAreSkippedWithTheirOffsets() {
        byte[] info = record("warcinfo", "", "application/warc-fields", "software: test\r\n", 0);
        byte[] meta = record("metadata", "https://x.example/a", "application/warc-fields", "via: x\r\n", 0);
        byte[] page = page("https://x.example/a", "A", "Body A.", 0);
        byte[] resource = record("resource", "https://x.example/r", "text/html", "<p>r</p>", 0);
        Result r = read("t.warc", concat(info, meta, page, resource));
        assertEquals(List.of("A"), titles(r), r.describe());
        assertEquals("t.warc@" + (info.length + meta.length), r.articles().get(0).location().toString());
        List<Long> offsets = r.ofKind("skipped").stream().map(d -> d.location().offset()).toList();
        assertEquals(List.of(0L, (long) info.length, (long) (info.length + meta.length + page.length)), offsets);
    }

    @Test
    void contentLengthTooLongIsReportedAndTheSwallowedRecordRecovered() {
        byte[] r1 = page("https://x.example/1", "One", "First.", 0);
        byte[] r2 = page("https://x.example/2", "Two", "Second.", 40);
        byte[] r3 = page("https://x.example/3", "Three", "Third.", 0);
        byte[] r4 = page("https://x.example/4", "Four", "Fourth.", 0);
        Result r = read("long.warc", concat(r1, r2, r3, r4));
        assertEquals(List.of("One", "Three", "Four"), titles(r), r.describe());
        List<Diagnostic> bad = r.ofKind("invalid-record");
        assertEquals(1, bad.size(), r.describe());
        assertEquals(r1.length, bad.get(0).location().offset());
        assertTrue(bad.get(0).message().contains("Content-Length"), bad.get(0).message());
    }

    @Test
    void contentLengthTooShortIsReportedAndReadingGoesOn() {
        byte[] r1 = page("https://x.example/1", "One", "First.", 0);
        byte[] r2 = page("https://x.example/2", "Two", "Second, with a longer body than it claims.", -20);
        byte[] r3 = page("https://x.example/3", "Three", "Third.", 0);
        Result r = read("short.warc", concat(r1, r2, r3));
        assertEquals(List.of("One", "Three"), titles(r), r.describe());
        assertEquals(1, r.ofKind("invalid-record").size(), r.describe());
        assertEquals("short.warc@" + r1.length, r.ofKind("invalid-record").get(0).location().toString());
    }

    @Test
    void tooLongLengthOfASkippedRecordDoesNotSwallowTheNextPage() {
        byte[] r1 = page("https://x.example/1", "One", "First.", 0);
        byte[] req = record("request", "https://x.example/2", "application/http; msgtype=request",
                "GET /2 HTTP/1.1\r\nHost: x.example\r\n\r\n", 60);
        byte[] r3 = page("https://x.example/3", "Three", "Third.", 0);
        Result r = read("req2.warc", concat(r1, req, r3));
        assertEquals(List.of("One", "Three"), titles(r), r.describe());
        assertEquals(1, r.ofKind("invalid-record").size(), r.describe());
    }

    @Test
    void wrongLengthOfASkippedRecordResyncsAtTheNextHeader() {
        byte[] r1 = page("https://x.example/1", "One", "First.", 0);
        byte[] req = record("request", "https://x.example/2", "application/http; msgtype=request",
                "GET /2 HTTP/1.1\r\nHost: x.example\r\n\r\n", -7);
        byte[] r3 = page("https://x.example/3", "Three", "Third.", 0);
        Result r = read("req.warc", concat(r1, req, r3));
        assertEquals(List.of("One", "Three"), titles(r), r.describe());
        assertEquals(r1.length, r.ofKind("invalid-record").get(0).location().offset());
    }

    @Test
    void lengthPastTheEndStopsTheFileCleanly() {
        byte[] r1 = page("https://x.example/1", "One", "First.", 0);
        byte[] r2 = page("https://x.example/2", "Two", "Second.", 5000);
        Result r = read("trunc.warc", concat(r1, r2));
        assertEquals(List.of("One"), titles(r), r.describe());
        assertTrue(r.ofKind("invalid-record").size() >= 1, r.describe());
        assertEquals(r1.length, r.ofKind("invalid-record").get(0).location().offset());
    }

    @Test
    void truncatedHeaderAndGarbageAreDiagnostics() {
        byte[] r1 = page("https://x.example/1", "One", "First.", 0);
        Result cut = read("cut.warc", concat(r1, "WARC/1.1\r\nWARC-Type: resp".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of("One"), titles(cut), cut.describe());
        assertEquals(1, cut.ofKind("invalid-record").size(), cut.describe());
        assertEquals(r1.length, cut.ofKind("invalid-record").get(0).location().offset());

        Result junk = read("junk.warc", concat("this is not a record\r\n\r\n".getBytes(StandardCharsets.US_ASCII), r1));
        assertEquals(List.of("One"), titles(junk), junk.describe());
        assertEquals(0, junk.ofKind("invalid-record").get(0).location().offset());
    }

    @Test
    void badHttpInsideAResponseIsADiagnostic() {
        byte[] bad = record("response", "https://x.example/b", "application/http; msgtype=response",
                "NOT HTTP AT ALL\r\n\r\n", 0);
        byte[] r1 = page("https://x.example/1", "One", "First.", 0);
        Result r = read("http.warc", concat(bad, r1));
        assertEquals(List.of("One"), titles(r), r.describe());
        assertEquals(1, r.ofKind("invalid-record").size(), r.describe());
        assertEquals(0, r.ofKind("invalid-record").get(0).location().offset());
    }

    @Test
    void chunkedAndGzipEncodedBodiesAreDecoded() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write("<html><head><title>Z</title></head><body><p>Zipped body.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] zipped = gz.toByteArray();
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n";
        int half = zipped.length / 2;
        String chunked = Integer.toHexString(half) + "\r\n" + new String(zipped, 0, half, StandardCharsets.ISO_8859_1)
                + "\r\n" + Integer.toHexString(zipped.length - half) + "\r\n"
                + new String(zipped, half, zipped.length - half, StandardCharsets.ISO_8859_1) + "\r\n0\r\n\r\n";
        byte[] rec = record("response", "https://x.example/z", "application/http; msgtype=response",
                head + chunked, 0);
        Result r = read("z.warc", rec);
        assertEquals(List.of("Z"), titles(r), r.describe());
        assertEquals("Zipped body.", r.articles().get(0).body());
    }

    @Test
    void withoutAnHtmlReaderEachPageIsReportedNotDropped(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.warc");
        Files.write(file, page("https://x.example/1", "One", "First.", 0));
        Result r = TestSupport.ingest(ReadOptions.DEFAULTS, org.corroborate.ingest.HtmlPageParser.unavailable(),
                file.toString());
        assertEquals(0, r.articles().size());
        assertEquals(1, r.ofKind("unknown-format").size(), r.describe());
        assertEquals(file + "#record@0", r.ofKind("unknown-format").get(0).location().file());
    }

    @Test
    void aDamagedArchiveDoesNotStopTheBatch(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a.warc"), concat(page("https://x.example/1", "One", "First.", 0),
                page("https://x.example/2", "Two", "Second.", 9999)));
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"j1\",\"body\":\"From JSON Lines.\"}\n",
                StandardCharsets.UTF_8);
        Result r = TestSupport.ingest(ReadOptions.DEFAULTS, html, dir.toString());
        assertEquals(List.of("One", ""), titles(r), r.describe());
        assertEquals("j1", r.articles().get(1).id());
    }
}
