package org.corroborate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.cli.eval.AuthorNames;
import org.corroborate.cli.eval.SpeedBenchmark;
import org.corroborate.cli.eval.SyntheticObservations;
import org.corroborate.core.Diagnostics;
import org.corroborate.scoring.truth.Convergence;
import org.corroborate.scoring.truth.Dataset;
import org.corroborate.scoring.truth.ObservationReader;
import org.corroborate.scoring.truth.TruthDiscovery;
import org.corroborate.scoring.truth.TruthMethod;
import org.corroborate.scoring.truth.ValueImplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate eval fuse-speed}: times the truth-discovery methods on Books and on synthetic data. */
@Command(name = "fuse-speed", mixinStandardHelpOptions = true,
        description = "Benchmark (not a test): median in-process time of each truth-discovery method on the Books"
                + " DAFNA claims (with --books) and on seeded synthetic observations of the given sizes.")
final class EvalFuseSpeedCommand implements Callable<Integer> {

    private static final Convergence ONE = Convergence.DEFAULT.withMaxIterations(1);

    @Option(names = "--books", paramLabel = "DIR",
            description = "Folder with dafna_books/claims/ (e.g. data/truth-discovery) to time the Books set.")
    Path books;

    @Option(names = "--observations", split = ",", paramLabel = "N",
            description = "Synthetic sizes, comma-separated (default: ${DEFAULT-VALUE}).", defaultValue = "1000000")
    List<Long> sizes;

    @Option(names = "--per-item", paramLabel = "N", description = "Sources per item (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int perItem;

    @Option(names = "--sources", description = "Number of sources (default: ${DEFAULT-VALUE}).",
            defaultValue = "1000")
    int sources;

    @Option(names = "--repeat", description = "Timed runs per method; the median is reported (default:"
            + " ${DEFAULT-VALUE}).", defaultValue = "3")
    int repeat;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).", defaultValue = "42")
    long seed;

    @Option(names = "--method", split = ",", description = "Methods to time (default: all).")
    List<TruthMethod> methods = List.of(TruthMethod.values());

    @Override
    public Integer call() {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(java.util.Locale.ROOT, "java %s, %d processors, max heap %d MB%n",
                System.getProperty("java.version"), rt.availableProcessors(), rt.maxMemory() >> 20);
        int failed = 0;
        if (books != null) {
            Diagnostics diagnostics = new Diagnostics();
            Dataset.Builder b = Dataset.builder();
            Path claims = books.resolve("dafna_books").resolve("claims").resolve("claim1.txt");
            ObservationReader.read(claims, diagnostics, o -> {
                String key = AuthorNames.key(o.value());
                if (!key.isEmpty()) {
                    b.add(o.source(), o.object(), o.property(), key);
                }
            });
            diagnostics.list().forEach(d -> System.err.println(d));
            if (diagnostics.hasErrors()) {
                failed++;
            }
            Dataset data = b.build();
            List<SpeedBenchmark.Timing> t = new ArrayList<>();
            for (TruthMethod m : methods) {
                int r = Math.max(repeat, 5);
                SpeedBenchmark.Timing full = SpeedBenchmark.time(m.create(AuthorNames.IMPLICATION), data, r, true, "");
                SpeedBenchmark.Timing one = SpeedBenchmark.time(m.create(AuthorNames.IMPLICATION, ONE), data, r,
                        false, "");
                t.add(full.withOneIterationSeconds(one.medianSeconds()));
            }
            SpeedBenchmark.format("Books (DAFNA claims, " + data.observationCount() + " observations, warm JVM):",
                    t).forEach(System.out::println);
        }
        // warm the JIT on a small synthetic set so that the first size is not timed cold
        Dataset warm = SyntheticObservations.generate(200_000, perItem, sources, seed + 1).dataset();
        for (TruthMethod m : methods) {
            m.create().run(warm);
        }
        for (long n : sizes) {
            long t0 = System.nanoTime();
            SyntheticObservations.Generated g = SyntheticObservations.generate(n, perItem, sources, seed);
            double build = (System.nanoTime() - t0) / 1e9;
            Dataset data = g.dataset();
            List<SpeedBenchmark.Timing> t = new ArrayList<>();
            for (TruthMethod m : methods) {
                TruthDiscovery method = m.create();
                SpeedBenchmark.Timing full = SpeedBenchmark.time(method, data, repeat, false, "t");
                SpeedBenchmark.Timing one = SpeedBenchmark.time(m.create(ValueImplication.NONE, ONE), data, repeat,
                        false, "t");
                t.add(full.withOneIterationSeconds(one.medianSeconds()));
            }
            SpeedBenchmark.format(String.format(java.util.Locale.ROOT, "Synthetic: %d observations, %d items, %d"
                    + " sources, seed %d (generated and indexed in %.1f s):", data.observationCount(), g.items(),
                    data.sourceCount(), seed, build), t).forEach(System.out::println);
        }
        return failed > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

}
