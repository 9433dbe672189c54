package org.corroborate.ingest.extract.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.core.Attribution;
import org.corroborate.core.Span;
import org.corroborate.ingest.extract.eval.BratDocument.GoldAttribution;
import org.corroborate.ingest.extract.eval.BratDocument.GoldSpan;
import org.corroborate.ingest.extract.eval.BratDocument.Role;

/**
 * Scores extracted attributions against brat gold annotations.
 *
 * <p>Spans: per document, the distinct Source, Cue and Content spans of each side (identical fragments counted
 * once). A predicted span matches <em>exactly</em> when a gold span of the same role has the same fragments, and
 * <em>by overlap</em> when they share at least one token. Tokens are maximal runs of letters and digits, and every
 * other non-space char alone; a span covers each token it touches. Precision counts predicted spans that match
 * some gold span, recall gold spans matched by some predicted span (not one-to-one).
 *
 * <p>Relations: a predicted attribution matches a gold one when its cue, content and source each overlap one of
 * the gold relation's spans of that role (a missing source matches only a missing source; so does a missing
 * content). Thread-compatible: one scorer per evaluation.
 */
public final class AttributionScorer {

    /** One missed or spurious span, for error analysis. */
    public record Miss(String documentId, Role role, boolean spurious, int start, int end, String text) {
    }

    private final Map<Role, PrecisionRecall> exact = new EnumMap<>(Role.class);
    private final Map<Role, PrecisionRecall> overlap = new EnumMap<>(Role.class);
    private PrecisionRecall relations = PrecisionRecall.ZERO;
    private final List<Miss> misses = new ArrayList<>();
    private int documents;

    public AttributionScorer() {
        for (Role r : Role.values()) {
            exact.put(r, PrecisionRecall.ZERO);
            overlap.put(r, PrecisionRecall.ZERO);
        }
    }

    /** Adds one document's gold and predicted attributions (spans into {@code gold.text()}). */
    public void add(BratDocument gold, List<Attribution> predicted) {
        List<GoldAttribution> relations = new ArrayList<>(predicted.size());
        Map<Role, Map<String, GoldSpan>> spans = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            spans.put(role, new LinkedHashMap<>());
        }
        for (Attribution a : predicted) {
            Span[] bySpan = {a.source().span(), a.cue().span(), a.content()};
            List<List<GoldSpan>> parts = new ArrayList<>(3);
            for (Role role : Role.values()) {
                Span s = bySpan[role.ordinal()];
                if (!s.isNone() && s.end() > s.start() && s.end() <= gold.text().length()) {
                    GoldSpan gs = of(role, s);
                    spans.get(role).putIfAbsent(gs.key(), gs);
                }
                parts.add(s.isNone() || s.length() == 0 ? List.of() : List.of(of(role, s)));
            }
            relations.add(new GoldAttribution(parts.get(0), parts.get(1), parts.get(2)));
        }
        add(gold, spans, relations);
    }

    /**
     * Adds one document's gold annotation and another annotation of the same text ({@code other}, by another
     * annotator) as if it were predicted: its distinct spans of each role, and its relations, a relation matching a
     * gold one when each role's spans overlap one of the gold relation's (or both have none of that role).
     */
    public void add(BratDocument gold, BratDocument other) {
        if (!gold.text().equals(other.text())) {
            throw new IllegalArgumentException("annotations of different texts: " + gold.id() + ", " + other.id());
        }
        Map<Role, Map<String, GoldSpan>> spans = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            Map<String, GoldSpan> m = new LinkedHashMap<>();
            for (GoldSpan s : other.spans()) {
                if (s.role() == role) {
                    m.putIfAbsent(s.key(), s);
                }
            }
            spans.put(role, m);
        }
        add(gold, spans, other.attributions());
    }

    private void add(BratDocument gold, Map<Role, Map<String, GoldSpan>> predictedSpans,
                     List<GoldAttribution> predicted) {
        documents++;
        int[] tok = tokenIds(gold.text());
        for (Role role : Role.values()) {
            Map<String, GoldSpan> g = new LinkedHashMap<>();
            for (GoldSpan s : gold.spans()) {
                if (s.role() == role) {
                    g.putIfAbsent(s.key(), s);
                }
            }
            Map<String, GoldSpan> p = predictedSpans.get(role);
            long exactP = p.keySet().stream().filter(g::containsKey).count();
            long exactG = g.keySet().stream().filter(p::containsKey).count();
            exact.merge(role, new PrecisionRecall(exactP, p.size(), exactG, g.size()), PrecisionRecall::plus);
            long overP = 0;
            for (GoldSpan ps : p.values()) {
                if (g.values().stream().anyMatch(gs -> overlaps(tok, ps, gs))) {
                    overP++;
                } else {
                    misses.add(miss(gold, ps, true));
                }
            }
            long overG = 0;
            for (GoldSpan gs : g.values()) {
                if (p.values().stream().anyMatch(ps -> overlaps(tok, ps, gs))) {
                    overG++;
                } else {
                    misses.add(miss(gold, gs, false));
                }
            }
            overlap.merge(role, new PrecisionRecall(overP, p.size(), overG, g.size()), PrecisionRecall::plus);
        }
        long relP = 0;
        for (GoldAttribution a : predicted) {
            if (gold.attributions().stream().anyMatch(ga -> matches(tok, a, ga))) {
                relP++;
            }
        }
        long relG = 0;
        for (GoldAttribution ga : gold.attributions()) {
            if (predicted.stream().anyMatch(a -> matches(tok, a, ga))) {
                relG++;
            }
        }
        relations = relations.plus(new PrecisionRecall(relP, predicted.size(), relG, gold.attributions().size()));
    }

    public PrecisionRecall exact(Role role) {
        return exact.get(role);
    }

    public PrecisionRecall overlap(Role role) {
        return overlap.get(role);
    }

    public PrecisionRecall relations() {
        return relations;
    }

    public int documents() {
        return documents;
    }

    /** Every gold span matched by no prediction and every predicted span matching no gold span (by overlap). */
    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    private static Miss miss(BratDocument d, GoldSpan s, boolean spurious) {
        int start = s.fragments().stream().mapToInt(f -> f[0]).min().orElseThrow();
        int end = s.fragments().stream().mapToInt(f -> f[1]).max().orElseThrow();
        return new Miss(d.id(), s.role(), spurious, start, end, d.text().substring(start, end));
    }

    private static GoldSpan of(Role role, Span s) {
        return new GoldSpan("p", role, List.of(new int[] {s.start(), s.end()}));
    }

    private static boolean matches(int[] tok, GoldAttribution a, GoldAttribution g) {
        return spansMatch(tok, a.cues(), g.cues()) && spansMatch(tok, a.contents(), g.contents())
                && spansMatch(tok, a.sources(), g.sources());
    }

    /** A role's predicted spans match the gold relation's when one overlaps one, or when neither side has any. */
    private static boolean spansMatch(int[] tok, List<GoldSpan> predicted, List<GoldSpan> gold) {
        if (predicted.isEmpty()) {
            return gold.isEmpty();
        }
        return predicted.stream().anyMatch(p -> gold.stream().anyMatch(g -> overlaps(tok, p, g)));
    }

    /** True when the two spans share a token. */
    static boolean overlaps(int[] tok, GoldSpan a, GoldSpan b) {
        for (int[] fa : a.fragments()) {
            int[] ra = range(tok, fa);
            if (ra == null) {
                continue;
            }
            for (int[] fb : b.fragments()) {
                int[] rb = range(tok, fb);
                if (rb != null && ra[0] <= rb[1] && rb[0] <= ra[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** First and last token id touched by {@code [f0, f1)}, or null when it covers only spaces. */
    private static int[] range(int[] tok, int[] f) {
        int lo = -1;
        int hi = -1;
        for (int i = Math.max(0, f[0]); i < Math.min(f[1], tok.length); i++) {
            if (tok[i] >= 0) {
                if (lo < 0) {
                    lo = tok[i];
                }
                hi = tok[i];
            }
        }
        return lo < 0 ? null : new int[] {lo, hi};
    }

    /** For each char, the id of its token, or -1 for white space. */
    static int[] tokenIds(String text) {
        int[] out = new int[text.length()];
        int id = -1;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                out[i] = -1;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    id++;
                    inWord = true;
                }
                out[i] = id;
            } else {
                out[i] = ++id;
                inWord = false;
            }
        }
        return out;
    }
}
