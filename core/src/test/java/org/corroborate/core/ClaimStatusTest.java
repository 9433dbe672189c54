package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    @Test
    void tallyCountsEachStatusInReportOrderAndLeavesOutThoseWithNone() {
        List<ClaimStatus> statuses = List.of(ClaimStatus.SINGLE_SOURCE, ClaimStatus.BACKED_NOT_CONFIRMED,
                ClaimStatus.SINGLE_SOURCE, ClaimStatus.CORROBORATED, ClaimStatus.BACKED_NOT_CONFIRMED);
        assertEquals("1 corroborated; 2 backed by independent origins, not confirmed; 2 single source",
                ClaimStatus.tally(statuses));
    }

    @Test
    void tallyOfNothingIsEmpty() {
        assertEquals("", ClaimStatus.tally(List.of()));
    }

    @Test
    void labelCountsOriginsOnlyForBackedClaims() {
        assertEquals("backed by 3 independent origins, not confirmed", ClaimStatus.BACKED_NOT_CONFIRMED.label(3));
        assertEquals("single source", ClaimStatus.SINGLE_SOURCE.label(1));
        assertThrows(IllegalArgumentException.class, () -> ClaimStatus.CORROBORATED.label(-1));
    }
}
