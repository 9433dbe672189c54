package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PresentationClassifierTest {

    private final PresentationClassifier c = PresentationClassifier.withDefaults();

    @Test
    void tableOfHeadlines() {
        String[][] table = {
            {"Militants behead captured reporter", "ASSERTED"},
            {"Acme reportedly in talks to buy Trail", "ATTRIBUTED"},
            {"Is the Acme Band battery really that bad?", "ATTRIBUTED"},
            {"City police denies reports of muralist arrest", "DENIED"},
            {"Two-headed calf story is a hoax", "DENIED"},
            {"Hostage killing evil, minister says", "ATTRIBUTED"},
        };
        for (String[] row : table) {
            assertEquals(Presentation.valueOf(row[1]), c.classify(row[0], "", ""), row[0]);
        }
    }

    @Test
    void aNegationTheClaimAlsoHasIsNoDenial() {
        assertEquals(Presentation.ASSERTED, c.classify("Doctors will not treat patients", "",
                "Doctors will not treat patients"));
        assertEquals(Presentation.DENIED, c.classify("Doctors will not treat patients", "", "Doctors will treat"));
    }

    @Test
    void theLeadIsReadOnlyWhenAskedAndTheHeadlineShowsNothing() {
        PresentationClassifier noLead = new PresentationClassifier(PresentationClassifier.Options.DEFAULTS
                .withUseLead(false));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Bridge closed", "The bridge was reportedly shut.", ""));
        assertEquals(Presentation.ASSERTED, noLead.classify("Bridge closed", "The bridge was reportedly shut.", ""));
        assertEquals(Presentation.DENIED, noLead.classify("", "The bridge closure was a hoax.", ""));
    }

    @Test
    void aSourceBeforeAColonOrAfterAClosingDashAttributes() {
        assertEquals(Presentation.ATTRIBUTED, c.classify("Pentagon: airstrike hit the convoy", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("NYT: the bridge will close in May", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Bridge to close in May -CNBC", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Bridge to close in May: city officials", "", ""));
        // a kicker before the colon names no source
        assertEquals(Presentation.ASSERTED, c.classify("BREAKING: the bridge is closed", "", ""));
    }

    @Test
    void refutingPhrasingsDeny() {
        for (String h : List.of("Zorblat's talking parrot story was made up", "Sea monster photo is misinformation",
                "Mayor rebuffs rumours that he resigned", "Glowing lake: a story too good to check",
                "Agency questions whether comet hit the farm", "Singing dog video was staged")) {
            assertEquals(Presentation.DENIED, c.classify(h, "", ""), h);
        }
    }

    @Test
    void aNegatedDebunkingIsNoDenial() {
        assertEquals(Presentation.ASSERTED, c.classify("Juggler vows tape will prove his record is no hoax", "",
                ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Juggler insists his record was not a hoax", "", ""));
        assertEquals(Presentation.DENIED, c.classify("Juggler's record was a hoax", "", ""));
    }

    @Test
    void anAnsweredQuestionAndItsOfficialAssert() {
        assertEquals(Presentation.ASSERTED, c.classify("That viral note from the 1980s? It's real", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("That viral note from the 1980s: is it real?", "", ""));
        assertEquals(Presentation.ASSERTED, c.classify("It's official: Acme splits in two", "", ""));
    }

    @Test
    void aTvShowInTheClaimIsNoStatement() {
        // "show" as a noun does not make the claim one about a statement, so "claims" still hedges
        assertEquals(Presentation.ATTRIBUTED, c.classify("Student claims she was the cartoon's baby", "",
                "Ann Lee was the baby in the cartoon TV show"));
        assertEquals(Presentation.ASSERTED, c.classify("Student claims she was the cartoon's baby", "",
                "A video shows a student who claims she was the cartoon's baby"));
    }

    @Test
    void moreObservingPhrasings() {
        for (String h : List.of("Goalkeeper appeared to be asleep on the pitch", "Weekly Star reporting Acme sale",
                "Self-proclaimed heir to the throne reveals her plans", "Confusion surrounds arrest of gang leader")) {
            assertEquals(Presentation.ATTRIBUTED, c.classify(h, "", ""), h);
        }
    }

    @Test
    void debunkingWordsInAQuestionOnlyAsk() {
        assertEquals(Presentation.ATTRIBUTED, c.classify("Three-eared cat: real or hoax?", "", ""));
        assertEquals(Presentation.DENIED, c.classify("Three-eared cat is a hoax. Is anyone surprised?", "", ""));
    }

    @Test
    void aQuestionThatOpensAStatementDoesNotHedgeIt() {
        assertEquals(Presentation.ASSERTED, c.classify("Best gift ever? Man pays off his parents' loan", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Did a man pay off his parents' loan?", "", ""));
    }

    @Test
    void neverIsEmphasisNotDenial() {
        assertEquals(Presentation.ASSERTED, c.classify("You will never guess what the mayor ate", "", ""));
        assertEquals(Presentation.DENIED, c.classify("The mayor did not eat the cake", "", "The mayor ate the cake"));
    }

    @Test
    void hedgesThatNameNoSourceAttribute() {
        assertEquals(Presentation.ATTRIBUTED, c.classify("Video purports to show the landing", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Local man a suspect in museum theft", "", ""));
    }

    @Test
    void allegedHedgesOnlyWhatTheClaimIsAbout() {
        String claim = "There is an audio recording of the shooting";
        assertEquals(Presentation.ATTRIBUTED, c.classify("TV station airs alleged audio of the shooting", "", claim));
        assertEquals(Presentation.ASSERTED, c.classify("Crowd chases alleged thief out of the market", "",
                "A crowd chased a man out of the market"));
    }

    @Test
    void aClaimAboutAStatementIsAssertedByReportingTheStatement() {
        String aboutAStatement = "The mayor said the bridge is safe";
        assertEquals(Presentation.ASSERTED, c.classify("Mayor says the bridge is safe", "", aboutAStatement));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Mayor says the bridge is safe", "", "The bridge is safe"));
    }

    @Test
    void sameUnderATurkishLocale() {
        Locale old = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals(Presentation.DENIED, c.classify("IT IS A HOAX", "", ""));
        } finally {
            Locale.setDefault(old);
        }
    }

    @Test
    void aNegationBesideAModalOrInAContrastOrDecliningToSayIsNoDenial() {
        assertEquals(Presentation.ATTRIBUTED, c.classify("Parking may mean a fine, not a tow, in Oslo", "", ""));
        assertEquals(Presentation.ASSERTED, c.classify("The plant will be built in Ohio, not Texas", "", ""));
        assertEquals(Presentation.ASSERTED, c.classify("The mayor is not missing, just on holiday", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Agency won't say if the dam leaked", "", ""));
        assertEquals(Presentation.ATTRIBUTED,
                c.classify("Minister refuses to confirm or deny report that the dam leaked", "", ""));
        assertEquals(Presentation.DENIED, c.classify("The dam did not leak", "", ""));
    }

    @Test
    void forecastsMediaAndAFirstPersonQuoteAttribute() {
        assertEquals(Presentation.ATTRIBUTED, c.classify("Bank sees 20M tablet sales next year", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Analyst pegs the phone's price at 300", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Masked gunman named by media", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Jane Roe: I swam the lake at night", "", ""));
        assertEquals(Presentation.ASSERTED, c.classify("Lake Erie: swimmers return", "", ""));
    }

    @Test
    void allegedHedgesThePluralOfWhatTheClaimIsAbout() {
        assertEquals(Presentation.ATTRIBUTED, c.classify("What we know about the alleged organ trade", "",
                "Gangs are selling organs"));
        assertEquals(Presentation.ASSERTED, c.classify("Alleged rapist caught at the border", "",
                "Police caught a man at the border"));
    }

    @Test
    void cuesListEveryMatchWhateverTheDecision() {
        var cues = c.cues("Is this the tower which could fall? It reportedly leans, a hoax, not level", "The tower leans");
        for (String cue : List.of("debunk", "debunk=hoax", "negation", "negation=not", "reporting",
                "reporting=reportedly", "modal=could", "subordinateModal", "yesNoOpener", "questionInside")) {
            assertTrue(cues.contains(cue), cue + " in " + cues);
        }
        assertTrue(c.cues("Tower leans", "The tower leans").isEmpty());
        assertTrue(c.cues("Tower insists it was not a hoax", "").contains("negatedDebunk"));
    }

    @Test
    void aQuestionAnsweredNoDenies() {
        assertEquals(Presentation.DENIED, c.classify("Stadium move ahead? No, says league chief", "",
                "The league will move the stadium"));
        assertEquals(Presentation.DENIED, c.classify("Did the painter sign this mural? Probably not", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Did the painter sign this mural?", "", ""));
        assertTrue(c.cues("Mural by the painter? Nope", "").contains("answeredNo"));
    }

    @Test
    void aLeadingYesNoQuestionAboutADebunkingDeniesAnAlternativeOnlyAsks() {
        assertEquals(Presentation.DENIED, c.classify("Was the kind busker video all a hoax?", "", ""));
        assertEquals(Presentation.DENIED, c.classify("Did the vlogger stage his rescue clip?", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Giant squid photo: real or hoax?", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Busker gets a free dinner, but is it a hoax?", "", ""));
        assertTrue(c.cues("Was it all a hoax?", "").contains("debunkLeading"));
    }

    @Test
    void aModalOnARecordOrOnTheReaderDoesNotHedgeTheEvent() {
        assertEquals(Presentation.ASSERTED, c.classify("Angler lands huge pike which could be the biggest ever", "",
                ""));
        assertEquals(Presentation.ASSERTED, c.classify("Farmer grows pumpkin, could set world record", "", ""));
        assertEquals(Presentation.ASSERTED, c.classify("New phone bug could wipe your photos", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("New phone bug could wipe photos", "", ""));
        assertTrue(c.cues("Pike could set a record", "").contains("recordModal"));
    }

    @Test
    void aQuestionPutToTheReaderDoesNotHedge() {
        assertEquals(Presentation.ASSERTED, c.classify("Gold tablet at 900: will you buy one?", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Gold tablet at 900?", "", ""));
        assertTrue(c.cues("Would you pay 900 for it?", "").contains("reader"));
    }

    @Test
    void aNegatedAttitudeOrAnImperativeIsNoDenial() {
        assertEquals(Presentation.ASSERTED, c.classify("Acme isn't happy with the tablet's battery", "",
                "The tablet's battery lasts a day"));
        assertEquals(Presentation.ASSERTED, c.classify("Mayor won't stop fighting the toll", "", ""));
        assertEquals(Presentation.ASSERTED, c.classify("Don't update your phone unless you want to lose files", "",
                ""));
        assertEquals(Presentation.DENIED, c.classify("Acme won't stop selling the tablet", "",
                "Acme will stop selling the tablet"));
        assertEquals(Presentation.DENIED, c.classify("Don't worry, the actor is not dead", "", ""));
        assertTrue(c.cues("Fans not happy", "").contains("attitudeNegation"));
    }

    @Test
    void mysteryHedgesAsAnUnknownNotAsAnUnnamedParticipant() {
        assertEquals(Presentation.ASSERTED, c.classify("Mystery man slaps shoppers who sneeze", "", ""));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Mystery surrounds the lights over the bay", "", ""));
        assertEquals(Presentation.ASSERTED, c.classify("Leaked photos show the new tablet", "", ""));
    }

    @Test
    void deceivedReadersDeny() {
        assertEquals(Presentation.DENIED, c.classify("Readers duped by story of a talking parrot", "", ""));
        assertEquals(Presentation.DENIED, c.classify("Anchors fell for the story of a talking parrot", "", ""));
    }

    @Test
    void werentAndHadntNegateAsWasntAndHasntDo() {
        assertEquals(Presentation.DENIED, c.classify("The singers weren't tricked into the duet", "",
                "Singers were tricked into a duet"));
        assertEquals(Presentation.DENIED, c.classify("The mayor hadn't signed the toll order", "",
                "The mayor signed the toll order"));
        assertEquals(Presentation.ASSERTED, c.classify("Fans weren't happy with the finale", "", ""));
    }

    @Test
    void generalWordsOfRefutationDeny() {
        for (String h : List.of("Acme issues denial over tablet recall", "Talking parrot rumours unfounded, zoo says",
                "Sea monster photo was a spoof", "Comet-strike tale is an urban legend",
                "Mayor dispels resignation rumours", "Bridge collapse report a false alarm")) {
            assertEquals(Presentation.DENIED, c.classify(h, "", ""), h);
        }
    }

    @Test
    void idiomsOfDismissalAndAnExistentialNeverDeny() {
        for (String h : List.of("Zoo rubbishes talking parrot reports", "Mayor laughs off resignation rumours",
                "Chef calls the poisoning claims completely ridiculous", "Club scotches rumours of a move",
                "There was never a parade planned for the mayor", "The priest who never existed")) {
            assertEquals(Presentation.DENIED, c.classify(h, "", ""), h);
        }
        // "never" as emphasis still denies nothing, and calling a person crazy is no dismissal of a claim
        assertEquals(Presentation.ASSERTED, c.classify("You'll never guess what the parrot did next", "", ""));
        assertEquals(Presentation.ASSERTED, c.classify("Fans call the striker crazy after a goal from 60 yards", "",
                ""));
    }

    @Test
    void aReportKickerKeptInTheUrlSlugAttributesAFlatHeadline() {
        String headline = "Acme will acquire Trail, the struggling photo app";
        assertEquals(Presentation.ATTRIBUTED, c.classify(headline, "", "",
                "https://news.example/2015/01/06/report-acme-will-acquire-trail-the-struggling-photo-app/"));
        assertEquals(Presentation.ATTRIBUTED, c.classify(headline, "", "",
                "http://blog.example/rumor_acme_to_buy_trail.html?utm_source=feed"));
        // the slug as published, without a kicker; a section, a host or an outlet name is no kicker
        assertEquals(Presentation.ASSERTED, c.classify(headline, "", "",
                "https://news.example/2015/01/06/acme-will-acquire-trail-1644425412"));
        assertEquals(Presentation.ASSERTED, c.classify(headline, "", "",
                "https://news.example/reports/acme-will-acquire-trail"));
        assertEquals(Presentation.ASSERTED, c.classify(headline, "", "", "https://report-news.example/a"));
        assertEquals(Presentation.ASSERTED, c.classify(headline, "", "", "Report Weekly"));
        assertEquals(Presentation.ASSERTED, c.classify(headline, "", "", "https://news.example/report-acme-sold"));
        // a headline that already hedges or denies keeps its reading
        assertEquals(Presentation.DENIED, c.classify("Acme denies it will acquire Trail", "", "",
                "https://news.example/report-acme-will-acquire-trail"));
        assertEquals(Presentation.ASSERTED, c.classify(headline, "", ""));
    }

    @Test
    void aFactCheckingSitesTitleThatShowsNothingReportsTheRumour() {
        String title = "Giant Parrot";
        for (String url : List.of("https://www.snopes.com/photos/animals/giantparrot.asp", "snopes.com",
                "http://urbanlegends.about.com/od/Fake-News/ss/Giant-Parrot.htm", "https://www.politifact.com/x/",
                "http://www.hoax-slayer.com/giant-parrot.shtml", "https://factcheck.afp.com/giant-parrot")) {
            assertEquals(Presentation.ATTRIBUTED, c.classify(title, "", "", url), url);
        }
        // other sites, a fact-checker's name in a path or another host, and the title without a URL stay flat
        for (String url : List.of("https://news.example/snopes.com/giant-parrot", "https://notsnopes.com/a",
                "https://www.about.com/giant-parrot", "Snopes Weekly", "")) {
            assertEquals(Presentation.ASSERTED, c.classify(title, "", "", url), url);
        }
        // a title that already denies or hedges keeps its reading
        assertEquals(Presentation.DENIED, c.classify("Giant parrot photo is a hoax", "", "",
                "https://www.snopes.com/photos/animals/giantparrot.asp"));
        assertEquals(Presentation.ATTRIBUTED, c.classify("Giant Parrot?", "", "",
                "https://www.snopes.com/photos/animals/giantparrot.asp"));
    }

    @Test
    void endingTheTalkOfItAndCallingTheReportWrongDeny() {
        for (String h : List.of("Club shoots down transfer rumours", "Acme quashes speculation over a tablet recall",
                "Mayor nixes the resignation reports", "Band puts an end to split rumours",
                "Acme rules out a tablet recall", "Zoo says talking parrot reports are simply wrong",
                "Paper got it wrong on the parrot", "Parrot story incorrect, zoo says",
                "No proof the parrot talks, zoo says")) {
            assertEquals(Presentation.DENIED, c.classify(h, "", ""), h);
        }
        // in their physical senses they deny nothing
        for (String h : List.of("Rebels shoot down a fighter jet over the border", "Storm knocks down power lines",
                "Acme squash team wins the league")) {
            assertEquals(Presentation.ASSERTED, c.classify(h, "", ""), h);
        }
    }

    /** Asserts that each of {@code headlines} presents {@code claim} as {@code expected}. */
    private void reads(Presentation expected, String claim, String... headlines) {
        for (String h : headlines) {
            assertEquals(expected, c.classify(h, "", claim), h);
        }
    }

    @Test
    void someoneSaidToBeWellDeniesAClaimOfHarmToThem() {
        String claim = "Rebels captured a Dutch volunteer medic";
        reads(Presentation.DENIED, claim, "Dutch medic feared captured by rebels says she's safe",
                "Volunteer medic posts online: I'm safe and secure", "Medic is unharmed, family says");
        // asked, not said; safe to do something; well-being where the claim tells of no harm
        reads(Presentation.ATTRIBUTED, claim, "Is the Dutch medic safe?");
        reads(Presentation.ASSERTED, claim, "Rebel-held town is safe to visit again",
                "Medic's family is fine with the rebels' terms");
        reads(Presentation.ASSERTED, "Robot guards patrol a campus", "Robot guards are keeping the campus safe",
                "The campus is safe now that robot guards patrol it");
        assertTrue(c.cues("Medic says she's safe", claim).contains("debunk=she's safe"));
    }

    @Test
    void anAlteredPictureAndAWishContraryToFactDeny() {
        reads(Presentation.DENIED, "A protester held up a sign", "Trolls photoshop protester into a viral meme",
                "Protester's photo gets edited into a meme", "Sign picture was digitally altered",
                "If only a protester really did hold up that sign");
    }

    @Test
    void aPranksterIsAParticipantAPrankDenies() {
        reads(Presentation.ASSERTED, "", "Prankster hands busker 100 and films what he buys");
        reads(Presentation.DENIED, "", "Busker video was a prank");
    }

    @Test
    void negationsOfExclusivityOfAReasonOrWithAMinimiserAreNoDenial() {
        String claim = "The Acme tablet launches in Spain";
        reads(Presentation.ASSERTED, claim, "Acme tablet won't be a U.S.-only launch",
                "Tablet launch is not only for the U.S.", "Guards fined for not checking passes",
                "Cake bought in 1990 hasn't aged a bit", "Busker doesn't spend a dime on himself");
        // a plain negation still denies
        reads(Presentation.DENIED, claim, "Acme tablet won't launch in Spain", "Cake bought in 1990 hasn't been kept");
    }

    @Test
    void anInstructionIsNoReport() {
        reads(Presentation.ASSERTED, "", "Tablet developers told to limit features",
                "State paper warns readers to stop using nicknames");
        reads(Presentation.ATTRIBUTED, "", "Tablet will limit features, developers told",
                "Acme warns tablet sales will fall", "Tablet said to be delayed");
    }

    @Test
    void generalHedgesAndDoubtsByMeaning() {
        reads(Presentation.ATTRIBUTED, "", "Acme in advanced negotiations to buy Trail", "Acme mulling a bid for Trail",
                "Fossil thought to belong to a new species", "Acme eyeing Trail");
        // a hedged record hedges the record, not the catch
        reads(Presentation.ASSERTED, "", "Pike caught in lake is thought to be the biggest ever");
        reads(Presentation.DENIED, "", "Scientists sceptical of talking parrot video",
                "Zoo disputes talking parrot story", "Keeper's account contradicts the parrot story");
    }

    @Test
    void aYesNoQuestionOpeningTheHeadlineHedgesWhatFollows() {
        reads(Presentation.ATTRIBUTED, "", "Is this the lake monster? Blurry video shows a long neck",
                "Has the singer quit the band? She skips the tour's first night");
        // a question put to the reader, or a rhetorical opener that is no yes/no question, does not
        reads(Presentation.ASSERTED, "", "Would you eat this? Men keep a burger for 20 years",
                "Best gift ever? Son pays off his parents' mortgage");
    }
}
