package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.core.Article;
import org.corroborate.ingest.extract.AttributionExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval throughput FILE}: extraction speed on one thread, in MB of UTF-8 article text per
 * second, over the bodies of a CSV whose last column is the article text (FNC-1's {@code Body ID,articleBody}).
 */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "Time attribution extraction on one thread over the article bodies of a CSV (FNC-1"
                + " train_bodies.csv: 'Body ID,articleBody'); prints MB of UTF-8 text per second.")
public final class EvalThroughputCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV with a header; the last column is the body.")
    Path file;

    @Option(names = "--model", paramLabel = "MODEL", description = "Time the trained tagger instead of the rules.")
    Path model;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Timed passes over the whole file after the warm-up passes (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
            description = "Untimed passes before the timed ones (default: ${DEFAULT-VALUE}), so that the figure is the"
                    + " steady state of the JIT-compiled code; pass 1 to see the cost of a short run.")
    int warmup;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> bodies = new ArrayList<>();
        List<List<String>> rows = SimpleCsv.parse(Files.readString(file, StandardCharsets.UTF_8));
        for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            bodies.add(row.get(row.size() - 1));
        }
        if (bodies.isEmpty()) {
            spec.commandLine().getErr().println(file + ": no rows after the header");
            return ExitCodes.FAILED;
        }
        List<Article> articles = new ArrayList<>(bodies.size());
        long bytes = 0;
        for (int i = 0; i < bodies.size(); i++) {
            articles.add(Article.builder().id("b" + i).body(bodies.get(i)).build());
            bytes += bodies.get(i).getBytes(StandardCharsets.UTF_8).length;
        }
        AttributionExtractor extractor = Extractors.create(spec.commandLine(), null, model, List.of());
        long attributions = 0;
        for (int w = 0; w < Math.max(1, warmup); w++) {
            attributions = 0;
            for (Article a : articles) {
                attributions += extractor.extract(a).size(); // warm-up
            }
        }
        int n = Math.max(1, rounds);
        double[] walls = new double[n];
        double[] cpus = new double[n];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < n; r++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            for (Article a : articles) {
                extractor.extract(a);
            }
            walls[r] = (System.nanoTime() - t0) / 1e9;
            cpus[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        java.util.Arrays.sort(walls);
        java.util.Arrays.sort(cpus);
        double mb = bytes / 1e6;
        out.printf(Locale.ROOT, "%d bodies, %.2f MB UTF-8, %d attributions; 1 thread, %d timed rounds after %d"
                + " warm-up pass%s%n", articles.size(), mb, attributions, n, Math.max(1, warmup),
                Math.max(1, warmup) == 1 ? "" : "es");
        out.printf(Locale.ROOT, "throughput: %.2f MB/s (median round %.2f s), best round %.2f MB/s%n",
                mb / median(walls), median(walls), mb / walls[0]);
        // On a shared machine the wall clock includes time the thread waited for a core; CPU time does not.
        out.printf(Locale.ROOT, "per core (thread CPU time): %.2f MB/s (median round %.2f s CPU), best round %.2f MB/s%n",
                mb / median(cpus), median(cpus), mb / cpus[0]);
        out.flush();
        return ExitCodes.OK;
    }

    /** The median of sorted values. */
    static double median(double[] sorted) {
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
