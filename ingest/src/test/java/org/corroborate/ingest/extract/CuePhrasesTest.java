package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.ContentKind;
import org.corroborate.core.CueKind;
import org.corroborate.core.Stance;
import org.junit.jupiter.api.Test;

/** The multi-word and nominal cues of {@link CuePhrases} as {@link RuleBasedExtractor} reads them. */
class CuePhrasesTest {

    private static final RuleBasedExtractor EXTRACTOR = RuleBasedExtractor.withBuiltInRegistry();

    private static List<Attribution> extract(String body) {
        return EXTRACTOR.extract(Article.builder().id("t").body(body).build());
    }

    private static Attribution only(String body) {
        List<Attribution> as = extract(body);
        assertEquals(1, as.size(), () -> describe(as));
        return as.get(0);
    }

    private static String describe(List<Attribution> as) {
        return as.stream().map(a -> a.source().text() + " | " + a.cue().text() + " | " + a.contentText()).toList()
                .toString();
    }

    private static void assertFound(Attribution a, String source, String cue, String content) {
        assertEquals(source, a.source().text());
        assertEquals(cue, a.cue().text());
        assertEquals(content, a.contentText());
    }

    @Test
    void phrasalVerbsAreTheCue() {
        assertFound(only("Jane Roe pointed out that the bridge had been shut for a year."), "Jane Roe",
                "pointed out", "the bridge had been shut for a year");
        assertFound(only("The minister made it clear that no new taxes would come."), "The minister",
                "made it clear", "no new taxes would come");
        assertFound(only("Tom Hale took issue with the new parking rules."), "Tom Hale", "took issue with",
                "the new parking rules");
        assertFound(only("Tom Hale talked openly about his years at sea."), "Tom Hale", "talked openly about",
                "his years at sea");
        assertFound(only("Ann Lee has been critical of the plan for months."), "Ann Lee", "critical of",
                "the plan for months");
    }

    @Test
    void goOnToTakesTheLemmaOfItsVerb() {
        Attribution a = only("Ann Lee went on to say the levy was unfair.");
        assertFound(a, "Ann Lee", "went on to say", "the levy was unfair");
        assertEquals("say", a.cue().lemma());
    }

    @Test
    void expressedFeelingsAreOpinions() {
        Attribution a = only("Tom Hale expressed deep concern that the deal would fall apart.");
        assertFound(a, "Tom Hale", "expressed deep concern", "the deal would fall apart");
        assertEquals("express", a.cue().lemma());
        assertEquals(ContentKind.OPINION, a.contentKind());
    }

    @Test
    void referringToAfterAQuotationTakesItsSource() {
        List<Attribution> as = extract("\"We will not back down,\" Ann Lee said, referring to the strike.");
        assertEquals(2, as.size(), () -> describe(as));
        Attribution r = as.stream().filter(a -> a.cue().text().equals("referring to")).findFirst().orElseThrow();
        assertFound(r, "Ann Lee", "referring to", "the strike");
        assertEquals("refer to", r.cue().lemma());
    }

    @Test
    void asXPutIt() {
        assertFound(only("As Ann Lee put it, the market is a casino."), "Ann Lee", "put it",
                "the market is a casino");
        assertFound(only("The market is a casino, as Ann Lee put it."), "Ann Lee", "put it",
                "The market is a casino");
    }

    @Test
    void aNounOfAStatementAfterAPossessive() {
        Attribution a = only("Voters laughed at his claim that the vote was rigged.");
        assertFound(a, "his", "claim", "the vote was rigged");
        assertEquals(CueKind.OTHER, a.cue().kind());
        assertEquals("claim", a.cue().lemma());
        assertTrue(a.hedges().stream().anyMatch(h -> h.text().equals("claim")), "a claim hedges its content");
        Attribution b = only("Few heeded Ann Lee's repeated warnings that prices would soar.");
        assertFound(b, "Ann Lee", "warnings", "prices would soar");
        assertEquals("warning", b.cue().lemma());
    }

    @Test
    void aPossessiveSourceResolvesToItsPersonAsHeDoes() {
        List<Attribution> as = extract("Sales rose.\n\nAda Okafor said the shop was full. Few believed her claim "
                + "that it would stay open.");
        Attribution claim = as.stream().filter(a -> a.cue().text().equals("claim")).findFirst().orElseThrow();
        assertEquals("her", claim.source().text());
        assertEquals("Ada Okafor", claim.source().source().name());
    }

    @Test
    void stancesAndRequestsAreOpinions() {
        Attribution a = only("The Daily Planet endorsed Ann Lee for mayor.");
        assertFound(a, "The Daily Planet", "endorsed", "Ann Lee for mayor");
        assertEquals(ContentKind.OPINION, a.contentKind());
        assertFound(only("Okafor defended the levy on bread."), "Okafor", "defended", "the levy on bread");
        assertFound(only("The union blasted the plan as a giveaway."), "The union", "blasted",
                "the plan as a giveaway");
        assertFound(only("Lee mocked the council's new logo."), "Lee", "mocked", "the council's new logo");
        assertFound(only("Okafor pushed for a vote on the levy."), "Okafor", "pushed for", "a vote on the levy");
        assertFound(only("Lee discussed the budget with the council."), "Lee", "discussed",
                "the budget with the council");
    }

    @Test
    void aQuestionIsAnOpinionWithoutASourceWhenItOpensTheSentence() {
        Attribution a = only("The mayor asked whether the council had read the report.");
        assertFound(a, "The mayor", "asked", "whether the council had read the report");
        assertEquals(ContentKind.OPINION, a.contentKind());
        List<Attribution> as = extract("Sales rose.\n\nAsked whether the shop would close, Okafor said it would not.");
        Attribution asked = as.stream().filter(x -> x.cue().text().equals("Asked")).findFirst().orElseThrow();
        assertFalse(asked.source().isNamed());
        assertEquals("whether the shop would close", asked.contentText());
        assertTrue(as.stream().anyMatch(x -> x.cue().text().equals("said") && x.source().text().equals("Okafor")),
                () -> describe(as));
        List<Attribution> when = extract("Sales rose.\n\nWhen asked about the levy, Okafor said it was fair.");
        assertTrue(when.stream().noneMatch(x -> x.source().text().equals("When")), () -> describe(when));
        assertTrue(when.stream().anyMatch(x -> x.cue().text().equals("asked") && !x.source().isNamed()),
                () -> describe(when));
    }

    @Test
    void refusingToActIsAnOpinionAndDecliningToCommentKeepsItsStance() {
        Attribution a = only("Lee refused to endorse the new levy.");
        assertFound(a, "Lee", "refused", "to endorse the new levy");
        assertEquals(ContentKind.OPINION, a.contentKind());
        Attribution b = only("Sales rose.\n\nSeveral shop owners declined to comment.");
        assertEquals("Several shop owners", b.source().text());
        assertEquals(Stance.DECLINES_COMMENT, b.stance());
        Attribution c = only("Sales rose.\n\nThe levy was set by Ada Okafor, who declined to comment.");
        assertEquals("who", c.source().text());
        assertEquals("Ada Okafor", c.source().source().name());
    }

    @Test
    void notMentioningIsWithholdingComment() {
        Attribution a = only("In her speech, Ann Lee did not mention the strike.");
        assertFound(a, "Ann Lee", "did not mention", "the strike");
        assertEquals(Stance.DECLINES_COMMENT, a.stance());
        assertEquals(CueKind.NEGATED, a.cue().kind());
    }

    @Test
    void nounsAndOtherSensesAreNoCue() {
        for (String s : List.of("At one point to everyone's surprise the band stopped playing.",
                "Patients were referred to a clinic in the next town.",
                "She put it on the table and left the room.",
                "The claim that he filed last year was lost in the post.",
                "Their fear that the roof would fall kept them awake.",
                "The talks about the budget went on until dawn.",
                "She thanks her luck that the roof held.",
                "The report was ordered by the board.")) {
            assertEquals(List.of(), extract(s), s);
        }
    }
}
