package org.corroborate.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable options of {@link Fetcher}; change one with a {@code withX()} copy.
 *
 * @param userAgent       the User-Agent header; its first word is the name matched against robots.txt groups
 *                        (besides {@code *})
 * @param connectTimeout  how long to wait for a connection
 * @param requestTimeout  how long to wait for a whole response
 * @param maxRetries      extra tries after a 5xx, 429 or I/O failure (0 = no retry)
 * @param initialBackoff  wait before the first retry; doubled for each further one
 * @param maxBackoff      longest wait between tries (also caps a server's Retry-After)
 * @param hostDelay       least time between the starts of two requests to the same host
 * @param maxBytes        responses larger than this are not saved
 * @param maxPagesPerFeed at most this many item pages are fetched per feed (0 = feeds only)
 */
public record FetchOptions(String userAgent, Duration connectTimeout, Duration requestTimeout, int maxRetries,
                           Duration initialBackoff, Duration maxBackoff, Duration hostDelay, long maxBytes,
                           int maxPagesPerFeed) {

    /** The name robots.txt groups are matched against. */
    public static final String ROBOT_NAME = "corroborate";

    /**
     * 10 s to connect, 30 s per request, 3 retries from 1 s up to 30 s, 1 s between requests to a host,
     * 20 MiB per response, 200 pages per feed.
     */
    public static final FetchOptions DEFAULTS = new FetchOptions(ROBOT_NAME + "/0.1 (news corroboration research)",
            Duration.ofSeconds(10), Duration.ofSeconds(30), 3, Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofSeconds(1), 20L << 20, 200);

    public FetchOptions {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank, got '" + userAgent + "'");
        }
        for (Duration d : new Duration[] {connectTimeout, requestTimeout, initialBackoff, maxBackoff, hostDelay}) {
            Objects.requireNonNull(d, "durations");
            if (d.isNegative()) {
                throw new IllegalArgumentException("durations must not be negative, got " + d);
            }
        }
        if (connectTimeout.isZero() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive, got connect=" + connectTimeout
                    + " request=" + requestTimeout);
        }
        if (maxRetries < 0 || maxRetries > 20) {
            throw new IllegalArgumentException("maxRetries must be in 0..20, got " + maxRetries);
        }
        if (maxBytes <= 0 || maxPagesPerFeed < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxPagesPerFeed >= 0, got "
                    + maxBytes + " and " + maxPagesPerFeed);
        }
    }

    public FetchOptions withConnectTimeout(Duration v) {
        return new FetchOptions(userAgent, v, requestTimeout, maxRetries, initialBackoff, maxBackoff, hostDelay,
                maxBytes, maxPagesPerFeed);
    }

    public FetchOptions withRequestTimeout(Duration v) {
        return new FetchOptions(userAgent, connectTimeout, v, maxRetries, initialBackoff, maxBackoff, hostDelay,
                maxBytes, maxPagesPerFeed);
    }

    public FetchOptions withMaxRetries(int v) {
        return new FetchOptions(userAgent, connectTimeout, requestTimeout, v, initialBackoff, maxBackoff, hostDelay,
                maxBytes, maxPagesPerFeed);
    }

    public FetchOptions withBackoff(Duration initial, Duration max) {
        return new FetchOptions(userAgent, connectTimeout, requestTimeout, maxRetries, initial, max, hostDelay,
                maxBytes, maxPagesPerFeed);
    }

    public FetchOptions withHostDelay(Duration v) {
        return new FetchOptions(userAgent, connectTimeout, requestTimeout, maxRetries, initialBackoff, maxBackoff, v,
                maxBytes, maxPagesPerFeed);
    }

    public FetchOptions withMaxPagesPerFeed(int v) {
        return new FetchOptions(userAgent, connectTimeout, requestTimeout, maxRetries, initialBackoff, maxBackoff,
                hostDelay, maxBytes, v);
    }

    /** The wait before retry number {@code n} (1-based): initial x 2^(n-1), at most {@link #maxBackoff}. */
    public Duration backoff(int n) {
        long ms = initialBackoff.toMillis();
        for (int i = 1; i < n && ms < maxBackoff.toMillis(); i++) {
            ms *= 2;
        }
        return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
    }
}
