package org.corroborate.cli.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corroborate.scoring.truth.Dataset;
import org.corroborate.scoring.truth.Result;
import org.corroborate.scoring.truth.TruthDiscovery;

/** Times truth-discovery methods in-process: median wall time of repeated runs, and time per iteration. */
public final class SpeedBenchmark {

    private SpeedBenchmark() {
    }

    /** Timing of one method on one dataset. */
    /**
     * @param oneIterationSeconds median time of the same method stopped after one iteration (set-up included), or
     *                            NaN when not measured
     * @param medianCpuSeconds    median CPU time of the running thread (the methods are single-threaded), which
     *                            other processes on a shared machine disturb far less than wall time
     */
    public record Timing(String method, double medianSeconds, double minSeconds, int iterations, boolean converged,
            double accuracy, double oneIterationSeconds, double medianCpuSeconds) {
        /**
         * Marginal time of one more iteration: (full - one iteration) / (iterations - 1), which leaves out set-up
         * such as building copy-detection pairs; the plain mean when there is only one iteration.
         */
        public double secondsPerIteration() {
            if (iterations <= 1 || Double.isNaN(oneIterationSeconds)) {
                return medianSeconds / Math.max(1, iterations);
            }
            return Math.max(0, medianSeconds - oneIterationSeconds) / (iterations - 1);
        }

        public Timing withOneIterationSeconds(double s) {
            return new Timing(method, medianSeconds, minSeconds, iterations, converged, accuracy, s,
                    medianCpuSeconds);
        }
    }

    /**
     * Runs {@code method} {@code repeat} times on {@code data} (after one untimed warm-up run when {@code warmUp}).
     * Accuracy is the share of items whose chosen value is {@code truth} (NaN when {@code truth} is empty).
     */
    public static Timing time(TruthDiscovery method, Dataset data, int repeat, boolean warmUp, String truth) {
        if (warmUp) {
            method.run(data);
        }
        double[] secs = new double[repeat];
        double[] cpu = new double[repeat];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Result last = null;
        for (int r = 0; r < repeat; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = method.run(data);
            secs[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        double median = median(secs);
        double medianCpu = median(cpu);
        double accuracy = Double.NaN;
        if (!truth.isEmpty() && data.itemCount() > 0) {
            int right = 0;
            for (int i = 0; i < data.itemCount(); i++) {
                if (data.text(last.chosenValue(i)).equals(truth)) {
                    right++;
                }
            }
            accuracy = (double) right / data.itemCount();
        }
        return new Timing(method.name(), median, Arrays.stream(secs).min().orElse(0), last.iterations(), last.converged(), accuracy, Double.NaN,
                medianCpu);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Formats timings as lines. */
    public static List<String> format(String title, List<Timing> timings) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add(String.format(java.util.Locale.ROOT, "  %-14s %10s %10s %10s %10s %12s %12s %9s", "method",
                "median s", "min s", "cpu s", "iterations", "1 iter s", "s/iteration", "accuracy"));
        for (Timing t : timings) {
            lines.add(String.format(java.util.Locale.ROOT, "  %-14s %10.3f %10.3f %10.3f %7d%-3s %12.3f %12.4f %9.4f",
                    t.method(), t.medianSeconds(), t.minSeconds(), t.medianCpuSeconds(), t.iterations(),
                    t.converged() ? "" : "(!)", t.oneIterationSeconds(), t.secondsPerIteration(), t.accuracy()));
        }
        return lines;
    }
}
