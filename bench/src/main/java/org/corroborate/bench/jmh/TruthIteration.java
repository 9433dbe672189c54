package org.corroborate.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.corroborate.cli.eval.SyntheticObservations;
import org.corroborate.scoring.truth.Convergence;
import org.corroborate.scoring.truth.Dataset;
import org.corroborate.scoring.truth.Result;
import org.corroborate.scoring.truth.TruthDiscovery;
import org.corroborate.scoring.truth.TruthMethod;
import org.corroborate.scoring.truth.ValueImplication;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of truth discovery on the seeded synthetic observations of {@code corroborate eval fuse-speed}
 * ({@link SyntheticObservations}: {@code observations} observations, 10 sources per item out of 1,000, one source
 * in ten a copier). {@link #oneIteration} runs a method stopped after its first round (for Accu this includes
 * setting up the copy-detection pairs, which later rounds reuse); {@link #converged} runs it to convergence, so
 * (converged − one iteration) / (iterations − 1) is the cost of a further round. The data set is built once per
 * trial and is not timed. Run: {@code java -cp ... org.openjdk.jmh.Main TruthIteration} (see docs/PERFORMANCE.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class TruthIteration {

    @Param({"1000000"})
    public long observations;

    @Param({"MAJORITY", "TRUTHFINDER", "ACCU"})
    public TruthMethod method;

    private Dataset data;
    private TruthDiscovery firstRound;
    private TruthDiscovery toConvergence;

    @Setup
    public void setUp() {
        data = SyntheticObservations.generate(observations, 10, 1_000, 42).dataset();
        firstRound = method.create(ValueImplication.NONE, Convergence.DEFAULT.withMaxIterations(1));
        toConvergence = method.create();
    }

    /** One round of the method over the whole data set (ms per run). */
    @Benchmark
    public Result oneIteration() {
        return firstRound.run(data);
    }

    /** The method run until it converges (ms per run); its iteration count is in {@code corroborate fuse}'s log. */
    @Benchmark
    public Result converged() {
        return toConvergence.run(data);
    }

}
