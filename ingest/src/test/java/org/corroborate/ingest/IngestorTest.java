package org.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();
    private final List<Article> read = new ArrayList<>();

    private IngestSummary readAll(String... specs) {
        Ingestor ing = new Ingestor(ReadOptions.DEFAULTS, Readers.defaults(), diagnostics);
        ing.readAll(List.of(specs), InputStream.nullInputStream(), read::add);
        return ing.summary();
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Diagnostic only(String kind) {
        List<Diagnostic> ds = diagnostics.list().stream().filter(d -> d.kind().equals(kind)).toList();
        assertEquals(1, ds.size(), diagnostics.list().toString());
        return ds.get(0);
    }

    @Test
    void aBadFileDoesNotStopTheBatch() throws IOException {
        Path good = write("a/good.txt", "date 2025-02-27 Title\n\nSeoul said it.\n");
        Path empty = write("a/empty.txt", "");
        Path binary = dir.resolve("a/binary.html");
        Files.write(binary, new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        Path jsonl = write("a/news.jsonl", "{\"id\":\"x1\",\"body\":\"One.\"}\n{not json}\n{\"id\":\"x2\"}\n"
                + "{\"id\":\"x3\",\"body\":\"Three.\",\"extra\":[1,2]}\n");
        IngestSummary s = readAll(dir.resolve("a").toString(), dir.resolve("missing.txt").toString());
        assertEquals(List.of("good", "x1", "x3"), read.stream().map(Article::id).toList());
        assertEquals(3, s.articles());
        assertEquals(5, s.files());
        assertEquals(3, s.filesFailed());
        assertEquals(empty.toString(), only("empty").location().file());
        assertEquals(binary.toString(), only("unknown-format").location().file());
        Diagnostic badJson = only("invalid-json");
        assertEquals(jsonl.toString(), badJson.location().file());
        assertEquals(2, badJson.location().line());
        Diagnostic noBody = only("missing-field");
        assertEquals(3, noBody.location().line());
        assertTrue(only("unreadable").message().contains("no such file"));
        assertEquals(5, s.errors());
        assertTrue(good.toFile().exists());
    }

    @Test
    void aBrokenLinkInAFolderIsNamedNotPassedOver() throws IOException {
        write("b/good.txt", "date 2025-02-27 Title\n\nSeoul said it.\n");
        Path broken = Files.createSymbolicLink(dir.resolve("b/gone.jsonl"), dir.resolve("nowhere.jsonl"));
        Path inner = Files.createDirectories(dir.resolve("elsewhere"));
        write("elsewhere/other.txt", "date 2025-02-27 Other\n\nIt said so.\n");
        Path folderLink = Files.createSymbolicLink(dir.resolve("b/linked"), inner);
        IngestSummary s = readAll(dir.resolve("b").toString());
        assertEquals(List.of("good"), read.stream().map(Article::id).toList());
        Diagnostic d = only("unreadable");
        assertEquals(broken.toString(), d.location().file());
        assertEquals("broken link: its target does not exist", d.message());
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertEquals(2, s.files());
        assertEquals(1, s.filesFailed());
        Diagnostic skipped = only("skipped");
        assertEquals(folderLink.toString(), skipped.location().file());
    }

    @Test
    void aPageSavedByFetchKeepsItsUrlFromTheFolderIndex() throws IOException {
        String page = "<html><head><title>Bridge closed after inspection</title></head><body><article><p>Officials"
                + " said the bridge was closed on Monday after an inspection found cracks in the main span.</p>"
                + "</article></body></html>";
        write("f/pages/c85b3ddbd59922b1.html", page);
        write("f/pages/other.html", page.replace("Bridge", "Road"));
        write("f/.fetch-index.tsv", "url\tfile\tstatus\tcontent_type\tfetched\n"
                + "https://news.example.org/world/bridge\tpages/c85b3ddbd59922b1.html\t200\ttext/html\t"
                + "2025-02-27T10:00:00Z\n");
        readAll(dir.resolve("f").toString(), dir.resolve("f/pages/c85b3ddbd59922b1.html").toString());
        assertEquals(2, read.size(), diagnostics.list().toString());
        Article fromFolder = read.get(0);
        assertEquals("https://news.example.org/world/bridge", fromFolder.url());
        assertEquals("news.example.org", fromFolder.outlet());
        assertEquals("", read.get(1).url(), "a page the index does not name has no URL");
        assertEquals(fromFolder.id(), only("duplicate").message().replaceAll(".*same id '([^']*)'.*", "$1"),
                "the page named on its own gets the same URL, so the same id");
    }

    @Test
    void readsGzipTransparentlyAndNamesTruncation() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 200; i++) {
                gz.write(("{\"id\":\"g" + i + "\",\"body\":\"Body number " + i + " with some padding text.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = bytes.toByteArray();
        Files.write(dir.resolve("whole.jsonl.gz"), all);
        Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(all, all.length / 2));
        IngestSummary s = readAll(dir.resolve("whole.jsonl.gz").toString(), dir.resolve("cut.jsonl.gz").toString());
        long fromWhole = read.stream().filter(a -> a.location().file().endsWith("whole.jsonl.gz")).count();
        assertEquals(200, fromWhole);
        // the cut file repeats the whole file's first articles: read, then counted as duplicates
        assertTrue(s.duplicates() > 0 && s.duplicates() < 200, "articles before the truncation are read: "
                + s.duplicates());
        assertTrue(diagnostics.list().stream().anyMatch(d -> d.kind().equals("unreadable")
                && d.location().file().endsWith("cut.jsonl.gz") && d.message().contains("ends early")),
                diagnostics.list().toString());
    }

    @Test
    void duplicatesAreCountedAndWireCopiesKept() throws IOException {
        write("d.jsonl", "{\"id\":\"1\",\"outlet\":\"A\",\"url\":\"https://a.example/1\",\"body\":\"Same text.\"}\n"
                + "{\"id\":\"1\",\"outlet\":\"A\",\"body\":\"Other text.\"}\n"
                + "{\"id\":\"2\",\"outlet\":\"B\",\"url\":\"https://a.example/1\",\"body\":\"Other.\"}\n"
                + "{\"id\":\"3\",\"outlet\":\"A\",\"body\":\"Same   text.\"}\n"
                + "{\"id\":\"4\",\"outlet\":\"C\",\"body\":\"Same text.\"}\n");
        IngestSummary s = readAll(dir.resolve("d.jsonl").toString());
        assertEquals(List.of("1", "4"), read.stream().map(Article::id).toList());
        assertEquals(3, s.duplicates());
        assertEquals(0, s.errors());
    }

    @Test
    void outletFallsBackToOptionThenDomain() throws IOException {
        write("o.jsonl", "{\"id\":\"1\",\"url\":\"https://www.Example.org/x\",\"body\":\"b1\"}\n"
                + "{\"id\":\"2\",\"body\":\"b2\"}\n{\"id\":\"3\",\"outlet\":\"Named\",\"body\":\"b3\"}\n");
        readAll(dir.resolve("o.jsonl").toString());
        assertEquals(List.of("example.org", "unknown", "Named"), read.stream().map(Article::outlet).toList());
        read.clear();
        Ingestor ing = new Ingestor(ReadOptions.DEFAULTS.withOutlet("Given"), Readers.defaults(), diagnostics);
        ing.readAll(List.of(dir.resolve("o.jsonl").toString()), InputStream.nullInputStream(), read::add);
        assertEquals(List.of("Given", "Given", "Named"), read.stream().map(Article::outlet).toList());
    }

    @Test
    void emptyFolderAndGlobs() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        write("g/one.jsonl", "{\"id\":\"1\",\"body\":\"b1\"}\n");
        write("g/two.txt", "Title\nBody.\n");
        write("g/README.md", "not an article");
        readAll(dir.resolve("empty").toString(), dir.resolve("g").toString() + "/*.jsonl");
        assertEquals(List.of("1"), read.stream().map(Article::id).toList());
        assertEquals(dir.resolve("empty").toString(), only("empty").location().file());
        read.clear();
        readAll(dir.resolve("g").toString());
        assertEquals(2, read.size());
        assertTrue(diagnostics.list().stream().anyMatch(d -> d.kind().equals("skipped")
                && d.location().file().endsWith("README.md")));
    }

    @Test
    void standardInputAndForcedFormat() {
        Ingestor ing = new Ingestor(ReadOptions.DEFAULTS.withFormat(InputFormat.TEXT), Readers.defaults(),
                diagnostics);
        ing.readAll(List.of("-"), new java.io.ByteArrayInputStream("{\"looks\":\"like json\"}\nbut is text"
                .getBytes(StandardCharsets.UTF_8)), read::add);
        assertEquals(1, read.size());
        assertEquals("{\"looks\":\"like json\"}", read.get(0).title());
    }

    @Test
    void overLimitInputIsCutWithADiagnostic() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            sb.append("{\"id\":\"l").append(i).append("\",\"body\":\"text\"}\n");
        }
        write("big.jsonl", sb.toString());
        Ingestor ing = new Ingestor(ReadOptions.DEFAULTS.withMaxFileBytes(1000), Readers.defaults(), diagnostics);
        ing.readAll(List.of(dir.resolve("big.jsonl").toString()), InputStream.nullInputStream(), read::add);
        assertTrue(read.size() > 0 && read.size() < 100);
        assertEquals("limit", diagnostics.list().get(diagnostics.list().size() - 1).kind());
    }

    @Test
    void aFullPageWinsOverTheSameStorysFeedSummary() throws IOException {
        write("f/feeds/a.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item>"
                + "<title>T</title><link>https://x.example/story</link><description>Short.</description></item>"
                + "</channel></rss>");
        write("f/pages/b.jsonl", "{\"id\":\"full\",\"url\":\"https://x.example/story\",\"body\":\"The full"
                + " story.\"}\n");
        IngestSummary s = readAll(dir.resolve("f").toString());
        assertEquals(List.of("full"), read.stream().map(Article::id).toList(), diagnostics.list().toString());
        assertEquals(1, s.duplicates());
    }
}
