package org.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.ingest.TestSupport.FakeHtml;
import org.corroborate.ingest.TestSupport.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compressed, damaged and mixed inputs through the {@link Ingestor} with every reader. */
class IngestorFormatsTest {

    private final FakeHtml html = new FakeHtml();

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void gzipBombIsCutAtTheDecompressedLimit(@TempDir Path dir) throws IOException {
        // 64 MiB of zeros packs to about 64 KiB: a ratio of 1000:1.
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(packed)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                gz.write(zeros);
            }
        }
        assertTrue(packed.size() < 200_000, "fixture is a bomb: " + packed.size());
        Path bomb = dir.resolve("bomb.txt.gz");
        Files.write(bomb, packed.toByteArray());
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, "{\"id\":\"g\",\"body\":\"Still read.\"}\n", StandardCharsets.UTF_8);
        Result r = TestSupport.ingest(ReadOptions.DEFAULTS.withMaxFileBytes(1 << 20).withFormat(InputFormat.TEXT),
                html, bomb.toString());
        List<Diagnostic> limit = r.ofKind("limit");
        assertEquals(1, limit.size(), r.describe());
        assertEquals(bomb.toString(), limit.get(0).location().file());
        assertEquals(1 << 20, limit.get(0).location().offset());
        assertEquals(0, r.articles().size());

        Result batch = TestSupport.ingest(ReadOptions.DEFAULTS.withMaxFileBytes(1 << 20), html, dir.toString());
        assertEquals(List.of("g"), batch.articles().stream().map(Article::id).toList(), batch.describe());
        assertTrue(batch.describe().contains("bomb.txt.gz"), batch.describe());
    }

    @Test
    void truncatedGzipKeepsWhatWasReadAndNamesTheFile(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append("{\"id\":\"a").append(i).append("\",\"body\":\"Article number ").append(i)
                    .append(" with some text that differs: ").append(Integer.toHexString(i * 7919)).append("\"}\n");
        }
        byte[] whole = gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        Path after = dir.resolve("z.jsonl");
        Files.writeString(after, "{\"id\":\"z\",\"body\":\"After the broken file.\"}\n", StandardCharsets.UTF_8);
        Result r = TestSupport.ingest(ReadOptions.DEFAULTS, html, dir.toString());
        List<Diagnostic> bad = r.ofKind("unreadable");
        assertEquals(1, bad.size(), r.describe());
        assertEquals(cut.toString(), bad.get(0).location().file());
        assertTrue(bad.get(0).message().contains("truncated"), bad.get(0).message());
        long fromCut = r.articles().stream().filter(a -> a.id().startsWith("a")).count();
        assertTrue(fromCut > 100 && fromCut < 2000, "articles before the cut are kept: " + fromCut);
        assertEquals("z", r.articles().get(r.articles().size() - 1).id());
    }

    @Test
    void emptyFolderIsAWarning(@TempDir Path dir) {
        Result r = TestSupport.ingest(ReadOptions.DEFAULTS, html, dir.toString());
        assertEquals(1, r.ofKind("empty").size(), r.describe());
        assertEquals(dir.toString(), r.list().get(0).location().file());
    }

    @Test
    void everyFormatIsSniffedInOneBatch(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.csv"), "id,title,body\nc1,CSV,From CSV.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.rss"), "<rss version=\"2.0\"><channel><title>Feed</title><link>"
                + "https://f.example/</link><description>d</description><item><title>F</title><link>"
                + "https://f.example/1</link><description>From a feed.</description></item></channel></rss>",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("c.warc.gz"), gzip(org.corroborate.ingest.warc.WarcFixtures.page(
                "https://w.example/1", "W", "From a WARC.")));
        Files.writeString(dir.resolve("d.xml"), "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"y\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("e.csv"), "id,body\n1,\"open\n", StandardCharsets.UTF_8);
        Result r = TestSupport.ingest(ReadOptions.DEFAULTS, html, dir.toString());
        // feeds come last in a folder, after pages and archives
        assertEquals(List.of("From CSV.", "From a WARC.", "From a feed."),
                r.articles().stream().map(Article::body).toList(), r.describe());
        assertEquals(2, r.ofKind("invalid-record").size(), r.describe());
    }
}
