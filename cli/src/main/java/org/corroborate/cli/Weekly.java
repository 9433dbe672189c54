package org.corroborate.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.SourceKind;
import org.corroborate.core.Verdict;
import org.corroborate.report.ReportInput;
import org.corroborate.report.WeeklyInput;
import org.corroborate.scoring.ClaimPrior;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.OutletSummary;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.BetaPrior;
import org.corroborate.scoring.reliability.TrackRecord;
import org.corroborate.scoring.reliability.TrackRecords;
import org.corroborate.store.ReviewState;
import org.corroborate.store.Store;
import org.corroborate.store.StoredRun;

/** Builds a weekly report's input from the store: the week scored with the reviewers' track records, and its trends. */
final class Weekly {

    private Weekly() {
    }

    /**
     * The weekly report's input: {@code week} scored with the track records of every verdict, and the weeks before
     * it (up to {@link WeeklyInput#TREND_WEEKS} in all) scored for the trends, on up to {@code threads} threads (the
     * weeks are read from the store first, one after another; the result does not depend on the thread count), each
     * claim with its prior from {@code claimPrior} when present ({@link Corroborator#withClaimPrior}). Each week is
     * scored with the articles of the {@code earlierWeeks} weeks before it, or, with
     * {@link WeeklyInput#EVERY_EARLIER_WEEK}, with the earlier evidence that a stored run found of the week's claims
     * ({@link Store#earlierEvidenceByWeek}): its claims are those with evidence published in it, each assessed
     * with its evidence from those weeks too ({@link Corroborator#score(List, Predicate)}); evidence published after
     * a week never counts in it.
     */
    static WeeklyInput assemble(Store store, IsoWeek week, String generatedAt, ScoringConfig config,
                                Optional<ClaimPrior> claimPrior, int earlierWeeks, Progress progress, int threads) {
        ReviewState review = store.resolutionState();
        TrackRecords records = review.trackRecords(Optional.empty());
        List<IsoWeek> weeks = new ArrayList<>();
        for (IsoWeek w : store.weeks()) {
            if (w.compareTo(week) < 0) {
                weeks.add(w);
            }
        }
        weeks = new ArrayList<>(weeks.subList(Math.max(0, weeks.size() - (WeeklyInput.TREND_WEEKS - 1)),
                weeks.size()));
        weeks.add(week);
        Corroborator corroborator = withClaimPrior(new Corroborator(config, records), claimPrior);
        // each stored week read once, the weeks before the first trend week that its window takes included
        boolean history = earlierWeeks == WeeklyInput.EVERY_EARLIER_WEEK;
        Map<IsoWeek, List<AnnotatedArticle>> byWeekArticles = new TreeMap<>();
        IsoWeek earliest = history ? weeks.get(0) : weeks.get(0).plusWeeks(-earlierWeeks);
        for (IsoWeek w : store.weeks()) {
            if (w.compareTo(earliest) >= 0 && w.compareTo(week) <= 0) {
                byWeekArticles.put(w, store.articles(w));
            }
        }
        // with the stored history: each week's earlier evidence, each article and attribution read once
        Map<IsoWeek, List<AnnotatedArticle>> earlier = new HashMap<>();
        if (history) {
            List<List<AnnotatedArticle>> each = store.earlierEvidenceByWeek(weeks);
            for (int i = 0; i < weeks.size(); i++) {
                earlier.put(weeks.get(i), each.get(i));
            }
        }
        List<Callable<Corroboration>> work = new ArrayList<>();
        for (IsoWeek w : weeks) {
            List<AnnotatedArticle> window = new ArrayList<>();
            if (history) {
                window.addAll(earlier.get(w));
                window.addAll(byWeekArticles.getOrDefault(w, List.of()));
            } else {
                IsoWeek from = w.plusWeeks(-earlierWeeks);
                byWeekArticles.forEach((k, list) -> {
                    if (k.compareTo(from) >= 0 && k.compareTo(w) <= 0) {
                        window.addAll(list);
                    }
                });
            }
            String weekText = w.toString();
            work.add(() -> corroborator.score(window, a -> a.published().isPresent()
                    && IsoWeek.of(a.published().get().date()).toString().equals(weekText)));
        }
        List<Corroboration> scored = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(threads, work.size())));
        try {
            List<Future<Corroboration>> futures = new ArrayList<>();
            for (Callable<Corroboration> c : work) {
                futures.add(pool.submit(c));
            }
            for (Future<Corroboration> f : futures) {
                scored.add(f.get());
                progress.update(scored.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring the weeks", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        progress.done();
        Corroboration current = scored.get(scored.size() - 1);
        List<String> outlets = new ArrayList<>();
        for (OutletSummary o : current.outlets()) {
            outlets.add(o.outlet());
        }
        List<WeeklyInput.WeekPoint> trends = new ArrayList<>();
        Map<IsoWeek, TrackRecords> byWeek = review.trackRecordsByWeek(weeks);
        for (int i = 0; i < weeks.size(); i++) {
            TrackRecords upTo = byWeek.get(weeks.get(i));
            Map<String, Double> rel = new TreeMap<>();
            for (String o : outlets) {
                rel.put(o, outletReliability(config, upTo, o).posteriorMean());
            }
            Map<ClaimStatus, Integer> by = new LinkedHashMap<>();
            for (ClaimStatus s : ClaimStatus.values()) {
                by.put(s, 0);
            }
            for (Assessment a : scored.get(i).assessments()) {
                by.merge(a.status(), 1, Integer::sum);
            }
            trends.add(new WeeklyInput.WeekPoint(weeks.get(i), byWeekArticles.getOrDefault(weeks.get(i), List.of())
                    .size(), by, rel));
        }
        List<WeeklyInput.OutletReliability> reliability = new ArrayList<>();
        for (String o : outlets) {
            TrackRecord b = outletReliability(config, records, o);
            TrackRecords.Counts c = records.of(Store.OUTLET_KEY + o);
            reliability.add(new WeeklyInput.OutletReliability(o, b.posteriorMean(), b.credibleInterval(config.intervalLevel()),
                    c.confirmed(), c.refuted()));
        }
        List<StoredRun> runs = store.runsOf(week);
        ReportInput report = new ReportInput(current, ingest(runs), diagnostics(runs), inputs(runs), generatedAt);
        Map<String, Verdict> weekVerdicts = verdicts(review, current.assessments());
        return new WeeklyInput(week, report, trends, reliability, weekVerdicts, earlierWeeks);
    }

    /**
     * The articles that assess the claims of the weeks {@code from} to {@code to}: those weeks' articles and, before
     * {@code from}, the articles of the {@code earlierWeeks} weeks before it, or with
     * {@link WeeklyInput#EVERY_EARLIER_WEEK} the earlier evidence that a stored run found of those weeks' claims
     * ({@link Store#earlierEvidence}); nothing published after {@code to}.
     */
    static List<AnnotatedArticle> window(Store store, IsoWeek from, IsoWeek to, int earlierWeeks) {
        if (earlierWeeks != WeeklyInput.EVERY_EARLIER_WEEK) {
            return store.articles(from.plusWeeks(-earlierWeeks), to);
        }
        List<AnnotatedArticle> out = new ArrayList<>(store.earlierEvidence(from, to));
        out.addAll(store.articles(from, to));
        return out;
    }

    /**
     * The verdict in force on each of {@code assessments} that has one: given on that claim, or carried over from a
     * reviewed claim that shares its evidence ({@link ReviewState#verdictsInForce}).
     */
    static Map<String, Verdict> verdicts(ReviewState review, List<Assessment> assessments) {
        Map<String, List<String>> claims = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            List<String> ids = claims.computeIfAbsent(a.claim().id(), k -> new ArrayList<>());
            for (org.corroborate.core.Evidence e : a.evidence()) {
                ids.add(e.attribution().id());
            }
        }
        return review.verdictsInForce(claims);
    }

    /** {@code c}, with each claim's prior from {@code claimPrior} when present. */
    static Corroborator withClaimPrior(Corroborator c, Optional<ClaimPrior> claimPrior) {
        return claimPrior.isPresent() ? c.withClaimPrior(claimPrior.get()) : c;
    }

    /** An outlet's reliability: the news-outlet prior plus its track record under {@link Store#OUTLET_KEY}. */
    static TrackRecord outletReliability(ScoringConfig config, TrackRecords records, String outlet) {
        double[] ab = config.prior(SourceKind.NEWS_OUTLET);
        TrackRecords.Counts c = records.of(Store.OUTLET_KEY + outlet);
        return new TrackRecord(new BetaPrior(ab[0], ab[1]), c.confirmed(), c.refuted());
    }

    static IngestSummary ingest(List<StoredRun> runs) {
        long files = 0;
        long failed = 0;
        long articles = 0;
        long known = 0;
        long errors = 0;
        long warnings = 0;
        Map<String, Long> byKind = new TreeMap<>();
        for (StoredRun r : runs) {
            files += r.files();
            failed += r.filesFailed();
            articles += r.articlesRead();
            known += r.articlesKnown();
            errors += r.errors();
            warnings += r.warnings();
            for (Diagnostic d : r.diagnostics()) {
                byKind.merge(d.kind(), 1L, Long::sum);
            }
        }
        return new IngestSummary(files, failed, articles, known, 0, errors, warnings, byKind);
    }

    static List<Diagnostic> diagnostics(List<StoredRun> runs) {
        List<Diagnostic> out = new ArrayList<>();
        for (StoredRun r : runs) {
            out.addAll(r.diagnostics());
        }
        return out;
    }

    static List<String> inputs(List<StoredRun> runs) {
        Set<String> out = new LinkedHashSet<>();
        for (StoredRun r : runs) {
            out.addAll(r.inputs());
        }
        return new ArrayList<>(out);
    }

}
