package org.corroborate.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Attribution;
import org.corroborate.core.Claim;
import org.corroborate.core.Interval;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.scoring.reliability.Reliability;
import org.corroborate.scoring.reliability.TrackRecord;

/**
 * The source and outlet summaries of a scored corpus, counted in one pass over the articles' attributions and one
 * over the claims' carriers (a large run makes an attribution again each time it is read, so each is read once for
 * both tables). The tables are those {@link Corroboration#sources()} and {@link Corroboration#outlets()} document:
 * sources by mentions (most first, then by id), outlets by articles (most first, then by name).
 */
final class Summaries {

    private final List<SourceSummary> sources;
    private final List<OutletSummary> outlets;

    private Summaries(List<SourceSummary> sources, List<OutletSummary> outlets) {
        this.sources = sources;
        this.outlets = outlets;
    }

    /** What an outlet's articles and attributions count, while they are counted. */
    private static final class OutletTally {
        int articles;
        int copies;
        int attributions;
        int named;
        int anonymous;
        int hedged;
        int direct;
        int stateMedia;
    }

    /** How many distinct claims carry something (claims are counted in order, so the last one seen tells). */
    private static final class ClaimCount {
        int last = -1;
        int count;

        void add(int claim) {
            if (claim != last) {
                last = claim;
                count++;
            }
        }
    }

    /**
     * Counts the summaries of {@code articles} (in report order) with their wire groups {@code wire} (article id to
     * its group's first article id) and {@code claims}, each source's reliability from {@code reliability}.
     */
    static Summaries of(List<AnnotatedArticle> articles, Map<String, String> wire, List<Claim> claims,
                        Reliability reliability, double intervalLevel) {
        Map<String, String> outletOf = new HashMap<>();
        for (AnnotatedArticle aa : articles) {
            outletOf.put(aa.article().id(), aa.article().outlet());
        }
        Map<String, Source> byId = new LinkedHashMap<>();
        Map<String, int[]> mentions = new HashMap<>();
        Map<String, OutletTally> byOutlet = new LinkedHashMap<>();
        for (AnnotatedArticle aa : articles) {
            String id = aa.article().id();
            String outlet = aa.article().outlet();
            OutletTally t = byOutlet.computeIfAbsent(outlet, k -> new OutletTally());
            t.articles++;
            String group = wire.getOrDefault(id, id);
            if (!group.equals(id) && !outlet.equals(outletOf.get(group))) {
                t.copies++;
            }
            for (Attribution a : aa.attributions()) {
                Source source = a.source().source();
                Source origin = a.origin();
                // an origin of the speaker's own id is counted once, as the origin's instance
                if (!origin.id().equals(source.id())) {
                    mention(source, byId, mentions);
                }
                mention(origin, byId, mentions);
                t.attributions++;
                if (a.source().isNamed()) {
                    t.named++;
                }
                if (Corroborator.isAnonymous(a)) {
                    t.anonymous++;
                }
                if (!a.hedges().isEmpty()) {
                    t.hedged++;
                }
                if (a.quote() == QuoteType.DIRECT) {
                    t.direct++;
                }
                if (origin.kind() == SourceKind.STATE_MEDIA) {
                    t.stateMedia++;
                }
            }
        }
        Map<String, ClaimCount> claimsBySource = new HashMap<>();
        Map<String, ClaimCount> claimsByOutlet = new HashMap<>();
        for (int c = 0; c < claims.size(); c++) {
            for (Attribution a : claims.get(c).attributions()) {
                claimsBySource.computeIfAbsent(a.source().source().id(), k -> new ClaimCount()).add(c);
                claimsBySource.computeIfAbsent(a.origin().id(), k -> new ClaimCount()).add(c);
                String outlet = outletOf.get(a.articleId());
                if (outlet != null) {
                    claimsByOutlet.computeIfAbsent(outlet, k -> new ClaimCount()).add(c);
                }
            }
        }
        List<SourceSummary> sources = new ArrayList<>();
        // thousands of sources share a few records (a kind's prior, no outcome): invert each Beta once
        Map<TrackRecord, Interval> intervals = new HashMap<>();
        for (Source s : byId.values()) {
            TrackRecord r = reliability.of(s);
            ClaimCount n = claimsBySource.get(s.id());
            sources.add(new SourceSummary(s, mentions.get(s.id())[0], n == null ? 0 : n.count, r.posteriorMean(),
                    intervals.computeIfAbsent(r, k -> k.credibleInterval(intervalLevel)), reliability.letter(s),
                    (int) r.trials()));
        }
        // ints compared as ints: a boxed key made two objects per comparison of 100,000 sources
        sources.sort(Comparator.comparingInt(SourceSummary::mentions).reversed()
                .thenComparing(x -> x.source().id()));
        List<OutletSummary> outlets = new ArrayList<>();
        for (Map.Entry<String, OutletTally> e : byOutlet.entrySet()) {
            OutletTally t = e.getValue();
            double d = Math.max(1, t.attributions);
            ClaimCount n = claimsByOutlet.get(e.getKey());
            outlets.add(new OutletSummary(e.getKey(), t.articles, t.copies, t.attributions, t.named / d,
                    t.anonymous / d, t.hedged / d, t.direct / d, t.stateMedia, n == null ? 0 : n.count));
        }
        outlets.sort(Comparator.comparingInt(OutletSummary::articles).reversed()
                .thenComparing(OutletSummary::outlet));
        return new Summaries(sources, outlets);
    }

    /** Counts a mention of {@code s} (a source not named is not counted); the first instance seen is kept. */
    private static void mention(Source s, Map<String, Source> byId, Map<String, int[]> mentions) {
        String id = s.id();
        if (id.equals(Source.UNNAMED.id())) {
            return;
        }
        int[] n = mentions.get(id);
        if (n == null) {
            byId.put(id, s);
            mentions.put(id, new int[] {1});
        } else {
            n[0]++;
        }
    }

    /** The sources by mentions, most first (ties by id). */
    List<SourceSummary> sources() {
        return sources;
    }

    /** The outlets by articles, most first (ties by name). */
    List<OutletSummary> outlets() {
        return outlets;
    }
}
