package org.corroborate.scoring;

import static org.corroborate.scoring.Fixtures.KYIV;
import static org.corroborate.scoring.Fixtures.MOSCOW;
import static org.corroborate.scoring.Fixtures.NIS;
import static org.corroborate.scoring.Fixtures.WEST;
import static org.corroborate.scoring.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.ExplanationLines;
import org.corroborate.core.Stance;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.Test;

/** An assessment's explanation, made line by line when asked for: the same lines as when they were kept. */
class ExplanationTest {

    private static final String KILLED = " North Korean soldiers have been killed in Russia's Kursk region";

    private static Assessment only(Corroborator corroborator, AnnotatedArticle... as) {
        List<Assessment> all = corroborator.score(List.of(as)).assessments();
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static Assessment only(AnnotatedArticle... as) {
        return only(new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()), as);
    }

    /** Rival values, a party, a silent party and a capped credibility: every kind of line but the opposing. */
    private static Assessment disputedValues() {
        return only(article("a", "X", "2025-03-05").says(NIS, "about 4,000" + KILLED, "KP", "RU").build(),
                article("b", "Y", "2025-03-05").says(KYIV, "1,000" + KILLED, "KP", "RU")
                        .says(MOSCOW, Stance.DOES_NOT_CONFIRM, "the deaths", List.of(), 0).build(),
                article("c", "Z", "2025-03-06").says(WEST, "4,000" + KILLED, "KP", "RU").build());
    }

    @Test
    void theSameLinesAsWhenTheyWereKept() {
        // the lines of the explanation as it was built and kept before it was made on demand
        Assessment a = disputedValues();
        assertInstanceOf(ExplanationLines.class, a.explanation(), "made when asked for, not kept");
        assertEquals(List.of(
                "Claim: about 4,000 North Korean soldiers have been killed in Russia's Kursk region",
                "Parties to the claim: Moscow",
                "Rival values: about 4,000 / 1,000 / 4,000 (values disputed: they disagree, so the figure is not"
                        + " corroborated even where the event is)",
                "+ NIS [X] \u201Csaid\u201D NIS: \u201Cabout 4,000" + KILLED + "\u201D \u2014 asserts (intelligence"
                        + " agency); origin kr-government; reliability 0.70; counted, weight 1.00",
                "+ Kyiv [Y] \u201Csaid\u201D Kyiv: \u201C1,000" + KILLED + "\u201D \u2014 asserts (government); origin"
                        + " ua-government; reliability 0.60; counted, weight 1.00",
                "\u25CB Moscow [Y] \u201Csaid\u201D Moscow: \u201Cthe deaths\u201D \u2014 has not confirmed (government,"
                        + " party to the claim); silence is recorded, not counted as a denial",
                "+ Western intelligence [Z] \u201Csaid\u201D Western intelligence: \u201C4,000" + KILLED + "\u201D"
                        + " \u2014 asserts (intelligence agency); origin western-intelligence; reliability 0.70;"
                        + " counted, weight 1.00",
                "Silent party: Moscow has not confirmed (recorded; not a denial)",
                "Credibility 2, not 1: the independent origins back the claim with values that disagree",
                "Independent origins supporting: 3 (kr-government, ua-government, western-intelligence);"
                        + " opposing: 0",
                "Probability 0.89, 90% interval [0.47, 0.99]; grade C2 (fairly reliable, probably true); status:"
                        + " corroborated (confirmed: 3 independent origins, none against, probability 0.89, at least"
                        + " 0.75)"), a.explanation());

        Assessment denied = only(article("a", "X", "2025-02-27")
                .says(NIS, "North Korea has sent thousands of soldiers to Russia to fight in Kursk", "KP", "RU")
                .says(WEST, Stance.DENIES, "North Korean soldiers were sent to Russia to fight in the Kursk region",
                        List.of("KP", "RU"), 0).build());
        assertEquals(List.of(
                "Claim: North Korea has sent thousands of soldiers to Russia to fight in Kursk",
                "+ NIS [X] \u201Csaid\u201D NIS: \u201CNorth Korea has sent thousands of soldiers to Russia to fight in"
                        + " Kursk\u201D \u2014 asserts (intelligence agency); origin kr-government; reliability 0.70;"
                        + " counted, weight 1.00",
                "\u2212 Western intelligence [X] \u201Csaid\u201D Western intelligence: \u201CNorth Korean soldiers were"
                        + " sent to Russia to fight in the Kursk region\u201D \u2014 denies (intelligence agency);"
                        + " origin western-intelligence; reliability 0.70; counted, weight 1.00",
                "Independent origins supporting: 1 (kr-government); opposing: 1 (western-intelligence)",
                "Probability 0.50, 90% interval [0.09, 0.92]; grade C4 (fairly reliable, doubtful); status: disputed"),
                denied.explanation());
    }

    @Test
    void equalToItsLinesKeptAndImmutable() {
        Assessment a = disputedValues();
        List<String> kept = List.copyOf(a.explanation());
        assertEquals(kept, a.explanation());
        assertEquals(a.explanation(), kept);
        assertEquals(kept.hashCode(), a.explanation().hashCode());
        Assessment withKept = new Assessment(a.claim(), a.probability(), a.interval(), a.grade(), a.status(),
                a.origins(), a.evidence(), a.silentParties(), kept, a.valuesDisputed());
        assertEquals(withKept, a, "equal assessments: the lines compared one by one");
        assertEquals(withKept.hashCode(), a.hashCode());
        assertEquals(a, disputedValues(), "made again, equal");
        assertThrows(UnsupportedOperationException.class, () -> a.explanation().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> a.explanation().set(0, "x"));
        assertThrows(IndexOutOfBoundsException.class, () -> a.explanation().get(kept.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> a.explanation().get(-1));
        // read from several threads at once: the same lines
        for (int round = 0; round < 20; round++) {
            List<String> lines = a.explanation();
            List<String> parallel = IntStream.range(0, 64).parallel()
                    .mapToObj(i -> lines.get(i % lines.size())).toList();
            for (int i = 0; i < 64; i++) {
                assertEquals(kept.get(i % kept.size()), parallel.get(i));
            }
        }
    }

    @Test
    void aLongExplanationAbridgedAsBefore() {
        // 205 pieces of evidence: 200 lines of them, a line for the rest, then the two conclusion lines
        List<AnnotatedArticle> corpus = new ArrayList<>();
        for (int i = 0; i < 205; i++) {
            corpus.add(article("a" + i, "Outlet " + i, "2025-02-27").says(i % 2 == 0 ? NIS : WEST,
                    "North Korea has sent thousands of soldiers to Russia to fight in Kursk", "KP", "RU").build());
        }
        Corroborator whole = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty());
        List<String> full = List.copyOf(only(whole, corpus.toArray(new AnnotatedArticle[0])).explanation());
        assertEquals(1 + 200 + 1 + 2, full.size());
        assertEquals("\u2026 and 5 more pieces of evidence (all are in the evidence list)", full.get(201));
        // the abridged lines as they were built: the head, a line counting the rest, the last two
        List<String> expected = new ArrayList<>(full.subList(0, 23));
        expected.add("\u2026 " + (full.size() - 25) + " lines left out of this abridged report");
        expected.addAll(full.subList(full.size() - 2, full.size()));
        List<String> abridged = only(whole.withAbridgedExplanations(), corpus.toArray(new AnnotatedArticle[0]))
                .explanation();
        assertInstanceOf(ExplanationLines.class, abridged);
        assertEquals(expected, abridged);
        assertEquals(expected, Corroborator.abridgedExplanation(full), "from kept lines too");
        assertThrows(IndexOutOfBoundsException.class, () -> abridged.get(26));
    }
}
