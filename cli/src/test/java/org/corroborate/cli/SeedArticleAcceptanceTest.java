package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.Hedge;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.Stance;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The foundation's acceptance criteria on the seed article: who claims what, and how the deployment claim stands. */
class SeedArticleAcceptanceTest {

    /** The seed article (AFP, 2025-02-27), kept once in the repository: in {@code examples/}, beside this module. */
    static final Path SEED = Path.of("..", "examples", "000_3109c1b8f5af59b5.txt");

    private static AnnotatedArticle seed;
    private static Corroboration scored;

    @BeforeAll
    static void readSeed() throws IOException {
        byte[] bytes = Files.readAllBytes(SEED);
        Diagnostics d = new Diagnostics();
        Ingestor ingestor = new Ingestor(ReadOptions.DEFAULTS, Readers.defaults(), d);
        RuleBasedExtractor extractor = RuleBasedExtractor.withBuiltInRegistry();
        java.util.List<AnnotatedArticle> out = new java.util.ArrayList<>();
        ingestor.read(Input.ofBytes("seed-afp-2025-02-27.txt", bytes),
                a -> out.add(new AnnotatedArticle(a, extractor.extract(a))));
        assertEquals(1, out.size(), d.list().toString());
        seed = out.get(0);
        scored = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(out);
    }

    private static List<Attribution> find(Predicate<Attribution> p) {
        return seed.attributions().stream().filter(p).toList();
    }

    private static Attribution one(String sourceText, String contentPart) {
        List<Attribution> found = find(a -> a.source().text().equals(sourceText)
                && a.contentText().contains(contentPart));
        assertFalse(found.isEmpty(), () -> "no attribution of '" + contentPart + "' to '" + sourceText + "' in "
                + seed.attributions().stream().map(a -> a.source().text() + ": " + a.contentText()).toList());
        return found.get(0);
    }

    @Test
    void readsTheSeedsHeader() {
        assertEquals("Seoul says North Korea has deployed more troops to Russia", seed.article().title());
        assertEquals("2025-02-27", seed.article().published().orElseThrow().toString());
        assertTrue(seed.article().body().startsWith("North Korea has sent more soldiers"));
    }

    @Test
    void spyAgencyToldAfp() {
        Attribution a = one("Seoul's spy agency", "re-deployed several to the frontline in Kursk");
        assertEquals("told AFP", a.cue().text());
        assertEquals(Stance.ASSERTS, a.stance());
        assertEquals(List.of("kr-nis", "afp"), a.relay().stream().map(Source::id).toList());
        assertEquals(SourceKind.INTELLIGENCE_AGENCY, a.source().source().kind());
        assertEquals("kr-nis", a.origin().id());
    }

    @Test
    void southKoreanAndWesternIntelligenceAreTwoSources() {
        List<Attribution> as = find(a -> a.contentText().contains("more than 10,000 soldiers"));
        Set<String> ids = as.stream().map(a -> a.source().source().id()).collect(Collectors.toSet());
        assertEquals(Set.of("kr-nis", "western-intelligence"), ids);
        as.forEach(a -> assertEquals(SourceKind.INTELLIGENCE_AGENCY, a.source().source().kind()));
    }

    @Test
    void seoulAndUkraine() {
        assertEquals("kr-government", one("Seoul", "not been engaged in combat since mid-January").source().source()
                .id());
        assertEquals("ua-government", one("Ukraine", "withdrawn following heavy losses").source().source().id());
        assertEquals("ua-government", one("Ukraine", "captured or killed several North Korean soldiers").source()
                .source().id());
    }

    @Test
    void theOfficialIsTheSpyAgency() {
        Attribution redeployed = one("an official from Seoul's National Intelligence Agency", "\"redeployed\"");
        Attribution added = one("the official", "appearing to have taken place");
        Attribution scale = one("the official", "The exact scale is still being assessed");
        for (Attribution a : List.of(redeployed, added, scale)) {
            assertEquals("kr-nis", a.source().source().id(), a.toString());
        }
        assertTrue(added.hedges().stream().map(Hedge::text).anyMatch(h -> h.equals("appearing to")));
        assertTrue(scale.hedges().stream().map(Hedge::text).anyMatch(h -> h.contains("still being assessed")));
        assertEquals("added", added.cue().text());
    }

    @Test
    void moscowAndPyongyangEachDoNotConfirm() {
        Attribution moscow = one("Moscow", "the deployment");
        Attribution pyongyang = one("Pyongyang", "the deployment");
        assertEquals(Stance.DOES_NOT_CONFIRM, moscow.stance());
        assertEquals(Stance.DOES_NOT_CONFIRM, pyongyang.stance());
        assertEquals("ru-government", moscow.source().source().id());
        assertEquals("kp-government", pyongyang.source().source().id());
    }

    @Test
    void ukrainesSpokesmanAndTheWakeUpCallOpinion() {
        Attribution wake = one("Ukraine's foreign ministry spokesman", "wake-up call");
        assertEquals(ContentKind.OPINION, wake.contentKind());
        Attribution tykhy = one("spokesman Georgiy Tykhy", "reaction of the international community");
        assertEquals("Georgiy Tykhy", tykhy.source().source().name());
        assertEquals("UA", tykhy.source().source().country());
        assertEquals("ua-government", tykhy.source().source().root());
        assertTrue(tykhy.relay().stream().anyMatch(s -> s.id().equals("afp")), tykhy.relay().toString());
    }

    @Test
    void zelenskyIsHedged() {
        Attribution z = one("he", "North Korean prisoners");
        assertEquals("ua-zelensky", z.source().source().id());
        assertTrue(z.hedges().stream().anyMatch(h -> h.text().equals("what he said were")), z.hedges().toString());
    }

    @Test
    void chosunIlboAndItsSoldier() {
        // "a North Korean soldier, who described ...": the mention is "who", resolved to the soldier
        Attribution brutal = one("who", "\"brutal\" fighting");
        Attribution killed = one("The soldier", "killed by drones and artillery fire");
        Attribution dead = one("he", "Everyone who joined the army with me is dead");
        String soldier = brutal.source().source().id();
        assertEquals(SourceKind.EYEWITNESS, brutal.source().source().kind());
        assertEquals(soldier, killed.source().source().id());
        assertEquals(soldier, dead.source().source().id());
        for (Attribution a : List.of(brutal, killed, dead)) {
            assertEquals("chosun-ilbo", a.relay().get(a.relay().size() - 1).id(), a.relay().toString());
        }
    }

    @Test
    void kimAndStateMedia() {
        Attribution letter = find(a -> a.source().source().id().equals("kp-kim-jong-un")
                && a.contentText().contains("New Year's letter")).get(0);
        assertEquals(SourceKind.NAMED_PERSON, letter.source().source().kind());
        assertEquals("kp-kim-jong-un", one("He", "2025 would be the year").source().source().id());
        Attribution media = one("North Korean state media", "Kim had visited a major military academy");
        assertEquals(SourceKind.STATE_MEDIA, media.source().source().kind());
        assertEquals("reported", media.cue().text());
    }

    @Test
    void theDeploymentClaimIsCorroboratedAndPartiesStaySilent() {
        Assessment deployment = deploymentClaim();
        assertEquals(ClaimStatus.CORROBORATED, deployment.status());
        Set<String> supporting = deployment.evidence().stream()
                .filter(e -> e.role() == EvidenceRole.SUPPORTS && e.counted()).map(e -> e.origin())
                .collect(Collectors.toSet());
        // backed by independent intelligence origins: Seoul's spy agency (counted as the South Korean government)
        // and Western intelligence, whose "more than 10,000 soldiers were sent" is the same claim with a figure
        assertTrue(supporting.containsAll(Set.of("kr-government", "western-intelligence")), supporting.toString());
        assertEquals(List.of("more than 10,000"), deployment.claim().values());
        assertTrue(deployment.evidence().stream().anyMatch(e -> e.role() == EvidenceRole.SUPPORTS
                && e.attribution().source().source().kind() == SourceKind.INTELLIGENCE_AGENCY));
        Set<String> silent = deployment.silentParties().stream().map(Source::id).collect(Collectors.toSet());
        assertEquals(Set.of("ru-government", "kp-government"), silent);
        // silence is recorded and not counted as a denial
        assertTrue(deployment.evidence().stream().noneMatch(e -> e.role() == EvidenceRole.OPPOSES));
        assertTrue(deployment.evidence().stream().filter(e -> e.role() == EvidenceRole.SILENT)
                .allMatch(e -> !e.counted() && e.weight() == 0));
        assertTrue(deployment.probability() > 0.75, "probability " + deployment.probability());
        assertTrue(deployment.interval().contains(deployment.probability()));
        assertEquals(1, deployment.grade().credibility());
    }

    /**
     * What broke: claim matching grouped by topic, so Seoul's "not engaged in combat since mid-January", Ukraine's
     * "withdrawn following heavy losses" and Ukraine's captures were counted as support for the deployment. They
     * are other claims about the same troops (other events): they support their own claims, not the deployment.
     */
    @Test
    void relatedButDifferentClaimsStayApartFromTheDeployment() {
        Assessment deployment = deploymentClaim();
        Set<String> contents = deployment.claim().attributions().stream().map(Attribution::contentText)
                .collect(Collectors.toSet());
        assertTrue(contents.stream().noneMatch(c -> c.contains("not been engaged in combat")
                || c.contains("withdrawn following heavy losses") || c.contains("captured or killed")), contents
                .toString());
        Assessment combat = scored.assessments().stream().filter(a -> a.claim().attributions().stream()
                .anyMatch(at -> at.contentText().contains("not been engaged in combat"))).findFirst().orElseThrow();
        assertTrue(combat.claim().attributions().stream().anyMatch(at -> at.contentText().contains(
                "withdrawn following heavy losses")), "Ukraine's withdrawal report belongs with Seoul's statement");
    }

    @Test
    void theExplanationListsEveryPieceOfEvidence() {
        Assessment deployment = deploymentClaim();
        String text = String.join("\n", deployment.explanation());
        for (var e : deployment.evidence()) {
            assertTrue(text.contains(e.attribution().contentText().length() > 150
                    ? e.attribution().contentText().substring(0, 100) : e.attribution().contentText()),
                    () -> "explanation misses " + e.attribution().contentText());
        }
        assertTrue(text.contains("Silent party: Government of Russia"));
        assertTrue(text.contains("Silent party: Government of North Korea"));
    }

    @Test
    void opinionsAreKeptButNotScored() {
        Attribution wake = one("Ukraine's foreign ministry spokesman", "wake-up call");
        Optional<Assessment> scoredWake = scored.assessments().stream()
                .filter(a -> a.claim().attributions().contains(wake)).findAny();
        assertTrue(scoredWake.isEmpty(), "an opinion was scored as a claim");
        assertTrue(seed.attributions().contains(wake));
    }

    private static Assessment deploymentClaim() {
        return scored.assessments().stream()
                .filter(a -> a.claim().attributions().stream().anyMatch(
                        at -> at.contentText().contains("re-deployed several to the frontline in Kursk")))
                .findFirst().orElseThrow();
    }

    @Test
    void readsTheSeedUnderATurkishDefaultLocale() throws IOException {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            RuleBasedExtractor extractor = RuleBasedExtractor.withBuiltInRegistry();
            List<Attribution> again = extractor.extract(seed.article());
            assertEquals(seed.attributions(), again);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
