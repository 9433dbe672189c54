package org.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML reader as the ingestor drives it: sniffed by content, one bad file not stopping the batch. */
class HtmlIngestTest {

    @Test
    void folderOfPagesWithABinaryOneAmongThem(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a-news.html"), HtmlArticleReaderTest.fixture("news-page.html"));
        byte[] binary = new byte[512];
        binary[0] = (byte) 0x89;
        binary[1] = 'P';
        binary[2] = 'N';
        binary[3] = 'G';
        Files.write(dir.resolve("b-photo.html"), binary);
        Files.write(dir.resolve("c-wire.htm"), HtmlArticleReaderTest.fixture("wire-page.html"));
        Diagnostics d = new Diagnostics();
        List<Article> out = new ArrayList<>();
        new Ingestor(ReadOptions.DEFAULTS, Readers.defaults(), d).readAll(List.of(dir.toString()),
                new ByteArrayInputStream(new byte[0]), out::add);
        assertEquals(List.of("Council approves new river bridge after two-year delay",
                "Senate passes budget bill after all-night session"), out.stream().map(Article::title).toList());
        assertEquals(1, d.total(), () -> d.list().toString());
        assertTrue(d.list().get(0).location().file().endsWith("b-photo.html"));
    }

    @Test
    void binaryForcedToHtmlIsStillADiagnostic(@TempDir Path dir) throws IOException {
        byte[] binary = new byte[256];
        binary[10] = 0;
        Files.write(dir.resolve("photo.html"), binary);
        Diagnostics d = new Diagnostics();
        List<Article> out = new ArrayList<>();
        new Ingestor(ReadOptions.DEFAULTS.withFormat(InputFormat.HTML), Readers.defaults(), d)
                .readAll(List.of(dir.resolve("photo.html").toString()), new ByteArrayInputStream(new byte[0]),
                        out::add);
        assertTrue(out.isEmpty());
        assertEquals("unreadable", d.list().get(0).kind());
        assertTrue(d.list().get(0).message().contains("binary"), d.list().get(0).message());
    }

    @Test
    void charsetOfContentTypeHeader() {
        assertEquals(Optional.of(Charset.forName("windows-1252")),
                HtmlArticleReader.charsetOfContentType("text/html; charset=ISO-8859-1"));
        assertEquals(Optional.empty(), HtmlArticleReader.charsetOfContentType("text/html"));
    }
}
