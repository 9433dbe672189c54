package org.corroborate.ingest.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Distributional word classes learnt from unlabeled text, standing in for part-of-speech tags and word senses
 * that generalise beyond the words seen in annotated training data (a word that occurs where {@code criticize}
 * and {@code denounce} occur gets their class).
 *
 * <p>Learning: the words seen at least {@link Options#minCount()} times (lower-cased, digits as {@code 0}; at most
 * {@link Options#maxWords()}, most frequent first) each get a context vector: positive pointwise mutual information
 * (context distribution smoothed with exponent 0.75) with the {@link Options#contextWords()} most frequent words at
 * each of the offsets -2, -1, +1 and +2, normalised. Spherical k-means (seeded, {@link Options#iterations()} rounds) groups them into {@link Options#fine()} classes;
 * k-means over those classes' centroids gives the {@link Options#mid()} and {@link Options#coarse()} classes, so the
 * three levels nest like the prefixes of a Brown clustering. Learning is deterministic for given texts and options.
 *
 * <p>The table is derived from its texts and is meant to be stored with a model trained on them (an
 * {@link AttributionTagger} file since format version 7), not shipped. Immutable and thread-safe.
 */
public final class WordClusters {

    /** No classes: every word unknown (the features of models before format version 7). */
    public static final WordClusters NONE = new WordClusters(Map.of());

    /** Classes {fine, mid, coarse} of a word outside the table. */
    private static final String[] UNKNOWN = {"?", "?", "?"};

    /**
     * Settings of {@link #learn}.
     *
     * @param fine         number of fine classes
     * @param mid          number of middle classes (grouping the fine ones)
     * @param coarse       number of coarse classes (grouping the fine ones)
     * @param minCount     occurrences a word needs to get a class
     * @param maxWords     most words classed (the most frequent)
     * @param contextWords most frequent words used as contexts
     * @param iterations   k-means rounds
     * @param seed         seed of the k-means starts
     */
    public record Options(int fine, int mid, int coarse, int minCount, int maxWords, int contextWords,
                          int iterations, long seed) {
        public Options {
            if (fine < 2 || mid < 2 || coarse < 2 || mid > fine || coarse > fine) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "class counts must satisfy 2 <= coarse, mid <= fine; got %d/%d/%d", fine, mid, coarse));
            }
            if (minCount < 1 || maxWords < fine || contextWords < 1 || iterations < 1) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "bad cluster options: minCount %d, maxWords %d (>= fine %d), contextWords %d,"
                                + " iterations %d", minCount, maxWords, fine, contextWords, iterations));
            }
        }

        /** The defaults: 512 / 128 / 32 classes of up to 30,000 words seen 5 times, 1,000 contexts. */
        public static Options defaults() {
            return new Options(512, 128, 32, 5, 30_000, 1_000, 10, 17);
        }
    }

    /** word -> {fine, mid, coarse} class as strings (ready for feature names). */
    private final Map<String, String[]> classes;

    private WordClusters(Map<String, String[]> classes) {
        this.classes = classes;
    }

    /** Number of words with a class. */
    public int size() {
        return classes.size();
    }

    /** Whether this table has no words (a model without classes). */
    public boolean isEmpty() {
        return classes.isEmpty();
    }

    /**
     * The classes {fine, mid, coarse} of a lower-cased word ({@code "?"} for words outside the table); the array
     * must not be modified.
     */
    String[] of(String lower) {
        String[] c = classes.get(key(lower));
        return c == null ? UNKNOWN : c;
    }

    /** The fine, middle and coarse class of {@code word} (any case), or -1 each when it has none; for tests. */
    public int[] classesOf(String word) {
        String[] c = classes.get(key(Token.lower(word)));
        return c == null ? new int[] {-1, -1, -1}
                : new int[] {Integer.parseInt(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2])};
    }

    /** The lookup key of a lower-cased word: digits as {@code 0}. */
    private static String key(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= '1' && c <= '9') {
                char[] cs = lower.toCharArray();
                for (int k = i; k < cs.length; k++) {
                    if (cs[k] >= '1' && cs[k] <= '9') {
                        cs[k] = '0';
                    }
                }
                return new String(cs);
            }
        }
        return lower;
    }

    private static final int[] OFFSETS = {-2, -1, 1, 2};

    /** Learns the classes of the words of {@code texts} (see the class comment); empty texts give {@link #NONE}. */
    public static WordClusters learn(List<String> texts, Options o) {
        Map<String, Integer> counts = new HashMap<>();
        List<String[]> docs = new ArrayList<>(texts.size());
        for (String text : texts) {
            List<Token> toks = Tokenizer.tokenize(text, 0, text.length());
            String[] words = new String[toks.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = key(toks.get(i).lower());
                counts.merge(words[i], 1, Integer::sum);
            }
            docs.add(words);
        }
        List<String> vocab = new ArrayList<>();
        counts.forEach((w, c) -> {
            if (c >= o.minCount()) {
                vocab.add(w);
            }
        });
        vocab.sort((a, b) -> {
            int d = Integer.compare(counts.get(b), counts.get(a));
            return d != 0 ? d : a.compareTo(b);
        });
        if (vocab.size() > o.maxWords()) {
            vocab.subList(o.maxWords(), vocab.size()).clear();
        }
        int v = vocab.size();
        if (v < o.fine()) {
            return NONE;
        }
        Map<String, Integer> id = new HashMap<>(v * 2);
        for (int k = 0; k < v; k++) {
            id.put(vocab.get(k), k);
        }
        int c = Math.min(o.contextWords(), v);
        int cols = OFFSETS.length * c;
        // co-occurrences as sorted (word, column) keys, counted by runs
        long[] keys = new long[1 << 16];
        int m = 0;
        for (String[] words : docs) {
            int[] ids = new int[words.length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = id.getOrDefault(words[i], -1);
            }
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] < 0) {
                    continue;
                }
                for (int s = 0; s < OFFSETS.length; s++) {
                    int j = i + OFFSETS[s];
                    if (j < 0 || j >= ids.length || ids[j] < 0 || ids[j] >= c) {
                        continue;
                    }
                    if (m == keys.length) {
                        keys = Arrays.copyOf(keys, keys.length * 2);
                    }
                    keys[m++] = (long) ids[i] * cols + (long) s * c + ids[j];
                }
            }
        }
        Arrays.sort(keys, 0, m);
        double[] rowSum = new double[v];
        double[] colSum = new double[cols];
        for (int k = 0; k < m; k++) {
            rowSum[(int) (keys[k] / cols)]++;
            colSum[(int) (keys[k] % cols)]++;
        }
        double total = m;
        double smoothed = 0;
        for (double x : colSum) {
            smoothed += Math.pow(x, 0.75);
        }
        // sparse PPMI rows: for each word its columns and values, normalised
        int[][] rowCols = new int[v][];
        float[][] rowVals = new float[v][];
        for (int k = 0; k < m; ) {
            int w = (int) (keys[k] / cols);
            int[] cs = new int[64];
            float[] vs = new float[64];
            int nnz = 0;
            while (k < m && (int) (keys[k] / cols) == w) {
                int r = k;
                while (r < m && keys[r] == keys[k]) {
                    r++;
                }
                int col = (int) (keys[k] % cols);
                double pmi = Math.log((r - k) / total) - Math.log(rowSum[w] / total)
                        - Math.log(Math.pow(colSum[col], 0.75) / smoothed);
                if (pmi > 0) {
                    if (nnz == cs.length) {
                        cs = Arrays.copyOf(cs, nnz * 2);
                        vs = Arrays.copyOf(vs, nnz * 2);
                    }
                    cs[nnz] = col;
                    vs[nnz++] = (float) pmi;
                }
                k = r;
            }
            rowCols[w] = Arrays.copyOf(cs, nnz);
            rowVals[w] = Arrays.copyOf(vs, nnz);
        }
        for (int w = 0; w < v; w++) {
            if (rowCols[w] == null) {
                rowCols[w] = new int[0];
                rowVals[w] = new float[0];
            }
            double sq = 0;
            for (float x : rowVals[w]) {
                sq += (double) x * x;
            }
            float inv = sq > 0 ? (float) (1 / Math.sqrt(sq)) : 0;
            for (int x = 0; x < rowVals[w].length; x++) {
                rowVals[w][x] *= inv;
            }
        }
        int[] fine = sparseKmeans(rowCols, rowVals, cols, o.fine(), o.iterations(), new Random(o.seed() + 1));
        float[] centroids = new float[o.fine() * cols];
        for (int w = 0; w < v; w++) {
            for (int x = 0; x < rowCols[w].length; x++) {
                centroids[fine[w] * cols + rowCols[w][x]] += rowVals[w][x];
            }
        }
        normalize(centroids, o.fine(), cols);
        int d = cols;
        int[] mid = kmeans(centroids, o.fine(), d, o.mid(), o.iterations(), new Random(o.seed() + 2));
        int[] coarse = kmeans(centroids, o.fine(), d, o.coarse(), o.iterations(), new Random(o.seed() + 3));
        Map<String, String[]> out = new HashMap<>(v * 2);
        for (int k = 0; k < v; k++) {
            out.put(vocab.get(k), new String[] {String.valueOf(fine[k]), String.valueOf(mid[fine[k]]),
                    String.valueOf(coarse[fine[k]])});
        }
        return new WordClusters(out);
    }

    /** {@code 0 .. n-1} in an order drawn from {@code random} (Fisher-Yates). */
    private static int[] shuffled(int n, Random random) {
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Spherical k-means of sparse unit rows (columns and values) of {@code d} dimensions: the class of each. */
    private static int[] sparseKmeans(int[][] cols, float[][] vals, int d, int k, int iterations, Random random) {
        int n = cols.length;
        int[] order = shuffled(n, random);
        // centroids stored by column: cent[col * k + c], so that one row's dot products with all centroids
        // run along contiguous memory
        float[] cent = new float[d * k];
        for (int c = 0; c < k; c++) {
            int w = order[c % n];
            for (int x = 0; x < cols[w].length; x++) {
                cent[cols[w][x] * k + c] = vals[w][x];
            }
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            float[] cs = cent;
            IntStream.range(0, n).parallel().forEach(w -> {
                float[] dot = new float[k];
                for (int x = 0; x < cols[w].length; x++) {
                    int base = cols[w][x] * k;
                    float v = vals[w][x];
                    for (int c = 0; c < k; c++) {
                        dot[c] += v * cs[base + c];
                    }
                }
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (dot[c] > dot[best]) {
                        best = c;
                    }
                }
                assign[w] = best;
            });
            float[] next = new float[d * k];
            int[] size = new int[k];
            for (int w = 0; w < n; w++) {
                size[assign[w]]++;
                for (int x = 0; x < cols[w].length; x++) {
                    next[cols[w][x] * k + assign[w]] += vals[w][x];
                }
            }
            double[] norm = new double[k];
            for (int col = 0; col < d; col++) {
                for (int c = 0; c < k; c++) {
                    norm[c] += (double) next[col * k + c] * next[col * k + c];
                }
            }
            for (int c = 0; c < k; c++) {
                if (size[c] == 0) { // an empty class keeps its centre
                    for (int col = 0; col < d; col++) {
                        next[col * k + c] = cent[col * k + c];
                    }
                } else if (norm[c] > 0) {
                    float inv = (float) (1 / Math.sqrt(norm[c]));
                    for (int col = 0; col < d; col++) {
                        next[col * k + c] *= inv;
                    }
                }
            }
            cent = next;
        }
        return assign;
    }

    private static void normalize(float[] vec, int n, int d) {
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int x = 0; x < d; x++) {
                s += (double) vec[k * d + x] * vec[k * d + x];
            }
            if (s > 0) {
                float inv = (float) (1 / Math.sqrt(s));
                for (int x = 0; x < d; x++) {
                    vec[k * d + x] *= inv;
                }
            }
        }
    }

    private static float[] centroids(float[] vec, int n, int d, int[] assign, int k) {
        float[] cent = new float[k * d];
        for (int w = 0; w < n; w++) {
            int a = assign[w];
            for (int x = 0; x < d; x++) {
                cent[a * d + x] += vec[w * d + x];
            }
        }
        normalize(cent, k, d);
        return cent;
    }

    /** Spherical k-means of the {@code n} unit vectors of {@code vec}: the class of each. */
    private static int[] kmeans(float[] vec, int n, int d, int k, int iterations, Random random) {
        // start from k distinct vectors picked at random
        int[] order = shuffled(n, random);
        float[] cent = new float[k * d];
        for (int c = 0; c < k; c++) {
            System.arraycopy(vec, order[c % n] * d, cent, c * d, d);
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            float[] cs = cent;
            IntStream.range(0, n).parallel().forEach(w -> {
                int best = 0;
                float bestDot = Float.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    float dot = 0;
                    int cb = c * d;
                    int wb = w * d;
                    for (int x = 0; x < d; x++) {
                        dot += vec[wb + x] * cs[cb + x];
                    }
                    if (dot > bestDot) {
                        bestDot = dot;
                        best = c;
                    }
                }
                assign[w] = best;
            });
            float[] next = centroids(vec, n, d, assign, k);
            int[] size = new int[k];
            for (int a : assign) {
                size[a]++;
            }
            for (int c = 0; c < k; c++) {
                if (size[c] == 0) { // an empty class keeps its centre
                    System.arraycopy(cent, c * d, next, c * d, d);
                }
            }
            cent = next;
        }
        return assign;
    }

    // ------------------------------------------------------------------ storage

    /** Writes the table: the word count, then each word (sorted) with its fine, middle and coarse class. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes.size());
        for (Map.Entry<String, String[]> e : new java.util.TreeMap<>(classes).entrySet()) {
            out.writeUTF(e.getKey());
            for (String c : e.getValue()) {
                out.writeShort(Integer.parseInt(c));
            }
        }
    }

    /** Reads a table written by {@link #write}. */
    static WordClusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 5_000_000) {
            throw new IOException("model declares " + n + " word classes; expected 0 to 5,000,000");
        }
        if (n == 0) {
            return NONE;
        }
        Map<String, String[]> classes = new HashMap<>(n * 2);
        Map<Integer, String> shared = new HashMap<>();
        for (int k = 0; k < n; k++) {
            String w = in.readUTF();
            String[] c = new String[3];
            for (int x = 0; x < 3; x++) {
                c[x] = shared.computeIfAbsent((int) in.readShort(), String::valueOf);
            }
            classes.put(w, c);
        }
        return new WordClusters(classes);
    }

    @Override
    public String toString() {
        return "WordClusters[" + classes.size() + " words]";
    }
}
