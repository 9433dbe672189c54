package org.corroborate.scoring;

import static org.corroborate.scoring.Fixtures.KYIV;
import static org.corroborate.scoring.Fixtures.MOSCOW;
import static org.corroborate.scoring.Fixtures.NIS;
import static org.corroborate.scoring.Fixtures.PYONGYANG;
import static org.corroborate.scoring.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.Stance;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.Test;

class PartyConfirmationTest {

    private static final String DEPLOY = "North Korea has sent thousands of soldiers to Russia to fight in Kursk";
    private static final String DEPLOY2 = "North Korean soldiers were sent to Russia to fight in the Kursk region";

    private static Optional<PartyConfirmation> resolve(AnnotatedArticle... as) {
        List<Assessment> all = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(List.of(as))
                .assessments();
        assertEquals(1, all.size(), () -> all.stream().map(a -> a.claim().statement()).toList().toString());
        return PartyConfirmation.of(all.get(0));
    }

    @Test
    void aPartysLaterConfirmationResolvesTheClaim() {
        Optional<PartyConfirmation> r = resolve(
                article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build(),
                article("b", "Y", "2025-03-01").says(MOSCOW, Stance.DENIES, DEPLOY2, List.of("KP", "RU"), 0).build(),
                article("c", "Z", "2025-04-28").says(MOSCOW, Stance.CONFIRMS, DEPLOY, List.of("KP", "RU"), 0)
                        .build());
        assertTrue(r.isPresent());
        assertEquals("ru-government", r.get().party().id());
        assertEquals("c#1", r.get().attributionId());
        assertEquals("Moscow, a party to the claim, confirmed it (Z)", r.get().describe());
    }

    @Test
    void aDenialOrASilenceOrAnOutsidersConfirmationResolvesNothing() {
        assertTrue(resolve(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(PYONGYANG, Stance.DENIES, DEPLOY2, List.of("KP", "RU"), 0).build()).isEmpty());
        assertTrue(resolve(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(MOSCOW, Stance.DOES_NOT_CONFIRM, DEPLOY2, List.of("KP", "RU"), 0).build()).isEmpty());
        assertTrue(resolve(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(KYIV, Stance.CONFIRMS, DEPLOY2, List.of("KP", "RU"), 0).build()).isEmpty(),
                "Kyiv is not a party to a claim about North Korea and Russia");
        assertTrue(resolve(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build()).isEmpty());
    }

    @Test
    void aPartyBackingOnlyItselfIsNotAnAdmission() {
        assertTrue(resolve(article("a", "X", "2025-02-27")
                .says(PYONGYANG, Stance.ASSERTS, DEPLOY2, List.of("KP", "RU"), 0).build()).isEmpty());
        assertTrue(resolve(article("a", "X", "2025-02-27")
                .says(PYONGYANG, Stance.CONFIRMS, DEPLOY2, List.of("KP", "RU"), 0).build()).isEmpty(),
                "nobody else reported what it confirms");
        assertTrue(resolve(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(PYONGYANG, Stance.ASSERTS, DEPLOY2, List.of("KP", "RU"), 0).build()).isEmpty(),
                "an assertion is not an explicit confirmation");
    }

    @Test
    void aConfirmationTheOutletHedgesResolvesNothing() {
        assertTrue(resolve(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(PYONGYANG, Stance.CONFIRMS, DEPLOY2, List.of("KP", "RU"), 0.6).build()).isEmpty());
        assertTrue(resolve(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(PYONGYANG, Stance.CONFIRMS, DEPLOY2, List.of("KP", "RU"), 0.2).build()).isPresent());
    }

    /**
     * What broke: a party confirming a negatively stated claim ("Pyongyang confirmed North Korea had not sent troops")
     * resolved it as an admission, though it is the party's denial of the plain claim in other words.
     */
    @Test
    void aPartyConfirmingANegatedClaimAdmitsNothing() {
        String notSent = "North Korea has not sent troops to Russia's Kursk region";
        assertTrue(resolve(
                article("a", "X", "2025-02-27").says(Fixtures.SEOUL, notSent, "KP", "RU").build(),
                article("b", "Y", "2025-03-01").says(PYONGYANG, Stance.CONFIRMS, notSent, List.of("KP", "RU"), 0)
                        .build()).isEmpty());
    }

    /**
     * What broke: a party confirming the plain opposite of a negatively stated claim (its rival version) weighed as an
     * admission against the claim but resolved nothing; it now refutes the claim, as track records count it.
     */
    @Test
    void aPartyConfirmingTheOppositeOfANegatedClaimRefutesIt() {
        String notSent = "North Korea has not sent troops to Russia's Kursk region";
        AnnotatedArticle a = article("a", "X", "2025-02-27").says(Fixtures.SEOUL, notSent, "KP", "RU").build();
        AnnotatedArticle b = article("b", "Y", "2025-04-28").says(PYONGYANG, Stance.CONFIRMS, "North Korea sent"
                + " troops to Russia's Kursk region, it confirmed", List.of("KP", "RU"), 0).build();
        java.util.List<org.corroborate.core.Attribution> carriers = List.of(a.attributions().get(0),
                b.attributions().get(0));
        org.corroborate.core.Claim claim = new org.corroborate.core.Claim("c-1", notSent, carriers,
                List.of(PYONGYANG, MOSCOW), List.of(), List.of("b#1"));
        Assessment as = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).assess(claim,
                java.util.Map.of("a", a.article(), "b", b.article()), java.util.Map.of());
        org.corroborate.core.Evidence e = as.evidence().get(1);
        assertEquals(org.corroborate.core.EvidenceRole.OPPOSES, e.role());
        assertTrue(e.counted());
        Optional<PartyConfirmation> r = PartyConfirmation.of(as);
        assertTrue(r.isPresent());
        assertEquals(org.corroborate.core.Verdict.Outcome.REFUTED, r.get().outcome());
        assertEquals("b#1", r.get().attributionId());
        assertEquals("Pyongyang, a party to the claim, confirmed its opposite (Y)", r.get().describe());
        // an assertion is not an explicit confirmation, here either
        AnnotatedArticle c = article("b", "Y", "2025-04-28").says(PYONGYANG, Stance.ASSERTS, "North Korea sent"
                + " troops to Russia's Kursk region", List.of("KP", "RU"), 0).build();
        org.corroborate.core.Claim asserted = new org.corroborate.core.Claim("c-1", notSent,
                List.of(a.attributions().get(0), c.attributions().get(0)), List.of(PYONGYANG, MOSCOW), List.of(),
                List.of("b#1"));
        assertTrue(PartyConfirmation.of(new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty())
                .assess(asserted, java.util.Map.of("a", a.article(), "b", c.article()), java.util.Map.of()))
                .isEmpty());
    }
}
