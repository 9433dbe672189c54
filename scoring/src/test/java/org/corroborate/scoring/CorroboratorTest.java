package org.corroborate.scoring;

import static org.corroborate.scoring.Fixtures.KYIV;
import static org.corroborate.scoring.Fixtures.MOSCOW;
import static org.corroborate.scoring.Fixtures.NIS;
import static org.corroborate.scoring.Fixtures.PYONGYANG;
import static org.corroborate.scoring.Fixtures.SEOUL;
import static org.corroborate.scoring.Fixtures.WEST;
import static org.corroborate.scoring.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Stance;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.Test;

class CorroboratorTest {

    private static final String DEPLOY = "North Korea has sent thousands of soldiers to Russia to fight in Kursk";
    private static final String DEPLOY2 = "North Korean soldiers were sent to Russia to fight in the Kursk region";

    private static Corroboration score(AnnotatedArticle... as) {
        return new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(List.of(as));
    }

    private static Assessment only(Corroboration c) {
        assertEquals(1, c.assessments().size(), () -> c.assessments().stream().map(a -> a.claim().statement())
                .toList().toString());
        return c.assessments().get(0);
    }

    @Test
    void oneOriginRepeatedIsSingleSource() {
        Assessment a = only(score(
                article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build(),
                article("b", "Y", "2025-02-27").says(SEOUL, DEPLOY2, "KP", "RU").build()));
        assertEquals(ClaimStatus.SINGLE_SOURCE, a.status(), "the agency and its government are one origin");
        assertEquals(1, a.origins());
        assertEquals(1, a.evidence().stream().filter(e -> e.counted()).count());
    }

    @Test
    void independentOriginsCorroborate() {
        Assessment one = only(score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build()));
        Assessment three = only(score(
                article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build(),
                article("b", "Y", "2025-02-28").says(WEST, DEPLOY2, "KP", "RU").says(KYIV, DEPLOY, "KP", "RU")
                        .build()));
        assertEquals(ClaimStatus.CORROBORATED, three.status());
        assertEquals(3, three.origins());
        assertTrue(three.probability() > one.probability());
        assertTrue(three.interval().lower() > one.interval().lower());
        assertEquals(1, three.grade().credibility());
        assertTrue(one.interval().contains(one.probability()));
    }

    @Test
    void silenceIsRecordedNotADenial() {
        Assessment withSilence = only(score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(MOSCOW, Stance.DOES_NOT_CONFIRM, "the deployment", List.of(), 0).build()));
        Assessment without = only(score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build()));
        assertEquals(ClaimStatus.NOT_CONFIRMED_BY_PARTIES, withSilence.status());
        assertEquals(List.of("ru-government"), withSilence.silentParties().stream().map(s -> s.id()).toList());
        assertEquals(without.probability(), withSilence.probability(), 1e-12);
    }

    @Test
    void aDenialDisputesAndAPartysConfirmationWeighsMost() {
        Assessment denied = only(score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(WEST, Stance.DENIES, DEPLOY2, List.of("KP", "RU"), 0).build()));
        assertEquals(ClaimStatus.DISPUTED, denied.status());
        Assessment byParty = only(score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(PYONGYANG, Stance.CONFIRMS, DEPLOY2, List.of("KP", "RU"), 0).build()));
        Assessment byOther = only(score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(KYIV, Stance.CONFIRMS, DEPLOY2, List.of("KP", "RU"), 0).build()));
        assertTrue(byParty.probability() > byOther.probability(), byParty.probability() + " vs "
                + byOther.probability());
        Assessment partyDenies = only(score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(PYONGYANG, Stance.DENIES, DEPLOY2, List.of("KP", "RU"), 0).build()));
        assertTrue(partyDenies.probability() > denied.probability(), "a party's denial is self-interested");
    }

    @Test
    void aLaterConfirmationSupersedesADenial() {
        Assessment a = only(score(
                article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build(),
                article("b", "Y", "2025-03-01").says(MOSCOW, Stance.DENIES, DEPLOY2, List.of("KP", "RU"), 0).build(),
                article("c", "Z", "2025-04-28").says(MOSCOW, Stance.CONFIRMS, DEPLOY, List.of("KP", "RU"), 0)
                        .build()));
        assertEquals(ClaimStatus.CORROBORATED, a.status());
        assertTrue(a.evidence().stream().anyMatch(e -> e.reason().contains("superseded")));
        // the denial is flagged superseded (for track records), not counted, and nothing else is flagged
        List<org.corroborate.core.Evidence> superseded = a.evidence().stream().filter(e -> e.superseded()).toList();
        assertEquals(1, superseded.size());
        assertEquals(Stance.DENIES, superseded.get(0).attribution().stance());
        assertTrue(!superseded.get(0).counted());
        assertTrue(superseded.get(0).reason().contains("; superseded: the same origin later confirmed it"));
        assertTrue(a.evidence().stream().noneMatch(e -> e.superseded() && e.counted()));
    }

    @Test
    void anAssertedNegationCountsAgainstTheClaimAsADenialDoes() {
        String negated = "North Korea has not sent thousands of soldiers to Russia to fight in Kursk";
        Assessment plain = only(score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build()));
        Assessment against = only(score(
                article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build(),
                article("b", "Y", "2025-02-28").says(WEST, negated, "KP", "RU").build()));
        Assessment denied = only(score(
                article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build(),
                article("b", "Y", "2025-02-28").says(WEST, Stance.DENIES, DEPLOY, List.of("KP", "RU"), 0).build()));
        assertEquals(DEPLOY, against.claim().statement());
        assertEquals(ClaimStatus.DISPUTED, against.status(), "not corroborated by its own negation");
        assertEquals(1, against.origins(), "one origin supports");
        assertTrue(against.probability() < plain.probability());
        assertEquals(denied.probability(), against.probability(), 1e-9, "as much against it as a denial");
        org.corroborate.core.Evidence e = against.evidence().stream()
                .filter(x -> x.attribution().id().equals("b#1")).findFirst().orElseThrow();
        assertEquals(org.corroborate.core.EvidenceRole.OPPOSES, e.role());
        assertTrue(e.reason().contains("states the claim negated (a rival version)"), e.reason());
    }

    @Test
    void aNegatedDenialOpposesOnceNotTwice() {
        String negated = "North Korea has not sent thousands of soldiers to Russia to fight in Kursk";
        Assessment a = only(score(
                article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build(),
                article("b", "Y", "2025-02-28").says(WEST, Stance.DENIES, negated, List.of("KP", "RU"), 0).build()));
        assertEquals(ClaimStatus.DISPUTED, a.status());
        assertEquals(org.corroborate.core.EvidenceRole.OPPOSES, a.evidence().get(1).role());
    }

    @Test
    void hedgesLowerTheProbability() {
        Assessment plain = only(score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build()));
        Assessment hedged = only(score(article("a", "X", "2025-02-27")
                .says(NIS, Stance.ASSERTS, DEPLOY, List.of("KP", "RU"), 0.5).build()));
        assertTrue(hedged.probability() < plain.probability());
        assertTrue(hedged.probability() > 0.5);
    }

    @Test
    void unrelatedClaimsStayApart() {
        Corroboration c = score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(KYIV, "The central bank raised interest rates by half a point on Tuesday", "UA").build());
        assertEquals(2, c.assessments().size());
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<AnnotatedArticle> as = new ArrayList<>(List.of(
                article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build(),
                article("b", "Y", "2025-02-28").says(WEST, DEPLOY2, "KP", "RU").build(),
                article("c", "Z", "2025-03-01").says(KYIV, "Kyiv captured two North Korean soldiers in Kursk", "KP",
                        "RU").build()));
        Corroboration first = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(as);
        Collections.reverse(as);
        Corroboration second = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(as);
        assertEquals(first.assessments(), second.assessments());
        assertEquals(first.sources(), second.sources());
    }

    @Test
    void trackRecordsMoveReliability() {
        TrackRecords good = TrackRecords.empty();
        for (int i = 0; i < 20; i++) {
            good = good.with("kr-nis", true);
        }
        Corroboration before = score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build());
        Corroboration after = new Corroborator(ScoringConfig.DEFAULTS, good).score(List.of(
                article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build()));
        assertTrue(only(after).probability() > only(before).probability());
        SourceSummary nis = after.sources().stream().filter(s -> s.source().id().equals("kr-nis")).findFirst()
                .orElseThrow();
        assertEquals(20, nis.resolved());
        assertEquals('A', nis.letter());
    }

    @Test
    void aClaimCarriedOnlyByShortReferencesStillHasAStatement() {
        // regression: a claim with no anchor (every carrier refers back) had no representative
        Assessment a = only(score(article("a", "X", "2025-02-27")
                .says(MOSCOW, Stance.DOES_NOT_CONFIRM, "the deployment", List.of(), 0).build()));
        assertEquals("the deployment", a.claim().statement());
        assertEquals(ClaimStatus.UNSUPPORTED, a.status());
        assertEquals(6, a.grade().credibility());
    }

    @Test
    void trackedClaimsCollectTheirCarriersAndTakeTheirParties() {
        var tracked = new org.corroborate.core.TrackedClaim("deploy-1",
                "North Korea sent soldiers to Russia to fight in Kursk", List.of("KP", "RU"));
        AnnotatedArticle a = article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(MOSCOW, Stance.DOES_NOT_CONFIRM, "the deployment", List.of(), 0).build();
        AnnotatedArticle b = article("b", "Y", "2025-02-28").says(WEST, DEPLOY2, "KP", "RU").build();
        Corroboration c = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(List.of(a, b),
                List.of(tracked, new org.corroborate.core.TrackedClaim("nothing", "Unrelated words entirely",
                        List.of())));
        Assessment t = c.assessments().stream().filter(x -> x.claim().id().equals("deploy-1")).findFirst()
                .orElseThrow();
        assertEquals("North Korea sent soldiers to Russia to fight in Kursk", t.claim().statement());
        assertEquals(2, t.origins());
        assertEquals(List.of("ru-government"), t.silentParties().stream().map(s -> s.id()).toList());
        assertTrue(c.assessments().stream().noneMatch(x -> x.claim().id().equals("nothing")),
                "a tracked claim nothing carries is not reported");
    }

    @Test
    void outletsPracticeCountsAnonymousSources() {
        org.corroborate.core.Source described = org.corroborate.core.Source.adHoc("a source familiar with the matter",
                org.corroborate.core.SourceKind.UNKNOWN, "");
        org.corroborate.core.Source person = org.corroborate.core.Source.adHoc("Georgiy Tykhy",
                org.corroborate.core.SourceKind.OFFICIAL, "UA");
        Corroboration c = score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(described, "Some units moved to Belgorod").says(person, "The reaction was weak").build());
        OutletSummary x = c.outlets().get(0);
        assertEquals(3, x.attributions());
        assertEquals(1 / 3.0, x.anonymousShare(), 1e-9);
    }

    @Test
    void contestedClaimsAreAlsoEstimatedJointlyWithTheirOrigins() {
        Corroboration c = score(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU")
                .says(WEST, DEPLOY2, "KP", "RU").says(KYIV, Stance.DENIES, DEPLOY, List.of("KP", "RU"), 0).build(),
                article("b", "Y", "2025-02-28").says(NIS, "The central bank raised interest rates by half a point",
                        "KR").build());
        Assessment disputed = c.assessments().stream().filter(a -> a.status() == ClaimStatus.DISPUTED).findFirst()
                .orElseThrow();
        double joint = c.joint().confidence(disputed.claim().id()).orElseThrow();
        assertTrue(joint > 0.5, "two origins against one: " + joint);
        assertTrue(c.joint().originTrust().get("ua-government") < c.joint().originTrust().get("kr-government"));
        assertTrue(c.assessments().stream().filter(a -> a.status() != ClaimStatus.DISPUTED)
                .allMatch(a -> c.joint().confidence(a.claim().id()).isEmpty()), "uncontested claims are not estimated");
    }

    @Test
    void aDenialOfTheOppositeOfANegatedClaimCountsForIt() {
        String notInCombat = "North Korean soldiers had not been engaged in combat in Russia's Kursk region since"
                + " mid-January";
        Assessment a = only(score(
                article("a", "X", "2025-02-27").says(SEOUL, notInCombat, "KP", "RU").build(),
                article("b", "Y", "2025-03-01").says(MOSCOW, Stance.DENIES, "reports that North Korean soldiers had"
                        + " been engaged in combat in Russia's Kursk region", List.of("KP", "RU"), 0).build()));
        assertEquals(notInCombat, a.claim().statement());
        org.corroborate.core.Evidence e = a.evidence().stream().filter(x -> x.attribution().id().equals("b#1"))
                .findFirst().orElseThrow();
        assertEquals(org.corroborate.core.EvidenceRole.SUPPORTS, e.role(), e.reason());
        assertTrue(e.reason().contains("denies the claim's opposite"), e.reason());
        assertEquals(ClaimStatus.BACKED_NOT_CONFIRMED, a.status(), "Seoul and Moscow agree that they were not"
                + " fighting; a government and a party's denial do not confirm it (" + a.probability() + ")");
        assertEquals(2, a.origins());
    }

    private static final String NOT_IN_COMBAT = "North Korean soldiers had not been engaged in combat in Russia's"
            + " Kursk region since mid-January";

    /**
     * What broke: a denial whose negation is the denier's own words ("denied the reports, saying the soldiers were
     * not fighting"), in a claim stated negated, counted against the claim it agrees with.
     */
    @Test
    void aDenialSayingTheNegatedClaimInItsOwnWordsCountsForIt() {
        Assessment a = only(score(
                article("a", "X", "2025-02-27").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build(),
                article("b", "Y", "2025-03-01").says(MOSCOW, Stance.DENIES, "the reports, saying North Korean"
                        + " soldiers were not engaged in combat in Russia's Kursk region", List.of("KP", "RU"), 0)
                        .cue("denied", "deny").build()));
        org.corroborate.core.Evidence e = a.evidence().stream().filter(x -> x.attribution().id().equals("b#1"))
                .findFirst().orElseThrow();
        assertEquals(org.corroborate.core.EvidenceRole.SUPPORTS, e.role(), e.reason());
        assertTrue(e.reason().contains("denies the claim's opposite"), e.reason());
        assertEquals(2, a.origins());
    }

    /** Polarity composes: denying that the soldiers had not fought is holding that they had. */
    @Test
    void aDenialOfANegatedClaimInTheClaimsOwnPolarityCountsAgainstIt() {
        Assessment a = only(score(
                article("a", "X", "2025-02-27").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build(),
                article("b", "Y", "2025-03-01").says(KYIV, Stance.DENIES, NOT_IN_COMBAT, List.of("KP", "RU"), 0)
                        .cue("denied", "deny").build()));
        assertEquals(NOT_IN_COMBAT, a.claim().statement());
        assertEquals(org.corroborate.core.EvidenceRole.OPPOSES, a.evidence().get(1).role());
        assertEquals(ClaimStatus.DISPUTED, a.status());
    }

    /** Polarity composes the other way too: rejecting claims that troops had not crossed backs the claim they had. */
    @Test
    void aDenialOfAPlainClaimsNegationCountsForIt() {
        String crossed = "North Korean troops had crossed into Ukraine's Sumy region in February";
        Assessment a = only(score(
                article("a", "X", "2025-02-27").says(NIS, crossed, "KP", "UA").build(),
                article("b", "Y", "2025-03-01").says(KYIV, Stance.DENIES, "claims that North Korean troops had not"
                        + " crossed into Ukraine's Sumy region in February", List.of("KP", "UA"), 0)
                        .cue("rejected", "reject").build()));
        assertEquals(crossed, a.claim().statement());
        assertEquals(List.of("b#1"), a.claim().negations());
        assertEquals(org.corroborate.core.EvidenceRole.SUPPORTS, a.evidence().get(1).role(), a.evidence().get(1)
                .reason());
        assertEquals(2, a.origins());
        // the same words as the denier's own ("denied the reports, saying ... had not ...") are against it
        Assessment own = only(score(
                article("a", "X", "2025-02-27").says(NIS, crossed, "KP", "UA").build(),
                article("b", "Y", "2025-03-01").says(KYIV, Stance.DENIES, "the reports, saying North Korean troops"
                        + " had not crossed into Ukraine's Sumy region in February", List.of("KP", "UA"), 0)
                        .cue("denied", "deny").build()));
        assertEquals(org.corroborate.core.EvidenceRole.OPPOSES, own.evidence().get(1).role());
        assertEquals(ClaimStatus.DISPUTED, own.status());
    }

    /**
     * What broke: in {@code examples/}, Seoul's "had not been engaged in combat" was CORROBORATED (two independent
     * origins) and graded C3, possibly true (probability 0.69). Status and credibility now follow one rule.
     */
    @Test
    void independentOriginsThatLeaveAClaimOnlyPossiblyTrueBackItWithoutConfirmingIt() {
        Assessment governments = only(score(
                article("a", "X", "2025-02-27").says(SEOUL, DEPLOY, "KP", "RU").build(),
                article("b", "Y", "2025-02-28").says(KYIV, DEPLOY2, "KP", "RU").build()));
        assertEquals(2, governments.origins());
        assertEquals(0.69, governments.probability(), 0.01, "two sources of reliability 0.6");
        assertEquals(ClaimStatus.BACKED_NOT_CONFIRMED, governments.status());
        assertEquals(3, governments.grade().credibility(), "possibly true");
        assertEquals("backed by 2 independent origins, not confirmed", governments.status().label(2));
        String last = governments.explanation().get(governments.explanation().size() - 1);
        assertTrue(last.contains("status: backed by independent origins, not confirmed (2 independent origins, none"
                + " against, but together they give a probability of 0.69, below the 0.75 that confirms)"), last);
        Assessment agencies = only(score(
                article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build(),
                article("b", "Y", "2025-02-28").says(WEST, DEPLOY2, "KP", "RU").build()));
        assertEquals(ClaimStatus.CORROBORATED, agencies.status(), "two agencies of reliability 0.7 give 0.84");
        assertEquals(1, agencies.grade().credibility());
        String confirmed = agencies.explanation().get(agencies.explanation().size() - 1);
        assertTrue(confirmed.contains("status: corroborated (confirmed: 2 independent origins, none against,"
                + " probability 0.84, at least 0.75)"), confirmed);
    }

    /** The rule as a table: corroborated exactly when credibility is 1, whatever carries the claim. */
    @Test
    void aClaimIsCorroboratedExactlyWhenItsCredibilityIsOne() {
        List<List<AnnotatedArticle>> cases = List.of(
                List.of(article("a", "X", "2025-02-27").says(SEOUL, DEPLOY, "KP", "RU").build(),
                        article("b", "Y", "2025-02-28").says(KYIV, DEPLOY2, "KP", "RU").build()),
                List.of(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build(),
                        article("b", "Y", "2025-02-28").says(WEST, DEPLOY2, "KP", "RU").build()),
                List.of(article("a", "X", "2025-02-27").says(NIS, Stance.ASSERTS, DEPLOY, List.of("KP", "RU"), 0.5)
                                .build(),
                        article("b", "Y", "2025-02-28").says(WEST, Stance.ASSERTS, DEPLOY2, List.of("KP", "RU"), 0.5)
                                .build()),
                List.of(article("a", "X", "2025-02-27").says(SEOUL, DEPLOY, "KP", "RU").build(),
                        article("b", "Y", "2025-02-28").says(KYIV, DEPLOY2, "KP", "RU").build(),
                        article("c", "Z", "2025-02-28").says(WEST, DEPLOY, "KP", "RU").build()),
                List.of(article("a", "X", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build()));
        List<ClaimStatus> expected = List.of(ClaimStatus.BACKED_NOT_CONFIRMED, ClaimStatus.CORROBORATED,
                ClaimStatus.BACKED_NOT_CONFIRMED, ClaimStatus.CORROBORATED, ClaimStatus.SINGLE_SOURCE);
        for (int i = 0; i < cases.size(); i++) {
            Assessment a = only(score(cases.get(i).toArray(new AnnotatedArticle[0])));
            assertEquals(expected.get(i), a.status(), "case " + i + ", probability " + a.probability());
            assertEquals(a.status() == ClaimStatus.CORROBORATED, a.grade().credibility() == 1,
                    "case " + i + ": " + a.status() + " " + a.grade());
        }
    }

    private static final String KILLED = " North Korean soldiers have been killed in Russia's Kursk region";

    @Test
    void rivalValuesThatDisagreeAreDisputedAndDoNotConfirmTheFigure() {
        Assessment disputed = only(score(
                article("a", "X", "2025-03-05").says(NIS, "about 4,000" + KILLED, "KP", "RU").build(),
                article("b", "Y", "2025-03-05").says(KYIV, "1,000" + KILLED, "KP", "RU").build(),
                article("c", "Z", "2025-03-06").says(WEST, "4,000" + KILLED, "KP", "RU").build()));
        assertEquals(List.of("about 4,000", "1,000", "4,000"), disputed.claim().values());
        assertTrue(disputed.valuesDisputed());
        assertEquals(ClaimStatus.CORROBORATED, disputed.status(), "the event is backed by three origins");
        assertEquals(2, disputed.grade().credibility(), "the figure is not confirmed by other sources");
        assertTrue(disputed.explanation().stream().anyMatch(l -> l.contains("values disputed")),
                disputed.explanation().toString());
        Assessment agreeing = only(score(
                article("a", "X", "2025-03-05").says(NIS, "more than 3,000" + KILLED, "KP", "RU").build(),
                article("b", "Y", "2025-03-05").says(KYIV, "4,000" + KILLED, "KP", "RU").build(),
                article("c", "Z", "2025-03-06").says(WEST, "about 4,000" + KILLED, "KP", "RU").build()));
        assertEquals(false, agreeing.valuesDisputed());
        assertEquals(1, agreeing.grade().credibility());
    }

    @Test
    void valuesDisagreeBeyondTheirBoundsAndTheTolerance() {
        assertTrue(Corroborator.valuesDisagree(List.of("about 4,000", "1,000")));
        assertTrue(Corroborator.valuesDisagree(List.of("about 3,000", "more than 10,000")));
        assertEquals(false, Corroborator.valuesDisagree(List.of("more than 10,000", "12,000")));
        assertEquals(false, Corroborator.valuesDisagree(List.of("10,000", "10,500")), "within 10 %");
        assertEquals(false, Corroborator.valuesDisagree(List.of("ten thousand", "10,000")));
        assertEquals(false, Corroborator.valuesDisagree(List.of("4,000")));
        assertEquals(false, Corroborator.valuesDisagree(List.of()));
    }

    @Test
    void abridgedExplanationsKeepWhatAnAbridgedReportShowsAndChangeNothingElse() {
        // 1 claim line + n evidence lines + 2 conclusion lines: abridged from 27 lines on; past 200, one more line
        for (int n : new int[] {1, 22, 23, 24, 40, 205}) {
            List<AnnotatedArticle> corpus = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                corpus.add(article("a" + i, "Outlet " + i, "2025-02-27").says(i % 2 == 0 ? NIS : WEST, DEPLOY, "KP",
                        "RU").build());
            }
            Corroborator whole = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty());
            Assessment full = only(whole.score(corpus));
            Assessment abridged = only(whole.withAbridgedExplanations().score(corpus));
            List<String> expected = Corroborator.abridgedExplanation(full.explanation());
            assertEquals(expected, abridged.explanation(), "n = " + n);
            assertEquals(expected, Corroborator.abridgedExplanation(abridged.explanation()), "idempotent, n = " + n);
            assertEquals(n + 3 > 26, expected.size() < full.explanation().size(), "n = " + n);
            if (n > 200) {
                assertTrue(expected.get(23).startsWith("\u2026 " + (full.explanation().size() - 25) + " lines left"),
                        expected.get(23));
            }
            assertEquals(full.evidence(), abridged.evidence());
            assertEquals(full.probability(), abridged.probability());
            assertEquals(full.interval(), abridged.interval());
            assertEquals(full.grade(), abridged.grade());
            assertEquals(full.status(), abridged.status());
            assertEquals(full.silentParties(), abridged.silentParties());
        }
    }

    @Test
    void equalReasonsAreOneString() {
        List<AnnotatedArticle> corpus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            corpus.add(article("a" + i, "Outlet", "2025-02-27").says(NIS, DEPLOY, "KP", "RU").build());
        }
        Assessment a = only(score(corpus.toArray(AnnotatedArticle[]::new)));
        assertEquals(3, a.evidence().size());
        assertEquals(a.evidence().get(1).reason(), a.evidence().get(2).reason());
        assertTrue(a.evidence().get(1).reason() == a.evidence().get(2).reason(), "one shared string");
    }

    /**
     * What broke: Pyongyang-style denials of a plain claim's negation ("rejected reports that the soldiers had not
     * been engaged in combat") stayed with the plain claim even where a claim states that negation; they now count
     * against it, and the explanation says why a negated denial counts against a negated claim.
     */
    @Test
    void aDenialOfAPlainClaimsNegationCountsAgainstTheNegatedClaimItJoins() {
        String inCombat = "North Korean soldiers had been engaged in combat in Russia's Kursk region since"
                + " mid-January";
        String notFighting = "North Korean soldiers were not fighting in Kursk in December";
        Corroboration c = score(
                article("a", "X", "2025-01-05").says(NIS, inCombat, "KP", "RU").build(),
                article("b", "Y", "2025-02-27").says(SEOUL, notFighting, "KP", "RU").build(),
                article("c", "Z", "2025-03-01").says(MOSCOW, Stance.DENIES, "reports that North Korean soldiers had"
                        + " not been engaged in combat in Russia's Kursk region", List.of("KP", "RU"), 0)
                        .cue("rejected", "reject").build());
        assertEquals(2, c.assessments().size());
        Assessment negated = c.assessments().stream().filter(a -> a.claim().statement().equals(notFighting))
                .findFirst().orElseThrow();
        org.corroborate.core.Evidence e = negated.evidence().stream().filter(x -> x.attribution().id().equals("c#1"))
                .findFirst().orElseThrow();
        assertEquals(org.corroborate.core.EvidenceRole.OPPOSES, e.role(), e.reason());
        assertTrue(e.reason().contains("denies the claim as stated, negation included"), e.reason());
        assertEquals(ClaimStatus.DISPUTED, negated.status());
        Assessment plain = c.assessments().stream().filter(a -> a.claim().statement().equals(inCombat))
                .findFirst().orElseThrow();
        assertEquals(ClaimStatus.SINGLE_SOURCE, plain.status());
        // a plain denial of a negated claim says nothing of the kind
        Assessment own = only(score(
                article("b", "Y", "2025-02-27").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build(),
                article("c", "Z", "2025-03-01").says(MOSCOW, Stance.DENIES, NOT_IN_COMBAT, List.of("KP", "RU"), 0)
                        .build()));
        assertTrue(own.evidence().stream().noneMatch(x -> x.reason().contains("negation included")));
    }

    /** The stance of a denial of a negated claim's opposite does not depend on which was published first. */
    @Test
    void aDenialOfANegatedClaimsOppositeCountsForItWhicheverComesFirst() {
        String dismissed = "reports that North Korean soldiers had been engaged in combat in Russia's Kursk region";
        Assessment late = only(score(
                article("a", "X", "2025-02-27").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build(),
                article("b", "Y", "2025-03-01").says(MOSCOW, Stance.DENIES, dismissed, List.of("KP", "RU"), 0)
                        .cue("dismissed", "dismiss").build()));
        Assessment early = only(score(
                article("a", "X", "2025-02-27").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build(),
                article("b", "Y", "2025-01-01").says(MOSCOW, Stance.DENIES, dismissed, List.of("KP", "RU"), 0)
                        .cue("dismissed", "dismiss").build()));
        assertEquals(NOT_IN_COMBAT, early.claim().statement());
        assertEquals(late.status(), early.status(), String.join("\n", early.explanation()));
        assertEquals(ClaimStatus.BACKED_NOT_CONFIRMED, early.status());
        assertEquals(late.probability(), early.probability(), 1e-9);
    }

    /**
     * What broke: a party's word weighed by the side it ended on, not by what it said. Pyongyang saying "North Korea
     * has not sent troops" counted 0.5 against the claim that it had (its denial) but 1.5 for the claim that it had
     * not (as if an admission); its plain word against a negatively stated claim counted 0.5. The same words now
     * weigh the same whichever polarity their claim is stated in.
     */
    @Test
    void aPartysWordWeighsTheSameWhicheverPolarityItsClaimIsStatedIn() {
        String sent = "North Korea has sent troops to Russia's Kursk region";
        String notSent = "North Korea has not sent troops to Russia's Kursk region";
        Assessment asserted = only(score(article("a", "X", "2025-02-27").says(PYONGYANG, notSent, "KP", "RU")
                .build()));
        Assessment denied = only(score(article("a", "X", "2025-02-27").says(PYONGYANG, Stance.DENIES, sent,
                List.of("KP", "RU"), 0).build()));
        assertEquals(notSent, asserted.claim().statement());
        assertEquals(sent, denied.claim().statement());
        assertEquals(1, asserted.probability() + denied.probability(), 1e-9, "saying it did not send troops is its"
                + " denial, weighed as one: " + asserted.probability() + " against " + denied.probability());
        assertTrue(asserted.evidence().get(0).reason().contains("weighed as its denial"),
                asserted.evidence().get(0).reason());
        // its plain word, the rival version of a claim tracked negated, is an admission against it
        var tracked = new org.corroborate.core.TrackedClaim("no-troops", notSent, List.of("KP", "RU"));
        Assessment admitted = only(new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(List.of(
                article("a", "X", "2025-02-27").says(PYONGYANG, sent, "KP", "RU").build()), List.of(tracked)));
        Assessment confirmed = only(score(article("a", "X", "2025-02-27").says(PYONGYANG, sent, "KP", "RU")
                .build()));
        assertEquals(org.corroborate.core.EvidenceRole.OPPOSES, admitted.evidence().get(0).role());
        assertEquals(1, admitted.probability() + confirmed.probability(), 1e-9);
        assertTrue(admitted.evidence().get(0).reason().contains("an admission"), admitted.evidence().get(0).reason());
    }
}
