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
}
