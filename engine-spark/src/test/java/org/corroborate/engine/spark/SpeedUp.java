package org.corroborate.engine.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.corroborate.core.TrackedClaim;
import org.corroborate.engine.Pipeline;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.report.ReportInput;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;

/**
 * Measures the Spark engine's speed-up from one to more local cores on a generated corpus, side by side: for each
 * repetition, one run per core count, alternating, each in a fresh {@code local[N]} session, after one untimed warm-up
 * run (class loading and the JIT) at the largest core count; prints each run's wall
 * time (session start-up excluded, shown apart) and the medians, and checks that every run wrote the same
 * {@code report.json}. Run with {@code bench/spark-speedup} (docs/SCALING.md).
 *
 * <p>Arguments: {@code [ARTICLES [FILES [REPETITIONS [CORES,...]]]]}, default {@code 4000 16 3 1,2}.
 */
public final class SpeedUp {

    private SpeedUp() {
    }

    /** CPU time of this process, all threads, in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int[] cores = Arrays.stream((args.length > 3 ? args[3] : "1,2").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        Path dir = Files.createTempDirectory("corroborate-speedup");
        TestCorpus.write(dir, articles, 42, files, false);
        long bytes = 0;
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                bytes += Files.size(p);
            }
        }
        System.out.printf(Locale.ROOT, "corpus: %d articles (seed 42) in %d JSON Lines files, %.1f MB, %s%n", articles,
                files, bytes / 1e6, dir);
        List<String> inputs = List.of(dir.toString());
        double[][] seconds = new double[cores.length][reps];
        String reference = null;
        // rep -1 is a warm-up (class loading and the JIT) at the largest core count, not counted
        for (int rep = -1; rep < reps; rep++) {
            for (int c = rep < 0 ? cores.length - 1 : 0; c < cores.length; c++) {
                long t0 = System.nanoTime();
                SparkSession session = SparkSession.builder().master("local[" + cores[c] + "]")
                        .appName("corroborate-speedup").config("spark.ui.enabled", "false")
                        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
                try {
                    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(session.sparkContext());
                    jsc.parallelize(List.of(1, 2), 2).count(); // executors up before the clock starts
                    StringBuilder phases = new StringBuilder();
                    long cpu1 = cpu();
                    long t1 = System.nanoTime();
                    Pipeline.Result r = new SparkEngine(jsc, ReadOptions.DEFAULTS, ExtractorSettings.BUILT_IN,
                            ScoringConfig.DEFAULTS, Pipeline.FULL_TEXT_ARTICLES)
                            .run(inputs, TrackRecords.empty(), List.<TrackedClaim>of(), (phase, nanos) -> phases
                                    .append(String.format(Locale.ROOT, ", %s %.1f s", phase, nanos / 1e9)));
                    long t2 = System.nanoTime();
                    long cpu2 = cpu();
                    StringWriter json = new StringWriter();
                    ReportFiles.content(new ReportInput(r.corroboration(), r.ingest(), r.diagnostics().list(),
                            inputs, "2025-03-01T00:00Z", r.abridged()), "report.json").writeTo(json);
                    if (reference == null) {
                        reference = json.toString();
                    } else if (!reference.equals(json.toString())) {
                        throw new IllegalStateException("local[" + cores[c] + "] wrote a different report.json");
                    }
                    if (rep >= 0) {
                        seconds[c][rep] = (t2 - t1) / 1e9;
                    }
                    System.out.printf(Locale.ROOT, "%s local[%d]: %.2f s (%s; process CPU %.1f s; session start"
                            + " %.1f s; load %s), %d articles, %d claims%n", rep < 0 ? "warm-up" : "rep " + (rep + 1),
                            cores[c], (t2 - t1) / 1e9, phases.substring(2), (cpu2 - cpu1) / 1e9, (t1 - t0) / 1e9,
                            load(), r.articles().size(), r.corroboration().assessments().size());
                } finally {
                    session.stop();
                }
            }
        }
        List<String> medians = new ArrayList<>();
        for (int c = 0; c < cores.length; c++) {
            double[] s = seconds[c].clone();
            Arrays.sort(s);
            medians.add(String.format(Locale.ROOT, "local[%d] %.2f s (%.0f articles/s)", cores[c], s[s.length / 2],
                    articles / s[s.length / 2]));
        }
        double[] first = seconds[0].clone();
        double[] last = seconds[cores.length - 1].clone();
        Arrays.sort(first);
        Arrays.sort(last);
        System.out.println("medians of " + reps + ": " + String.join(", ", medians));
        System.out.printf(Locale.ROOT, "speed-up local[%d] -> local[%d]: %.2fx; report.json identical in every run%n",
                cores[0], cores[cores.length - 1], first[reps / 2] / last[reps / 2]);
    }
}
