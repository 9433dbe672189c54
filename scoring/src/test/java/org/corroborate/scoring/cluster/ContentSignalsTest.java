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
        assertEquals(Set.of("korea", "russia", "kursk"), s.names(), "North starts the sentence");
        assertEquals(Set.of("2025"), s.years());
        assertEquals(Set.of("february"), s.months());
        assertEquals("kill", ContentSignals.event("beheaded"));
        assertEquals("kill", ContentSignals.event("died"));
        assertEquals("capture", ContentSignals.event("detained"));
        assertEquals("capture", ContentSignals.event("prisoners"));
        assertEquals("deploy", ContentSignals.event("dispatched"));
        assertEquals("", ContentSignals.event("snapped"), "verbs outside the lexicon are not compared");
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
        ContentSignals sentToFight = ContentSignals.of("North Korea sent troops to Russia to fight in Kursk",
                List.of("KP", "RU"));
        ContentSignals fighting = ContentSignals.of("North Korean soldiers were fighting in Kursk", List.of("KP", "RU"));
        assertTrue(ContentSignals.agree(sent, sentToFight), "the main event, sent, is the same");
        assertFalse(ContentSignals.agree(fighting, sentToFight), "fighting is not the main event of the other");
        assertFalse(ContentSignals.agree(sentToFight, fighting));
    }
}
