package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EvidenceListTest {

    private static List<Attribution> carriers(int n) {
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(AttributionRefsTest.attribution("art-" + i, 1 + i % 3, "troops were sent " + i));
        }
        return List.copyOf(out);
    }

    /** Pieces by place with every role and flag, weights that repeat and one that differs in its last bit. */
    private static List<Evidence> pieces(List<Attribution> carriers) {
        double[] weights = {1, 0.6, 0, 0.5, Math.nextDown(0.6)};
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < carriers.size(); i++) {
            EvidenceRole role = EvidenceRole.values()[i % EvidenceRole.values().length];
            boolean counted = i % 4 == 1;
            boolean superseded = !counted && i % 5 == 2;
            out.add(new Evidence(carriers, i, "Outlet " + i % 2, "origin-" + i % 3, role,
                    role == EvidenceRole.SILENT ? 0 : weights[i % weights.length], counted, "reason " + i,
                    superseded));
        }
        return out;
    }

    @Test
    void keepsPiecesByPlaceInColumnsAndMakesEqualOnesAgain() {
        List<Attribution> carriers = carriers(23);
        List<Evidence> pieces = pieces(carriers);
        List<Evidence> kept = EvidenceList.copyOf(pieces);
        assertInstanceOf(EvidenceList.class, kept);
        assertEquals(pieces, kept);
        assertEquals(List.copyOf(pieces), kept);
        assertEquals(kept, List.copyOf(pieces));
        assertEquals(List.copyOf(pieces).hashCode(), kept.hashCode());
        for (int i = 0; i < pieces.size(); i++) {
            Evidence e = kept.get(i);
            Evidence given = pieces.get(i);
            assertEquals(given, e);
            assertNotSame(e, kept.get(i));
            assertEquals(Double.doubleToRawLongBits(given.weight()), Double.doubleToRawLongBits(e.weight()));
            assertEquals(given.role(), e.role());
            assertEquals(given.counted(), e.counted());
            assertEquals(given.superseded(), e.superseded());
            assertEquals(given.outlet(), e.outlet());
            assertEquals(given.origin(), e.origin());
            assertEquals(given.reason(), e.reason());
            assertEquals(given.toString(), e.toString());
            assertEquals(carriers.get(i), e.attribution());
        }
        assertSame(kept, EvidenceList.copyOf(kept));
        assertThrows(UnsupportedOperationException.class, () -> kept.set(0, pieces.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> kept.add(pieces.get(0)));
        assertThrows(IndexOutOfBoundsException.class, () -> kept.get(23));
    }

    @Test
    void anAssessmentKeepsItsEvidenceInColumnsAndEqualsOneWithTheCopiedPieces() {
        List<Attribution> carriers = carriers(5);
        Claim claim = new Claim("c-1", "troops were sent", carriers, List.of(), List.of(), List.of());
        List<Evidence> pieces = pieces(carriers);
        Assessment a = new Assessment(claim, 0.7, new Interval(0.5, 0.8, 0.9), new Grade('B', 2),
                ClaimStatus.SINGLE_SOURCE, 1, pieces, List.of(), List.of("line"));
        assertInstanceOf(EvidenceList.class, a.evidence());
        Assessment copied = new Assessment(claim, 0.7, new Interval(0.5, 0.8, 0.9), new Grade('B', 2),
                ClaimStatus.SINGLE_SOURCE, 1, new ArrayList<>(pieces), List.of(), List.of("line"));
        assertEquals(copied, a);
        assertEquals(copied.hashCode(), a.hashCode());
    }

    @Test
    void otherListsAreCopiedAsTheyAre() {
        List<Attribution> carriers = carriers(3);
        List<Evidence> pieces = pieces(carriers);
        Evidence held = new Evidence(carriers.get(1), "Outlet", "o", EvidenceRole.SUPPORTS, 1, true, "why");
        List<Evidence> mixed = List.of(pieces.get(0), held, pieces.get(2));
        List<Evidence> copy = EvidenceList.copyOf(mixed);
        assertFalse(copy instanceof EvidenceList);
        assertSame(held, copy.get(1));
        // out of place: piece 1 first
        List<Evidence> swapped = List.of(pieces.get(1), pieces.get(0));
        assertFalse(EvidenceList.copyOf(swapped) instanceof EvidenceList);
        // of two lists of carriers
        List<Evidence> twoLists = List.of(pieces.get(0), new Evidence(carriers(3), 1, "Outlet", "o",
                EvidenceRole.SUPPORTS, 1, false, "why", false));
        assertFalse(EvidenceList.copyOf(twoLists) instanceof EvidenceList);
        assertEquals(List.of(), EvidenceList.copyOf(List.of()));
    }

    @Test
    void moreDistinctTextsOrWeightsThanACharNumbersAreKeptInWiderColumns() {
        int n = (1 << 16) / 3 + 2;
        List<Attribution> carriers = carriers(n);
        List<Evidence> pieces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pieces.add(new Evidence(carriers, i, "Outlet " + i, "origin " + i, EvidenceRole.values()[i % 3],
                    i % 3 == 2 ? 0 : 1, i % 5 == 1, "reason " + i, i % 5 == 2 && i % 3 != 2));
        }
        for (List<Evidence> list : List.of(pieces, pieces.subList(0, n - 2))) {
            List<Evidence> kept = EvidenceList.copyOf(list);
            assertInstanceOf(EvidenceList.class, kept);
            assertEquals(list, kept);
            assertEquals(list.size(), kept.size());
            assertEquals(list.get(list.size() - 1), kept.get(list.size() - 1));
        }
        List<Evidence> weighed = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            weighed.add(new Evidence(carriers, i, "Outlet", "origin", EvidenceRole.SUPPORTS, i / 5000.0, false,
                    "reason", false));
        }
        List<Evidence> kept = EvidenceList.copyOf(weighed);
        assertInstanceOf(EvidenceList.class, kept);
        assertEquals(weighed, kept);
    }

    @Test
    void givesEqualPiecesFromSeveralThreads() throws Exception {
        List<Attribution> carriers = carriers(200);
        List<Evidence> pieces = pieces(carriers);
        List<Evidence> kept = EvidenceList.copyOf(pieces);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (int i = 0; i < kept.size(); i++) {
                            if (!kept.get(i).equals(pieces.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertEquals(true, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
