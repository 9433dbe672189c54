package org.corroborate.scoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of threads that run one loop at a time over the indices {@code [0, count)}: the calling thread
 * takes part, and each index is handed to whichever worker is free next (so a slow or descheduled thread on a shared
 * machine holds up no fixed share of the work). Each call of {@link #forEach} returns once every index is done,
 * and everything the loop's body wrote is then visible to the caller. With one thread nothing is started and the
 * loop runs on the calling thread, in index order.
 *
 * <p>The body is told which worker runs it (a number in {@code [0, threads)}), so that it can use scratch space of
 * its own. The result must not depend on which worker runs which index: the callers make that so.
 */
public final class Workers implements AutoCloseable {

    /** The loop's body for one index, run by worker {@code worker}. */
    @FunctionalInterface
    public interface Body {
        void run(int worker, int index);
    }

    private final int threads;
    private final ExecutorService pool;

    private Workers(int threads, String name) {
        this.threads = threads;
        if (threads == 1) {
            this.pool = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads - 1, r -> {
                Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** @param threads at least 1, the calling thread included; {@code name} names the started threads */
    public static Workers of(int threads, String name) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new Workers(threads, name);
    }

    /** The number of workers, the calling thread included: worker numbers are below it. */
    public int threads() {
        return threads;
    }

    /** Runs {@code body} for every index of {@code [0, count)} and returns when all are done. */
    public void forEach(int count, Body body) {
        if (count <= 0) {
            return;
        }
        if (pool == null || count == 1) {
            for (int i = 0; i < count; i++) {
                body.run(0, i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        int helpers = Math.min(threads, count) - 1;
        List<Future<?>> futures = new ArrayList<>(helpers);
        for (int w = 1; w <= helpers; w++) {
            int worker = w;
            futures.add(pool.submit(() -> loop(next, count, worker, body)));
        }
        Throwable failure = null;
        try {
            loop(next, count, 0, body);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a worker", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause();
                }
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("worker failed: " + failure, failure);
        }
    }

    private static void loop(AtomicInteger next, int count, int worker, Body body) {
        try {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                body.run(worker, i);
            }
        } catch (RuntimeException | Error e) {
            next.set(count); // the other workers stop at their next index
            throw e;
        }
    }

    /** Stops the started threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
