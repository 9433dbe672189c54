package org.corroborate.scoring;

import static org.corroborate.scoring.Fixtures.MOSCOW;
import static org.corroborate.scoring.Fixtures.NIS;
import static org.corroborate.scoring.Fixtures.SEOUL;
import static org.corroborate.scoring.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.Evidence;
import org.corroborate.core.Stance;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.Test;

/**
 * Where each kind of evidence lands, and with which stance, for every combination of the claims present (a plainly
 * stated claim, a negatively stated one, or both) and of the evidence (assertion or denial; plain content, negated
 * content, or a negation in the denier's own words). The table in docs/EVALUATION.md ("Scoring fixes, round 3") is
 * this one.
 */
class PolarityCombinationsTest {

    /** The plain claim, and the negated one (another month, so the two stay two claims). */
    private static final String PLAIN = "North Korean soldiers had been engaged in combat in Russia's Kursk region"
            + " since mid-January";
    private static final String NEGATED = "North Korean soldiers were not fighting in Kursk in December";
    private static final String FIGHTING = "North Korean soldiers had been engaged in combat in Russia's Kursk region";
    private static final String NOT_FIGHTING = "North Korean soldiers had not been engaged in combat in Russia's"
            + " Kursk region";

    /** One piece of evidence by Moscow: its stance, content and cue (text, lemma). */
    private record Piece(String name, Stance stance, String content, String cue, String lemma) {
    }

    private static final Piece ASSERTS_PLAIN = new Piece("asserts, plain", Stance.ASSERTS, FIGHTING, "said", "say");
    private static final Piece ASSERTS_NEGATED = new Piece("asserts, negated", Stance.ASSERTS, NOT_FIGHTING, "said",
            "say");
    private static final Piece DENIES_PLAIN = new Piece("denies, plain", Stance.DENIES, "reports that " + FIGHTING,
            "dismissed", "dismiss");
    private static final Piece DENIES_NEGATED = new Piece("denies, negated", Stance.DENIES, "reports that "
            + NOT_FIGHTING, "rejected", "reject");
    private static final Piece DENIES_OWN_WORDS = new Piece("denies, negated in its own words", Stance.DENIES,
            "the reports, saying " + NOT_FIGHTING, "denied", "deny");

    /**
     * "claim ROLE" of Moscow's piece: {@code P} the plain claim, {@code N} the negated one, {@code E} a claim the
     * piece itself states (it was the plain assertion the claim found); with the claims' count.
     */
    private static String where(boolean plain, boolean negated, Piece p) {
        List<AnnotatedArticle> as = new ArrayList<>();
        if (plain) {
            as.add(article("a", "Harbor Daily", "2025-01-05").says(NIS, PLAIN, "KP", "RU").build());
        }
        if (negated) {
            as.add(article("b", "Lakeside Post", "2025-02-27").says(SEOUL, NEGATED, "KP", "RU").build());
        }
        as.add(article("c", "Capital Wire", "2025-03-01").says(MOSCOW, p.stance(), p.content(), List.of("KP", "RU"),
                0).cue(p.cue(), p.lemma()).build());
        Corroboration c = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(as);
        for (Assessment a : c.assessments()) {
            for (Evidence e : a.evidence()) {
                if (e.attribution().id().equals("c#1")) {
                    String st = a.claim().statement();
                    String claim = st.equals(PLAIN) ? "P" : st.equals(NEGATED) ? "N" : st.equals(p.content()) ? "E"
                            : st;
                    return claim + " " + e.role() + " of " + c.assessments().size();
                }
            }
        }
        return "nowhere";
    }

    @Test
    void withOnlyAPlainClaim() {
        assertEquals("P SUPPORTS of 1", where(true, false, ASSERTS_PLAIN));
        assertEquals("P OPPOSES of 1", where(true, false, ASSERTS_NEGATED), "a rival version");
        assertEquals("P OPPOSES of 1", where(true, false, DENIES_PLAIN));
        assertEquals("P SUPPORTS of 1", where(true, false, DENIES_NEGATED), "it denies the claim's opposite");
        assertEquals("P OPPOSES of 1", where(true, false, DENIES_OWN_WORDS), "its negation restates the denial");
    }

    @Test
    void withOnlyANegatedClaim() {
        assertEquals("E SUPPORTS of 1", where(false, true, ASSERTS_PLAIN), "stated plainly, Seoul's is its negation");
        assertEquals("N SUPPORTS of 1", where(false, true, ASSERTS_NEGATED));
        assertEquals("N SUPPORTS of 1", where(false, true, DENIES_PLAIN), "it denies the claim's opposite");
        assertEquals("N OPPOSES of 1", where(false, true, DENIES_NEGATED), "polarity composes");
        assertEquals("N SUPPORTS of 1", where(false, true, DENIES_OWN_WORDS), "it denies the claim's opposite");
    }

    /** A denial of one claim's opposite joins the claim that states that opposite, either way, as its denial. */
    @Test
    void withBothClaims() {
        assertEquals("P SUPPORTS of 2", where(true, true, ASSERTS_PLAIN));
        assertEquals("P OPPOSES of 2", where(true, true, ASSERTS_NEGATED), "in the plain claim's words: its rival"
                + " version, where it joined (an assertion is not moved, either way)");
        assertEquals("P OPPOSES of 2", where(true, true, DENIES_PLAIN));
        assertEquals("N OPPOSES of 2", where(true, true, DENIES_NEGATED), "moved from the plain claim (round 3)");
        assertEquals("P OPPOSES of 2", where(true, true, DENIES_OWN_WORDS));
    }

    /** A first statement too specific to speak for its claim, so that a claim its later carriers contradict stays apart. */
    private static final String LONG_TAIL = ", a lawmaker of the ruling party told reporters in Seoul after a closed"
            + " briefing by the spy agency on the war";

    /**
     * A claim begun by {@code first}'s too specific statement, repeated shorter by three independent origins
     * ({@code repeated}), then {@code last}'s statement, which the first one's month keeps apart.
     */
    private static List<AnnotatedArticle> apart(org.corroborate.core.Source first, String firstText, String repeated,
                                                org.corroborate.core.Source last, String lastText) {
        return List.of(
                article("a", "Harbor Daily", "2025-01-05").says(first, firstText, "KP", "RU").build(),
                article("b", "Lakeside Post", "2025-01-06").says(Fixtures.WEST, repeated, "KP", "RU").build(),
                article("c", "Capital Wire", "2025-01-07").says(Fixtures.KYIV, repeated, "KP", "RU").build(),
                article("e", "Capital Wire", "2025-01-08").says(Fixtures.AFP, repeated, "KP", "RU").build(),
                article("d", "Capital Wire", "2025-02-01").says(last, lastText, "KP", "RU").build());
    }

    /** Each piece of {@code as}: "statement of its claim: ROLE". */
    private static List<String> roles(List<AnnotatedArticle> as) {
        Corroboration c = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(as);
        List<String> out = new ArrayList<>();
        for (AnnotatedArticle aa : as) {
            String id = aa.attributions().get(0).id();
            for (Assessment a : c.assessments()) {
                for (Evidence e : a.evidence()) {
                    if (e.attribution().id().equals(id)) {
                        out.add(id + " " + a.claim().statement() + ": " + e.role());
                    }
                }
            }
        }
        return out;
    }

    /**
     * What broke: the claim that North Korean soldiers were not fighting in Kursk (three independent origins) was
     * matched apart from the claim that they were fighting there in January (its first statement names December,
     * which January contradicts), and the two stood side by side, both probable (0.92 and 0.70). A negatively stated
     * claim that is the opposite of a plain one now gives it the carriers that speak to its proposition: the three
     * assertions that they were not fighting count against the plain claim, as its rival versions; Seoul's December
     * statement, which January does not contradict, stays, the claim of its own.
     */
    @Test
    void assertionsOfTheOppositeOfAPlainClaimMatchedApartCountAgainstIt() {
        String notFighting = "North Korean soldiers were not fighting in Kursk";
        String fighting = "North Korean soldiers were fighting in Kursk in January";
        String december = "North Korean soldiers were not fighting in Kursk in December" + LONG_TAIL;
        List<AnnotatedArticle> as = apart(SEOUL, december, notFighting, NIS, fighting);
        assertEquals(List.of("a#1 " + december + ": SUPPORTS", "b#1 " + fighting + ": OPPOSES",
                "c#1 " + fighting + ": OPPOSES", "e#1 " + fighting + ": OPPOSES", "d#1 " + fighting + ": SUPPORTS"),
                roles(as));
        Assessment plain = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(as).assessments()
                .stream().filter(x -> x.claim().statement().equals(fighting)).findFirst().orElseThrow();
        assertEquals(org.corroborate.core.ClaimStatus.DISPUTED, plain.status());
        assertEquals(true, plain.probability() < 0.5, () -> "p " + plain.probability());
        assertEquals(true, plain.explanation().stream().anyMatch(l -> l.startsWith("\u2212 ")
                && l.contains("states the claim negated (a rival version), so it counts against it")),
                () -> String.join("\n", plain.explanation()));
    }

    /**
     * The reverse: the claim that they were fighting (three origins) matched apart from Seoul's statement that they
     * were not, in December (its first statement names January). Seoul's statement contradicts the plain claim's
     * statement, so it moves to it, as its rival version, and the negatively stated claim is gone: one claim, stated
     * plainly.
     */
    @Test
    void aNegatedClaimThatIsAPlainClaimsOppositeMergesIntoIt() {
        String fightingInKursk = "North Korean soldiers were fighting in Kursk";
        String january = "North Korean soldiers were fighting in Kursk in January" + LONG_TAIL;
        String notInDecember = "North Korean soldiers were not fighting in Kursk in December";
        List<AnnotatedArticle> as = apart(NIS, january, fightingInKursk, SEOUL, notInDecember);
        assertEquals(List.of("a#1 " + fightingInKursk + ": SUPPORTS", "b#1 " + fightingInKursk + ": SUPPORTS",
                "c#1 " + fightingInKursk + ": SUPPORTS", "e#1 " + fightingInKursk + ": SUPPORTS",
                "d#1 " + fightingInKursk + ": OPPOSES"), roles(as));
    }

    /**
     * Not the claim's statement but one of its carriers is a plain claim's opposite: Seoul's, the West's and Kyiv's
     * statement that North Korean soldiers were not fighting in Kursk in December, which January keeps apart from
     * the plain claim that they were fighting there in January, and AFP's that they were not fighting in Kursk,
     * which joined the December claim (it agrees with it) before the plain claim existed. AFP's assertion says the
     * plain claim the other way in nearly the same words: it moves there, as its rival version, counted against it;
     * the December claim keeps its own statement's carriers.
     */
    @Test
    void anAssertionOfAPlainClaimsOppositeThatJoinedAThirdClaimCountsAgainstThePlainClaim() {
        String december = "North Korean soldiers were not fighting in Kursk in December";
        String notFighting = "North Korean soldiers were not fighting in Kursk";
        String january = "North Korean soldiers were fighting in Kursk in January";
        List<AnnotatedArticle> as = List.of(
                article("a", "Harbor Daily", "2025-01-05").says(SEOUL, december, "KP", "RU").build(),
                article("b", "Lakeside Post", "2025-01-06").says(Fixtures.WEST, december, "KP", "RU").build(),
                article("c", "Capital Wire", "2025-01-07").says(Fixtures.KYIV, december, "KP", "RU").build(),
                article("e", "Capital Wire", "2025-01-08").says(Fixtures.AFP, notFighting, "KP", "RU").build(),
                article("d", "Capital Wire", "2025-02-01").says(NIS, january, "KP", "RU").build());
        assertEquals(List.of("a#1 " + december + ": SUPPORTS", "b#1 " + december + ": SUPPORTS",
                "c#1 " + december + ": SUPPORTS", "e#1 " + january + ": OPPOSES", "d#1 " + january + ": SUPPORTS"),
                roles(as));
    }
}
