package org.corroborate.bench.jmh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corroborate.bench.CorpusGenerator;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Claim;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Span;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.ingest.extract.SentenceSplitter;
import org.corroborate.ingest.extract.WireInference;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.cluster.ClaimMatcher;
import org.corroborate.scoring.independence.WireCopies;
import org.corroborate.scoring.reliability.TrackRecords;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the hot paths, on a generated corpus ({@link CorpusGenerator}, seed 42): sentence splitting
 * and attribution extraction per article, wire signatures per article, claim matching and corroboration of a
 * corpus of {@code articles} articles. Run: {@code java -cp ... org.openjdk.jmh.Main HotPaths} (see
 * docs/PERFORMANCE.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class HotPaths {

    @Param({"1000"})
    public int articles;

    private List<Article> corpus;
    private List<AnnotatedArticle> annotated;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final RuleBasedExtractor extractor = RuleBasedExtractor.withBuiltInRegistry();
    private final WireCopies wire = new WireCopies(ScoringConfig.DEFAULTS.wireThreshold());
    private int next;

    @Setup
    public void setUp() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CorpusGenerator(articles, 42).write(out);
        Ingestor ingestor = new Ingestor(ReadOptions.DEFAULTS, Readers.defaults(), new Diagnostics());
        corpus = new ArrayList<>();
        ingestor.read(Input.ofBytes("bench.jsonl", out.toByteArray()), corpus::add);
        annotated = new ArrayList<>();
        for (Article a : corpus) {
            List<Attribution> attrs = extractor.extract(a);
            annotated.add(new AnnotatedArticle(WireInference.apply(a, attrs), attrs));
        }
    }

    private Article nextArticle() {
        next = (next + 1) % corpus.size();
        return corpus.get(next);
    }

    /** Splitting one article's body into sentences (µs per article). */
    @Benchmark
    public List<Span> sentenceSplitting() {
        return splitter.split(nextArticle().body());
    }

    /** Extracting one article's attributions (µs per article). */
    @Benchmark
    public List<Attribution> attributionExtraction() {
        return extractor.extract(nextArticle());
    }

    /** The MinHash signature of one article (µs per article). */
    @Benchmark
    public long[] wireSignature() {
        return wire.signature(nextArticle().body());
    }

    /** Matching the attributions of the whole corpus into claims (µs per corpus). */
    @Benchmark
    public List<Claim> claimMatching() {
        return new ClaimMatcher(ScoringConfig.DEFAULTS.matchThreshold()).match(annotated);
    }

    /** Scoring the whole corpus: wire copies, matching, one assessment per claim (µs per corpus). */
    @Benchmark
    public void corroboration(Blackhole bh) {
        Corroboration c = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(annotated);
        bh.consume(c.assessments());
    }
}
