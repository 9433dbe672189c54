package org.corroborate.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Cue;
import org.corroborate.core.Hedge;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;

/**
 * Shrinks an annotated article to what scoring and the reports need: its body becomes only the passages that its
 * attributions point into (each attribution's sentence, content, cue, source and hedges), in order, separated by a
 * blank line, and every span is moved to point into that shorter body. Text covered by a span is unchanged, so an
 * evidence sentence still reads and paints the same; offsets are no longer those of the original body.
 */
public final class Compactor {

    private static final String GAP = "\n\n";

    private Compactor() {
    }

    /** The compact article; an article without attributions keeps an empty body. */
    public static AnnotatedArticle compact(AnnotatedArticle aa) {
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
            List<Hedge> hedges = new ArrayList<>(at.hedges().size());
            for (Hedge h : at.hedges()) {
                hedges.add(new Hedge(move(h.span(), merged), h.text(), h.strength()));
            }
            SourceMention sm = at.source();
            Cue cue = at.cue();
            moved.add(new Attribution(at.id(), at.articleId(),
                    new SourceMention(move(sm.span(), merged), sm.text(), sm.source()),
                    new Cue(move(cue.span(), merged), cue.text(), cue.lemma(), cue.kind()),
                    move(at.content(), merged), at.contentText(), move(at.sentence(), merged), at.stance(), hedges,
                    at.relay(), at.quote(), at.contentKind(), at.countries()));
        }
        return new AnnotatedArticle(a.toBuilder().body(sb.toString()).build(), moved);
    }

    private static void cover(int[] r, Span s) {
        if (!s.isNone()) {
            r[0] = Math.min(r[0], s.start());
            r[1] = Math.max(r[1], s.end());
        }
    }

    private static Span move(Span s, List<int[]> merged) {
        if (s.isNone()) {
            return s;
        }
        for (int[] m : merged) {
            if (m[0] <= s.start() && s.end() <= m[1]) {
                return new Span(s.start() - m[0] + m[2], s.end() - m[0] + m[2]);
            }
        }
        throw new IllegalStateException("span " + s + " is outside the kept passages");
    }
}
