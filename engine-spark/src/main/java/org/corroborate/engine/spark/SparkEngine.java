package org.corroborate.engine.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.TrackedClaim;
import org.corroborate.engine.Pipeline;
import org.corroborate.engine.spark.internal.Abridge;
import org.corroborate.engine.spark.internal.Codec;
import org.corroborate.engine.spark.internal.Event;
import org.corroborate.engine.spark.internal.InputRef;
import org.corroborate.engine.spark.internal.ReadTask;
import org.corroborate.engine.spark.internal.Resolution;
import org.corroborate.ingest.DuplicateFilter;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.ClaimPrior;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import scala.Tuple3;

/**
 * The main job on Apache Spark, giving the same {@link Pipeline.Result} as the local {@link Pipeline} for the same
 * inputs and settings, so the reports written from it are byte-identical.
 *
 * <p>What runs where:
 * <ol>
 *   <li>Driver: the input specs are resolved to files (local paths exactly as the local engine does; Hadoop URIs
 *   by listing their file system).</li>
 *   <li>Executors, one task per slice of files: each file is read with the same readers, every article's
 *   attributions are extracted ({@link Pipeline#annotate}) and the wire signature of its body computed. The
 *   results are kept (memory, else disk) on the executors.</li>
 *   <li>Driver: the duplicate keys of all articles (id, URL, outlet and body hash) are collected and run through
 *   one {@link DuplicateFilter} in input order, which tells how many articles the run keeps and so whether it is
 *   abridged (more than the full-text limit).</li>
 *   <li>Executors: when abridged, each article's body is shortened to its attributed passages
 *   ({@link Pipeline#abridge}).</li>
 *   <li>Driver: the events are collected in input order and replayed as one {@code Ingestor} would have produced
 *   them (diagnostics in order and capped the same way, duplicates left out with the same warnings), then the kept
 *   articles are scored with the same {@link Corroborator} call as the local engine: wire-copy grouping, claim
 *   matching, assessment, per-source and per-outlet summaries. The driver holds every kept article (abridged
 *   beyond the limit) with its attributions and signature.</li>
 * </ol>
 *
 * <p>One file is read by one task: a corpus in one large file gets no parallelism from reading; split it.
 */
public final class SparkEngine {

    private final JavaSparkContext spark;
    private final ReadOptions readOptions;
    private final ExtractorSettings extractor;
    private final ScoringConfig scoring;
    private final int fullTextArticles;
    /** The claims' priors from a model (used on the driver only); null for the configured prior. */
    private final ClaimPrior claimPrior;

    /**
     * @param fullTextArticles up to this many articles the bodies are kept whole, at least 0
     *                         ({@link Pipeline#FULL_TEXT_ARTICLES} as in the local engine)
     */
    public SparkEngine(JavaSparkContext spark, ReadOptions readOptions, ExtractorSettings extractor,
                       ScoringConfig scoring, int fullTextArticles) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        if (fullTextArticles < 0) {
            throw new IllegalArgumentException("fullTextArticles must be >= 0, got " + fullTextArticles);
        }
        this.fullTextArticles = fullTextArticles;
        this.claimPrior = null;
    }

    private SparkEngine(SparkEngine base, ClaimPrior claimPrior) {
        this.spark = base.spark;
        this.readOptions = base.readOptions;
        this.extractor = base.extractor;
        this.scoring = base.scoring;
        this.fullTextArticles = base.fullTextArticles;
        this.claimPrior = claimPrior;
    }

    /**
     * This engine, with each claim's probability before evidence from a claim prior model, as
     * {@link Pipeline#withClaimPrior}; the model is used on the driver, where claims are scored.
     */
    public SparkEngine withClaimPrior(ClaimPrior prior) {
        return new SparkEngine(this, Objects.requireNonNull(prior, "prior"));
    }

    /**
     * Reads, extracts and scores, as {@link Pipeline#run(List, java.io.InputStream, TrackRecords, List)} does.
     *
     * @param specs files, folders, globs or Hadoop URIs ({@code -}, standard input, is not supported)
     * @throws IllegalArgumentException for {@code -}
     */
    public Pipeline.Result run(List<String> specs, TrackRecords records, List<TrackedClaim> tracked) {
        return run(specs, records, tracked, (phase, nanos) -> { });
    }

    /** Told how long each phase of a run took. */
    @FunctionalInterface
    public interface PhaseTimer {
        /**
         * @param phase {@code executors} (reading, extraction, duplicate keys, abridging and collecting) or
         *              {@code driver} (replay and scoring)
         * @param nanos its wall time
         */
        void ended(String phase, long nanos);
    }

    /** As {@link #run(List, TrackRecords, List)}, telling {@code timer} how long each phase took. */
    public Pipeline.Result run(List<String> specs, TrackRecords records, List<TrackedClaim> tracked,
                               PhaseTimer timer) {
        Objects.requireNonNull(records, "records");
        long t0 = System.nanoTime();
        for (String s : specs) {
            if (s.equals("-")) {
                throw new IllegalArgumentException("the Spark engine cannot read standard input ('-'); name files"
                        + " or folders");
            }
        }
        List<Resolution> resolved = new ArrayList<>();
        List<InputRef> inputs = new ArrayList<>();
        for (String s : specs) {
            Resolution r = Resolution.of(s, readOptions, spark.hadoopConfiguration());
            resolved.add(r);
            inputs.addAll(r.inputs());
        }
        List<byte[]> events = List.of();
        boolean abridged = false;
        if (!inputs.isEmpty()) {
            int slices = Math.max(1, Math.min(inputs.size(), 4 * spark.defaultParallelism()));
            JavaRDD<byte[]> read = spark.parallelize(inputs, slices)
                    .mapPartitions(new ReadTask(ReadSettings.of(readOptions), extractor, scoring.wireThreshold()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                List<Tuple3<String, String, String>> keys = read.filter(Codec::isArticle).map(b -> {
                    DuplicateFilter.Key k = Codec.key(b);
                    return new Tuple3<>(k.id(), k.url(), k.outletBody());
                }).collect();
                DuplicateFilter filter = new DuplicateFilter();
                long kept = 0;
                for (Tuple3<String, String, String> k : keys) {
                    if (filter.offer(new DuplicateFilter.Key(k._1(), k._2(), k._3())).isEmpty()) {
                        kept++;
                    }
                }
                abridged = kept > fullTextArticles;
                events = new ArrayList<>(abridged ? read.map(new Abridge()).collect() : read.collect());
            } finally {
                read.unpersist(false);
            }
        }
        long t1 = System.nanoTime();
        timer.ended("executors", t1 - t0);
        Pipeline.Result r = replay(resolved, events, abridged, records, tracked);
        timer.ended("driver", System.nanoTime() - t1);
        return r;
    }

    /** Replays the events as one Ingestor reading the specs in order, and scores what it keeps. */
    private Pipeline.Result replay(List<Resolution> resolved, List<byte[]> events, boolean abridged,
                                   TrackRecords records, List<TrackedClaim> tracked) {
        Diagnostics diagnostics = new Diagnostics();
        DuplicateFilter filter = new DuplicateFilter();
        List<AnnotatedArticle> kept = new ArrayList<>();
        Map<String, long[]> signatures = new HashMap<>();
        long files = 0;
        long failed = 0;
        long articles = 0;
        long duplicates = 0;
        Codec.Decoder decoder = new Codec.Decoder();
        ListIterator<byte[]> it = events.listIterator();
        for (Resolution r : resolved) {
            r.diagnostics().forEach(diagnostics::add);
            files += r.files();
            failed += r.filesFailed();
            for (int done = 0; done < r.inputs().size(); ) {
                byte[] bytes = it.next();
                it.set(null); // let the bytes go as they are decoded
                Event e = decoder.decode(bytes);
                if (e instanceof Event.DiagnosticAdded d) {
                    diagnostics.add(d.diagnostic());
                } else if (e instanceof Event.ArticleRead a) {
                    Optional<String> why = filter.offer(a.key());
                    if (why.isPresent()) {
                        duplicates++;
                        Diagnostic dup = DuplicateFilter.diagnostic(a.article().article(), why.get());
                        diagnostics.add(dup);
                    } else {
                        articles++;
                        kept.add(a.article());
                        signatures.put(a.article().article().id(), a.signature());
                    }
                } else if (e instanceof Event.InputDone f) {
                    files += f.files();
                    failed += f.filesFailed();
                    done++;
                }
            }
        }
        if (it.hasNext()) {
            throw new IllegalStateException("events left after the last input: the engine lost track of the inputs");
        }
        // claims are matched on the driver's cores; the result is the same whatever their number
        Corroborator corroborator = new Corroborator(scoring, records, Runtime.getRuntime().availableProcessors());
        if (claimPrior != null) {
            corroborator = corroborator.withClaimPrior(claimPrior);
        }
        if (abridged) {
            corroborator = corroborator.withAbridgedExplanations(); // as the local engine: the report shows no more
        }
        Corroboration c = corroborator.score(kept, a -> signatures.get(a.id()), tracked);
        return new Pipeline.Result(kept, c, Ingestor.summary(files, failed, articles, duplicates, diagnostics),
                diagnostics, abridged);
    }
}
