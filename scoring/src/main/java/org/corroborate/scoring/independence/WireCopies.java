package org.corroborate.scoring.independence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.core.Article;
import org.corroborate.scoring.truth.internal.LongIntMap;

/**
 * Finds articles that are copies of one story (a wire story reprinted by several outlets, lightly edited) with
 * MinHash signatures of word 5-shingles and locality-sensitive hashing, so that only articles sharing a band are
 * ever compared: never all pairs.
 *
 * <p>Contract: {@link #groups} maps every article id to the id of its group's earliest article (by publication
 * time, then id); an article with no copy maps to itself. Two articles are in one group when their estimated
 * Jaccard similarity is at least the threshold, or they are linked through others that are. The result does not
 * depend on the order of the input.
 */
public final class WireCopies {

    private static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 5;

    private final double threshold;
    private final long[] seedsA = new long[HASHES];
    private final long[] seedsB = new long[HASHES];

    /** @param threshold estimated Jaccard similarity in {@code (0, 1]} from which two articles are copies */
    public WireCopies(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
        java.util.SplittableRandom r = new java.util.SplittableRandom(0x5eed_c0de_2025L);
        for (int i = 0; i < HASHES; i++) {
            seedsA[i] = r.nextLong() | 1;
            seedsB[i] = r.nextLong();
        }
    }

    /** The MinHash signature of a text's word 5-shingles (all of its words when it has fewer than five). */
    public long[] signature(String text) {
        long[] shingles = shingleHashes(lowerCaseWordHashes(text));
        long[] sig = new long[HASHES];
        long[] values = new long[shingles.length];
        // hash by hash: first every shingle's value (a loop the JIT compiles to vector instructions), then their
        // minimum; the same values and minimums as shingle by shingle, about three times faster
        for (int k = 0; k < HASHES; k++) {
            long a = seedsA[k];
            long b = seedsB[k];
            for (int i = 0; i < shingles.length; i++) {
                values[i] = mix(shingles[i] * a + b);
            }
            long min = Long.MAX_VALUE;
            for (long v : values) {
                min = Math.min(min, v);
            }
            sig[k] = min;
        }
        return sig;
    }

    /**
     * The hash of each word 5-shingle of {@link #wordHashes}' output {@code w}, in order; one hash of all the words
     * when there are fewer than five (of none when there are none).
     */
    private static long[] shingleHashes(int[] w) {
        int count = w[w.length - 1];
        long[] out = new long[Math.max(1, count - SHINGLE + 1)];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(count, i + SHINGLE); j++) {
                h = 31 * h + w[j];
                h ^= h >>> 29;
            }
            out[i] = h;
        }
        return out;
    }

    /**
     * {@link #wordHashes} of {@code text.toLowerCase(Locale.ROOT)}, lower-casing char by char as the words are hashed
     * instead of lower-casing the whole text first. Chars whose lower case depends on their context or is longer
     * (U+03A3 capital sigma, U+0130 capital I with dot) and surrogates are rare: a text with any of them is lower-cased
     * as a whole, as before.
     */
    static int[] lowerCaseWordHashes(String text) {
        // read from a copy: String.charAt checks its index at every char of a UTF-16 text (a body with a curly quote)
        char[] chars = text.toCharArray();
        int n = chars.length;
        int[] out = new int[n / 4 + 2];
        int count = 0;
        int h = 0;
        boolean inWord = false;
        for (int i = 0; i <= n; i++) { // i == n: past the end, a non-word char that closes the last word
            char lower = 0;
            boolean word = false;
            if (i < n) {
                char c = chars[i];
                if (c < 0x80) {
                    lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                    word = lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9';
                } else {
                    int cp = c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c) ? -1
                            : Character.toLowerCase((int) c);
                    if (cp < 0 || !Character.isBmpCodePoint(cp)) {
                        return wordHashes(text.toLowerCase(Locale.ROOT));
                    }
                    lower = (char) cp;
                    word = isWordChar(lower);
                }
            }
            if (word) {
                h = inWord ? 31 * h + lower : lower;
                inWord = true;
            } else if (inWord) {
                if (count + 2 >= out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[count++] = h;
                inWord = false;
            }
        }
        out[out.length - 1] = count;
        return out;
    }

    /**
     * The {@link String#hashCode} of each word of {@code lower} in order, a word being a maximal run of letters and
     * numbers ({@code \p{L}}, {@code \p{N}}, by code point): the words of {@code lower.split("[^\\p{L}\\p{N}]+")}
     * without the empty ones, with no string made. The count is in the last slot.
     */
    static int[] wordHashes(String lower) {
        int[] out = new int[lower.length() / 4 + 2];
        int count = 0;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            int cp = lower.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int h = 0;
            while (i < n) {
                cp = lower.codePointAt(i);
                if (!isWordChar(cp)) {
                    break;
                }
                int len = Character.charCount(cp);
                for (int k = 0; k < len; k++) {
                    h = 31 * h + lower.charAt(i + k); // String.hashCode runs over chars, surrogates included
                }
                i += len;
            }
            if (count + 2 >= out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[count++] = h;
        }
        out[out.length - 1] = count;
        return out;
    }

    /** {@code \p{L}} or {@code \p{N}} as {@link java.util.regex.Pattern} reads them (Unicode general categories). */
    private static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Estimated Jaccard similarity of two signatures, in {@code [0, 1]}. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }

    /** Article id to the id of its copy group's earliest article. */
    public Map<String, String> groups(List<Article> articles) {
        Map<Article, long[]> sigs = new java.util.IdentityHashMap<>();
        for (Article a : articles) {
            sigs.put(a, signature(a.body()));
        }
        return groups(articles, sigs::get);
    }

    /**
     * Article id to the id of its copy group's earliest article, with each article's {@link #signature} computed
     * beforehand (a streaming engine computes it while the body is at hand and keeps only the signature, possibly
     * on disk). {@code signatures} is asked for each article's signature once to make its band keys, and again for
     * the two articles of each candidate pair that is verified, so only the band keys (a quarter of a signature)
     * are held for the whole corpus: a caller that computes signatures on the fly should remember them.
     */
    public Map<String, String> groups(List<Article> articles, java.util.function.Function<Article, long[]> signatures) {
        List<Article> sorted = new ArrayList<>(articles);
        sorted.sort(Wire.EARLIEST_FIRST);
        int n = sorted.size();
        long[] bandKeys = new long[n * BANDS];
        for (int i = 0; i < n; i++) {
            long[] sig = signature(signatures, sorted.get(i));
            for (int b = 0; b < BANDS; b++) {
                long key = b;
                for (int r = 0; r < ROWS; r++) {
                    key = key * 0x9E3779B97F4A7C15L + sig[b * ROWS + r];
                }
                bandKeys[i * BANDS + b] = key;
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // Each band's buckets as chains of article indexes in index order (a bucket's first article is its
        // smallest index): each article is compared with its bucket's first. The groups are the connected parts
        // of the pairs found similar, whatever order the buckets are visited in.
        int[] next = new int[n];
        int[] last = new int[n];
        for (int b = 0; b < BANDS; b++) {
            LongIntMap firstOf = new LongIntMap(n);
            int firstOfMinKey = -1; // the map cannot hold Long.MIN_VALUE as a key
            for (int i = 0; i < n; i++) {
                long key = bandKeys[i * BANDS + b];
                int first;
                if (key == Long.MIN_VALUE) {
                    first = firstOfMinKey < 0 ? (firstOfMinKey = i) : firstOfMinKey;
                } else {
                    first = firstOf.putIfAbsent(key, i);
                }
                next[i] = -1;
                if (first == i) {
                    last[i] = i;
                } else {
                    next[last[first]] = i;
                    last[first] = i;
                    last[i] = -1; // not a bucket's first
                }
            }
            for (int i = 0; i < n; i++) {
                if (last[i] < 0 || next[i] < 0) {
                    continue; // not its bucket's first, or alone in its bucket
                }
                long[] first = null;
                for (int j = next[i]; j >= 0; j = next[j]) {
                    if (find(parent, i) != find(parent, j)) {
                        if (first == null) {
                            first = signature(signatures, sorted.get(i));
                        }
                        if (similarity(first, signature(signatures, sorted.get(j))) >= threshold) {
                            union(parent, i, j);
                        }
                    }
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(sorted.get(i).id(), sorted.get(find(parent, i)).id());
        }
        return out;
    }

    private static long[] signature(java.util.function.Function<Article, long[]> signatures, Article a) {
        long[] sig = signatures.apply(a);
        if (sig.length != HASHES) {
            throw new IllegalArgumentException("signature of " + a.id() + " has " + sig.length + " hashes, expected "
                    + HASHES);
        }
        return sig;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    /** Joins two groups, keeping the smaller index (the earlier article) as the root. */
    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra < rb) {
            p[rb] = ra;
        } else if (rb < ra) {
            p[ra] = rb;
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
