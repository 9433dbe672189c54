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
    void inASmallCorpusNothingIsRare() {
        RareTermIndex<String> index = new RareTermIndex<>(DF, 1, 16, 4);
        index.add(new int[] {2, 3}, "a");
        assertEquals(Set.of(), index.candidates(new int[] {2, 3}));
    }
}
