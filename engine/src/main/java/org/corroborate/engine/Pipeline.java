package org.corroborate.engine;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.TrackedClaim;
import org.corroborate.engine.internal.Compactor;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.extract.AttributionExtractor;
import org.corroborate.ingest.extract.WireInference;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.independence.WireCopies;
import org.corroborate.scoring.reliability.TrackRecords;

/**
 * The local engine: the main job, stage by stage: read the inputs, extract attributions, score.
 *
 * <p>Reading and extraction stream: one thread reads articles and hands each to a pool of extraction threads
 * through a bounded queue (so a large corpus is never all in memory as read), and results are taken in input
 * order, so the output is the same whatever the thread count. What scoring keeps of an article is its
 * attributions, its metadata and the {@link WireCopies#signature signature} of its body; for corpora larger than
 * {@link #FULL_TEXT_ARTICLES} articles the body is shortened to the passages the attributions point into
 * ({@link Compactor}) and {@link Result#abridged()} is true. Each stage's needs are checked when the pipeline is
 * built, not halfway through a run.
 */
public final class Pipeline {

    /** Up to this many articles, the whole text of each is kept and reported. */
    public static final int FULL_TEXT_ARTICLES = 2000;

    /**
     * What a run gave.
     *
     * @param articles      the articles with their attributions, in input order (run: earliest first)
     * @param corroboration the scores ({@code null} after {@link #extract})
     * @param abridged      true when the articles' bodies were shortened to their attributed passages
     */
    public record Result(List<AnnotatedArticle> articles, Corroboration corroboration, IngestSummary ingest,
                  Diagnostics diagnostics, boolean abridged) {
    }

    /** One extracted article and the wire signature of its full body. */
    private record Extracted(AnnotatedArticle article, long[] signature) {
    }

    private final ReadOptions readOptions;
    private final AttributionExtractor extractor;
    private final ScoringConfig scoring;
    private final int threads;
    private final int fullTextArticles;
    private final WireCopies wire;

    public Pipeline(ReadOptions readOptions, AttributionExtractor extractor, ScoringConfig scoring, int threads) {
        this(readOptions, extractor, scoring, threads, FULL_TEXT_ARTICLES);
    }

    /** @param fullTextArticles up to this many articles the bodies are kept whole, at least 0 */
    public Pipeline(ReadOptions readOptions, AttributionExtractor extractor, ScoringConfig scoring, int threads,
                    int fullTextArticles) {
        this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (fullTextArticles < 0) {
            throw new IllegalArgumentException("fullTextArticles must be >= 0, got " + fullTextArticles);
        }
        this.threads = threads;
        this.fullTextArticles = fullTextArticles;
        this.wire = new WireCopies(scoring.wireThreshold());
    }

    /** Reads and extracts, without scoring; keeps every article whole. */
    public Result extract(List<String> inputs, InputStream stdin) {
        Diagnostics diagnostics = new Diagnostics();
        List<AnnotatedArticle> out = new ArrayList<>();
        IngestSummary summary = stream(inputs, stdin, diagnostics, false, e -> out.add(e.article()));
        return new Result(out, null, summary, diagnostics, false);
    }

    /**
     * Reads and extracts, handing each annotated article to {@code sink} in input order on the calling thread, with
     * no article kept: for writers that stream ({@code corroborate extract}).
     */
    public IngestSummary extract(List<String> inputs, InputStream stdin, Diagnostics diagnostics,
                                 Consumer<AnnotatedArticle> sink) {
        return stream(inputs, stdin, diagnostics, false, e -> sink.accept(e.article()));
    }

    /** Reads, extracts and scores, with no track records. */
    public Result run(List<String> inputs, InputStream stdin) {
        return run(inputs, stdin, TrackRecords.empty(), List.of());
    }

    /** Reads, extracts and scores, with the sources' and outlets' track records (e.g. from reviewers' verdicts). */
    public Result run(List<String> inputs, InputStream stdin, TrackRecords records) {
        return run(inputs, stdin, records, List.of());
    }

    /**
     * Reads, extracts and scores, with the sources' and outlets' track records (e.g. from reviewers' verdicts) and
     * following the user's tracked claims.
     */
    public Result run(List<String> inputs, InputStream stdin, TrackRecords records, List<TrackedClaim> tracked) {
        Objects.requireNonNull(records, "records");
        Diagnostics diagnostics = new Diagnostics();
        List<AnnotatedArticle> kept = new ArrayList<>();
        List<AnnotatedArticle> whole = new ArrayList<>();
        Map<String, long[]> signatures = new HashMap<>();
        boolean[] abridged = {false};
        Compactor compactor = new Compactor();
        IngestSummary summary = stream(inputs, stdin, diagnostics, true, e -> {
            signatures.put(e.article().article().id(), e.signature());
            if (abridged[0]) {
                kept.add(compactor.apply(e.article()));
                return;
            }
            whole.add(e.article());
            if (whole.size() > fullTextArticles) {
                abridged[0] = true;
                for (AnnotatedArticle aa : whole) {
                    kept.add(compactor.apply(aa));
                }
                whole.clear();
            }
        });
        List<AnnotatedArticle> articles = abridged[0] ? kept : whole;
        Corroboration c = new Corroborator(scoring, records).score(articles, a -> signatures.get(a.id()), tracked);
        return new Result(articles, c, summary, diagnostics, abridged[0]);
    }

    private IngestSummary stream(List<String> inputs, InputStream stdin, Diagnostics diagnostics, boolean sign,
                                 Consumer<Extracted> sink) {
        Ingestor ingestor = new Ingestor(readOptions, Readers.defaults(), diagnostics);
        if (threads == 1) {
            ingestor.readAll(inputs, stdin, a -> sink.accept(annotate(a, sign)));
            return ingestor.summary();
        }
        // The reader thread submits each article to the pool and queues its future in input order; this thread
        // takes the futures in that order. The bounded queue holds back the reader when extraction lags.
        BlockingQueue<Future<Extracted>> queue = new ArrayBlockingQueue<>(threads * 64);
        Future<Extracted> end = CompletableFuture.completedFuture(null);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("corroborate-extract"));
        ExecutorService reader = Executors.newSingleThreadExecutor(daemon("corroborate-read"));
        try {
            Future<?> reading = reader.submit(() -> {
                try {
                    ingestor.readAll(inputs, stdin, a -> put(queue, pool.submit(() -> annotate(a, sign))));
                } finally {
                    put(queue, end);
                }
            });
            while (true) {
                Future<Extracted> f = queue.take();
                if (f == end) {
                    break;
                }
                sink.accept(f.get());
            }
            reading.get();
            return ingestor.summary();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            reader.shutdownNow();
            pool.shutdownNow();
        }
    }

    private static void put(BlockingQueue<Future<Extracted>> queue, Future<Extracted> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private Extracted annotate(Article a, boolean sign) {
        return new Extracted(annotate(extractor, a), sign ? wire.signature(a.body()) : null);
    }

    /**
     * The extraction stage for one article: its attributions, and its wire credit inferred from them. Pure; what
     * every engine runs per article.
     */
    public static AnnotatedArticle annotate(AttributionExtractor extractor, Article a) {
        List<Attribution> attrs = extractor.extract(a);
        return new AnnotatedArticle(WireInference.apply(a, attrs), attrs);
    }

    /**
     * An article as a run keeps it once the corpus has more than its full-text limit of articles: the body shortened
     * to the passages its attributions point into, spans moved to match. Pure.
     */
    public static AnnotatedArticle abridge(AnnotatedArticle aa) {
        return Compactor.compact(aa);
    }
}
