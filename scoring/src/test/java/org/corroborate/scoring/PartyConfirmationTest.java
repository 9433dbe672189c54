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
}
