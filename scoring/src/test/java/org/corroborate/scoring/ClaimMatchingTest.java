package org.corroborate.scoring;

import static org.corroborate.scoring.Fixtures.KYIV;
import static org.corroborate.scoring.Fixtures.MOSCOW;
import static org.corroborate.scoring.Fixtures.NIS;
import static org.corroborate.scoring.Fixtures.SEOUL;
import static org.corroborate.scoring.Fixtures.WEST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Claim;
import org.corroborate.scoring.cluster.ClaimMatcher;
import org.junit.jupiter.api.Test;

/** Claim matching across articles: same claim, rival values, and related but different claims. */
class ClaimMatchingTest {

    private static List<Claim> match(AnnotatedArticle... articles) {
        return new ClaimMatcher(ScoringConfig.DEFAULTS.matchThreshold()).match(List.of(articles));
    }

    @Test
    void conflictingFiguresAreRivalValuesOfOneClaim() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS,
                        "more than 10,000 North Korean soldiers were sent to Russia last year", "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(WEST,
                        "12,000 North Korean troops were sent to Russia last year", "KP", "RU").build(),
                Fixtures.article("c", "Capital Wire", "2025-03-01").says(KYIV,
                        "ten thousand North Korean troops were sent to Russia last year", "KP", "RU").build());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(List.of("more than 10,000", "12,000", "ten thousand"), claims.get(0).values());
    }

    @Test
    void aStatementStartingLikeAReferenceBackIsMatchedWhenItsArticleHasNothingElse() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS,
                        "the troops crossed the border at dawn").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(KYIV,
                        "the troops crossed the border at dawn").build());
        assertEquals(1, claims.size(), claims.toString());
        // with a statement of its own in the article, it still refers back to that one
        List<Claim> withLead = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS,
                        "North Korean soldiers were sent to Russia's Kursk region", "KP", "RU")
                        .says(NIS, "the troops crossed the border at dawn").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(KYIV,
                        "Ukrainian drones struck a fuel depot near Belgorod", "UA").build());
        assertEquals(2, withLead.size(), withLead.toString());
    }

    @Test
    void anAssertedNegationIsARivalVersionOfTheClaim() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS,
                        "North Korea has sent troops to Russia's Kursk region", "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(Fixtures.PYONGYANG,
                        "North Korea has not sent troops to Russia's Kursk region", "KP", "RU").build(),
                Fixtures.article("c", "Capital Wire", "2025-03-01").says(WEST,
                        "North Korea has sent troops to Russia's Kursk region", "KP", "RU").build());
        assertEquals(1, claims.size(), claims.toString());
        Claim c = claims.get(0);
        // stated plainly, and the negation listed as its rival version
        assertEquals("North Korea has sent troops to Russia's Kursk region", c.statement());
        assertEquals(List.of("b#1"), c.negations());
    }

    @Test
    void aClaimFirstStatedNegatedIsStatedPlainlyWhenACarrierDoes() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(Fixtures.PYONGYANG,
                        "North Korea has not sent troops to Russia's Kursk region", "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(NIS,
                        "North Korea has sent troops to Russia's Kursk region", "KP", "RU").build());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("North Korea has sent troops to Russia's Kursk region", claims.get(0).statement());
        assertEquals(List.of("a#1"), claims.get(0).negations());
    }

    @Test
    void aConsistentStatementOfTheOtherPolarityIsNoNegation() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(SEOUL,
                        "North Korean soldiers had not been engaged in combat in Kursk since mid-January", "KP", "RU")
                        .says(KYIV, "they had been withdrawn following heavy losses").build());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("North Korean soldiers had not been engaged in combat in Kursk since mid-January",
                claims.get(0).statement(), "the only assertion states it, negated as it is");
        assertEquals(List.of(), claims.get(0).negations(), "withdrawn agrees with not engaged in combat");
    }

    @Test
    void aNegatedDenialStaysADenialOfTheClaim() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS,
                        "North Korea has sent troops to Russia's Kursk region", "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(Fixtures.PYONGYANG,
                        org.corroborate.core.Stance.DENIES, "North Korea has not sent troops to Russia's Kursk region",
                        List.of("KP", "RU"), 0).build());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(List.of(), claims.get(0).negations(), "a denial is not turned around by its wording");
    }

    @Test
    void aNegatedTrackedClaimTakesPlainStatementsAsItsNegations() {
        org.corroborate.core.TrackedClaim t = new org.corroborate.core.TrackedClaim("no-troops",
                "North Korea has not sent troops to Russia's Kursk region", List.of("KP", "RU"));
        List<Claim> claims = new ClaimMatcher(ScoringConfig.DEFAULTS.matchThreshold()).match(List.of(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS,
                        "North Korea has sent troops to Russia's Kursk region", "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(Fixtures.PYONGYANG,
                        "North Korea has not sent troops to Russia's Kursk region", "KP", "RU").build()), List.of(t));
        assertEquals(1, claims.size(), claims.toString());
        assertEquals("no-troops", claims.get(0).id());
        assertEquals(List.of("a#1"), claims.get(0).negations());
    }

    @Test
    void anotherEventAboutTheSameTroopsIsAnotherClaim() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS,
                        "North Korean soldiers were sent to Russia's Kursk region", "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(KYIV,
                        "North Korean soldiers were killed in Russia's Kursk region", "KP", "RU").build());
        assertEquals(2, claims.size(), claims.toString());
    }

    @Test
    void anotherCountryIsAnotherClaim() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS,
                        "North Korean soldiers were sent to Russia in large numbers", "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(KYIV,
                        "North Korean soldiers were sent to Ukraine in large numbers", "KP", "UA").build());
        assertEquals(2, claims.size(), claims.toString());
    }

    @Test
    void anotherYearIsAnotherClaim() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS,
                        "North Korean soldiers were sent to Russia in 2024", "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(KYIV,
                        "North Korean soldiers were sent to Russia in 2025", "KP", "RU").build());
        assertEquals(2, claims.size(), claims.toString());
    }

    @Test
    void theResultDoesNotDependOnTheInputOrder() {
        List<AnnotatedArticle> articles = new ArrayList<>();
        String[] contents = {"more than 10,000 North Korean soldiers were sent to Russia",
            "12,000 North Korean troops were sent to Russia", "North Korean soldiers were killed in Kursk",
            "about 1,000 North Korean soldiers were killed in Kursk", "Russia denied North Korean troops were sent"};
        for (int i = 0; i < contents.length; i++) {
            articles.add(Fixtures.article("a" + i, "Outlet " + i, "2025-03-0" + (i + 1)).says(i % 2 == 0 ? NIS
                    : KYIV, contents[i], "KP", "RU").build());
        }
        List<Claim> first = new ClaimMatcher(0.3).match(articles);
        List<AnnotatedArticle> shuffled = new ArrayList<>(articles);
        Collections.reverse(shuffled);
        assertEquals(first, new ClaimMatcher(0.3).match(shuffled));
    }

    /**
     * What broke: in {@code examples/} the deployment ("North Korea has sent more soldiers to Russia") and "more than
     * 10,000 soldiers were sent" were two claims, so the parties' later confirmations went to the figure and the
     * deployment read as disputed. The same event by the same actors with a figure is a version of the claim; the
     * casualty figures and Seoul's "not engaged in combat" are other events and stay apart.
     */
    @Test
    void theDeploymentAndItsTroopCountAreOneClaim() {
        List<Claim> claims = match(
                Fixtures.article("a", "AFP", "2025-02-27").says(NIS, "North Korea has sent more soldiers to Russia"
                        + " and re-deployed several to the frontline in Kursk", "KP", "RU")
                        .says(WEST, "more than 10,000 soldiers from the reclusive state were sent to Russia last year"
                                + " to help it fight a shock Ukrainian offensive into the Kursk border region",
                                "KP", "RU", "UA")
                        .says(SEOUL, "North Korean soldiers previously fighting alongside Russia's army on the Kursk"
                                + " frontline had not been engaged in combat since mid-January", "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-03-05").says(KYIV, "About 4,000 North Korean soldiers"
                        + " have been killed or wounded in the Kursk region", "KP", "RU").build(),
                Fixtures.article("c", "Harbor Daily", "2025-04-28").says(MOSCOW, "12,000 North Korean soldiers"
                        + " were sent to the Kursk region of Russia", "KP", "RU").build());
        assertEquals(3, claims.size(), claims.toString());
        Claim deployment = claims.get(0);
        assertEquals(List.of("a#1", "a#2", "c#1"), deployment.attributions().stream().map(a -> a.id()).toList());
        assertEquals(List.of("more than 10,000", "12,000"), deployment.values(), "rival values of one claim");
        assertEquals(List.of("a#3"), claims.get(1).attributions().stream().map(a -> a.id()).toList());
        assertEquals(List.of("b#1"), claims.get(2).attributions().stream().map(a -> a.id()).toList());
    }

    @Test
    void aCountryIsTheSameWhateverTheWordForIt() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS,
                        "three missing Afghan soldiers were found at the Canadian border", "AF").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(KYIV,
                        "three missing Afghani soldiers were found trying to cross into Canada", "US").build());
        assertEquals(1, claims.size(), claims.toString());
    }

    private static final String NOT_IN_COMBAT =
            "North Korean soldiers had not been engaged in combat in Russia's Kursk region since mid-January";
    private static final String DENIED_COMBAT = "reports that North Korean soldiers had been engaged in combat in"
            + " Russia's Kursk region";

    @Test
    void aDenialOfANegatedClaimsOppositeJoinsThePlainClaimWhenOneExists() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-01-05").says(NIS,
                        "North Korean soldiers were fighting in Kursk in December", "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-27").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build(),
                Fixtures.article("c", "Capital Wire", "2025-03-01").says(MOSCOW,
                        org.corroborate.core.Stance.DENIES, DENIED_COMBAT, List.of("KP", "RU"), 0).build());
        assertEquals(2, claims.size(), claims.toString());
        Claim fighting = claims.stream().filter(c -> c.statement().contains("December")).findFirst().orElseThrow();
        Claim notInCombat = claims.stream().filter(c -> c.statement().equals(NOT_IN_COMBAT)).findFirst()
                .orElseThrow();
        assertEquals(List.of("a#1", "c#1"), fighting.attributions().stream().map(a -> a.id()).toList(),
                "denying that soldiers fought is a denial of the claim that they fought");
        assertEquals(List.of(), fighting.negations(), "there it is a plain denial");
        assertEquals(List.of("b#1"), notInCombat.attributions().stream().map(a -> a.id()).toList());
    }

    @Test
    void aDenialOfANegatedClaimsOppositeIsListedWithItsNegationsWhenNoPlainClaimExists() {
        List<Claim> claims = match(
                Fixtures.article("b", "Lakeside Post", "2025-02-27").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build(),
                Fixtures.article("c", "Capital Wire", "2025-03-01").says(MOSCOW,
                        org.corroborate.core.Stance.DENIES, DENIED_COMBAT, List.of("KP", "RU"), 0).build());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(NOT_IN_COMBAT, claims.get(0).statement());
        assertEquals(List.of("c#1"), claims.get(0).negations(), "it denies the claim's opposite");
    }

    @Test
    void anOppositeInFewerSharedWordsIsANegationWhenItNegatesWhatTheStatementStates() {
        String plain = "Hundreds of North Korean soldiers were fighting alongside Russian troops near Sudzha in"
                + " Kursk this week, drone footage shows";
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-02-27").says(NIS, plain, "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-28").says(Fixtures.PYONGYANG,
                        "North Korean soldiers were not fighting in Kursk", "KP", "RU").build());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(plain, claims.get(0).statement());
        assertEquals(List.of("b#1"), claims.get(0).negations(), "it negates the fighting the statement reports");
    }

    /**
     * What broke: a denial with the negation in the denier's own words ("denied the reports, saying the soldiers were
     * not engaged in combat") was not taken as a denial of a negated claim's opposite, so it counted against the
     * claim it agrees with.
     */
    @Test
    void aDenialSayingANegatedClaimInItsOwnWordsIsListedWithItsNegations() {
        List<Claim> claims = match(
                Fixtures.article("b", "Lakeside Post", "2025-02-27").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build(),
                Fixtures.article("c", "Capital Wire", "2025-03-01").says(MOSCOW,
                        org.corroborate.core.Stance.DENIES, "the reports, saying North Korean soldiers were not engaged"
                                + " in combat in Russia's Kursk region", List.of("KP", "RU"), 0)
                        .cue("denied", "deny").build());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(NOT_IN_COMBAT, claims.get(0).statement());
        assertEquals(List.of("c#1"), claims.get(0).negations(), "it denies that they fought, as the claim says");
    }

    /** Polarity composes: a denial that they had not fought rejects the claim, and is no negation of it. */
    @Test
    void aDenialOfANegatedClaimInItsOwnPolarityIsNoNegation() {
        List<Claim> claims = match(
                Fixtures.article("b", "Lakeside Post", "2025-02-27").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build(),
                Fixtures.article("c", "Capital Wire", "2025-03-01").says(MOSCOW,
                        org.corroborate.core.Stance.DENIES, NOT_IN_COMBAT, List.of("KP", "RU"), 0)
                        .cue("denied", "deny").build());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(List.of(), claims.get(0).negations(), "denying that they had not fought is against the claim");
    }

    /**
     * What broke (on {@code examples/}, where Ukraine's "it had identified North Korean units near the Kursk
     * frontline" took the Kremlin's dismissal into the deployment claim at a cosine of 0.30): the denial of a negated
     * claim's opposite went to the claim of the most similar plain carrier ("soldiers were seen in Kursk"), though
     * that claim's statement is about sending troops, not fighting. The target is now judged by its statement, which
     * must state what the negated claim negates.
     */
    @Test
    void aDenialOfANegatedClaimsOppositeJoinsAClaimByItsStatementNotByAnotherCarrier() {
        List<Claim> claims = match(
                Fixtures.article("a", "AFP", "2025-02-27").says(NIS, "North Korea has sent thousands of soldiers to"
                        + " Russia's Kursk region", "KP", "RU").build(),
                Fixtures.article("b", "Harbor Daily", "2025-02-27").says(KYIV, "North Korean soldiers were seen in"
                        + " Russia's Kursk region", "KP", "RU").build(),
                Fixtures.article("c", "Lakeside Post", "2025-02-28").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build(),
                Fixtures.article("d", "Capital Wire", "2025-03-01").says(MOSCOW,
                        org.corroborate.core.Stance.DENIES, "reports that North Korean soldiers were fighting in"
                                + " Russia's Kursk region", List.of("KP", "RU"), 0)
                        .cue("dismissed", "dismiss").build());
        assertEquals(2, claims.size(), claims.toString());
        Claim deployment = claims.get(0);
        assertEquals(List.of("a#1", "b#1"), deployment.attributions().stream().map(a -> a.id()).toList(),
                "the deployment's statement does not state the fighting the Kremlin denies");
        Claim notInCombat = claims.get(1);
        assertEquals(List.of("c#1", "d#1"), notInCombat.attributions().stream().map(a -> a.id()).toList());
        assertEquals(List.of("d#1"), notInCombat.negations(), "it stays, counted for the claim it agrees with");
    }

    private static final String IN_COMBAT = "North Korean soldiers had been engaged in combat in Russia's Kursk region"
            + " since mid-January";
    private static final String NOT_FIGHTING_IN_DECEMBER = "North Korean soldiers were not fighting in Kursk in"
            + " December";
    private static final String REJECTED_NOT_IN_COMBAT = "reports that North Korean soldiers had not been engaged in"
            + " combat in Russia's Kursk region";

    /**
     * What broke: re-homing went one way. A denial of a plain claim's negation ("rejected reports that the soldiers
     * had not been engaged in combat"), in the plain claim's words, stayed there as support even where a claim
     * states that negation ("were not fighting in Kursk in December"), which it denies.
     */
    @Test
    void aDenialOfAPlainClaimsNegationJoinsTheNegatedClaimWhenOneExists() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-01-05").says(NIS, IN_COMBAT, "KP", "RU").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-27").says(SEOUL, NOT_FIGHTING_IN_DECEMBER, "KP", "RU")
                        .build(),
                Fixtures.article("c", "Capital Wire", "2025-03-01").says(MOSCOW,
                        org.corroborate.core.Stance.DENIES, REJECTED_NOT_IN_COMBAT, List.of("KP", "RU"), 0)
                        .cue("rejected", "reject").build());
        assertEquals(2, claims.size(), claims.toString());
        Claim plain = claims.stream().filter(c -> c.statement().equals(IN_COMBAT)).findFirst().orElseThrow();
        Claim negated = claims.stream().filter(c -> c.statement().equals(NOT_FIGHTING_IN_DECEMBER)).findFirst()
                .orElseThrow();
        assertEquals(List.of("a#1"), plain.attributions().stream().map(a -> a.id()).toList());
        assertEquals(List.of("b#1", "c#1"), negated.attributions().stream().map(a -> a.id()).toList(),
                "denying that they had not fought is a denial of the claim that they were not fighting");
        assertEquals(List.of(), negated.negations(), "there it is a denial in the claim's own polarity");
    }

    /** Without a negatively stated claim, it stays with the plain claim, listed with its negations (unchanged). */
    @Test
    void aDenialOfAPlainClaimsNegationIsListedWithItsNegationsWhenNoNegatedClaimExists() {
        List<Claim> claims = match(
                Fixtures.article("a", "Harbor Daily", "2025-01-05").says(NIS, IN_COMBAT, "KP", "RU").build(),
                Fixtures.article("c", "Capital Wire", "2025-03-01").says(MOSCOW,
                        org.corroborate.core.Stance.DENIES, REJECTED_NOT_IN_COMBAT, List.of("KP", "RU"), 0)
                        .cue("rejected", "reject").build());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(IN_COMBAT, claims.get(0).statement());
        assertEquals(List.of("c#1"), claims.get(0).negations());
    }

    /**
     * What broke: a denial published before the assertion it shares a claim with became the claim's statement when
     * the assertion was negated ("reports that North Korean soldiers had been engaged in combat" for Seoul's "had not
     * been engaged in combat"), so the dismissal counted against what it agrees with and Seoul's statement as
     * support of its opposite: the claim read disputed in this order, backed in the other. A central assertion of
     * either polarity now states the claim before any denial does.
     */
    @Test
    void anEarlierDenialDoesNotStateAClaimThatAnAssertionStates() {
        List<Claim> claims = match(
                Fixtures.article("c", "Capital Wire", "2025-01-01").says(MOSCOW,
                        org.corroborate.core.Stance.DENIES, DENIED_COMBAT, List.of("KP", "RU"), 0)
                        .cue("dismissed", "dismiss").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-27").says(SEOUL, NOT_IN_COMBAT, "KP", "RU").build());
        assertEquals(1, claims.size(), claims.toString());
        assertEquals(NOT_IN_COMBAT, claims.get(0).statement());
        assertEquals(List.of("c#1"), claims.get(0).negations(), "it denies the claim's opposite, whatever the order");
        // re-homed into a negatively stated claim, an earlier denial does not become its statement either
        List<Claim> rehomed = match(
                Fixtures.article("a", "Harbor Daily", "2025-01-05").says(NIS, IN_COMBAT, "KP", "RU").build(),
                Fixtures.article("c", "Capital Wire", "2025-02-01").says(MOSCOW,
                        org.corroborate.core.Stance.DENIES, REJECTED_NOT_IN_COMBAT, List.of("KP", "RU"), 0)
                        .cue("rejected", "reject").build(),
                Fixtures.article("b", "Lakeside Post", "2025-02-27").says(SEOUL, NOT_FIGHTING_IN_DECEMBER, "KP", "RU")
                        .build());
        Claim negated = rehomed.stream().filter(c -> c.attributions().stream().anyMatch(a -> a.id().equals("c#1")))
                .findFirst().orElseThrow();
        assertEquals(NOT_FIGHTING_IN_DECEMBER, negated.statement());
        assertEquals(List.of(), negated.negations());
    }

    @Test
    void claimsOfOneStatementWordedDifferentlyMergeAsWholes() {
        // Two groups of reports of one sighting, each group worded alike with a word or two of its own per report:
        // no report of one group is the threshold similar to one of the other, their claims' centroids are (the
        // words of their own cancel out); unrelated reports make the shared words rare enough to be indexed.
        java.util.Random r = new java.util.Random(7);
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            articles.add(Fixtures.article(String.format("a%03d", k), "Harbor Daily", "2025-02-27")
                    .says(NIS, "Crabzilla photographed off Whitstable " + word(r)).build());
        }
        for (int k = 0; k < 10; k++) {
            articles.add(Fixtures.article(String.format("b%03d", k), "Lakeside Post", "2025-02-28")
                    .says(KYIV, "Crabzilla spotted near Whitstable " + word(r) + " " + word(r)).build());
        }
        List<AnnotatedArticle> with = new ArrayList<>(articles);
        addUnrelated(with, r);
        List<Claim> claims = new ClaimMatcher(0.25).match(with);
        Claim crab = claims.stream().filter(c -> c.statement().contains("Crabzilla")).findFirst().orElseThrow();
        assertEquals(20, crab.attributions().size(), crab.toString());
        // a group that names a second place is not the same sighting as a whole
        List<AnnotatedArticle> elsewhere = new ArrayList<>();
        for (AnnotatedArticle a : with) {
            elsewhere.add(a.article().id().startsWith("b") ? Fixtures.article(a.article().id(), "Lakeside Post",
                    "2025-02-28").says(KYIV, a.attributions().get(0).contentText().replace("Whitstable",
                    "Whitstable and Margate")).build() : a);
        }
        assertEquals(10, new ClaimMatcher(0.25).match(elsewhere).stream()
                .filter(c -> c.statement().contains("Crabzilla")).findFirst().orElseThrow().attributions().size());
    }

    @Test
    void claimsMergeAsWholesByTheStatementsThatMayStateThem() {
        // As above, but the first report of the first group also names who photographed it, from a neighbour town:
        // the claim is still the sighting off Whitstable, which its central reports state, and it is judged by them,
        // not by the report that happened to come first
        java.util.Random r = new java.util.Random(7);
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            articles.add(Fixtures.article(String.format("a%03d", k), "Harbor Daily", "2025-02-27")
                    .says(NIS, "Crabzilla photographed off Whitstable " + (k == 0 ? "by Margate fishermen " : "")
                            + word(r)).build());
        }
        for (int k = 0; k < 10; k++) {
            articles.add(Fixtures.article(String.format("b%03d", k), "Lakeside Post", "2025-02-28")
                    .says(KYIV, "Crabzilla spotted near Whitstable " + word(r) + " " + word(r)).build());
        }
        addUnrelated(articles, r);
        List<Claim> claims = new ClaimMatcher(0.25).match(articles);
        Claim crab = claims.stream().filter(c -> c.statement().contains("Crabzilla")).findFirst().orElseThrow();
        assertEquals(20, crab.attributions().size(), crab.toString());
    }

    @Test
    void claimsAboutDifferentThingsDoNotMergeAsWholes() {
        // Two groups of reports worded alike but for what was moved: their centroids are close and their central
        // reports agree as wholes (one country, one place, no event), but drones are not shells; a rival figure
        // of the same drones is the same claim
        for (boolean shells : new boolean[] {true, false}) {
            java.util.Random r = new java.util.Random(5);
            List<AnnotatedArticle> articles = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                articles.add(Fixtures.article(String.format("a%03d", k), "Harbor Daily", "2025-02-27")
                        .says(NIS, "Russia has moved 2,774 drones to the port of Ostostma " + words(r, 6)).build());
            }
            for (int k = 0; k < 10; k++) {
                articles.add(Fixtures.article(String.format("b%03d", k), "Lakeside Post", "2025-02-28")
                        .says(KYIV, "Russia has moved 2,887 " + (shells ? "shells" : "drones") + " to the port of"
                                + " Ostostma " + words(r, 6)).build());
            }
            addUnrelated(articles, r);
            List<Claim> claims = new ClaimMatcher(0.25).match(articles);
            Claim drones = claims.stream().filter(c -> c.attributions().stream()
                    .anyMatch(a -> a.articleId().equals("a000"))).findFirst().orElseThrow();
            assertEquals(shells ? 10 : 20, drones.attributions().size(), claims.stream()
                    .filter(c -> c.statement().contains("Ostostma")).toList().toString());
        }
    }

    @Test
    void aStatementLeftAloneJoinsAClaimAsAnyStatementWould() {
        // One report worded apart comes before the reports of a claim: when it came there was no claim to join, and
        // no later report alone is the threshold similar to it; the claim they make is, as a whole, so the report
        // joins it as it would have joined had the claim come first (a claim of one statement is a statement)
        java.util.Random r = new java.util.Random(11);
        List<AnnotatedArticle> articles = new ArrayList<>();
        articles.add(Fixtures.article("a000", "Harbor Daily", "2025-02-26")
                .says(NIS, "Crabzilla seen lurking in shallow waters off Whitstable " + word(r)).build());
        for (int k = 0; k < 10; k++) {
            articles.add(Fixtures.article(String.format("b%03d", k), "Lakeside Post", "2025-02-28")
                    .says(KYIV, "Crabzilla photographed off Whitstable by fishermen " + word(r) + " " + word(r) + " "
                            + word(r))
                    .build());
        }
        addUnrelated(articles, r);
        List<Claim> claims = new ClaimMatcher(0.3).match(articles);
        Claim crab = claims.stream().filter(c -> c.statement().contains("Crabzilla")).findFirst().orElseThrow();
        assertEquals(11, crab.attributions().size(), claims.stream().filter(c -> c.statement().contains("Crab"))
                .toList().toString());
    }

    /** Adds 420 unrelated reports, which make the words that a claim's reports share rare enough to be indexed. */
    private static void addUnrelated(List<AnnotatedArticle> articles, java.util.Random r) {
        for (int k = 0; k < 420; k++) {
            articles.add(Fixtures.article(String.format("f%03d", k), "Capital Wire", "2025-03-01")
                    .says(SEOUL, "the " + word(r) + " " + word(r) + " reported " + word(r) + " " + word(r)).build());
        }
    }

    /** {@code n} invented words. */
    private static String words(java.util.Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append(k == 0 ? "" : " ").append(word(r));
        }
        return sb.toString();
    }

    /** An invented word of three syllables. */
    private static String word(java.util.Random r) {
        String[] syllables = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "qu", "xi", "bo", "du", "fe"};
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            sb.append(syllables[r.nextInt(syllables.length)]);
        }
        return sb.toString();
    }
}
