package org.corroborate.scoring.internal;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.slf4j.Logger;

/**
 * Logs how long each stage of a run took, at debug level: wall-clock milliseconds and the CPU milliseconds the whole
 * process spent meanwhile (every thread, the garbage collector and the JIT compiler included), so a stage that runs
 * on several threads shows it. Costs nothing when debug logging is off. Not thread-safe: one clock per sequence of
 * stages.
 *
 * <p>Turn it on with {@code -Dorg.slf4j.simpleLogger.log.org.corroborate=debug} (for the {@code corroborate} script:
 * {@code CORROBORATE_JAVA_OPTS=-Dorg.slf4j.simpleLogger.log.org.corroborate=debug}).
 */
public final class StageClock {

    private final Logger log;
    private final boolean on;
    private long wall;
    private long cpu;

    private StageClock(Logger log) {
        this.log = log;
        this.on = log.isDebugEnabled();
        if (on) {
            wall = System.nanoTime();
            cpu = processCpuNanos();
        }
    }

    /** A clock started now that logs to {@code log}. */
    public static StageClock start(Logger log) {
        return new StageClock(log);
    }

    /** Logs the time since the clock started or since the previous lap as stage {@code stage}, and restarts. */
    public void lap(String stage) {
        if (!on) {
            return;
        }
        long w = System.nanoTime();
        long c = processCpuNanos();
        log.debug(String.format(Locale.ROOT, "stage %s: %,d ms wall, %s CPU", stage, (w - wall) / 1_000_000,
                c < 0 || cpu < 0 ? "unknown" : String.format(Locale.ROOT, "%,d ms", (c - cpu) / 1_000_000)));
        wall = w;
        cpu = c;
    }

    /** CPU nanoseconds of this process so far, or -1 where the JVM does not tell. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
