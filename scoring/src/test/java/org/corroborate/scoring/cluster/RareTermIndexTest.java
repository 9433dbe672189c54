package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RareTermIndexTest {

    // document frequency by term id: 0 unseen, 1 once, 2..3 rare, 50 common
    private static final int[] DF = {0, 1, 2, 3, 3, 50, 2};

    @Test
    void findsClaimsThroughRareTermsOnly() {
        RareTermIndex<String> index = new RareTermIndex<>(DF, 3, 16, 4);
        index.add(new int[] {2, 5}, "burger");
        index.add(new int[] {3, 5}, "watch");
        assertEquals(Set.of("burger"), index.candidates(new int[] {2, 1}));
        assertEquals(Set.of(), index.candidates(new int[] {5, 1, 0}), "common, single and unseen terms");
        assertEquals(List.of("burger", "watch"), List.copyOf(index.candidates(new int[] {3, 2})),
                "rarest term first, then in order of addition");
    }

    @Test
    void postingsAndLookUpsAreCapped() {
        RareTermIndex<String> index = new RareTermIndex<>(DF, 3, 2, 1);
        index.add(new int[] {4}, "a");
        index.add(new int[] {4}, "a");
        index.add(new int[] {4}, "b");
        index.add(new int[] {4}, "c");
        assertEquals(List.of("a", "b"), List.copyOf(index.candidates(new int[] {4})), "a term keeps two claims");
        index.add(new int[] {6}, "d");
        assertEquals(Set.of("d"), index.candidates(new int[] {4, 6}), "only the rarest term is looked up");
    }

    @Test
    void aStatementMayBeAPartOfAPool() {
        RareTermIndex<String> index = new RareTermIndex<>(DF, 3, 16, 4);
        int[] pool = {3, 5, 2, 5, 4};
        index.add(pool, 2, 4, "burger"); // {2, 5}
        index.add(pool, 0, 2, "watch"); // {3, 5}
        assertEquals(List.of("burger"), List.copyOf(index.candidates(pool, 2, 3)));
        assertEquals(List.of("burger", "watch"), List.copyOf(index.candidates(new int[] {3, 5, 2}, 0, 3)),
                "rarest first");
        assertEquals(Set.of(), index.candidates(pool, 4, 5), "term 4 is rare but nothing uses it");
        assertEquals(Set.of(), index.candidates(pool, 1, 1), "no term");
    }

    @Test
    void inASmallCorpusNothingIsRare() {
        RareTermIndex<String> index = new RareTermIndex<>(DF, 1, 16, 4);
        index.add(new int[] {2, 3}, "a");
        assertEquals(Set.of(), index.candidates(new int[] {2, 3}));
    }
}
