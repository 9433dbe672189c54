package org.corroborate.ingest.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.HtmlPageParser;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadContext;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.csv.CsvReader;
import org.corroborate.ingest.feed.FeedReader;
import org.corroborate.ingest.html.HtmlArticleReader;
import org.corroborate.ingest.jsonl.JsonLinesReader;
import org.corroborate.ingest.text.PlainTextReader;
import org.corroborate.ingest.warc.WarcReader;

/**
 * Jazzer fuzz targets, one per reader and one for the whole {@link Ingestor} path (gzip, sniffing, limits). The
 * contract under test is {@link ArticleReader}'s: bad input is a diagnostic, never an exception (reading from a
 * byte array cannot fail, so even an {@link IOException} is a bug here).
 *
 * <p>Plain {@code mvn verify} runs each target on its committed inputs only (the regression corpus under
 * {@code src/test/resources/org/corroborate/ingest/fuzz/ReadersFuzzTestInputs/<target>/}). To fuzz one target
 * (Linux x86-64), see docs/SECURITY.md:
 *
 * <pre>JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -B -pl ingest -am test -Dtest='ReadersFuzzTest#jsonLines' \
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class ReadersFuzzTest {

    /** Small limits, so that the fuzzer reaches them. */
    static final ReadOptions OPTIONS = ReadOptions.DEFAULTS.withMaxLineChars(4096).withMaxBodyChars(4096)
            .withMaxDepth(32).withMaxFileBytes(1 << 20);

    static List<Article> read(ArticleReader reader, String name, byte[] data) {
        Diagnostics d = new Diagnostics();
        List<Article> out = new ArrayList<>();
        try {
            reader.read(Input.ofBytes(name, data), new ByteArrayInputStream(data), new ReadContext(OPTIONS, d),
                    out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("a reader threw on in-memory bytes", e);
        }
        for (Diagnostic x : d.list()) {
            if (!x.location().file().startsWith(name)) {
                throw new AssertionError("diagnostic does not name its input: " + x);
            }
        }
        return out;
    }

    @FuzzTest(maxDuration = "10m")
    void plainText(byte[] data) {
        read(new PlainTextReader(), "f.txt", data);
    }

    @FuzzTest(maxDuration = "10m")
    void jsonLines(byte[] data) {
        read(new JsonLinesReader(), "f.jsonl", data);
    }

    @FuzzTest(maxDuration = "10m")
    void csv(byte[] data) {
        read(new CsvReader(HtmlPageParser.unavailable()), "f.csv", data);
    }

    @FuzzTest(maxDuration = "10m")
    void feed(byte[] data) {
        read(new FeedReader(), "f.rss", data);
    }

    @FuzzTest(maxDuration = "10m")
    void warc(byte[] data) {
        read(new WarcReader(HtmlPageParser.unavailable()), "f.warc", data);
    }

    /** A saved HTML page: charset sniffing, jsoup with a depth cap, metadata, main text and wire credit. */
    @FuzzTest(maxDuration = "10m")
    void html(byte[] data) {
        read(new HtmlArticleReader(), "f.html", data);
    }

    /** The whole path: gzip, the format sniffer, limits, then whichever reader; nothing may escape. */
    @FuzzTest(maxDuration = "10m")
    void ingestor(byte[] data) {
        Diagnostics d = new Diagnostics();
        Ingestor ingestor = new Ingestor(OPTIONS, Readers.defaults(), d);
        ingestor.read(Input.ofBytes("f.gz", data), a -> { });
        for (Diagnostic x : d.list()) {
            // The stream failing (a damaged gzip header or body) is reported as unreadable, naming the exception
            // or, for an early end, saying so; any other exception named is a reader's bug.
            if (x.kind().equals("unreadable") && x.message().contains("read failed")
                    && !x.message().contains("IOException") && !x.message().contains("input ends too early")
                    && !x.message().contains("ZipException")) {
                throw new AssertionError("a reader failed: " + x);
            }
        }
    }
}
