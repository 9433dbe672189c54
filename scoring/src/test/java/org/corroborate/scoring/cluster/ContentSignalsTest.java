package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentSignalsTest {

    @Test
    void foldsQuantitiesToUnitTokens() {
        ContentSignals s = ContentSignals.of("more than 10,000 soldiers were sent to Russia", List.of("RU"));
        assertEquals(List.of("soldier", "deploy", "russia", "#soldier", "@RU"), s.terms());
        assertEquals(ContentSignals.of("12,000 troops were sent to Russia", List.of("RU")).terms(), s.terms());
    }

    @Test
    void findsEventsNamesAndDates() {
        ContentSignals s = ContentSignals.of("North Korea has sent more soldiers to Russia and re-deployed several"
                + " to the frontline in Kursk in February 2025", List.of("KP", "RU"));
        assertEquals(Set.of("deploy"), s.events());
        assertEquals(Set.of("north", "korea", "russia", "kursk"), s.names());
        assertEquals(Set.of("2025"), s.years());
        assertEquals(Set.of("february"), s.months());
        assertEquals("fir", ContentSignals.event("fired"));
        assertEquals("fir", ContentSignals.event("firing"));
        assertEquals("stop", ContentSignals.event("stopped"));
        assertEquals("", ContentSignals.event("according"));
    }

    @Test
    void aTitleCaseHeadlineHasNoNames() {
        assertEquals(Set.of(), ContentSignals.of("Man Sues Apple Over Exploding Phone Battery", List.of()).names());
    }

    @Test
    void agreementIsSymmetric() {
        ContentSignals sent = ContentSignals.of("North Korean soldiers were sent to Russia", List.of("KP", "RU"));
        ContentSignals sentShort = ContentSignals.of("soldiers were sent to Russia", List.of("RU"));
        ContentSignals killed = ContentSignals.of("North Korean soldiers were killed", List.of("KP"));
        ContentSignals ukraine = ContentSignals.of("North Korean soldiers were sent to Ukraine", List.of("KP", "UA"));
        assertTrue(ContentSignals.agree(sent, sentShort));
        assertTrue(ContentSignals.agree(sentShort, sent));
        assertFalse(ContentSignals.agree(sent, killed));
        assertFalse(ContentSignals.agree(killed, sent));
        assertFalse(ContentSignals.agree(sent, ukraine));
        assertFalse(ContentSignals.agree(ukraine, sent));
    }
}
