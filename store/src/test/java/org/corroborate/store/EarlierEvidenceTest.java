package org.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.Stance;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A claim's stored history ({@link Store#earlierEvidence}): the articles published before a week that carry evidence
 * of a claim with evidence in the week, as a stored run assessed it, each with only that evidence.
 */
class EarlierEvidenceTest {

    private static final String TROOPS = "North Korean troops were sent to the Kursk region of Russia";

    private static IsoWeek week(String w) {
        return IsoWeek.parse(w).orElseThrow();
    }

    private static void store(Store s, List<AnnotatedArticle> articles) {
        Corroboration c = new Corroborator(ScoringConfig.DEFAULTS.withSamples(200), TrackRecords.empty())
                .score(articles);
        s.record(OffsetDateTime.parse("2025-05-01T00:00:00Z"), List.of("news.jsonl"), c.articles(), c.assessments(),
                IngestSummary.empty(), List.of(), Optional.empty(), "", n -> { });
    }

    /** Each article's id with the ids of its attributions. */
    private static Map<String, List<String>> evidence(List<AnnotatedArticle> articles) {
        Map<String, List<String>> m = new TreeMap<>();
        for (AnnotatedArticle aa : articles) {
            m.put(aa.article().id(), aa.attributions().stream().map(t -> t.id()).toList());
        }
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.corroborate.store.Databases#all")
    void theEarlierCarriersOfAWeeksClaimsAsTheRunsAssessedThem(String db) {
        AnnotatedArticle a1 = StoreFixtures.article("a1", "alpha", "2025-02-24T08:00:00Z",
                StoreFixtures.NIS, Stance.ASSERTS, TROOPS); // 2025-W09
        AnnotatedArticle a2 = StoreFixtures.article("a2", "beta", "2025-03-04T09:00:00Z",
                StoreFixtures.WEST, Stance.ASSERTS, TROOPS, StoreFixtures.MOSCOW, Stance.ASSERTS,
                "the price of bread rose by a tenth in the capital's markets"); // 2025-W10
        AnnotatedArticle a3 = StoreFixtures.article("a3", "alpha", "2025-03-05T09:00:00Z",
                StoreFixtures.NIS, Stance.ASSERTS, "reportedly three hundred soldiers were killed near the border");
        AnnotatedArticle a4 = StoreFixtures.article("a4", "gamma", "2025-04-15T09:00:00Z",
                StoreFixtures.MOSCOW, Stance.DENIES, TROOPS); // 2025-W16
        AnnotatedArticle a5 = StoreFixtures.article("a5", "gamma", "2025-04-22T09:00:00Z",
                StoreFixtures.WEST, Stance.ASSERTS, TROOPS); // 2025-W17, stored by a run of its own
        try (Store s = Store.open(Databases.freshUrl(db))) {
            store(s, List.of(a1, a2, a3, a4));
            assertEquals(Map.of(), evidence(s.earlierEvidence(week("2025-W09"), week("2025-W09"))));
            assertEquals(Map.of("a1", List.of("a1#1")), evidence(s.earlierEvidence(week("2025-W10"),
                    week("2025-W10"))), "a3's claim has no earlier evidence; a4 is later");
            assertEquals(Map.of("a1", List.of("a1#1"), "a2", List.of("a2#1")), evidence(s.earlierEvidence(
                    week("2025-W16"), week("2025-W16"))));
            assertEquals(Map.of("a1", List.of("a1#1")), evidence(s.earlierEvidence(week("2025-W10"),
                    week("2025-W16"))), "before the range only");
            assertEquals(Map.of(), evidence(s.earlierEvidence(week("2025-W11"), week("2025-W15"))),
                    "no article in the weeks");
            List<List<AnnotatedArticle>> byWeek = s.earlierEvidenceByWeek(List.of(week("2025-W16"),
                    week("2025-W10")));
            assertEquals(List.of("a1", "a2"), byWeek.get(0).stream().map(aa -> aa.article().id()).toList(),
                    "earliest first");
            assertEquals(List.of("a1"), byWeek.get(1).stream().map(aa -> aa.article().id()).toList());
            // the articles as stored, each with only the attributions that are the claims' evidence
            AnnotatedArticle back = byWeek.get(0).get(1);
            AnnotatedArticle stored = s.articles(week("2025-W10"), week("2025-W10")).get(0);
            assertEquals("a2", stored.article().id());
            assertEquals(2, stored.attributions().size(), "Western intelligence, and Moscow on another claim");
            assertEquals(stored.article().toString(), back.article().toString());
            assertEquals(List.of(stored.attributions().get(0).toString()),
                    back.attributions().stream().map(Object::toString).toList());

            // a run that scored only its own articles stored no history before them
            store(s, List.of(a5));
            assertEquals(Map.of(), evidence(s.earlierEvidence(week("2025-W17"), week("2025-W17"))));
        }
    }
}
