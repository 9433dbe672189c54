package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimCoreTest {

    private static ContentSignals sig(String text) {
        return ContentSignals.of(text, List.of("RU"));
    }

    /** {@code times} copies of one statement's signals. */
    private static List<ContentSignals> times(int times, String text) {
        return new ArrayList<>(java.util.Collections.nCopies(times, sig(text)));
    }

    @Test
    void theCoreIsWhatHalfTheStatementsState() {
        List<ContentSignals> claim = times(6, "Russia has lost 3,000 soldiers in fighting near Kortelan");
        claim.addAll(times(4, "Russia has lost soldiers, a general told reporters"));
        ClaimCore core = ClaimCore.of(claim);
        assertEquals(Set.of("kortelan"), core.names(), "six of ten name the town");
        assertEquals(Set.of("soldier"), core.units());
        claim.addAll(times(3, "Russia has lost soldiers, officials said"));
        assertEquals(Set.of(), ClaimCore.of(claim).names(), "six of thirteen do not");
        assertEquals(ClaimCore.NONE, ClaimCore.of(List.of()));
    }

    @Test
    void aLargeClaimWhoseCentralStatementsNameLittleKeepsItsTown() {
        // the central statements of a claim of thousands name no town, and agree as wholes with a statement about
        // another town; what most of the claim's statements name does not
        List<ContentSignals> large = times(60, "Russia has lost 6,393 soldiers in fighting near Kortelan");
        large.addAll(times(40, "Russia has lost soldiers in the fighting"));
        ContentSignals central = sig("Russia has lost soldiers in the fighting");
        ContentSignals other = sig("Russia has lost 412 soldiers in fighting near Lorzamir");
        assertTrue(ContentSignals.agreeAsWholes(central, other), "the central statement names nothing to refuse");
        assertFalse(ClaimCore.agree(ClaimCore.of(large), ClaimCore.of(List.of(other))), "Kortelan is not Lorzamir");
        assertTrue(ClaimCore.agree(ClaimCore.of(large), ClaimCore.of(times(2,
                "Russia lost 6,100 soldiers near Kortelan"))), "a rival figure of the same claim");
    }

    @Test
    void quantitiesOfDifferentThingsAreDifferentClaims() {
        ClaimCore drones = ClaimCore.of(times(3, "Russia has moved 2,774 drones to an airfield outside Ostostma"));
        ClaimCore shells = ClaimCore.of(times(2, "Russia has shipped 2,887 containers of shells through the port of"
                + " Ostostma"));
        assertFalse(ClaimCore.agree(drones, shells), "drones are not containers of shells");
        assertFalse(ClaimCore.agree(shells, drones));
        ClaimCore moreDrones = ClaimCore.of(times(2, "Russia has moved 3,000 drones to Ostostma"));
        assertTrue(ClaimCore.agree(drones, moreDrones), "rival values of one quantity");
        assertTrue(ClaimCore.agree(drones, ClaimCore.of(times(2, "Russia has moved drones to Ostostma"))),
                "a claim that states no quantity says nothing against one that does");
    }

    @Test
    void namesMeetOnlyWrittenTheSameOrAsPrefixes() {
        ClaimCore tanori = ClaimCore.of(times(3, "Russia fired 312 missiles at targets near Tanori"));
        ClaimCore tanora = ClaimCore.of(times(3, "Russia fired 298 missiles at targets near Tanora"));
        assertFalse(ClaimCore.agree(tanori, tanora), "one letter apart: two towns");
        assertTrue(ClaimCore.agree(tanori, ClaimCore.of(times(1, "Missiles Fired Near Tanori, Russia Says"))),
                "a title-case headline's capitalised words meet the names");
        assertTrue(ClaimCore.agree(tanori, ClaimCore.NONE));
        assertTrue(ClaimCore.agree(ClaimCore.NONE, tanori));
    }

    @Test
    void aBareNumberIsNotWhatAClaimCounts() {
        // a number with no unit (a model number, a rank) says nothing about what is counted
        ClaimCore bare = ClaimCore.of(times(3, "Owners complain of a bending Orvia 6"));
        assertEquals(Set.of(), bare.units(), "no unit counted");
        ClaimCore counted = ClaimCore.of(times(2, "Owners say 80 phones of the Orvia bend in their pockets"));
        assertEquals(1, counted.units().size(), "phones counted");
        assertTrue(ClaimCore.agree(bare, counted), "a bare number does not refuse a counted unit");
        assertTrue(ClaimCore.agree(counted, bare));
    }
}
