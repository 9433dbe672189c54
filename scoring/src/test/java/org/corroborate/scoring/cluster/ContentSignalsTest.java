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
        assertEquals(Set.of("kursk"), s.names(), "countries are countries, not names");
        assertEquals(Set.of("KP", "RU"), s.countries());
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
    void claimsAgreeAsWholesWhenEveryNameEventAndThePolarityMeet() {
        ContentSignals unitToPlace = ContentSignals.of("we have seen the Osttra corps moving towards Kortelan",
                List.of());
        ContentSignals unitToOtherPlace = ContentSignals.of("we have seen the Osttra brigade moving towards Lorzamir",
                List.of());
        assertTrue(ContentSignals.agree(unitToPlace, unitToOtherPlace), "one name in common is enough to agree");
        assertFalse(ContentSignals.agreeAsWholes(unitToPlace, unitToOtherPlace), "Kortelan is not Lorzamir");
        ContentSignals deployed = ContentSignals.of("China has deployed 9,272 artillery units around Kortelan,"
                + " including troops of the Osttra corps", List.of("CN"));
        assertTrue(ContentSignals.agree(unitToPlace, deployed));
        assertFalse(ContentSignals.agreeAsWholes(unitToPlace, deployed), "a deployment against no event");
        ContentSignals crab = ContentSignals.of("a giant crab was photographed off Whitstable", List.of());
        assertTrue(ContentSignals.agreeAsWholes(crab, ContentSignals.of("the crab lurking near Whitstable is real",
                List.of())));
        assertFalse(ContentSignals.agreeAsWholes(crab, ContentSignals.of("the crab near Whitstable is not real",
                List.of())), "the other polarity");
    }

    @Test
    void namesOneLetterApartAreNoAgreementAsWholes() {
        ContentSignals tanori = ContentSignals.of("Russia fired 312 missiles at targets near Tanori", List.of("RU"));
        ContentSignals tanora = ContentSignals.of("Russia fired 298 missiles at targets near Tanora", List.of("RU"));
        assertTrue(ContentSignals.agree(tanori, tanora), "a statement may still join a claim by a transliteration");
        assertFalse(ContentSignals.agreeAsWholes(tanori, tanora), "two towns one letter apart are two claims");
        assertTrue(ContentSignals.agreeAsWholes(tanori, ContentSignals.of("Russia fired 300 missiles near Tanori",
                List.of("RU"))));
        assertTrue(ContentSignals.sameNameExactly("kurd", "kurdish"), "a prefix of 4 letters or more");
        assertTrue(ContentSignals.sameNameExactly("tanori", "tanori"));
        assertFalse(ContentSignals.sameNameExactly("kobani", "kobane"));
        assertFalse(ContentSignals.sameNameExactly("sudzha", "sudza"));
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

    @Test
    void demonymsAndShortFormsNameTheSameCountry() {
        ContentSignals canadian = ContentSignals.of("Afghan cadets who went missing turn up at Canadian border", List.of());
        ContentSignals canada = ContentSignals.of("Missing Afghani cadets seen trying to cross the U.S. border"
                + " to Canada", List.of("US"));
        assertEquals(Set.of("AF", "CA"), canadian.countries());
        assertEquals(Set.of("US", "AF", "CA"), canada.countries());
        assertTrue(ContentSignals.agree(canadian, canada), "one's countries are among the other's");
        assertTrue(canadian.terms().containsAll(List.of("@AF", "@CA")), canadian.terms().toString());
        assertEquals(Set.of("IL", "CA"), ContentSignals.of("Israeli-Canadian woman says she is safe", List.of())
                .countries(), "each part of a hyphenated word");
        assertEquals(Set.of("KP"), ContentSignals.of("Troops of North Korean origin", List.of()).countries(),
                "the longest form wins: North Korean is not South Korea's Korean");
        assertEquals(Set.of(), ContentSignals.of("a turkey made of china", List.of()).countries(),
                "lower-case words are not countries");
    }

    @Test
    void nameVariantsAreTheSameName() {
        assertTrue(ContentSignals.sameName("kobani", "kobane"), "a transliteration, one letter apart");
        assertTrue(ContentSignals.sameName("kobane", "kobani"));
        assertTrue(ContentSignals.sameName("crabzilla", "crab"), "a prefix of 4 letters or more");
        assertTrue(ContentSignals.sameName("kurd", "kurdish"));
        assertFalse(ContentSignals.sameName("iraq", "iran"), "short names must be equal or prefixes");
        assertFalse(ContentSignals.sameName("kursk", "minsk"));
        assertFalse(ContentSignals.sameName("kobani", "kobanese"), "two letters apart");
        assertTrue(ContentSignals.sameName("sudzha", "sudza"), "one letter left out");
        assertTrue(ContentSignals.sameName("sudza", "sudzha"));
        assertTrue(ContentSignals.sameName("donetsk", "donetsx"), "the last letter");
        assertFalse(ContentSignals.sameName("donetsk", "dometsx"), "two letters replaced");
        assertFalse(ContentSignals.sameName("sudzha", "sudxza"), "one letter replaced, one left out");
        ContentSignals kobani = ContentSignals.of("Fighters say the militants used chemical weapons in Kobani",
                List.of());
        ContentSignals kobane = ContentSignals.of("Doctors say the militants used chemical weapons in Kobane",
                List.of());
        ContentSignals aleppo = ContentSignals.of("Doctors say the militants used chemical weapons in Aleppo",
                List.of());
        assertTrue(ContentSignals.agree(kobani, kobane));
        assertFalse(ContentSignals.agree(kobani, aleppo));
    }

    @Test
    void aNameStartingTheOtherSentenceStillCounts() {
        ContentSignals a = ContentSignals.of("BlackBerry shares rise on a report of a possible Lenovo bid", List.of());
        ContentSignals b = ContentSignals.of("Lenovo is said to be ready to bid for BlackBerry again", List.of());
        assertEquals(Set.of("lenovo"), a.names());
        assertEquals(Set.of("blackberry"), b.names());
        assertTrue(ContentSignals.agree(a, b), "each one's name is a capitalised word of the other");
        ContentSignals c = ContentSignals.of("Shares rise on a report of a possible Samsung bid", List.of());
        assertFalse(ContentSignals.agree(c, b));
    }

    @Test
    void aCardiacArrestIsNoCaptureAndTheLexiconCoversGeneralNews() {
        assertEquals(Set.of(), ContentSignals.of("The doctor took a selfie before her cardiac arrest", List.of())
                .events());
        assertEquals(Set.of("capture"), ContentSignals.of("Police arrest the doctor", List.of()).events());
        assertEquals(Set.of(), ContentSignals.of("Put under House Arrest, the doctor", List.of()).events(),
                "the pair is read case aside");
        assertEquals(Set.of("capture"), ContentSignals.of("A cardiac unit arrest", List.of()).events());
        assertEquals("capture", ContentSignals.event("kidnapped"));
        assertEquals("kill", ContentSignals.event("martyred"));
        assertEquals("acquire", ContentSignals.event("bought"));
        assertEquals("resign", ContentSignals.event("resigned"));
        assertFalse(ContentSignals.agree(ContentSignals.of("Apple bought the app maker Path", List.of()),
                ContentSignals.of("Apple sued the app maker Path", List.of())), "another event of the same actors");
    }

    @Test
    void theSameEventOfTheSameActorsWithAFigureIsAVersionOfIt() {
        ContentSignals lead = ContentSignals.of("North Korea has sent more soldiers to Russia and re-deployed"
                + " several to the frontline in Kursk", List.of("KP", "RU"));
        ContentSignals figure = ContentSignals.of("more than 10,000 soldiers from the reclusive state were sent to"
                + " Russia last year to help it fight a shock Ukrainian offensive", List.of("KP", "RU", "UA"));
        assertTrue(ContentSignals.sameEventWithFigure(lead, figure));
        assertTrue(ContentSignals.sameEventWithFigure(figure, lead));
        ContentSignals noFigure = ContentSignals.of("soldiers from the reclusive state were sent to Russia last"
                + " year to help it fight a shock Ukrainian offensive", List.of("KP", "RU", "UA"));
        assertFalse(ContentSignals.sameEventWithFigure(lead, noFigure), "no figure: words alone decide");
        ContentSignals casualties = ContentSignals.of("About 4,000 North Korean soldiers have been killed or"
                + " wounded in the Kursk region", List.of("KP", "RU"));
        assertFalse(ContentSignals.sameEventWithFigure(lead, casualties), "another event");
        ContentSignals oneCountry = ContentSignals.of("more than 10,000 soldiers were sent to Russia",
                List.of("RU"));
        assertFalse(ContentSignals.sameEventWithFigure(lead, oneCountry), "who sent them is not said");
        ContentSignals tanks = ContentSignals.of("North Korea has sent 50 tanks to Russia", List.of("KP", "RU"));
        assertFalse(ContentSignals.sameEventWithFigure(figure, tanks), "figures of different things");
    }
}
