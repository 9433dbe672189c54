package org.corroborate.ingest.fetch;

import java.time.Duration;

/** Time as {@link Fetcher} sees it: a monotonic clock and a way to wait. Tests pass a fake one. */
public interface Pacing {

    /** Monotonic nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Waits for {@code d}. */
    void sleep(Duration d) throws InterruptedException;

    /** The real clock. */
    static Pacing system() {
        return new Pacing() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration d) throws InterruptedException {
                if (!d.isZero() && !d.isNegative()) {
                    Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
                }
            }
        };
    }
}
