package org.corroborate.scoring.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A second source of candidate claims beside MinHash LSH, for loose paraphrases whose term sets overlap too little
 * for a shared band ("World's oldest burger" for "McDonald's Quarter Pounder kept for 20 years"): an inverted index
 * from rare terms to the claims whose statements use them. A term is rare when at most {@link #maxDf} statements of
 * the corpus use it; a term's postings stop at {@link #perTerm} claims (more would make it common after all), and a
 * look-up uses only the {@link #perQuery} rarest terms of a statement. So a statement is compared with at most
 * {@code perQuery × perTerm} claims, never with all.
 *
 * <p>Deterministic: postings keep the order claims were added in, and candidates come in the order of the
 * statement's rarest terms.
 *
 * @param <C> the claim type
 */
final class RareTermIndex<C> {

    private final int[] df;
    private final int maxDf;
    private final int perTerm;
    private final int perQuery;
    private final Map<Integer, List<C>> postings = new HashMap<>();

    /**
     * @param df       document frequency by term id (ids beyond it count as unseen: never rare enough to share)
     * @param maxDf    largest document frequency of a rare term; below 2 nothing is rare and the index stays empty
     * @param perTerm  claims a term's postings keep at most
     * @param perQuery rare terms of a statement looked up at most
     */
    RareTermIndex(int[] df, int maxDf, int perTerm, int perQuery) {
        if (perTerm < 1 || perQuery < 1) {
            throw new IllegalArgumentException("perTerm and perQuery must be >= 1, got " + perTerm + ", " + perQuery);
        }
        this.df = df;
        this.maxDf = maxDf;
        this.perTerm = perTerm;
        this.perQuery = perQuery;
    }

    /** Records that {@code claim} has a statement with the terms {@code ids}. */
    void add(int[] ids, C claim) {
        add(ids, 0, ids.length, claim);
    }

    /** Records that {@code claim} has a statement with the terms {@code ids[from..to)}. */
    void add(int[] ids, int from, int to, C claim) {
        for (int id : rarest(ids, from, to)) {
            List<C> list = postings.computeIfAbsent(id, k -> new ArrayList<>(2));
            if (list.size() < perTerm && !list.contains(claim)) {
                list.add(claim);
            }
        }
    }

    /** The claims that share one of the rarest terms of {@code ids}, each once, in look-up order. */
    Set<C> candidates(int[] ids) {
        return candidates(ids, 0, ids.length);
    }

    /** The claims that share one of the rarest terms of {@code ids[from..to)}, each once, in look-up order. */
    Set<C> candidates(int[] ids, int from, int to) {
        Set<C> out = new LinkedHashSet<>();
        for (int id : rarest(ids, from, to)) {
            List<C> list = postings.get(id);
            if (list != null) {
                out.addAll(list);
            }
        }
        return out;
    }

    /**
     * Up to {@link #perQuery} ids of rare terms (2 ≤ df ≤ maxDf) among {@code ids[from..to)}, rarest first, ties by
     * position.
     */
    private int[] rarest(int[] ids, int from, int to) {
        int[] best = new int[perQuery];
        int[] bestDf = new int[perQuery];
        int count = 0;
        for (int i = from; i < to; i++) {
            int id = ids[i];
            int f = id < df.length ? df[id] : 0;
            if (f < 2 || f > maxDf) {
                continue;
            }
            int pos = count;
            while (pos > 0 && bestDf[pos - 1] > f) {
                pos--;
            }
            if (pos >= perQuery) {
                continue;
            }
            int last = Math.min(count, perQuery - 1);
            for (int k = last; k > pos; k--) {
                best[k] = best[k - 1];
                bestDf[k] = bestDf[k - 1];
            }
            best[pos] = id;
            bestDf[pos] = f;
            count = Math.min(count + 1, perQuery);
        }
        return java.util.Arrays.copyOf(best, count);
    }
}
