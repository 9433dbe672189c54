package org.corroborate.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Location;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadContext;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.feed.FeedReader;
import org.corroborate.ingest.internal.Hashing;

/**
 * Downloads feeds and the pages their items link into a folder, politely and incrementally, so that
 * {@code corroborate run DIR} can later read them offline.
 *
 * <p>For each feed URL: robots.txt of its host is fetched once and obeyed (the group for
 * {@link FetchOptions#ROBOT_NAME}, else {@code *}; longest match wins); the feed is fetched and saved under
 * {@code feeds/}, then each item's link (up to {@link FetchOptions#maxPagesPerFeed()}) under {@code pages/}. File
 * names are the first 16 hex digits of the SHA-256 of the URL, so they stay the same from run to run; the index
 * files ({@link FetchIndex}) map each URL to its file, status, content type and fetch time.
 *
 * <p>Politeness and failure: requests to one host start at least {@link FetchOptions#hostDelay()} apart; a 5xx,
 * 429 or I/O failure is retried up to {@link FetchOptions#maxRetries()} times with exponential backoff (a server's
 * Retry-After is honoured up to {@link FetchOptions#maxBackoff()}); a saved copy is asked for with
 * {@code If-None-Match}/{@code If-Modified-Since} and kept on 304. Every URL that fails is a diagnostic naming it;
 * the run goes on. When robots.txt cannot be fetched (5xx or unreachable) the host is treated as disallowed, as
 * RFC 9309 asks; a 4xx for it means no rules.
 *
 * <p>Not thread-safe: use one per run.
 */
public final class Fetcher {

    private static final int MAX_ROBOTS_BYTES = 512 * 1024;

    private enum Kind { FEED, PAGE }

    private final HttpClient client;
    private final FetchOptions options;
    private final Pacing pacing;
    private final Clock clock;
    private final Diagnostics diagnostics;
    private final Map<String, RobotsRules> robots = new HashMap<>();
    private final Map<String, Long> lastStart = new HashMap<>();
    private long feeds;
    private long pages;
    private long requests;
    private long downloaded;
    private long notModified;
    private long failed;
    private long robotsDenied;

    /**
     * @param client      sends the requests ({@link #client(FetchOptions)} makes a suitable one)
     * @param pacing      the clock for waiting between requests
     * @param clock       the wall clock for fetch times in the index
     * @param diagnostics where problems go, each naming the URL
     */
    public Fetcher(HttpClient client, FetchOptions options, Pacing pacing, Clock clock, Diagnostics diagnostics) {
        this.client = Objects.requireNonNull(client, "client");
        this.options = Objects.requireNonNull(options, "options");
        this.pacing = Objects.requireNonNull(pacing, "pacing");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /** An HTTP/1.1 client with the connect timeout of {@code options} that follows redirects (not to http). */
    public static HttpClient client(FetchOptions options) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Fetches {@code feedUrls} and their items' pages into {@code outDir} (created if needed).
     *
     * @throws IOException when the output folder or its index cannot be written; failures of single URLs are
     *                     diagnostics instead
     */
    public FetchSummary fetch(List<URI> feedUrls, Path outDir) throws IOException {
        Files.createDirectories(outDir.resolve("feeds"));
        Files.createDirectories(outDir.resolve("pages"));
        FetchIndex index = FetchIndex.load(outDir);
        Set<String> seenPages = new HashSet<>();
        try {
            for (URI feedUrl : feedUrls) {
                feeds++;
                Optional<byte[]> feed = get(feedUrl, Kind.FEED, outDir, index);
                if (feed.isEmpty() || options.maxPagesPerFeed() == 0) {
                    continue;
                }
                List<String> links = new FeedReader().itemLinks(Input.ofBytes(feedUrl.toString(), feed.get()),
                        new ByteArrayInputStream(feed.get()), feedUrl.toString(),
                        new ReadContext(ReadOptions.DEFAULTS, diagnostics));
                int taken = 0;
                for (String link : links) {
                    if (taken >= options.maxPagesPerFeed()) {
                        diagnostics.warning(Location.ofFile(feedUrl.toString()), "limit", "feed links more than "
                                + options.maxPagesPerFeed() + " pages; the rest were not fetched", link);
                        break;
                    }
                    URI page;
                    try {
                        page = URI.create(link);
                    } catch (IllegalArgumentException e) {
                        continue; // itemLinks only returns parseable URLs
                    }
                    if (!seenPages.add(page.toString())) {
                        continue;
                    }
                    taken++;
                    pages++;
                    get(page, Kind.PAGE, outDir, index);
                }
                index.save(); // after each feed, so an interrupted run keeps what it fetched
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            diagnostics.error(Location.ofFile(outDir.toString()), "unreadable", "fetch interrupted; what was"
                    + " fetched so far is saved", "");
        } finally {
            index.save();
        }
        return summary();
    }

    public FetchSummary summary() {
        return new FetchSummary(feeds, pages, requests, downloaded, notModified, failed, robotsDenied);
    }

    /** Fetches one URL into the folder; returns its content (fresh or the saved copy) when there is some. */
    private Optional<byte[]> get(URI url, Kind kind, Path outDir, FetchIndex index)
            throws IOException, InterruptedException {
        Location where = Location.ofFile(url.toString());
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            failed++;
            diagnostics.error(where, "invalid-value", "not an http(s) URL; skipped", url.toString());
            return Optional.empty();
        }
        if (!robotsFor(url).allowed(pathAndQuery(url))) {
            robotsDenied++;
            diagnostics.warning(where, "skipped", "robots.txt of " + url.getHost() + " disallows this URL for "
                    + FetchOptions.ROBOT_NAME + "; not fetched", "");
            return Optional.empty();
        }
        Optional<FetchIndex.Entry> known = index.get(url.toString())
                .filter(e -> !e.file().isEmpty() && Files.isRegularFile(outDir.resolve(e.file())));
        HttpRequest.Builder req = request(url);
        known.ifPresent(e -> {
            if (!e.etag().isEmpty()) {
                req.header("If-None-Match", e.etag());
            }
            if (!e.lastModified().isEmpty()) {
                req.header("If-Modified-Since", e.lastModified());
            }
        });
        Optional<Answer> answer = send(req.build(), url, options.maxBytes());
        if (answer.isEmpty()) {
            failed++;
            index.put(new FetchIndex.Entry(url.toString(), known.map(FetchIndex.Entry::file).orElse(""), 0,
                    known.map(FetchIndex.Entry::contentType).orElse(""), clock.instant(),
                    known.map(FetchIndex.Entry::etag).orElse(""),
                    known.map(FetchIndex.Entry::lastModified).orElse("")));
            return known.isPresent() ? Optional.of(Files.readAllBytes(outDir.resolve(known.get().file())))
                    : Optional.empty();
        }
        Answer a = answer.get();
        if (a.status() == 304 && known.isPresent()) {
            notModified++;
            FetchIndex.Entry e = known.get();
            index.put(new FetchIndex.Entry(e.url(), e.file(), 304, e.contentType(), clock.instant(),
                    a.header("ETag").orElse(e.etag()), a.header("Last-Modified").orElse(e.lastModified())));
            return Optional.of(Files.readAllBytes(outDir.resolve(e.file())));
        }
        if (a.status() != 200) {
            failed++;
            diagnostics.error(where, "unreadable", "HTTP " + a.status() + (a.status() == 304
                    ? " without a saved copy" : "") + "; not saved", "");
            index.put(new FetchIndex.Entry(url.toString(), "", a.status(), "", clock.instant(), "", ""));
            return Optional.empty();
        }
        if (a.body() == null) {
            failed++;
            diagnostics.error(where, "limit", "response is larger than " + options.maxBytes()
                    + " bytes; not saved", "");
            return Optional.empty();
        }
        String contentType = a.header("Content-Type").orElse("");
        String file = (kind == Kind.FEED ? "feeds/" : "pages/") + Hashing.shortSha256(url.toString())
                + extension(kind, contentType);
        Path target = outDir.resolve(file);
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        Files.write(tmp, a.body());
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        if (known.isPresent() && !known.get().file().equals(file)) {
            Files.deleteIfExists(outDir.resolve(known.get().file()));
        }
        downloaded++;
        index.put(new FetchIndex.Entry(url.toString(), file, 200, contentType, clock.instant(),
                a.header("ETag").orElse(""), a.header("Last-Modified").orElse("")));
        return Optional.of(a.body());
    }

    private RobotsRules robotsFor(URI url) throws InterruptedException {
        String key = hostKey(url);
        RobotsRules cached = robots.get(key);
        if (cached != null) {
            return cached;
        }
        URI robotsUrl = url.resolve("/robots.txt");
        Optional<Answer> a = send(request(robotsUrl).build(), robotsUrl, MAX_ROBOTS_BYTES);
        RobotsRules rules;
        if (a.isEmpty() || a.get().status() >= 500) {
            diagnostics.warning(Location.ofFile(robotsUrl.toString()), "skipped", "robots.txt could not be"
                    + " fetched; the host is treated as disallowing everything (RFC 9309)", "");
            rules = RobotsRules.DISALLOW_ALL;
        } else if (a.get().status() == 200 && a.get().body() != null) {
            rules = RobotsRules.parse(new String(a.get().body(), StandardCharsets.UTF_8), FetchOptions.ROBOT_NAME);
        } else {
            rules = RobotsRules.ALLOW_ALL; // 4xx: no robots.txt, no rules
        }
        robots.put(key, rules);
        return rules;
    }

    private HttpRequest.Builder request(URI url) {
        return HttpRequest.newBuilder(url).GET().timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent());
    }

    /** A response read whole; {@code body} is null when it was over the size limit. */
    private record Answer(int status, Map<String, List<String>> headers, byte[] body) {
        Optional<String> header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return Optional.of(e.getValue().get(0));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Sends {@code req} with retries on 5xx, 429 and I/O failures; empty (after a diagnostic) when no usable
     * answer came.
     */
    private Optional<Answer> send(HttpRequest req, URI url, long maxBytes) throws InterruptedException {
        Location where = Location.ofFile(url.toString());
        for (int attempt = 0; ; attempt++) {
            pace(url);
            requests++;
            String problem;
            Duration retryAfter = null;
            try {
                HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
                int status = resp.statusCode();
                if (status >= 500 || status == 429) {
                    try (InputStream body = resp.body()) {
                        body.skip(64 * 1024); // drain a short error page so the connection can be reused
                    }
                    problem = "HTTP " + status;
                    retryAfter = retryAfter(resp.headers().firstValue("Retry-After").orElse(""));
                } else {
                    byte[] body;
                    try (InputStream in = resp.body()) {
                        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                    }
                    return Optional.of(new Answer(status, resp.headers().map(), body.length > maxBytes ? null : body));
                }
            } catch (IOException e) {
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt >= options.maxRetries()) {
                diagnostics.error(where, "unreadable", problem + " after " + (attempt + 1)
                        + (attempt == 0 ? " try" : " tries") + "; not fetched", "");
                return Optional.empty();
            }
            Duration wait = options.backoff(attempt + 1);
            if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
                wait = retryAfter.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : retryAfter;
            }
            pacing.sleep(wait);
        }
    }

    private static Duration retryAfter(String value) {
        try {
            long s = Long.parseLong(value.strip());
            return s >= 0 ? Duration.ofSeconds(s) : null;
        } catch (NumberFormatException e) {
            return null; // an HTTP date: the exponential backoff is used instead
        }
    }

    /** Waits until {@link FetchOptions#hostDelay()} has passed since the last request to the same host. */
    private void pace(URI url) throws InterruptedException {
        String key = hostKey(url);
        Long last = lastStart.get(key);
        long delay = options.hostDelay().toNanos();
        if (last != null) {
            long since = pacing.nanoTime() - last;
            if (since < delay) {
                pacing.sleep(Duration.ofNanos(delay - since));
            }
        }
        lastStart.put(key, pacing.nanoTime());
    }

    private static String hostKey(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":"
                + url.getPort();
    }

    private static String pathAndQuery(URI url) {
        String p = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? p : p + "?" + url.getRawQuery();
    }

    private static String extension(Kind kind, String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        if (kind == Kind.FEED) {
            return ".xml"; // whatever the server calls it, the feed reader sniffs it
        }
        if (t.contains("html")) {
            return ".html";
        }
        if (t.contains("xml") || t.contains("rss") || t.contains("atom")) {
            return ".xml";
        }
        if (t.startsWith("text/plain")) {
            return ".txt";
        }
        return kind == Kind.PAGE && t.isEmpty() ? ".html" : ".bin";
    }
}
