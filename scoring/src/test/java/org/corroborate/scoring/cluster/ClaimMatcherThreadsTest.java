package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Attribution;
import org.corroborate.core.Claim;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.Stance;
import org.corroborate.core.TrackedClaim;
import org.corroborate.scoring.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Claim matching gives the same claims whatever the number of threads and the size of the blocks of anchors verified
 * at once: the same as one anchor at a time on one thread (blocks of 1: the plain sequential algorithm, where no
 * anchor is checked against a state it did not see).
 */
class ClaimMatcherThreadsTest {

    private static final double THRESHOLD = 0.30;

    @Test
    void sameClaimsWhateverTheThreadsAndBlocks() {
        Corpus corpus = Corpus.generate(200, 7);
        List<Claim> sequential = new ClaimMatcher(THRESHOLD, 1, 1).match(corpus.articles, corpus.tracked);
        // the corpus exercises what a block must re-check: claims that grow and start within a block, rare-term
        // candidates, followers, negations and a tracked claim
        assertTrue(sequential.size() > 20, "claims: " + sequential.size());
        assertTrue(sequential.stream().anyMatch(c -> c.attributions().size() >= 40), "a large claim");
        assertTrue(sequential.stream().anyMatch(c -> !c.negations().isEmpty()), "a claim with a negation");
        assertTrue(sequential.stream().anyMatch(c -> c.id().equals("tracked-0")), "the tracked claim");
        int[][] configs = {{1, 7}, {2, 1}, {2, 16}, {3, 64}, {4, 100_000}};
        for (int[] tb : configs) {
            List<Claim> claims = new ClaimMatcher(THRESHOLD, tb[0], tb[1]).match(corpus.articles, corpus.tracked);
            assertSame(sequential, claims, "threads " + tb[0] + ", block " + tb[1]);
        }
        assertSame(sequential, new ClaimMatcher(THRESHOLD, 2).match(corpus.articles, corpus.tracked), "default");
    }

    @Test
    void sameClaimsOnASecondCorpusAndWithoutTrackedClaims() {
        Corpus corpus = Corpus.generate(160, 11);
        List<Claim> sequential = new ClaimMatcher(THRESHOLD, 1, 1).match(corpus.articles);
        assertTrue(sequential.size() > 20, "claims: " + sequential.size());
        for (int[] tb : new int[][] {{2, 3}, {3, ClaimMatcher.BLOCK}}) {
            assertSame(sequential, new ClaimMatcher(THRESHOLD, tb[0], tb[1]).match(corpus.articles),
                    "threads " + tb[0] + ", block " + tb[1]);
        }
    }

    @Test
    void sameClaimsWhateverTheTableOfTwinsChecks() {
        // half the articles are copies of a recent one (wire copies): most anchors have a twin committed before
        Corpus corpus = Corpus.generate(240, 13, 0.5);
        List<Claim> full = new ClaimMatcher(THRESHOLD, 1, 1, 0).match(corpus.articles, corpus.tracked);
        assertTrue(full.size() > 20, "claims: " + full.size());
        assertTrue(full.stream().anyMatch(c -> c.attributions().size() >= 40), "a large claim");
        // threads, block, table bits: the default table, one that forgets often (1 and 4 bits), none
        int[][] configs = {{1, 1, ClaimMatcher.TWIN_BITS}, {1, 1, 1}, {2, 16, ClaimMatcher.TWIN_BITS}, {2, 5, 4},
            {3, ClaimMatcher.BLOCK, ClaimMatcher.TWIN_BITS}, {2, 64, 0}};
        for (int[] c : configs) {
            assertSame(full, new ClaimMatcher(THRESHOLD, c[0], c[1], c[2]).match(corpus.articles, corpus.tracked),
                    "threads " + c[0] + ", block " + c[1] + ", twin bits " + c[2]);
        }
    }

    @Test
    void aBlockSeesTheClaimsItStartsItself() {
        // three statements of one claim in one block: the second and third must join the claim the first starts
        // within the block
        Source s = new Source("kr-nis", "NIS", SourceKind.INTELLIGENCE_AGENCY, "KR", List.of(), "kr-government");
        List<AnnotatedArticle> articles = List.of(
                article("a1", 1, null, new Object[] {s, Stance.ASSERTS,
                        "North Korea has sent 3,000 soldiers to the frontline near Valorsk", List.of("KP")}),
                article("a2", 2, null, new Object[] {s, Stance.ASSERTS,
                        "North Korea has sent 3,400 soldiers to the frontline near Valorsk", List.of("KP")}),
                article("a3", 3, null, new Object[] {s, Stance.DENIES,
                        "North Korea sent soldiers to the frontline near Valorsk", List.of("KP")}));
        List<Claim> one = new ClaimMatcher(THRESHOLD, 1, 1).match(articles);
        assertEquals(1, one.size(), one.toString());
        assertSame(one, new ClaimMatcher(THRESHOLD, 2, 3).match(articles), "2 threads");
        assertSame(one, new ClaimMatcher(THRESHOLD, 1, 3).match(articles), "1 thread");
    }

    /** Asserts the claims are equal, showing what tells them apart in short (ids and carriers) when they are not. */
    private static void assertSame(List<Claim> expected, List<Claim> actual, String what) {
        assertEquals(summary(expected), summary(actual), what);
        assertTrue(expected.equals(actual), what);
    }

    private static List<String> summary(List<Claim> claims) {
        List<String> out = new ArrayList<>();
        for (Claim c : claims) {
            out.add(c.id() + " " + c.attributions().stream().map(Attribution::id).toList() + " " + c.values() + " "
                    + c.negations());
        }
        return out;
    }

    @Test
    void rejectsBadSettings() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ClaimMatcher(0.3, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ClaimMatcher(0.3, 1, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ClaimMatcher(0.3, 1, 1, -1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ClaimMatcher(0.3, 1, 1, 21));
    }

    /**
     * A generated corpus: planted claims repeated with varied figures and words, followers, fillers, negations; and,
     * when asked for, copies of recent articles under ids of their own (wire copies: the same statements again).
     */
    private record Corpus(List<AnnotatedArticle> articles, List<TrackedClaim> tracked) {

        private static final String[] SYLLABLES = {"va", "lor", "sk", "mir", "no", "ka", "zan", "tel", "bro", "vi",
            "dar", "hol", "pe", "tra", "gun", "os", "len", "ri", "ber", "za"};
        private static final String[][] ACTORS = {{"North Korea", "KP"}, {"Russia", "RU"}, {"Ukraine", "UA"},
            {"China", "CN"}};
        private static final String[] ACTIONS = {
            "has %s %s soldiers to the frontline near %s",
            "fired %s missiles at targets near %s",
            "has moved %s drones to an airfield outside %s",
            "evacuated %s civilians from the town of %s",
            "captured %s prisoners in a raid on %s"};
        private static final String[] SENT = {"sent", "dispatched", "deployed"};
        private static final String[] EXTRAS = {"", " last week", " on Monday", " according to officials",
            " in recent days", " this month"};
        private static final String[] FOLLOWERS = {"they were redeployed to the east soon afterwards",
            "the deployment began in March", "they had suffered heavy losses", "it was not the first time",
            "the troops crossed the border at dawn"};
        private static final Source[] SOURCES = {
            new Source("kr-nis", "NIS", SourceKind.INTELLIGENCE_AGENCY, "KR", List.of(), "kr-government"),
            new Source("ua-government", "Kyiv", SourceKind.GOVERNMENT, "UA", List.of(), ""),
            new Source("ru-government", "Moscow", SourceKind.GOVERNMENT, "RU", List.of(), ""),
            new Source("kp-government", "Pyongyang", SourceKind.GOVERNMENT, "KP", List.of(), ""),
            new Source("western-intelligence", "Western intelligence", SourceKind.INTELLIGENCE_AGENCY, "",
                    List.of(), "")};

        static Corpus generate(int n, long seed) {
            return generate(n, seed, 0);
        }

        /** @param copyShare the share of articles that copy one of the ten before them */
        static Corpus generate(int n, long seed, double copyShare) {
            SplittableRandom r = new SplittableRandom(seed);
            List<Object[][]> partsOf = new ArrayList<>();
            String[] places = new String[14];
            for (int i = 0; i < places.length; i++) {
                places[i] = name(r);
            }
            String[] words = new String[120];
            for (int i = 0; i < words.length; i++) {
                words[i] = name(r).toLowerCase(Locale.ROOT);
            }
            String[] keys = new String[30];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = name(r).toLowerCase(Locale.ROOT) + "ex";
            }
            int claims = 60;
            String[][] planted = new String[claims][];
            for (int c = 0; c < claims; c++) {
                String[] actor = ACTORS[r.nextInt(ACTORS.length)];
                planted[c] = new String[] {actor[0], actor[1], String.valueOf(r.nextInt(ACTIONS.length)),
                    places[r.nextInt(places.length)], String.valueOf(1000 * (1 + r.nextInt(9)))};
            }
            List<TrackedClaim> tracked = List.of(new TrackedClaim("tracked-0",
                    statement(planted[0], "sent", String.valueOf(planted[0][4]), ""), List.of(planted[0][1])));
            List<AnnotatedArticle> articles = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (copyShare > 0 && i > 0 && r.nextDouble() < copyShare) {
                    Object[][] copied = partsOf.get(i - 1 - r.nextInt(Math.min(i, 10)));
                    partsOf.add(copied);
                    articles.add(article(String.format(Locale.ROOT, "art-%04d", i), i / 6, null, copied));
                    continue;
                }
                List<Object[]> parts = new ArrayList<>();
                int count = 1 + r.nextInt(6);
                for (int k = 0; k < count; k++) {
                    Source s = SOURCES[r.nextInt(SOURCES.length)];
                    double u = r.nextDouble();
                    if (k > 0 && u < 0.2) {
                        parts.add(new Object[] {s, Stance.ASSERTS, FOLLOWERS[r.nextInt(FOLLOWERS.length)],
                                List.of()});
                    } else if (u < 0.45) {
                        // a loose paraphrase: the key word of its story, twice, among words of its own, which LSH
                        // seldom pairs and one statement alone is not similar enough to: found by the rare key word
                        // and verified against the story's centroid, which becomes similar enough as it grows
                        double z = r.nextDouble();
                        String key = keys[(int) (keys.length * z * z)];
                        StringBuilder text = new StringBuilder(key);
                        for (int w = 0; w < 5; w++) {
                            text.append(' ').append(w == 2 ? key : words[r.nextInt(words.length)]);
                        }
                        parts.add(new Object[] {s, Stance.ASSERTS, text.toString(), List.of()});
                    } else if (u < 0.55) {
                        // a filler of its own, with rare words: loose paraphrases share them
                        String text = "the mayor of " + places[r.nextInt(places.length)] + " opened a "
                                + words[r.nextInt(words.length)] + " " + words[r.nextInt(words.length)]
                                + " factory beside the " + words[r.nextInt(words.length)] + " river";
                        parts.add(new Object[] {s, Stance.ASSERTS, text, List.of()});
                    } else {
                        double z = r.nextDouble();
                        String[] c = planted[(int) (claims * z * z)];
                        int figure = Integer.parseInt(c[4]) + (r.nextInt(3) - 1) * 500;
                        String fig = (r.nextInt(4) == 0 ? "more than " : "") + String.format(Locale.ROOT, "%,d",
                                figure);
                        boolean negated = r.nextInt(12) == 0;
                        String text = statement(c, SENT[r.nextInt(SENT.length)], fig,
                                EXTRAS[r.nextInt(EXTRAS.length)]);
                        if (negated) {
                            text = text.replaceFirst(" has ", " has not ").replaceFirst(" fired ", " never fired ");
                        }
                        Stance stance = r.nextInt(10) == 0 ? Stance.DENIES : Stance.ASSERTS;
                        parts.add(new Object[] {s, stance, text, List.of(c[1])});
                    }
                }
                String claimId = i % 25 == 3 ? "tracked-0" : null;
                partsOf.add(parts.toArray(new Object[0][]));
                articles.add(article(String.format(Locale.ROOT, "art-%04d", i), i / 6, claimId,
                        partsOf.get(i)));
            }
            Collections.shuffle(articles, new java.util.Random(seed)); // the matcher orders them itself
            return new Corpus(articles, tracked);
        }

        private static String statement(String[] c, String sent, String figure, String extra) {
            int action = Integer.parseInt(c[2]);
            String text = action == 0 ? String.format(Locale.ROOT, ACTIONS[0], sent, figure, c[3])
                    : String.format(Locale.ROOT, ACTIONS[action], figure, c[3]);
            return c[0] + " " + text + extra;
        }

        private static String name(SplittableRandom r) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, len = 2 + r.nextInt(2); k < len; k++) {
                sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
        }
    }

    /** An article on day {@code day} whose body is the given parts (source, stance, content, countries). */
    @SuppressWarnings("unchecked")
    private static AnnotatedArticle article(String id, int day, String claimId, Object[]... parts) {
        Fixtures.ArticleBuilder b = Fixtures.article(id, "Outlet " + (id.hashCode() & 7),
                java.time.LocalDate.of(2025, 1, 1).plusDays(day).toString()).claimId(claimId);
        for (Object[] p : parts) {
            b.says((Source) p[0], (Stance) p[1], (String) p[2], (List<String>) p[3], 0);
        }
        return b.build();
    }
}
