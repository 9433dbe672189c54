package org.corroborate.scoring.independence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.corroborate.core.Article;
import org.corroborate.core.Published;
import org.junit.jupiter.api.Test;

class WireCopiesTest {

    private static final String STORY = "North Korea has sent more soldiers to Russia and re-deployed several to the"
            + " frontline in Kursk, Seoul's spy agency told AFP on Thursday. South Korean and Western intelligence"
            + " agencies have said that more than 10,000 soldiers from the reclusive state were sent to Russia last"
            + " year to help it fight a shock Ukrainian offensive into the Kursk border region.";

    private static Article a(String id, String date, String body) {
        return Article.builder().id(id).outlet("o-" + id).published(Published.parse(date).orElseThrow()).body(body)
                .build();
    }

    @Test
    void copiesGroupUnderTheEarliest() {
        Map<String, String> g = new WireCopies(0.8).groups(List.of(
                a("late", "2025-02-28", STORY + " Editor's note: corrected."),
                a("first", "2025-02-27", STORY),
                a("other", "2025-02-27", "The central bank raised interest rates on Tuesday, citing inflation that"
                        + " has stayed above its target for a year.")));
        assertEquals("first", g.get("late"));
        assertEquals("first", g.get("first"));
        assertEquals("other", g.get("other"));
    }

    @Test
    void similarityEstimatesJaccard() {
        WireCopies w = new WireCopies(0.8);
        assertEquals(1.0, WireCopies.similarity(w.signature(STORY), w.signature(STORY)), 1e-12);
        assertTrue(WireCopies.similarity(w.signature(STORY), w.signature("Completely different words about"
                + " the weather in spring and the price of bread at markets.")) < 0.2);
    }

    /** The words as the signature first took them: a regex split of the lower-cased text, empty words dropped. */
    private static int[] regexWordHashes(String lower) {
        return java.util.Arrays.stream(lower.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .mapToInt(String::hashCode).toArray();
    }

    @Test
    void wordsAreThoseOfTheRegexSplit() {
        List<String> texts = List.of("", "   ", "word", " leading and trailing. ", STORY,
                "caf\u00e9 na\u00efve \u00fcber-stra\u00dfe 10,000 \u00bd \u00b2 \u2166 \u0661\u0662",
                "\u0130stanbul \u03a3\u039f\u03a3 e\u0301t\u00e9 \ud835\udc00\ud835\udc01 x\ud800y \udc00z",
                "\u4e2d\u6587\u3002\u65e5\u672c\u8a9e\u3001 tab\tnew\nline\u00a0nbsp\u2009thin",
                "emoji \ud83d\ude00 between, and a_b-c.d'e");
        for (String t : texts) {
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            int[] got = WireCopies.wordHashes(lower);
            int[] words = java.util.Arrays.copyOf(got, got[got.length - 1]);
            org.junit.jupiter.api.Assertions.assertArrayEquals(regexWordHashes(lower), words, t);
        }
    }

    @Test
    void wordsLowerCasedWhileHashedAreThoseOfTheLowerCasedText() {
        List<String> texts = new java.util.ArrayList<>(List.of("", "   ", "Word", "ALL CAPS. ", STORY,
                "Caf\u00c9 NA\u00cfVE \u00dcBER-STRA\u00dfE 10,000 \u00bd \u2166 \u0661\u0662 \u201cQuoted\u201d",
                "\u0130stanbul \u03a3\u039f\u03a3 \ud835\udc00\ud835\udc01 x\ud800y", "\u0391\u0398\u0397\u039d\u0391"
                        + " \u0410\u0411\u0412 \u1e9e \u2c6f \ua7ab end"));
        java.util.Random r = new java.util.Random(7);
        char[] pool = "aZ09 .,'\u2019\u00c0\u00e9\u0130\u03a3\u0391\u0416\u1e9e\u2c6f\u4e2d\ud835\udc00\u00a0".toCharArray();
        for (int k = 0; k < 2_000; k++) {
            char[] cs = new char[r.nextInt(40)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] = r.nextInt(4) == 0 ? (char) r.nextInt(0x3000) : pool[r.nextInt(pool.length)];
            }
            texts.add(new String(cs));
        }
        for (String t : texts) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(
                    WireCopies.wordHashes(t.toLowerCase(java.util.Locale.ROOT)), WireCopies.lowerCaseWordHashes(t), t);
        }
    }

    @Test
    void manyWordsGrowTheArray() {
        String many = "a ".repeat(1000) + "bb";
        int[] got = WireCopies.wordHashes(many);
        assertEquals(1001, got[got.length - 1]);
        assertEquals("bb".hashCode(), got[1000]);
    }

    @Test
    void signaturesGivenBeforehandGroupAsThoseComputedAndOnlyBandKeysAreKept() {
        WireCopies w = new WireCopies(0.8);
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String tail = i % 3 == 0 ? " Editor's note: corrected." : i % 3 == 1 ? "" : " A different story " + i
                    + " about the harvest in the south, which was poor this year after a long drought.";
            articles.add(a("a" + i, "2025-02-" + (10 + i), i % 3 == 2 ? tail : STORY + tail));
        }
        Map<String, long[]> sigs = new java.util.HashMap<>();
        articles.forEach(x -> sigs.put(x.id(), w.signature(x.body())));
        Map<String, Integer> asked = new java.util.HashMap<>();
        Map<String, String> given = w.groups(articles, x -> {
            asked.merge(x.id(), 1, Integer::sum);
            return sigs.get(x.id()).clone(); // a fresh array each time, as one read back from disk
        });
        Map<String, String> computed = w.groups(articles);
        assertEquals(computed, given);
        assertEquals("a0", given.get("a9"));
        assertEquals("a2", given.get("a2"));
        assertEquals(articles.size(), asked.size(), "every article's signature is asked for");
        assertTrue(asked.values().stream().anyMatch(n -> n > 1), "candidates are read again to be verified");
    }

    @Test
    void signaturesStayTheSameBits() {
        // the signatures of these texts as computed before the shingle loop was reordered (2026-12-07): signatures
        // are compared across runs, so a change of their bits is a change of output
        WireCopies w = new WireCopies(0.5);
        String[] texts = {"", "One two", "Seoul's spy agency said on Thursday that North Korea had sent more troops"
                + " to Russia, the agency said.", "\u00C9t\u00E9 \u0130stanbul \u03A3\u039F\u03A6\u0399\u0391"
                + " na\u00EFve \uD835\uDC00bc 12,000 soldiers \u2014 deployed"};
        int[] expected = {-2013324872, -1481566591, -1399305082, 1723186521};
        long[] first = {5309610522507125071L, -3510825704252226247L, -9220106514315245791L, -8640899490490519047L};
        for (int i = 0; i < texts.length; i++) {
            long[] s = w.signature(texts[i]);
            assertEquals(first[i], s[0], texts[i]);
            assertEquals(expected[i], java.util.Arrays.hashCode(s), texts[i]);
        }
    }

    /**
     * Buckets as chains of indexes give the groups that buckets as hash maps of lists gave (each article compared
     * with its bucket's first, in any order of buckets): signatures drawn from few values, so that bands collide.
     */
    @Test
    void groupsAreThoseOfComparingEachArticleWithItsBucketsFirst() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        List<Article> articles = new java.util.ArrayList<>();
        Map<Article, long[]> sigs = new java.util.IdentityHashMap<>();
        for (int n = 0; n < 3000; n++) {
            Article a = a(String.format(java.util.Locale.ROOT, "a%04d", n), "2025-02-" + (10 + r.nextInt(9)), "x");
            long[] sig = new long[64];
            for (int k = 0; k < 64; k++) {
                sig[k] = r.nextInt(3) == 0 ? Long.MIN_VALUE + r.nextInt(2) : r.nextInt(2);
            }
            articles.add(a);
            sigs.put(a, sig);
        }
        for (double threshold : new double[] {0.3, 0.5, 0.6}) {
            assertEquals(byHashMapBuckets(articles, sigs, threshold),
                    new WireCopies(threshold).groups(articles, sigs::get));
        }
    }

    /** The groups as buckets in hash maps of lists made them, band after band. */
    private static Map<String, String> byHashMapBuckets(List<Article> articles, Map<Article, long[]> sigs,
                                                        double threshold) {
        List<Article> sorted = new java.util.ArrayList<>(articles);
        sorted.sort(Wire.EARLIEST_FIRST);
        int n = sorted.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int b = 0; b < 16; b++) {
            Map<Long, List<Integer>> buckets = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                long key = b;
                for (int row = 0; row < 4; row++) {
                    key = key * 0x9E3779B97F4A7C15L + sigs.get(sorted.get(i))[b * 4 + row];
                }
                buckets.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 1; x < bucket.size(); x++) {
                    int i = bucket.get(0);
                    int j = bucket.get(x);
                    if (root(parent, i) != root(parent, j) && WireCopies.similarity(sigs.get(sorted.get(i)),
                            sigs.get(sorted.get(j))) >= threshold) {
                        int ri = root(parent, i);
                        int rj = root(parent, j);
                        parent[Math.max(ri, rj)] = Math.min(ri, rj);
                    }
                }
            }
        }
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(sorted.get(i).id(), sorted.get(root(parent, i)).id());
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }
}
