package org.corroborate.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.internal.Hashing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching from a local HTTP server on 127.0.0.1 only. */
class FetcherTest {

    private static final String LAST_MODIFIED = "Thu, 27 Feb 2025 09:30:00 GMT";

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger flakyFailuresLeft = new AtomicInteger(1);
    private final FakePacing pacing = new FakePacing();

    /** A clock that only moves when the fetcher sleeps: no real waiting, and every wait is recorded. */
    static final class FakePacing implements Pacing {
        long now = 1_000_000_000L;
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(Duration d) {
            sleeps.add(d);
            now += d.toNanos();
        }
    }

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService executor = Executors.newFixedThreadPool(4);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /\n\n"
                    + "User-agent: corroborate\nDisallow: /blocked\n", Map.of());
            case "/feed.xml" -> {
                if ("\"v1\"".equals(inm)) {
                    send(ex, 304, "", "", Map.of());
                } else {
                    send(ex, 200, "application/rss+xml", feed(), Map.of("ETag", "\"v1\""));
                }
            }
            case "/a.html" -> {
                if (LAST_MODIFIED.equals(ims)) {
                    send(ex, 304, "", "", Map.of());
                } else {
                    send(ex, 200, "text/html; charset=utf-8", "<html><body><p>Page A</p></body></html>",
                            Map.of("Last-Modified", LAST_MODIFIED));
                }
            }
            case "/flaky.html" -> {
                if (flakyFailuresLeft.getAndDecrement() > 0) {
                    send(ex, 503, "text/plain", "busy", Map.of());
                } else if ("\"f1\"".equals(inm)) {
                    send(ex, 304, "", "", Map.of());
                } else {
                    send(ex, 200, "text/html", "<html><body><p>Flaky page</p></body></html>",
                            Map.of("ETag", "\"f1\""));
                }
            }
            case "/slow.xml" -> {
                try {
                    release.await(20, TimeUnit.SECONDS); // answers only when the test ends
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200, "text/xml", "<rss/>", Map.of());
            }
            case "/blocked.html" -> send(ex, 200, "text/html", "<p>must never be fetched</p>", Map.of());
            default -> send(ex, 404, "text/plain", "not found", Map.of());
        }
    }

    private String feed() {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Local</title><link>" + base
                + "/</link><description>d</description>"
                + "<item><title>A</title><link>" + base + "/a.html</link><description>a</description></item>"
                + "<item><title>B</title><link>/blocked.html</link><description>b</description></item>"
                + "<item><title>F</title><link>" + base + "/flaky.html</link><description>f</description></item>"
                + "<item><title>G</title><link>" + base + "/gone.html</link><description>g</description></item>"
                + "<item><title>A again</title><link>" + base + "/a.html</link><description>a</description></item>"
                + "</channel></rss>";
    }

    private static void send(HttpExchange ex, int status, String type, String body, Map<String, String> headers)
            throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (!type.isEmpty()) {
            ex.getResponseHeaders().add("Content-Type", type);
        }
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        if (status == 304) {
            ex.sendResponseHeaders(304, -1);
        } else {
            ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        }
        ex.close();
    }

    private FetchOptions options() {
        return FetchOptions.DEFAULTS.withHostDelay(Duration.ofMillis(250)).withMaxRetries(2)
                .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1))
                .withConnectTimeout(Duration.ofSeconds(5)).withRequestTimeout(Duration.ofSeconds(20));
    }

    private FetchSummary run(Path dir, Diagnostics d) throws IOException {
        Fetcher f = new Fetcher(Fetcher.client(options()), options(), pacing,
                Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC), d);
        return f.fetch(List.of(URI.create(base + "/feed.xml")), dir);
    }

    private static String file(String kind, String url, String ext) {
        return kind + "/" + Hashing.shortSha256(url) + ext;
    }

    @Test
    void fetchesFeedAndPagesObeyingRobotsRetryingAndThenOnlyWhatChanged(@TempDir Path dir) throws IOException {
        Diagnostics d = new Diagnostics();
        FetchSummary s = run(dir, d);

        assertEquals(1, hits("/robots.txt"));
        assertEquals(1, hits("/feed.xml"));
        assertEquals(1, hits("/a.html"), "a page linked twice is fetched once");
        assertEquals(0, hits("/blocked.html"), "robots.txt disallows it for corroborate");
        assertEquals(2, hits("/flaky.html"), "503 then 200");
        assertEquals(1, hits("/gone.html"), "a 404 is not retried");
        assertEquals(new FetchSummary(1, 4, 6, 3, 0, 1, 1), s, s.oneLine());

        String feedFile = file("feeds", base + "/feed.xml", ".xml");
        String aFile = file("pages", base + "/a.html", ".html");
        String flakyFile = file("pages", base + "/flaky.html", ".html");
        assertEquals(feed(), Files.readString(dir.resolve(feedFile), StandardCharsets.UTF_8));
        assertEquals("<html><body><p>Page A</p></body></html>", Files.readString(dir.resolve(aFile)));
        assertTrue(Files.exists(dir.resolve(flakyFile)));
        try (var listing = Files.list(dir.resolve("pages"))) {
            assertEquals(2, listing.count(), "nothing else saved");
        }

        FetchIndex index = FetchIndex.load(dir);
        FetchIndex.Entry a = index.get(base + "/a.html").orElseThrow();
        assertEquals(aFile, a.file());
        assertEquals(200, a.status());
        assertEquals("text/html; charset=utf-8", a.contentType());
        assertEquals(Instant.parse("2025-03-01T00:00:00Z"), a.fetched());
        assertEquals(LAST_MODIFIED, a.lastModified());
        assertEquals("\"v1\"", index.get(base + "/feed.xml").orElseThrow().etag());
        assertEquals(404, index.get(base + "/gone.html").orElseThrow().status());
        assertEquals("", index.get(base + "/gone.html").orElseThrow().file());
        assertFalse(index.get(base + "/blocked.html").isPresent());

        assertEquals(1, d.countsByKind().get("skipped"), "the robots denial");
        assertTrue(d.list().stream().anyMatch(x -> x.location().file().equals(base + "/gone.html")
                && x.message().contains("404")));
        // Politeness: every request after the first to this host waited; the retry waited its backoff.
        assertTrue(pacing.sleeps.contains(Duration.ofMillis(100)), "backoff before the retry: " + pacing.sleeps);
        assertTrue(pacing.sleeps.stream().filter(x -> x.equals(Duration.ofMillis(250))).count() >= 4,
                "host delay between requests: " + pacing.sleeps);

        // Second run: conditional GETs, nothing downloaded again.
        byte[] before = Files.readAllBytes(dir.resolve(aFile));
        Diagnostics d2 = new Diagnostics();
        FetchSummary s2 = run(dir, d2);
        assertEquals(2, hits("/feed.xml"));
        assertEquals(2, hits("/a.html"));
        assertEquals(3, hits("/flaky.html"));
        assertEquals(0, hits("/blocked.html"));
        assertEquals(new FetchSummary(1, 4, 5, 0, 3, 1, 1), s2, s2.oneLine());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(aFile)));
        FetchIndex again = FetchIndex.load(dir);
        assertEquals(304, again.get(base + "/a.html").orElseThrow().status());
        assertEquals(aFile, again.get(base + "/a.html").orElseThrow().file());
        assertEquals(LAST_MODIFIED, again.get(base + "/a.html").orElseThrow().lastModified());
    }

    @Test
    void retriesAreBoundedAndAFailedFeedDoesNotStopTheRun(@TempDir Path dir) throws IOException {
        flakyFailuresLeft.set(100);
        Diagnostics d = new Diagnostics();
        Fetcher f = new Fetcher(Fetcher.client(options()), options(), pacing, Clock.systemUTC(), d);
        FetchSummary s = f.fetch(List.of(URI.create(base + "/flaky.html"), URI.create(base + "/missing.xml"),
                URI.create(base + "/feed.xml")), dir);
        assertEquals(6, hits("/flaky.html"), "1 try + 2 retries as a feed URL, and the same again as a page");
        assertEquals(1, hits("/feed.xml"));
        assertEquals(3, s.feeds());
        assertTrue(pacing.sleeps.contains(Duration.ofMillis(200)), "backoff doubles: " + pacing.sleeps);
        assertTrue(d.list().stream().anyMatch(x -> x.message().contains("HTTP 503 after 3 tries")), d.list()
                .toString());
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndIsRetriedBoundedly(@TempDir Path dir) throws IOException {
        FetchOptions o = options().withRequestTimeout(Duration.ofMillis(300)).withMaxRetries(1);
        Diagnostics d = new Diagnostics();
        FetchSummary s = new Fetcher(Fetcher.client(o), o, pacing, Clock.systemUTC(), d)
                .fetch(List.of(URI.create(base + "/slow.xml")), dir);
        assertEquals(2, hits("/slow.xml"));
        assertEquals(1, s.failed());
        assertTrue(d.list().stream().anyMatch(x -> x.message().contains("HttpTimeoutException")
                && x.message().contains("after 2 tries")), d.list().toString());
    }

    @Test
    void feedListSkipsCommentsAndReportsBadLines() throws IOException {
        Diagnostics d = new Diagnostics();
        List<URI> urls = FeedList.parse("feeds.txt", new StringReader("# my feeds\n\nhttps://a.example/rss\n"
                + "  http://b.example/atom.xml  \nftp://c.example/x\nnot a url\nhttps://a.example/rss\n"), d);
        assertEquals(List.of(URI.create("https://a.example/rss"), URI.create("http://b.example/atom.xml")), urls);
        assertEquals(2, d.errorCount());
        assertEquals("feeds.txt:5", d.list().get(0).location().toString());
        assertEquals("feeds.txt:6", d.list().get(1).location().toString());
    }
}
