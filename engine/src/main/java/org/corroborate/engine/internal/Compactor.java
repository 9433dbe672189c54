package org.corroborate.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Cue;
import org.corroborate.core.Hedge;
import org.corroborate.core.Source;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;

/**
 * Shrinks an annotated article to what scoring and the reports need: its body becomes only the passages that its
 * attributions point into (each attribution's sentence, content, cue, source and hedges), in order, separated by a
 * blank line, and every span is moved to point into that shorter body. Text covered by a span is unchanged, so an
 * evidence sentence still reads and paints the same; offsets are no longer those of the original body.
 *
 * <p>An instance also shares equal values between the articles it compacts (cues, source mentions and sources, hedge
 * lists, relay chains, country lists, their words, outlets, wires, bylines, and moved spans), so
 * a large corpus keeps each of them once: the values are equal, only the copies go. Not thread-safe: one instance
 * per run, used by the thread that collects the articles.
 */
public final class Compactor {

    private static final String GAP = "\n\n";

    private final Interner<String> strings = new Interner<>();
    private final Interner<Source> sources = new Interner<>();
    private final Interner<List<Source>> relays = new Interner<>();
    private final Interner<List<String>> countries = new Interner<>();
    /**
     * Moved spans, shared between articles: offsets into a shortened body are small, so equal spans recur (a span
     * object weighed about 1.2 KB per article at 100,000 articles, 49 spans each, before they were shared).
     */
    private final Interner<Span> spans = new Interner<>();
    /**
     * Cues, source mentions and hedge lists, shared between articles once their spans are moved and pooled: a cue
     * or a mention is a small record of pooled values (the same words at the same offsets of shortened bodies
     * recur), and an object per attribution weighed about 0.7 KB per article at 400,000 articles.
     */
    private final Interner<Cue> cues = new Interner<>();
    private final Interner<SourceMention> mentions = new Interner<>();
    private final Interner<List<Hedge>> hedgeLists = new Interner<>();

    /** The compact article, sharing nothing with other articles: see {@link #apply}. */
    public static AnnotatedArticle compact(AnnotatedArticle aa) {
        return new Compactor().apply(aa);
    }

    /**
     * The compact article; an article without attributions keeps an empty body. Values equal to those of an
     * article compacted before by this instance are replaced by the same objects.
     */
    public AnnotatedArticle apply(AnnotatedArticle aa) {
        Article a = aa.article();
        String body = a.body();
        List<int[]> ranges = new ArrayList<>();
        for (Attribution at : aa.attributions()) {
            int[] r = {Integer.MAX_VALUE, -1};
            cover(r, at.sentence());
            cover(r, at.content());
            cover(r, at.cue().span());
            cover(r, at.source().span());
            for (Hedge h : at.hedges()) {
                cover(r, h.span());
            }
            if (r[1] >= 0) {
                ranges.add(r);
            }
        }
        ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> merged = new ArrayList<>(); // {start, end, newStart}
        StringBuilder sb = new StringBuilder();
        for (int[] r : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                if (r[1] > last[1]) {
                    sb.append(body, last[1], r[1]);
                    last[1] = r[1];
                }
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(GAP);
            }
            merged.add(new int[] {r[0], r[1], sb.length()});
            sb.append(body, r[0], r[1]);
        }
        List<Attribution> moved = new ArrayList<>(aa.attributions().size());
        for (Attribution at : aa.attributions()) {
            List<Hedge> hedges = List.of();
            if (!at.hedges().isEmpty()) {
                List<Hedge> list = new ArrayList<>(at.hedges().size());
                for (Hedge h : at.hedges()) {
                    list.add(new Hedge(move(h.span(), merged), string(h.text()), h.strength()));
                }
                hedges = hedgeLists.intern(List.copyOf(list));
            }
            SourceMention sm = at.source();
            Cue cue = at.cue();
            moved.add(new Attribution(at.idRef(), a.id(),
                    mentions.intern(new SourceMention(move(sm.span(), merged), string(sm.text()),
                            source(sm.source()))),
                    cues.intern(new Cue(move(cue.span(), merged), string(cue.text()), string(cue.lemma()),
                            cue.kind())),
                    move(at.content(), merged), at.contentRef(), move(at.sentence(), merged),
                    at.stance(), hedges, relay(at.relay()), at.quote(), at.contentKind(), countries(at.countries())));
        }
        Article shared = a.toBuilder().body(sb.toString()).outlet(string(a.outlet())).wire(string(a.wire()))
                .byline(string(a.byline())).language(string(a.language())).claimId(string(a.claimId()))
                .claim(string(a.claim())).build();
        return new AnnotatedArticle(shared, moved);
    }

    private String string(String s) {
        return s.isEmpty() ? "" : strings.intern(s);
    }

    /**
     * The shared source equal to {@code s}; a new one is kept with its texts shared too (a source's name is often
     * the text of its mentions, and ad-hoc sources are most of the distinct ones: 123,000 at 100,000 articles).
     */
    private Source source(Source s) {
        Source existing = sources.shared(s);
        if (existing != null) {
            return existing;
        }
        List<String> aliases = s.aliases();
        if (!aliases.isEmpty()) {
            List<String> shared = new ArrayList<>(aliases.size());
            for (String alias : aliases) {
                shared.add(string(alias));
            }
            aliases = shared;
        }
        return sources.intern(new Source(string(s.id()), string(s.name()), s.kind(), string(s.country()), aliases,
                string(s.parent())));
    }

    private List<Source> relay(List<Source> chain) {
        List<Source> existing = relays.shared(chain);
        if (existing != null) {
            return existing;
        }
        List<Source> shared = new ArrayList<>(chain.size());
        for (Source s : chain) {
            shared.add(source(s));
        }
        return relays.intern(List.copyOf(shared));
    }

    private List<String> countries(List<String> codes) {
        List<String> existing = countries.shared(codes);
        if (existing != null) {
            return existing;
        }
        List<String> shared = new ArrayList<>(codes.size());
        for (String c : codes) {
            shared.add(string(c));
        }
        return countries.intern(List.copyOf(shared));
    }

    private static void cover(int[] r, Span s) {
        if (!s.isNone()) {
            r[0] = Math.min(r[0], s.start());
            r[1] = Math.max(r[1], s.end());
        }
    }

    /** The shared span that {@code s} becomes in the body made of the {@code merged} passages. */
    private Span move(Span s, List<int[]> merged) {
        if (s.isNone()) {
            return s;
        }
        for (int[] m : merged) {
            if (m[0] <= s.start() && s.end() <= m[1]) {
                return spans.intern(new Span(s.start() - m[0] + m[2], s.end() - m[0] + m[2]));
            }
        }
        throw new IllegalStateException("span " + s + " is outside the kept passages");
    }
}
