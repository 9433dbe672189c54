package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.ContentKind;
import org.corroborate.core.CueKind;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.junit.jupiter.api.Test;

/** One rule per test, on sentences written for the purpose. */
class RuleBasedExtractorTest {

    private static final RuleBasedExtractor EXTRACTOR = RuleBasedExtractor.withBuiltInRegistry();

    private static List<Attribution> extract(String body) {
        return EXTRACTOR.extract(Article.builder().id("t").body(body).build());
    }

    private static Attribution only(String body) {
        List<Attribution> as = extract(body);
        assertEquals(1, as.size(), () -> as.stream().map(a -> a.source().text() + " | " + a.cue().text() + " | "
                + a.contentText()).toList().toString());
        return as.get(0);
    }

    @Test
    void sourceVerbContentWithSpansIntoTheBody() {
        String body = "The Pentagon said on Monday that 500 more soldiers would be sent.";
        Attribution a = only(body);
        assertEquals("The Pentagon", a.source().text());
        assertEquals("us-pentagon", a.source().source().id());
        assertEquals(SourceKind.MILITARY, a.source().source().kind());
        assertEquals("said", a.cue().text());
        assertEquals("500 more soldiers would be sent", a.contentText());
        assertEquals(a.contentText(), a.content().in(body));
        assertEquals(a.source().text(), a.source().span().in(body));
        assertEquals(a.cue().text(), a.cue().span().in(body));
        assertEquals(Stance.ASSERTS, a.stance());
        assertEquals(QuoteType.INDIRECT, a.quote());
    }

    @Test
    void doubledApostrophesAreQuotationMarks() {
        String body = "The talks went on.\n\n''We will not give up,'' said Ann Lee, a union leader.";
        Attribution a = only(body);
        assertEquals("Ann Lee", a.source().text());
        assertEquals("We will not give up", a.contentText());
        assertEquals(a.contentText(), a.content().in(body));
        assertEquals(QuoteType.DIRECT, a.quote());
        // texts are the body's own, never the normalised copy's
        assertEquals("say", a.cue().lemma());
        assertEquals("The talks went on.\n\n \"We will not give up,\"  said Ann Lee, a union leader.",
                RuleBasedExtractor.normalizeQuotes(body));
        assertEquals("no quotes here", RuleBasedExtractor.normalizeQuotes("no quotes here"));
    }

    @Test
    void aQuotationRunningOnAfterTheCueIsTheSameSources() {
        String body = "\"We are ready,\" Smith said. \"We have the votes. Nothing will stop us.\"\n\n"
                + "\"That is not true,\" Jones said.";
        List<Attribution> as = extract(body);
        assertEquals(3, as.size(), as.toString());
        Attribution runOn = as.get(1);
        assertEquals("Smith", runOn.source().text());
        assertEquals("said", runOn.cue().text());
        assertEquals(as.get(0).cue().span(), runOn.cue().span());
        assertEquals("We have the votes. Nothing will stop us.", runOn.contentText());
        assertEquals(QuoteType.DIRECT, runOn.quote());
        // a quotation after a paragraph break, with its own attribution, is not taken
        assertEquals("Jones", as.get(2).source().text());
    }

    @Test
    void generalReportingVerbs() {
        Attribution a = only("The senator reassured voters that the plant would stay open.");
        assertEquals("reassure", a.cue().lemma());
        assertEquals("The senator", a.source().text());
        Attribution b = only("Mr. Stone quipped that the budget was a work of fiction.");
        assertEquals("quip", b.cue().lemma());
        assertEquals("the budget was a work of fiction", b.contentText());
    }

    @Test
    void quoteFirstThenSourceAndInverted() {
        Attribution a = only("\"We will respond,\" the minister said.");
        assertEquals("We will respond", a.contentText());
        assertEquals(QuoteType.DIRECT, a.quote());
        assertEquals("the minister", a.source().text());
        Attribution b = only("\"The talks failed,\" said Dmitry Peskov.");
        assertEquals("ru-peskov", b.source().source().id());
        assertEquals("The talks failed", b.contentText());
    }

    @Test
    void accordingToAndCiting() {
        Attribution a = only("North Korea fired two missiles, according to Yonhap, citing the Joint Chiefs of Staff.");
        assertEquals(CueKind.ACCORDING_TO, a.cue().kind());
        assertEquals("North Korea fired two missiles", a.contentText());
        assertEquals(List.of("kr-government", "yonhap"), a.relay().stream().map(Source::id).toList());
        assertEquals("kr-government", a.origin().id());
        Attribution b = only("Yonhap reported, citing KCNA, that Kim inspected a factory.");
        assertEquals(List.of("kp-kcna", "yonhap"), b.relay().stream().map(Source::id).toList());
        assertEquals("Kim inspected a factory", b.contentText());
    }

    @Test
    void relativeClauseAndApposition() {
        Attribution a = only("A resident, who asked not to be named, told reporters that the bridge had collapsed.");
        assertEquals("A resident", a.source().text());
        assertEquals(SourceKind.EYEWITNESS, a.source().source().kind());
        assertEquals("the bridge had collapsed", a.contentText());
    }

    @Test
    void anUnregisteredDescriptionKeepsItsCapitalsAndLawmakersAreOfficials() {
        Attribution a = only("About 4,000 soldiers were wounded, according to the South Korean lawmakers.");
        assertEquals("South Korean lawmakers", a.source().source().name());
        assertEquals("kr-south-korean-lawmakers", a.source().source().id());
        assertEquals(SourceKind.OFFICIAL, a.source().source().kind());
        Attribution b = only("a local farmer said the bridge had collapsed.");
        assertEquals("Local farmer", b.source().source().name());
    }

    @Test
    void withheldStatements() {
        Attribution declined = only("The foreign ministry declined to comment on the report.");
        assertEquals(Stance.DECLINES_COMMENT, declined.stance());
        Attribution notConfirmed = only("Russia has not confirmed the deployment.");
        assertEquals(Stance.DOES_NOT_CONFIRM, notConfirmed.stance());
        assertEquals("the deployment", notConfirmed.contentText());
        Attribution notDenied = only("The Kremlin did not deny the report.");
        assertEquals(Stance.DOES_NOT_CONFIRM, notDenied.stance());
        Attribution neither = only("The army neither confirmed nor denied the strike.");
        assertEquals(Stance.DOES_NOT_CONFIRM, neither.stance());
        assertEquals("the strike", neither.contentText());
        Attribution noAnswer = only("The embassy did not respond to requests for comment.");
        assertEquals(Stance.DECLINES_COMMENT, noAnswer.stance());
    }

    @Test
    void neitherNorGivesOneAttributionEach() {
        List<Attribution> as = extract("Neither Washington nor Beijing has confirmed the meeting.");
        assertEquals(List.of("us-government", "cn-government"), as.stream().map(a -> a.source().source().id())
                .toList());
        as.forEach(a -> assertEquals(Stance.DOES_NOT_CONFIRM, a.stance()));
    }

    @Test
    void denialsAndConfirmations() {
        assertEquals(Stance.DENIES, only("Moscow denied that its troops crossed the border.").stance());
        assertEquals(Stance.CONFIRMS, only("Pyongyang confirmed that it had sent troops.").stance());
        assertEquals(Stance.DENIES, only("The Kremlin dismissed reports that troops were sent.").stance());
    }

    @Test
    void hedgesWithStrength() {
        Attribution a = only("Officials said the convoy had reportedly crossed the border.");
        assertEquals("reportedly", a.hedges().get(0).text());
        assertEquals(0.4, a.hedges().get(0).strength(), 1e-9);
        Attribution b = only("The claim could not be independently verified, the agency said.");
        assertTrue(b.hedgeStrength() >= 0.6);
        Attribution c = only("Analysts believe that the launch failed.");
        assertTrue(c.hedgeStrength() > 0, "belief verbs hedge their content");
    }

    @Test
    void pronounsAndDescriptionsResolve() {
        List<Attribution> as = extract("Kremlin spokesman Dmitry Peskov spoke on Monday. He said the talks would"
                + " continue. South Korea's spy agency said more troops arrived. The agency added that more may"
                + " follow.");
        assertEquals("ru-peskov", as.get(0).source().source().id());
        assertEquals("kr-nis", as.get(1).source().source().id());
        assertEquals("kr-nis", as.get(2).source().source().id());
    }

    @Test
    void opinionsAreMarked() {
        assertEquals(ContentKind.OPINION, only("\"We must act now,\" the senator said.").contentKind());
        assertEquals(ContentKind.FACTUAL, only("\"Ten people died,\" the senator said.").contentKind());
    }

    @Test
    void noAttributionWithoutACue() {
        assertTrue(extract("The two countries signed an agreement last year. The reported attack killed two.")
                .isEmpty());
    }

    @Test
    void neverThrowsOnOddTextAndKeepsItsSpansInTheText() {
        int checked = 0;
        for (String s : List.of("", "said", "\"", "according to", ", said .", "Neither nor confirmed.",
                "\"\"\"\" said said said", "what he said were", "\u0000\uFFFF said \uD83D",
                "\uD83D\uDE00 Kim said the \uD83D\uDE00 troops had left.",
                "\"They left \uD83D\uDE00,\" Kim said.\n\nAccording to Seoul, 3,000 troops arrived \uD83D")) {
            for (Attribution a : extract(s)) {
                for (Span span : List.of(a.cue().span(), a.content(), a.sentence(), a.source().span())) {
                    assertTrue(span.equals(Span.NONE) || 0 <= span.start() && span.start() <= span.end()
                            && span.end() <= s.length(), span + " outside \"" + s + "\"");
                }
                assertEquals(a.cue().text(), a.cue().span().in(s), s);
                checked++;
            }
        }
        assertTrue(checked >= 2, "only " + checked + " attributions found to check");
    }

    @Test
    void datelineIsNotContent() {
        Attribution a = only("SEOUL (AFP) - North Korea fired a missile, the military said.");
        assertEquals("North Korea fired a missile", a.contentText());
    }

    @Test
    void contentNamesItsCountries() {
        Attribution a = only("Seoul said Pyongyang sent troops to Kursk.");
        assertEquals(List.of("KP", "RU"), a.countries());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // an adjunct between the verb and its "that" clause is not content
        "The coach said on the Morning Drive radio show last week that the striker was suspended. | said"
            + " | the striker was suspended",
        "The ministry said early this weekend that the border was closed. | said | the border was closed",
        "Police said in Lagos after the meeting that two men were arrested. | said | two men were arrested",
        // the addressee of "told" is neither cue nor content (a news outlet is a relay and part of the cue)
        "The actress told him that the ring was fake. | told | the ring was fake",
        "The driver told me the crash happened at noon. | told | the crash happened at noon",
        "The singer told her fans that she never lied. | told | she never lied",
        "The singer told Glimmer magazine that she never lied. | told Glimmer magazine | she never lied",
        // a relative "that" stays in the content
        "The army said the unit that attacked the base was destroyed. | said"
            + " | the unit that attacked the base was destroyed",
        "The mayor said on Tuesday the bridge that collapsed was old. | said | the bridge that collapsed was old",
    })
    void adjunctsAndAddresseesBeforeTheContentAreLeftOut(String body, String cue, String content) {
        Attribution a = only(body);
        assertEquals(cue, a.cue().text());
        assertEquals(content, a.contentText());
        assertEquals(a.contentText(), a.content().in(body));
    }

    @Test
    void herBeforeANounIsADeterminerNotTheAddressee() {
        Attribution a = only("The senator told her staff the vote would fail.");
        assertFalse(a.contentText().startsWith("staff"), a.contentText());
        assertTrue(a.contentText().endsWith("the vote would fail"), a.contentText());
    }

    @Test
    void aTitleWithAPeriodDoesNotHideTheQuotationBeforeIt() {
        Attribution a = only("Sales rose.\n\n\"The shop is full,\" Mr. Okafor said.");
        assertEquals("Okafor", a.source().text());
        assertEquals("The shop is full", a.contentText());
        Attribution b = only("Sales rose.\n\n''The shop is full,'' said Gov. Ada Okafor.");
        assertEquals("Ada Okafor", b.source().text());
        assertEquals("The shop is full", b.contentText());
    }

    @Test
    void aParenthesisAfterTheNameIsSkipped() {
        Attribution a = only("Sales rose.\n\nSen. Ada Okafor (D-Ore.) said the shop was full.");
        assertEquals("Ada Okafor", a.source().text());
        assertEquals("the shop was full", a.contentText());
    }

    @Test
    void aQuotationEndingInAQuestionMarkIsContent() {
        Attribution a = only("Sales rose.\n\n\"Who will pay for it?\" said Ada Okafor.");
        assertEquals("Ada Okafor", a.source().text());
        assertEquals("Who will pay for it", a.contentText());
    }

    @Test
    void aCommonNounSubjectAfterTheVerb() {
        Attribution a = only("Sales rose.\n\n\"The shop is full,\" said one local shop owner.");
        assertEquals("one local shop owner", a.source().text());
        Attribution b = only("Sales rose.\n\n\"The shop is full,\" said the owner, who asked not to be named.");
        assertEquals("the owner", b.source().text());
    }

    @Test
    void aNameBetweenCommasAfterItsDescription() {
        Attribution a = only("Sales rose.\n\nThe shop's owner, Ada Okafor, said the shop was full.");
        assertEquals("Ada Okafor", a.source().text());
        assertEquals("the shop was full", a.contentText());
    }

    @Test
    void aSecondVerbOfTheSubject() {
        List<Attribution> as = extract("Sales rose.\n\nOkafor opened the shop and said the town needed it.");
        assertTrue(as.stream().anyMatch(a -> a.source().text().equals("Okafor") && a.cue().text().equals("said")
                && a.contentText().equals("the town needed it")), as.toString());
    }

    @Test
    void accordingToACommonNounPhrase() {
        Attribution a = only("Sales rose by a third, according to early figures from the trade body.");
        assertEquals("early figures from the trade body", a.source().text());
        assertEquals("Sales rose by a third", a.contentText());
    }

    @Test
    void callWithADescriptionOfItsObject() {
        Attribution a = only("Sales rose.\n\nAda Okafor called the new levy \"a tax on bread.\"");
        assertEquals("Ada Okafor", a.source().text());
        assertEquals("called", a.cue().text());
        assertEquals("call", a.cue().lemma());
        assertTrue(a.contentText().startsWith("the new levy"), a.contentText());
        Attribution b = only("Sales rose.\n\nShe calls him a dreamer.");
        assertEquals("him a dreamer", b.contentText());
    }

    @Test
    void callForAndCallOnAreTheCue() {
        Attribution a = only("Sales rose.\n\nThe mayor's office called for a review of the levy.");
        assertEquals("called for", a.cue().text());
        assertEquals("a review of the levy", a.contentText());
        Attribution b = only("Sales rose.\n\nOkafor called on the council to drop the levy.");
        assertEquals("Okafor", b.source().text());
        assertEquals("called on", b.cue().text());
        assertEquals("the council to drop the levy", b.contentText());
    }

    @Test
    void callWithoutAStatementIsNoAttribution() {
        assertTrue(extract("Sales rose.\n\nOkafor called the council on Tuesday.").isEmpty());
        assertTrue(extract("Sales rose.\n\nOkafor called off the vote.").isEmpty());
        assertTrue(extract("Sales rose.\n\nA shop called the Green Door opened in a former bank.").isEmpty());
        assertTrue(extract("Sales rose.\n\nThe hall was called a disgrace by nobody.").isEmpty());
        assertTrue(extract("Sales rose.\n\nOkafor called him to say thanks.").isEmpty());
    }

    @Test
    void aParticipleReportsTheSubjectOfTheMainClause() {
        List<Attribution> as = extract("Sales rose.\n\nOkafor praised the plan, saying it would help the town.");
        assertTrue(as.stream().anyMatch(a -> a.source().text().equals("Okafor") && a.cue().text().equals("saying")
                && a.contentText().equals("it would help the town")), as.toString());
        List<Attribution> bs = extract("Sales rose.\n\n\"It works,\" Okafor said, adding that the town needed it.");
        assertTrue(bs.stream().anyMatch(a -> a.source().text().equals("Okafor") && a.cue().text().equals("adding")
                && a.contentText().equals("the town needed it")), bs.toString());
        List<Attribution> cs = extract("Sales rose.\n\nOn Tuesday, the mayor attacked the levy, calling it a "
                + "tax on bread.");
        assertTrue(cs.stream().anyMatch(a -> a.source().text().equals("the mayor") && a.cue().text().equals(
                "calling")), cs.toString());
    }

    @Test
    void aParticipleWithoutAClauseSubjectIsNoAttribution() {
        assertTrue(extract("Sales rose.\n\nResidents, saying the levy was unfair, marched to the hall.")
                .stream().noneMatch(a -> a.cue().text().equals("saying")));
    }

    @Test
    void aSpeakerAndAColonOpeningALine() {
        Attribution a = only("Okafor: The levy will go.\n\nThe council met on Tuesday.");
        assertEquals("Okafor", a.source().text());
        assertEquals(":", a.cue().text());
        assertEquals(CueKind.OTHER, a.cue().kind());
        assertEquals("The levy will go", a.contentText());
        assertTrue(extract("Update: The council met again on Tuesday.").isEmpty());
        assertTrue(extract("The council met.\n\n10:30 The vote was held at last.").isEmpty());
        assertTrue(extract("The council met. Its chair had a plan: the levy would go.").isEmpty());
    }

    @Test
    void statesAndRemarksAreNounsUnlessASubjectPrecedes() {
        assertTrue(extract("Sales rose in the United States, and in other states, the levy fell.").isEmpty());
        assertTrue(extract("Sales rose.\n\nHis remarks that day were short.").isEmpty());
        Attribution a = only("Sales rose.\n\nThe report states that the levy failed.");
        assertEquals("the levy failed", a.contentText());
    }

    private static boolean has(List<Attribution> as, String source, String cue, String content) {
        return as.stream().anyMatch(a -> a.source().text().equals(source) && a.cue().text().equals(cue)
                && a.contentText().equals(content));
    }

    @Test
    void aSubjectOfCommonWordsOpeningItsClause() {
        Attribution a = only("Sales rose.\n\nTwenty-four percent said they would pay the levy.");
        assertEquals("Twenty-four percent", a.source().text());
        assertEquals("they would pay the levy", a.contentText());
        Attribution b = only("Sales rose.\n\nIn the north, half of the shop owners said the levy was fair.");
        assertEquals("half of the shop owners", b.source().text());
        Attribution c = only("Sales rose.\n\nAnti-levy campaigners said they would march again.");
        assertEquals("Anti-levy campaigners", c.source().text());
        Attribution d = only("Sales rose.\n\nThe levy hurt small shops, local traders said.");
        assertEquals("local traders", d.source().text());
        assertEquals("The levy hurt small shops", d.contentText());
        // not after a verb of the phrase, nor for verbs that follow many a phrase that is no speaker
        assertTrue(extract("Sales rose.\n\nIn the north, growth continued to slow.").isEmpty());
    }

    @Test
    void aNameBeforeAnAppositionOrAnAdverb() {
        Attribution a = only("Sales rose.\n\nAda Okafor, its chief executive, said the shop was full.");
        assertEquals("Ada Okafor", a.source().text());
        Attribution b = only("Sales rose.\n\nAda Okafor, during a visit to Leeds, England, said the shop was full.");
        assertEquals("Ada Okafor", b.source().text());
        Attribution c = only("Sales rose.\n\nOkafor however said the shop was full.");
        assertEquals("Okafor", c.source().text());
        Attribution d = only("Sales rose.\n\nAda B. Okafor, the owner, said the shop was full.");
        assertEquals("Ada B. Okafor", d.source().text());
        Attribution e = only("Sales rose.\n\nAda Okafor -- who ran the shop for years -- said it was full.");
        assertEquals("Ada Okafor", e.source().text());
    }

    @Test
    void aQuotationClosedBeforeTheSpeakerWithoutAComma() {
        Attribution a = only("Sales rose.\n\n\"We will not give up.\" Okafor said.");
        assertEquals("Okafor", a.source().text());
        assertEquals("We will not give up", a.contentText());
        Attribution b = only("Sales rose.\n\n\"Who will pay?\" said Ada Okafor.");
        assertEquals("Ada Okafor", b.source().text());
        assertEquals("Who will pay", b.contentText());
        Attribution c = only("Sales rose.\n\n\"It is 'a tax on bread,'\" Okafor said.");
        assertEquals("Okafor", c.source().text());
        Attribution d = only("Sales rose.\n\n\"Fine,\" Okafor said.");
        assertEquals("Fine", d.contentText());
        Attribution e = only("Sales rose.\n\n\"The shop is full,\" shop owner Ada Okafor said.");
        assertEquals("shop owner Ada Okafor", e.source().text());
        Attribution f = only("Sales rose.\n\n\"The shop is full\u2026\" Okafor said.");
        assertEquals("Okafor", f.source().text());
    }

    @Test
    void aNonBreakingSpaceIsASpace() {
        String body = "Sales rose.\n\nOkafor\u00A0said the shop was full.";
        Attribution a = only(body);
        assertEquals("Okafor", a.source().text());
        assertEquals("said", a.cue().text());
        assertEquals(a.cue().text(), a.cue().span().in(body));
    }

    @Test
    void theSubjectOfASecondVerbPastAnOpeningAdjunctOrATitle() {
        assertTrue(has(extract("Sales rose.\n\nIn an interview, the mayor praised the plan and said it would help."),
                "the mayor", "said", "it would help"));
        assertTrue(has(extract("Sales rose.\n\nLEEDS \u2014 Sen. Ada Okafor (D-Ore.) on Monday praised the plan "
                + "and said it would help."), "Sen. Ada Okafor", "said", "it would help"));
        assertTrue(has(extract("Sales rose.\n\nOkafor praised the plan and later said it would help."),
                "Okafor", "said", "it would help"));
    }

    @Test
    void aRelativePronounIsTheMentionOfItsPhrase() {
        Attribution a = only("Sales rose.\n\nThe levy was opposed by Ada Okafor, who said it would hurt shops.");
        assertEquals("who", a.source().text());
        assertEquals("Ada Okafor", a.source().source().name());
        assertEquals("it would hurt shops", a.contentText());
    }

    @Test
    void aRelativeClauseWithoutCommasIsPartOfTheSource() {
        Attribution a = only("Sales rose.\n\nA shop owner who asked not to be named said the levy was unfair.");
        assertEquals("A shop owner who asked not to be named", a.source().text());
        assertEquals("the levy was unfair", a.contentText());
        // not the object of a reporting verb inside the clause: "who he said"
        List<Attribution> as = extract("Sales rose.\n\nThe owner blamed people who he said had left early.");
        assertTrue(as.stream().noneMatch(x -> x.source().text().contains("who")), () -> as.toString());
    }

    @Test
    void aSentenceOpeningWithSaid() {
        Attribution a = only("Sales rose.\n\nSaid Ada Okafor, \"We will not give up on the levy.\"");
        assertEquals("Ada Okafor", a.source().text());
        assertEquals("Said", a.cue().text());
        assertEquals("We will not give up on the levy", a.contentText());
    }

    @Test
    void anOpeningMarkAfterAWordClosesAQuotation() {
        // the closing mark typed the wrong way round: the verb after it is still read
        Attribution a = only("Sales rose.\n\n\u201CWe will win,\u201C said Ada Okafor.");
        assertEquals("Ada Okafor", a.source().text());
        assertEquals("We will win", a.contentText());
        char[] text = "\u201Cabc\u201C x".toCharArray();
        List<int[]> repaired = RuleBasedExtractor.quoteRegions(text, true);
        assertEquals(1, repaired.size());
        assertEquals(List.of(1, 4), List.of(repaired.get(0)[0], repaired.get(0)[1]));
        // the plain regions (the tagger's features) are unchanged: the mark reopens
        assertEquals(5, RuleBasedExtractor.quoteRegions(text).get(0)[0]);
    }

    @Test
    void anArticleAfterTheAddresseeOpensTheContent() {
        Attribution a = only("Sales rose.\n\nAda Okafor told reporters the levy was unfair.");
        assertEquals("told reporters", a.cue().text());
        assertEquals("the levy was unfair", a.contentText());
    }
}
