package org.corroborate.engine;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.TrackedClaim;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.extract.AttributionExtractor;
import org.corroborate.ingest.extract.WireInference;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;

/**
 * The local engine: the main job, stage by stage: read the inputs, extract attributions (on every core, results in input order),
 * score. Each stage's needs are checked when the pipeline is built, not halfway through a run.
 */
public final class Pipeline {

    /** What a run gave. */
    public record Result(List<AnnotatedArticle> articles, Corroboration corroboration, IngestSummary ingest,
                  Diagnostics diagnostics) {
    }

    private final ReadOptions readOptions;
    private final AttributionExtractor extractor;
    private final ScoringConfig scoring;
    private final int threads;

    public Pipeline(ReadOptions readOptions, AttributionExtractor extractor, ScoringConfig scoring, int threads) {
        this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.scoring = Objects.requireNonNull(scoring, "scoring");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** Reads and extracts, without scoring. */
    public Result extract(List<String> inputs, InputStream stdin) {
        Diagnostics diagnostics = new Diagnostics();
        Ingestor ingestor = new Ingestor(readOptions, Readers.defaults(), diagnostics);
        List<Article> read = new ArrayList<>();
        ingestor.readAll(inputs, stdin, read::add);
        List<AnnotatedArticle> annotated = annotate(read);
        return new Result(annotated, null, ingestor.summary(), diagnostics);
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
        Result r = extract(inputs, stdin);
        Corroboration c = new Corroborator(scoring, records).score(r.articles(), tracked);
        return new Result(r.articles(), c, r.ingest(), r.diagnostics());
    }

    private List<AnnotatedArticle> annotate(List<Article> articles) {
        if (threads == 1 || articles.size() < 2) {
            List<AnnotatedArticle> out = new ArrayList<>(articles.size());
            for (Article a : articles) {
                out.add(annotate(a));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "corroborate-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<AnnotatedArticle>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(pool.submit(() -> annotate(a)));
            }
            List<AnnotatedArticle> out = new ArrayList<>(articles.size());
            for (Future<AnnotatedArticle> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private AnnotatedArticle annotate(Article a) {
        List<Attribution> attrs = extractor.extract(a);
        return new AnnotatedArticle(WireInference.apply(a, attrs), attrs);
    }
}
