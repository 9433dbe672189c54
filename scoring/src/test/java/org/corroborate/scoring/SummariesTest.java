package org.corroborate.scoring;

import static org.corroborate.scoring.Fixtures.AFP;
import static org.corroborate.scoring.Fixtures.KYIV;
import static org.corroborate.scoring.Fixtures.MOSCOW;
import static org.corroborate.scoring.Fixtures.NIS;
import static org.corroborate.scoring.Fixtures.SEOUL;
import static org.corroborate.scoring.Fixtures.WEST;
import static org.corroborate.scoring.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.Source;
import org.corroborate.core.Stance;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.Test;

/** The claims each source and outlet carries, as the summaries count them from what assessment noted. */
class SummariesTest {

    private static final String DEPLOY = "North Korea has sent thousands of soldiers to Russia to fight in Kursk";
    private static final String CASUALTIES = "Hundreds of North Korean soldiers were killed in the Kursk region";
    private static final String DRONES = "Ukraine launched forty drones at an airfield near Moscow overnight";

    @Test
    void claimCountsAreThoseOfTheClaimsCarriers() {
        List<AnnotatedArticle> articles = List.of(
                article("a", "X", "2025-02-20").says(NIS, DEPLOY, "KP", "RU").says(KYIV, DRONES, "UA", "RU").build(),
                article("b", "Y", "2025-02-21").says(WEST, DEPLOY, "KP", "RU")
                        .says(SEOUL, Stance.ASSERTS, CASUALTIES, List.of("KP"), 0, NIS).build(),
                article("c", "X", "2025-02-22").says(MOSCOW, Stance.DENIES, DEPLOY, List.of("KP", "RU"), 0)
                        .says(AFP, DRONES, "UA", "RU").build(),
                article("d", "Z", "2025-02-23").says(KYIV, CASUALTIES, "KP").says(KYIV, DRONES, "UA", "RU")
                        .build());
        for (int threads : new int[] {1, 2}) {
            Corroboration c = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty(), threads).score(articles);
            assertTrue(c.assessments().size() >= 3, () -> c.assessments().toString());
            // the count made from each claim's carriers read again: speakers and origins by id, outlets by article
            Map<String, String> outletOf = new HashMap<>();
            for (AnnotatedArticle aa : articles) {
                outletOf.put(aa.article().id(), aa.article().outlet());
            }
            Map<String, Integer> bySource = new HashMap<>();
            Map<String, Integer> byOutlet = new HashMap<>();
            for (Assessment a : c.assessments()) {
                Set<String> sources = new HashSet<>();
                Set<String> outlets = new HashSet<>();
                for (Attribution at : a.claim().attributions()) {
                    sources.add(at.source().source().id());
                    sources.add(at.origin().id());
                    outlets.add(outletOf.get(at.articleId()));
                }
                sources.forEach(s -> bySource.merge(s, 1, Integer::sum));
                outlets.forEach(o -> byOutlet.merge(o, 1, Integer::sum));
            }
            int named = 0;
            for (SourceSummary s : c.sources()) {
                assertEquals(bySource.getOrDefault(s.source().id(), 0), s.claims(), s.source().id());
                named += s.claims() > 0 && !s.source().id().equals(Source.UNNAMED.id()) ? 1 : 0;
            }
            assertTrue(named >= 6, "speakers and the relayed origin NIS carry claims");
            assertEquals(3, c.outlets().size());
            for (OutletSummary o : c.outlets()) {
                assertEquals(byOutlet.getOrDefault(o.outlet(), 0), o.claims(), o.outlet());
            }
        }
    }
}
