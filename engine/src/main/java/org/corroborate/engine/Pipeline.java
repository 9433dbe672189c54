package org.corroborate.engine;

import java.io.InputStream;
import java.nio.file.Path;
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
import java.util.function.UnaryOperator;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.TrackedClaim;
import org.corroborate.engine.internal.ArticleSpill;
import org.corroborate.engine.internal.Pool;
import org.corroborate.engine.internal.Compactor;
import org.corroborate.engine.internal.LongBlockFile;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.extract.AttributionExtractor;
import org.corroborate.ingest.extract.WireInference;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.ClaimPrior;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.independence.WireCopies;
import org.corroborate.scoring.internal.StageClock;
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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);

    /** Up to this many articles, the whole text of each is kept and reported. */
    public static final int FULL_TEXT_ARTICLES = 2000;

    /**
     * What a run gave.
     *
     * @param articles      the articles with their attributions, in input order (run: earliest first)
     * @param corroboration the scores ({@code null} after {@link #extract})
     * @param abridged      true when the articles' bodies were shortened to their attributed passages
     * @param bodies        gives a kept article with its (shortened) body: the identity, or for a pipeline
     *                      {@link Pipeline#withSpill with a spill} whose run was abridged, a read from the spill file
     *                      (the kept articles then have empty bodies)
     */
    public record Result(List<AnnotatedArticle> articles, Corroboration corroboration, IngestSummary ingest,
                  Diagnostics diagnostics, boolean abridged, UnaryOperator<Article> bodies)
            implements AutoCloseable {

        /** A result whose articles are in memory with their bodies. */
        public Result(List<AnnotatedArticle> articles, Corroboration corroboration, IngestSummary ingest,
                      Diagnostics diagnostics, boolean abridged) {
            this(articles, corroboration, ingest, diagnostics, abridged, UnaryOperator.identity());
        }

        /**
         * The articles as they were kept, bodies included: the same as {@link #articles()} unless the bodies were
         * spilled to disk ({@link Pipeline#withSpill}), in which case each is read back when it is asked for.
         */
        public List<AnnotatedArticle> withBodies(List<AnnotatedArticle> list) {
            if (!(bodies instanceof SpilledBodies)) {
                return list;
            }
            return new java.util.AbstractList<>() {
                @Override
                public AnnotatedArticle get(int index) {
                    AnnotatedArticle aa = list.get(index);
                    return new AnnotatedArticle(bodies.apply(aa.article()), aa.attributions());
                }

                @Override
                public int size() {
                    return list.size();
                }
            };
        }

        /** Deletes the spill file, if any; the bodies can no longer be read back. */
        @Override
        public void close() {
            if (bodies instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot close the article spill: " + e.getMessage(), e);
                }
            }
        }
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
    private final Path spillDir;
    private final ClaimPrior claimPrior;

    public Pipeline(ReadOptions readOptions, AttributionExtractor extractor, ScoringConfig scoring, int threads) {
        this(readOptions, extractor, scoring, threads, FULL_TEXT_ARTICLES);
    }

    /**
     * This pipeline, with the bodies of the articles of an abridged run kept in a temporary file of {@code dir}
     * instead of the heap: {@link #run} then keeps each article in memory with an empty body and its attributions'
     * content texts in the file (read back each time scoring or a report asks for one), and
     * {@link Result#bodies()} reads its shortened body back from the file when a report paints a sentence
     * ({@link Result#close()} deletes the file: the content texts can no longer be read after it). The scores and
     * the reports are the same.
     */
    public Pipeline withSpill(Path dir) {
        return new Pipeline(readOptions, extractor, scoring, threads, fullTextArticles,
                Objects.requireNonNull(dir, "dir"), claimPrior);
    }

    /**
     * This pipeline, with each claim's probability before evidence from a claim prior model
     * ({@link Corroborator#withClaimPrior}) instead of the configured one.
     */
    public Pipeline withClaimPrior(ClaimPrior prior) {
        return new Pipeline(readOptions, extractor, scoring, threads, fullTextArticles, spillDir,
                Objects.requireNonNull(prior, "prior"));
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
        this.spillDir = null;
        this.claimPrior = null;
    }

    private Pipeline(ReadOptions readOptions, AttributionExtractor extractor, ScoringConfig scoring, int threads,
                     int fullTextArticles, Path spillDir, ClaimPrior claimPrior) {
        this.readOptions = readOptions;
        this.extractor = extractor;
        this.scoring = scoring;
        this.threads = threads;
        this.fullTextArticles = fullTextArticles;
        this.wire = new WireCopies(scoring.wireThreshold());
        this.spillDir = spillDir;
        this.claimPrior = claimPrior;
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
        // the signatures of the articles not spilled (all of them without a spill directory)
        Map<String, long[]> signatures = new HashMap<>();
        StageClock clock = StageClock.start(LOG);
        Kept kept = keep(inputs, stdin, diagnostics, signatures);
        clock.lap("reading and extraction (" + kept.articles().size() + " articles)");
        List<AnnotatedArticle> articles = kept.articles();
        // Signatures are asked for while wire copies are grouped: from memory, or read back from the spill file.
        SpilledBodies spilled = kept.spill();
        java.util.function.Function<Article, long[]> signatureOf = spilled == null ? a -> signatures.get(a.id())
                : a -> {
                    long[] s = signatures.get(a.id());
                    return s != null ? s : spilled.signature(a.id());
                };
        Corroborator corroborator = new Corroborator(scoring, records, threads);
        if (claimPrior != null) {
            corroborator = corroborator.withClaimPrior(claimPrior);
        }
        if (kept.abridged()) {
            // an abridged report shows only the head of each explanation: keep no more of it
            corroborator = corroborator.withAbridgedExplanations();
        }
        Corroboration c;
        try {
            c = corroborator.score(articles, signatureOf, tracked);
        } catch (RuntimeException e) {
            if (spilled != null) {
                spilled.close();
            }
            throw e;
        }
        signatures.clear();
        return spilled == null ? new Result(articles, c, kept.summary(), diagnostics, kept.abridged())
                : new Result(articles, c, kept.summary(), diagnostics, kept.abridged(), spilled);
    }

    /** What reading kept: the articles (compacted when abridged), and the spill of their bodies if any. */
    private record Kept(List<AnnotatedArticle> articles, IngestSummary summary, boolean abridged,
                        SpilledBodies spill) {
    }

    /**
     * Reads and extracts, keeping each article (compacted and spilled once the run is abridged). The compactor's
     * tables of shared values and the spill's tables for writing live only as long as this call, not through
     * scoring.
     */
    private Kept keep(List<String> inputs, InputStream stdin, Diagnostics diagnostics, Map<String, long[]> signatures) {
        List<AnnotatedArticle> kept = new ArrayList<>();
        List<AnnotatedArticle> whole = new ArrayList<>();
        boolean[] abridged = {false};
        Compactor compactor = new Compactor();
        SpilledBodies[] spill = {null};
        java.util.function.BiConsumer<AnnotatedArticle, long[]> keep = (aa, signature) -> {
            AnnotatedArticle compact = compactor.apply(aa);
            if (spillDir != null) {
                if (spill[0] == null) {
                    spill[0] = new SpilledBodies(ArticleSpill.create(spillDir),
                            LongBlockFile.create(spillDir, signature.length));
                }
                compact = spill[0].add(compact, signature);
            } else {
                signatures.put(aa.article().id(), signature);
            }
            kept.add(compact);
        };
        IngestSummary summary;
        try {
            summary = stream(inputs, stdin, diagnostics, true, e -> {
                if (abridged[0]) {
                    keep.accept(e.article(), e.signature());
                    return;
                }
                signatures.put(e.article().article().id(), e.signature());
                whole.add(e.article());
                if (whole.size() > fullTextArticles) {
                    abridged[0] = true;
                    for (AnnotatedArticle aa : whole) {
                        keep.accept(aa, signatures.remove(aa.article().id()));
                    }
                    whole.clear();
                }
            });
        } catch (RuntimeException e) {
            if (spill[0] != null) {
                spill[0].close();
            }
            throw e;
        }
        if (spill[0] != null) {
            spill[0].endWrites();
        }
        return new Kept(abridged[0] ? kept : whole, summary, abridged[0], spill[0]);
    }

    /**
     * The bodies and wire signatures of the kept articles, in spill files: {@link #add} writes an article and its
     * signature and gives the article back with an empty body and its content texts read back from the file when asked
 * for ({@link ArticleSpill#keep}); {@link #apply} reads the body back for an article so
     * kept, {@link #signature} its signature. Not thread-safe.
     */
    private static final class SpilledBodies implements UnaryOperator<Article>, AutoCloseable {
        private final ArticleSpill spill;
        private final LongBlockFile signatures;
        /** The article ids, and for each the index of the last article with that id in the spills. */
        private final Pool<String> ids = new Pool<>();
        private int[] index = new int[1024];

        SpilledBodies(ArticleSpill spill, LongBlockFile signatures) {
            this.spill = spill;
            this.signatures = signatures;
        }

        AnnotatedArticle add(AnnotatedArticle aa, long[] signature) {
            AnnotatedArticle kept = spill.keep(aa);
            int i = spill.size() - 1;
            if (signatures.add(signature) != i) {
                throw new IllegalStateException("article and signature spills out of step at " + i);
            }
            int k = ids.indexOf(aa.article().id());
            if (k == index.length) {
                index = java.util.Arrays.copyOf(index, 2 * k);
            }
            index[k] = i;
            return kept;
        }

        @Override
        public synchronized Article apply(Article a) {
            int k = ids.find(a.id());
            return k < 0 ? a : spill.get(index[k]).article();
        }

        /** No more articles will be added: lets go of what only writing needs. */
        void endWrites() {
            spill.endWrites();
        }

        synchronized long[] signature(String articleId) {
            int k = ids.find(articleId);
            if (k < 0) {
                throw new IllegalArgumentException("no signature was kept for article " + articleId);
            }
            return signatures.get(index[k]);
        }

        @Override
        public void close() {
            try {
                spill.close();
            } finally {
                signatures.close();
            }
        }
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
