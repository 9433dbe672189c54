package org.corroborate.scoring.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Claim;
import org.corroborate.core.Quantities;
import org.corroborate.core.Quantity;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.Stance;
import org.corroborate.core.TrackedClaim;
import org.corroborate.scoring.independence.Wire;
import org.corroborate.scoring.internal.StageClock;
import org.corroborate.scoring.internal.Workers;

/**
 * Groups factual attributions into claims across articles and outlets.
 *
 * <p>Each attribution's content becomes a tf-idf vector of {@link Terms}, with every stated quantity replaced by a
 * token of its unit ({@code more than 10,000 soldiers} → {@code #soldier}), so that rival values of one quantity do
 * not make two statements look different. Attributions that state something on their own ("anchors") are taken in
 * publication order. Candidates come from MinHash locality-sensitive hashing of the content's term set (64 hash
 * functions in 32 bands of 2 rows: a pair of contents whose term sets have Jaccard similarity {@code s} shares a
 * band with probability {@code 1 - (1 - s^2)^32}, 0.73 at {@code s = 0.2}, 0.95 at 0.3, more than 0.999 from 0.5),
 * so claims are never compared all against all. A candidate is verified: the tf-idf cosine of the two contents is
 * at least the threshold, and they {@linkplain ContentSignals#agree agree} on entities (countries, however written:
 * {@code Canada} and {@code Canadian}; names, allowing variants such as {@code Kobani} and {@code Kobane}), dates
 * (years, months) and the main event they report; the attribution must also agree with, and be at least
 * {@link #LEADER_SHARE} of the threshold similar to, the claim's first statement, so a claim cannot drift from topic
 * to topic through a chain of neighbours. A content that reports the same event by the same actors with a figure
 * ({@linkplain ContentSignals#sameEventWithFigure}: {@code more than 10,000 soldiers were sent to Russia} for
 * {@code North Korea has sent more soldiers to Russia}) needs only {@link #VERSION_SHARE} of the threshold: it is a
 * version of the same claim. A second source of candidates catches looser paraphrases: the claims that share one of
 * the content's rarest terms ({@link RareTermIndex}, with capped postings), verified against the claim's centroid
 * (so a claim can grow by paraphrase) and its first statement's signals. The attribution joins the claim of its
 * most similar verified candidate, else starts a new claim.
 * Numbers never block a match: {@code 10,000} against {@code 12,000} soldiers are rival values of one claim.
 *
 * <p>Attributions that only refer back ("they had been redeployed", "the deployment", a refusal to comment) join a
 * claim of the same article: the most similar one, else the nearest earlier claim of the same source, else the
 * nearest earlier claim. In an article with no statement that stands on its own, such statements are matched across
 * articles like any other (there is nothing in the article for them to refer back to). Opinions are not matched.
 *
 * <p>Polarity: {@code not} is a stop word, so {@code North Korea did not send troops} is as similar to
 * {@code North Korea sent troops} as a repeat, and joins its claim. That is what corroboration needs: a statement of
 * the opposite is evidence about the same proposition, against it, as a denial is; as a claim of its own it would
 * stand beside the claim it contradicts with a probability of its own, both high, its evidence lost to the other.
 * So the content's {@linkplain ContentSignals#negated polarity} decides its part in the claim instead: a carrier
 * that asserts or confirms the claim's statement negated is a rival version of the claim, listed in
 * {@link Claim#negations()}, which the corroborator counts against it. It states the opposite when it has the other
 * polarity, {@linkplain ContentSignals#agree agrees} with the statement, and either says it in nearly the same
 * words (at least {@link #NEGATION_SHARE} times the threshold similar) or negates what the other states (at least
 * the threshold similar, and the negated side's {@linkplain ContentSignals#negatedTerms negated head or events}
 * among the plain side's terms: {@code were not fighting in Kursk} against {@code were fighting alongside Russian
 * troops near Sudzha}); a consistent paraphrase of the other polarity ({@code have not been engaged in combat}
 * beside {@code were withdrawn}) is neither. A denial's polarity is composed with the denial
 * ({@link Polarity#deniedNegated}): a negation in the proposition a denial rejects ({@code denied that the soldiers
 * had not been paid}) is part of what is denied, so the denier holds the plain proposition; a negation in the
 * denier's own words ({@code denied the reports, saying the soldiers were not fighting}, a headline presented
 * against its claim) restates the denial, which rejects the plain proposition. A denial whose rejected
 * proposition has the claim's polarity is against the claim ({@code Pyongyang denied sending troops}); one that
 * rejects the claim's opposite agrees with it (the Kremlin dismissing {@code reports that North Korean soldiers
 * were fighting} in Seoul's {@code had not been engaged in combat}). Such a denial of a negatively stated claim
 * joins the claim whose statement states that opposite plainly when one exists (the claim that the soldiers were
 * fighting, which it denies); otherwise, and for a plain claim, it stays, listed in {@link Claim#negations()}, and
 * counts for the claim.
 *
 * <p>A claim's statement is its most central anchor's content, one that asserts it plainly when any such is; its
 * parties are the sources among its carriers that speak for a country its statement names; its values are the
 * rival values its carriers give for the quantity the claim is about ({@code more than 10,000} against
 * {@code 12,000} soldiers), from {@link Quantities}.
 *
 * <p>Deterministic: the hash functions come from a fixed seed, and ties go to the earlier claim.
 *
 * <p>Parallel, with the same result whatever the number of threads: the content signals and vectors of the
 * statements are computed on every thread; anchors are taken in blocks of {@link #BLOCK} in publication order, the
 * candidates of each anchor of a block verified on every thread against the claims as they stood before the block
 * (the costly part: bucket and rare-term look-ups, cosines, agreement of signals), then, on one thread and in order,
 * each anchor is checked again against only what the block itself changed (the statements it indexed, the claims it
 * started, the centroids it moved) and joins its claim. Each step decides exactly as the one-at-a-time algorithm
 * described above; a test checks it against blocks of one statement. Statements that refer back are attached
 * article by article on every thread, and the claims are built on every thread.
 */
public final class ClaimMatcher {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClaimMatcher.class);
    private static final Set<String> ANAPHORS = Set.of("they", "it", "he", "she", "this", "that", "these",
            "those", "the", "there", "such");
    private static final Set<SourceKind> STATE_KINDS = Set.of(SourceKind.GOVERNMENT, SourceKind.MILITARY,
            SourceKind.STATE_MEDIA, SourceKind.OFFICIAL, SourceKind.INTELLIGENCE_AGENCY, SourceKind.NAMED_PERSON);
    /** Anchors at least this share of the most central one's similarity may represent the claim. */
    private static final double REPRESENTATIVE_SHARE = 0.8;
    /** MinHash functions, in {@link #BANDS} bands of {@link #ROWS} rows. */
    static final int HASHES = 64;
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    /**
     * A bucket keeps at most this many entries (the earliest): a band shared by more contents than this is made of
     * terms too common to tell claims apart, and the contents that belong together share other bands too.
     */
    static final int MAX_BUCKET = 128;
    /** Statements of one claim a bucket keeps at most. */
    static final int PER_CLAIM = 4;
    /** Share of the threshold an attribution must reach against the claim's first statement. */
    static final double LEADER_SHARE = 0.3;
    /**
     * Share of the threshold that suffices for a version of the same event with a figure
     * ({@link ContentSignals#sameEventWithFigure}).
     */
    static final double VERSION_SHARE = 0.5;
    /**
     * Share of the threshold that a carrier of the other polarity must reach against the claim's statement to be its
     * negation ({@link Claim#negations()}): a rival version says the same thing in nearly the same words
     * ({@code North Korea has not sent troops} against {@code North Korea has sent troops}: 1.0). On Emergent's
     * train split, where no headline that asserts a rumour states its negation, headlines that report one rumour the
     * same way with a negation somewhere else in them ({@code Texas Plumber Has No Idea How ...}, a quoted
     * {@code Hands up, don't shoot}) reached 0.45 of similarity; none reached 0.6.
     */
    static final double NEGATION_SHARE = 2.0;
    /**
     * Share of the threshold that suffices for a carrier of the other polarity that negates what the statement
     * states (shares one of the negated side's {@linkplain ContentSignals#negatedTerms negated terms}) to be its
     * negation, however less similar its wording; measured on Emergent's train split (see docs/EVALUATION.md).
     */
    static final double OPPOSITE_SHARE = 1.0;
    /** A term is rare ({@link RareTermIndex}) when at most this many statements use it ... */
    static final int RARE_DF = 20;
    /** ... and at most this share of all statements (in a small corpus, no term is rare). */
    static final double RARE_SHARE = 0.02;
    /** Claims a rare term's postings keep at most. */
    static final int RARE_PER_TERM = 16;
    /** Rare terms of a statement looked up at most. */
    static final int RARE_PER_QUERY = 4;
    private static final long[] SEEDS_A = new long[HASHES];
    private static final long[] SEEDS_B = new long[HASHES];

    static {
        SplittableRandom r = new SplittableRandom(0x5EEDC1A1L);
        for (int i = 0; i < HASHES; i++) {
            SEEDS_A[i] = r.nextLong() | 1;
            SEEDS_B[i] = r.nextLong();
        }
    }

    /** Anchors whose candidates are verified at once, on every thread, against the claims before them. */
    static final int BLOCK = 256;
    /** Statements whose signals are computed at once (so that no more term lists than these are alive at once). */
    static final int SIGNAL_CHUNK = 4096;

    private final double threshold;
    private final int threads;
    private final int block;

    /**
     * A matcher that runs on the calling thread only.
     *
     * @param threshold cosine similarity in {@code (0, 1]} from which an attribution joins a claim
     */
    public ClaimMatcher(double threshold) {
        this(threshold, 1);
    }

    /**
     * @param threshold cosine similarity in {@code (0, 1]} from which an attribution joins a claim
     * @param threads   threads to match on, at least 1 (the calling thread included); the claims are the same
     *                  whatever their number
     */
    public ClaimMatcher(double threshold, int threads) {
        this(threshold, threads, BLOCK);
    }

    /** @param block anchors verified at once, at least 1 (1: one at a time, the plain sequential algorithm) */
    ClaimMatcher(double threshold, int threads, int block) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (block < 1) {
            throw new IllegalArgumentException("block must be >= 1, got " + block);
        }
        this.threshold = threshold;
        this.threads = threads;
        this.block = block;
    }

    private static final class Item {
        final Attribution a;
        final Article article;
        final int order;
        /**
         * The tf-idf vector as term ids and weights, in the iteration order of the map it was built as (so sums
         * come out bit for bit the same). Kept as arrays only: a map per attribution dominated the heap.
         */
        int[] ids;
        double[] ws;
        /** The content's term ids in text order, repeats kept, until the vector is built. */
        int[] terms;
        /** The content's signals without their terms, sets shared between statements. */
        ContentSignals sig;
        /**
         * An earlier statement with the same content text and countries, whose terms, signals and vector this one
         * shares (they are the same); null when there is none (or it was not found), and once the vectors are made.
         */
        Item twin;
        /** An anchor's statement as indexed; null for an item that refers back. */
        Entry entry;
        /**
         * True for a denial that rejects a negated proposition ({@link Polarity#deniedNegated}: {@code denied that
         * the soldiers had not been paid}); false for any other carrier.
         */
        boolean deniedNegated;
        boolean anchor;
        Cluster cluster;

        Item(Attribution a, Article article, int order) {
            this.a = a;
            this.article = article;
            this.order = order;
        }
    }

    /**
     * The corpus's terms: each term string once, with an id, its document frequency (statements it occurs in) and
     * its base hash for MinHash. Statements keep term ids, not strings.
     */
    private static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private String[] strings = new String[1024];
        private long[] hashes = new long[1024];
        private int[] df = new int[1024];
        /** The last statement counted for each term (so a repeated term counts once). */
        private int[] lastCounted = new int[1024];
        private int size;

        int id(String term) {
            Integer id = ids.get(term);
            if (id != null) {
                return id;
            }
            if (size == strings.length) {
                int cap = size * 2;
                strings = java.util.Arrays.copyOf(strings, cap);
                hashes = java.util.Arrays.copyOf(hashes, cap);
                df = java.util.Arrays.copyOf(df, cap);
                lastCounted = java.util.Arrays.copyOf(lastCounted, cap);
            }
            strings[size] = term;
            hashes[size] = termHash(term);
            lastCounted[size] = -1;
            ids.put(term, size);
            return size++;
        }

        /** Counts each distinct term of statement {@code stamp} (its order) once. */
        void count(int[] terms, int stamp) {
            for (int t : terms) {
                if (lastCounted[t] != stamp) {
                    lastCounted[t] = stamp;
                    df[t]++;
                }
            }
        }

        /** The id of {@code term}, which must be in the dictionary (a read only: safe on several threads). */
        int known(String term) {
            return ids.get(term);
        }

        /** The document frequency of {@code term}; 0 for a term no statement of the corpus has. */
        int df(String term) {
            Integer id = ids.get(term);
            return id == null ? 0 : df[id];
        }

        List<String> strings(int[] terms) {
            List<String> out = new ArrayList<>(terms.length);
            for (int t : terms) {
                out.add(strings[t]);
            }
            return out;
        }

        long hash(int id) {
            return hashes[id];
        }

        /** Each term's document frequency, by id. */
        int[] dfById() {
            return java.util.Arrays.copyOf(df, size);
        }

        int size() {
            return size;
        }
    }

    /**
     * Finds each statement's {@link Item#twin}: the first statement with the same content text and countries, by a
     * hash of both and a comparison with the one statement kept per hash. News repeats itself word for word (wire
     * copies, relays of one statement), and such a statement's signals and vector are computed once. Memory stays
     * bounded: after {@link #LIMIT} contents the statements seen so far are forgotten (statements are taken in
     * publication order, and repeats are mostly close in time). Finding fewer twins changes nothing but the time.
     */
    private static final class Twins {
        static final int LIMIT = 1 << 20;
        private org.corroborate.scoring.truth.internal.LongIntMap firsts =
                new org.corroborate.scoring.truth.internal.LongIntMap(1 << 12);

        /** Sets {@code it.twin} to the first earlier item with {@code text}, its content, and its countries. */
        void find(Item it, String text, List<Item> items) {
            List<String> countries = it.a.countries();
            long key = (long) text.hashCode() << 32 ^ (countries.hashCode() & 0xFFFFFFFFL) ^ (long) text.length() << 20;
            if (key == Long.MIN_VALUE) {
                key++;
            }
            int first = firsts.putIfAbsent(key, it.order);
            if (first != it.order) {
                Item other = items.get(first);
                if (other.a.contentText().equals(text) && other.a.countries().equals(countries)) {
                    it.twin = other;
                }
            } else if (firsts.size() >= LIMIT) {
                firsts = new org.corroborate.scoring.truth.internal.LongIntMap(1 << 12);
            }
        }
    }

    private static final class Cluster {
        /** The claim's number, in order of creation; -1 for a claim a follower starts, until it is numbered. */
        int index;
        /** The claim's first statement (a tracked claim's own, else its first anchor's). */
        Entry leader;
        final List<Item> members = new ArrayList<>();
        final TermWeights centroid = new TermWeights();
        double norm2;
        TrackedClaim tracked;
        /** Members added so far: the centroid is unchanged while this is. */
        int version;

        /** Adds a vector to the centroid without a member: a tracked claim's own statement. */
        void seed(int[] ids, double[] ws) {
            for (int k = 0; k < ids.length; k++) {
                double before = centroid.get(ids[k]);
                double after = before + ws[k];
                centroid.put(ids[k], after);
                norm2 += after * after - before * before;
            }
        }

        Cluster(int index) {
            this.index = index;
        }

        /** Takes a member out again, and its vector out of the centroid. */
        void remove(Item it) {
            members.remove(it);
            if (it.anchor) {
                for (int k = 0; k < it.ids.length; k++) {
                    double before = centroid.get(it.ids[k]);
                    double after = before - it.ws[k];
                    centroid.put(it.ids[k], after);
                    norm2 += after * after - before * before;
                }
            }
        }

        void add(Item it) {
            members.add(it);
            version++;
            it.cluster = this;
            if (it.anchor) {
                for (int k = 0; k < it.ids.length; k++) {
                    double before = centroid.get(it.ids[k]);
                    double after = before + it.ws[k];
                    centroid.put(it.ids[k], after);
                    norm2 += after * after - before * before;
                }
            }
        }

        double cosine(Item it) {
            if (norm2 <= 0) {
                return 0;
            }
            double dot = 0;
            for (int k = 0; k < it.ids.length; k++) {
                double c = centroid.get(it.ids[k]);
                if (c != 0) {
                    dot += c * it.ws[k];
                }
            }
            return dot / Math.sqrt(norm2);
        }
    }

    /** An open-addressing map from term id to weight; absent terms weigh 0 (weights are positive). */
    private static final class TermWeights {
        private int[] keys = new int[16];
        private double[] values = new double[16];
        private int size;

        TermWeights() {
            java.util.Arrays.fill(keys, -1);
        }

        double get(int key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                int k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == -1) {
                    return 0;
                }
            }
        }

        void put(int key, double value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
                if (keys[i] == -1) {
                    keys[i] = key;
                    values[i] = value;
                    size++;
                    return;
                }
            }
        }

        private void grow() {
            int[] ok = keys;
            double[] ov = values;
            keys = new int[ok.length * 2];
            values = new double[ok.length * 2];
            java.util.Arrays.fill(keys, -1);
            size = 0;
            for (int i = 0; i < ok.length; i++) {
                if (ok[i] != -1) {
                    put(ok[i], ov[i]);
                }
            }
        }

        private static int mix(int k) {
            int h = k * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** The claims carried by the factual attributions of {@code articles}, in order of first appearance. */
    public List<Claim> match(List<AnnotatedArticle> articles) {
        return match(articles, List.of());
    }

    /**
     * As {@link #match(List)}, with claims the user follows: each is a claim from the start, attributions join it
     * by similarity like any other, and an article that names one ({@link Article#claimId()}) brings its most
     * similar attribution to it (its first factual one when none is similar). Tracked claims that nothing carries
     * are not returned.
     */
    public List<Claim> match(List<AnnotatedArticle> articles, List<TrackedClaim> trackedClaims) {
        try (Workers workers = Workers.of(threads, "corroborate-match")) {
            return match(articles, trackedClaims, workers);
        }
    }

    private List<Claim> match(List<AnnotatedArticle> articles, List<TrackedClaim> trackedClaims, Workers workers) {
        StageClock clock = StageClock.start(LOG);
        List<AnnotatedArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(AnnotatedArticle::article, Wire.EARLIEST_FIRST));
        List<Item> items = new ArrayList<>();
        int[] firstOf = new int[sorted.size() + 1]; // each article's first item, then the number of items
        for (int i = 0; i < sorted.size(); i++) {
            AnnotatedArticle aa = sorted.get(i);
            firstOf[i] = items.size();
            for (Attribution a : aa.attributions()) {
                if (a.isFactual()) {
                    items.add(new Item(a, aa.article(), items.size()));
                }
            }
        }
        firstOf[sorted.size()] = items.size();
        // First pass: signals, term ids and document frequencies; no statement keeps a term string. The signals of a
        // chunk of statements are computed on every thread, then taken in order (term ids are given in order).
        Dictionary dict = new Dictionary();
        Map<List<String>, Set<String>> sharedSets = new HashMap<>();
        java.util.function.UnaryOperator<Set<String>> share = set -> set.isEmpty() ? set
                : sharedSets.computeIfAbsent(SmallSet.ordered(set), k -> set);
        ContentSignals[] chunk = new ContentSignals[Math.min(SIGNAL_CHUNK, items.size())];
        // each statement's content read once (a spilled run reads it from disk)
        String[] texts = new String[chunk.length];
        Twins twins = new Twins();
        for (int start = 0; start < items.size(); start += SIGNAL_CHUNK) {
            int from = start;
            int count = Math.min(SIGNAL_CHUNK, items.size() - start);
            for (int k = 0; k < count; k++) {
                texts[k] = items.get(from + k).a.contentText();
                twins.find(items.get(from + k), texts[k], items);
            }
            workers.forEach(count, (w, k) -> {
                Item it = items.get(from + k);
                if (it.twin == null) {
                    chunk[k] = ContentSignals.of(texts[k], it.a.countries());
                }
            });
            for (int k = 0; k < count; k++) {
                Item it = items.get(from + k);
                if (it.twin != null) {
                    // the same content and countries: the same terms (all in the dictionary already) and signals
                    it.terms = it.twin.terms;
                    it.sig = it.twin.sig;
                } else {
                    ContentSignals sig = chunk[k];
                    chunk[k] = null;
                    List<String> terms = sig.terms();
                    it.terms = new int[terms.size()];
                    for (int j = 0; j < it.terms.length; j++) {
                        it.terms[j] = dict.id(terms.get(j));
                    }
                    it.sig = sig.withoutTerms(share);
                }
                dict.count(it.terms, it.order);
                it.anchor = isAnchor(it.a, texts[k], it.terms.length);
                texts[k] = null;
                it.deniedNegated = it.a.stance() == Stance.DENIES && Polarity.deniedNegated(it.a);
            }
        }
        twins = null;
        for (int i = 0; i < sorted.size(); i++) {
            List<Item> own = items.subList(firstOf[i], firstOf[i + 1]);
            if (own.stream().noneMatch(it -> it.anchor)) {
                // An article none of whose statements stands on its own by the anaphor rule ("the troops crossed
                // the border" in a short item) has nothing to refer back to: its statements are matched across
                // articles like any other.
                for (Item it : own) {
                    it.anchor = canAnchor(it.a, it.terms.length);
                }
            }
        }
        sharedSets.clear();
        clock.lap("matching: signals and term ids (" + items.size() + " statements)");
        // Second pass: tf-idf vectors, now that the document frequencies are known (each statement's own; every
        // thread).
        int n = items.size();
        workers.forEach(n, (w, k) -> {
            Item it = items.get(k);
            if (it.twin != null) {
                return; // shares its twin's vector, below
            }
            Map<String, Double> vec = vector(dict.strings(it.terms), dict, n);
            it.ids = new int[vec.size()];
            it.ws = new double[vec.size()];
            int j = 0;
            for (Map.Entry<String, Double> e : vec.entrySet()) {
                it.ids[j] = dict.known(e.getKey());
                it.ws[j++] = e.getValue();
            }
        });
        workers.forEach(n, (w, k) -> {
            Item it = items.get(k);
            if (it.twin != null) {
                it.ids = it.twin.ids;
                it.ws = it.twin.ws;
            }
        });
        workers.forEach(n, (w, k) -> {
            Item it = items.get(k);
            it.terms = null;
            it.twin = null;
            if (it.anchor) {
                it.entry = new Entry(it.ids, it.ws, it.sig);
            }
        });
        clock.lap("matching: vectors");
        Buckets buckets = new Buckets();
        RareTermIndex<Cluster> rare = new RareTermIndex<>(dict.dfById(),
                (int) Math.min(RARE_DF, Math.floor(n * RARE_SHARE)), RARE_PER_TERM, RARE_PER_QUERY);

        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> trackedById = new HashMap<>();
        for (TrackedClaim t : trackedClaims) {
            Cluster c = new Cluster(clusters.size());
            c.tracked = t;
            ContentSignals sig = ContentSignals.of(t.statement(), t.parties());
            Map<String, Double> vec = vector(sig.terms(), dict, n);
            int[] ids = new int[vec.size()];
            double[] ws = new double[vec.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : vec.entrySet()) {
                ids[k] = dict.id(e.getKey());
                ws[k++] = e.getValue();
            }
            c.seed(ids, ws);
            c.leader = new Entry(ids, ws, sig.withoutTerms(share));
            c.leader.cluster = c;
            buckets.index(c.leader, bandKeys(ids, dict));
            rare.add(ids, c);
            clusters.add(c);
            trackedById.put(t.id(), c);
        }
        // articles that name a tracked claim bring their most similar attribution to it
        Map<String, Item> named = new HashMap<>();
        for (Item it : items) {
            Cluster c = trackedById.get(it.article.claimId());
            if (c == null) {
                continue;
            }
            Item best = named.get(it.article.id());
            if (best == null || c.cosine(it) > c.cosine(best)) {
                named.put(it.article.id(), it);
            }
        }
        for (Item it : named.values().stream().sorted(Comparator.comparingInt((Item i) -> i.order)).toList()) {
            trackedById.get(it.article.claimId()).add(it);
            if (it.anchor) {
                it.entry.cluster = it.cluster;
                buckets.index(it.entry, bandKeys(it.ids, dict));
                rare.add(it.ids, it.cluster);
            }
        }
        // The anchors, a block at a time: each verified on every thread against the claims before the block, then
        // in order against what the block changed, and committed.
        List<Item> anchors = new ArrayList<>();
        for (Item it : items) {
            if (it.anchor && it.cluster == null) {
                anchors.add(it);
            }
        }
        Scratch[] scratch = new Scratch[workers.threads()];
        for (int w = 0; w < scratch.length; w++) {
            scratch[w] = new Scratch(dict.size());
        }
        Scratch own = new Scratch(dict.size());
        Pending[] pending = new Pending[Math.min(block, anchors.size())];
        for (int start = 0; start < anchors.size(); start += block) {
            int from = start;
            int count = Math.min(block, anchors.size() - start);
            int entriesBefore = buckets.entryCount;
            for (Scratch sc : scratch) {
                sc.fit(entriesBefore, clusters.size());
            }
            workers.forEach(count, (w, k) -> pending[k] = verifyBefore(anchors.get(from + k), dict, buckets,
                    clusters, rare, scratch[w]));
            for (int k = 0; k < count; k++) {
                Item it = anchors.get(from + k);
                Pending p = pending[k];
                pending[k] = null;
                own.fit(buckets.entryCount, clusters.size());
                Cluster best = verifyWithin(it, p, entriesBefore, buckets, clusters, rare, own);
                if (best == null) {
                    best = new Cluster(clusters.size());
                    best.leader = it.entry;
                    clusters.add(best);
                }
                best.add(it);
                it.entry.cluster = best;
                buckets.index(it.entry, p.bands);
                rare.add(it.ids, best);
            }
        }
        clock.lap("matching: anchors (" + anchors.size() + " on " + workers.threads() + " threads)");
        // A follower only looks at the items of its own article: group them once (in order), not per follower. The
        // articles' followers are placed on every thread (the centroids they read do not change: followers add
        // nothing to them), then joined to their claims in order, new claims numbered in that order.
        Map<String, List<Item>> byArticle = new HashMap<>();
        List<List<Item>> groups = new ArrayList<>();
        for (Item it : items) {
            byArticle.computeIfAbsent(it.article.id(), k -> {
                List<Item> group = new ArrayList<>();
                groups.add(group);
                return group;
            }).add(it);
        }
        workers.forEach(groups.size(), (w, g) -> {
            List<Item> group = groups.get(g);
            for (Item it : group) {
                if (!it.anchor) {
                    it.cluster = followerTarget(it, group);
                }
            }
        });
        for (Item it : items) {
            if (!it.anchor) {
                Cluster target = it.cluster;
                if (target.index < 0) {
                    target.index = clusters.size();
                    clusters.add(target);
                }
                target.add(it);
            }
        }
        clock.lap("matching: followers");
        rehomeDeniedNegations(clusters, dict);
        List<Cluster> kept = new ArrayList<>();
        for (Cluster c : clusters) {
            if (!c.members.isEmpty()) {
                kept.add(c);
            }
        }
        Claim[] out = new Claim[kept.size()];
        workers.forEach(out.length, (w, k) -> out[k] = toClaim(kept.get(k), dict));
        clock.lap("matching: claims");
        return new ArrayList<>(java.util.Arrays.asList(out));
    }

    /** A statement as indexed for candidate generation: its vector and its signals. */
    private static final class Entry {
        final int[] ids;
        final double[] ws;
        final ContentSignals sig;
        Cluster cluster;
        /** The entry's number in the buckets, from 0 in the order entries are indexed; -1 until indexed. */
        int id = -1;

        Entry(int[] ids, double[] ws, ContentSignals sig) {
            this.ids = ids;
            this.ws = ws;
            this.sig = sig;
        }
    }

    /**
     * What a thread keeps while verifying candidates, so that threads share nothing they write: the probing
     * statement's weights spread by term id, and per entry and per claim the last statement (its order) that looked
     * at it, with the outcome of the claim's leader check.
     */
    private static final class Scratch {
        /** The probing statement's weights by term id, all other terms 0. */
        final double[] probe;
        /** Per entry id: the last statement that met it as a candidate. */
        int[] seen = new int[0];
        /**
         * Per claim number: the last statement (its order) checked against the claim's first statement, shifted left
         * by one, with the outcome in the low bit (1: passed); -1 for none. One array read tells a claim ruled out.
         */
        long[] leader = new long[0];
        /** Per claim number: the last statement whose rare-term candidates include it, and where in them. */
        int[] rareBy = new int[0];
        int[] rareSlot = new int[0];

        Scratch(int terms) {
            probe = new double[terms];
        }

        /** Makes room for {@code entries} entries and {@code claims} claims. */
        void fit(int entries, int claims) {
            if (seen.length < entries) {
                int old = seen.length;
                seen = java.util.Arrays.copyOf(seen, Math.max(entries, 2 * old));
                java.util.Arrays.fill(seen, old, seen.length, -1);
            }
            if (leader.length < claims) {
                int old = leader.length;
                int cap = Math.max(claims, 2 * old);
                leader = java.util.Arrays.copyOf(leader, cap);
                rareBy = java.util.Arrays.copyOf(rareBy, cap);
                rareSlot = java.util.Arrays.copyOf(rareSlot, cap);
                java.util.Arrays.fill(leader, old, cap, -1L);
                java.util.Arrays.fill(rareBy, old, cap, -1);
            }
        }

        /** True when statement {@code order} was checked against claim {@code claim}'s first statement and failed. */
        boolean leaderFailed(int claim, int order) {
            return leader[claim] == (long) order << 1;
        }

        void spread(Item it) {
            for (int k = 0; k < it.ids.length; k++) {
                probe[it.ids[k]] = it.ws[k];
            }
        }

        void clear(Item it) {
            for (int id : it.ids) {
                probe[id] = 0;
            }
        }
    }

    /**
     * An anchor's candidates as verified against the claims before its block: its band keys and their buckets (-1:
     * none then), the claim of its best verified LSH candidate and that candidate's similarity, and its rare-term
     * candidate claims with their version, their similarity and whether they passed.
     */
    private static final class Pending {
        long[] bands;
        int[] buckets;
        Cluster best;
        double bestSim = -1;
        Cluster[] rare;
        int[] rareVersion;
        double[] rareSim;
        boolean[] rarePass;
    }

    /**
     * The candidates of anchor {@code it} among the statements and claims as they stood before its block (read only:
     * runs on any thread). The LSH candidates come from the entries sharing one of its bands; the best of them is
     * the most similar verified one, ties to the earlier claim. The checks are conjunctive and free of side effects,
     * so they are made in the order that saves most: a candidate's claim is checked first, once per claim (is
     * {@code it} similar enough to, and does it agree with, the claim's first statement?), from the claim number the
     * bucket keeps beside each entry, and a claim that fails rules out all its statements unread; then the cosine
     * (one array read per term), which rules out most candidates; then the agreement of signals (string
     * comparisons), only for a candidate that would win. Claims that share a rare term (loose paraphrases LSH
     * misses) are verified against the claim as a whole, its centroid, and kept with the centroid's version: a
     * claim that gains a statement later in the block is verified again.
     */
    private Pending verifyBefore(Item it, Dictionary dict, Buckets buckets, List<Cluster> clusters,
                                 RareTermIndex<Cluster> rare, Scratch sc) {
        Pending p = new Pending();
        p.bands = bandKeys(it.ids, dict);
        p.buckets = new int[p.bands.length];
        sc.spread(it);
        Cluster best = null;
        double bestSim = -1;
        for (int k = 0; k < p.bands.length; k++) {
            int b = buckets.bucket(p.bands[k]);
            p.buckets[k] = b;
            if (b < 0) {
                continue;
            }
            int[] m = buckets.members[b];
            int end = 2 * buckets.size[b];
            for (int j = 0; j < end; j += 2) {
                int id = m[j];
                int claim = m[j + 1];
                if (sc.leaderFailed(claim, it.order)) {
                    continue; // the claim's first statement ruled it out: none of its statements can win
                }
                if (sc.seen[id] == it.order) {
                    continue; // already looked at through another band
                }
                sc.seen[id] = it.order;
                if (!leaderOk(it, claim, clusters, sc)) {
                    continue;
                }
                Entry e = buckets.entries[id];
                double sim = dot(sc.probe, e);
                if (sim < bestSim || best != null && sim == bestSim && claim > best.index || !verified(it, e, sim)) {
                    continue;
                }
                best = clusters.get(claim);
                bestSim = sim;
            }
        }
        p.best = best;
        p.bestSim = bestSim;
        Set<Cluster> candidates = rare.candidates(it.ids);
        p.rare = candidates.toArray(new Cluster[0]);
        p.rareVersion = new int[p.rare.length];
        p.rareSim = new double[p.rare.length];
        p.rarePass = new boolean[p.rare.length];
        for (int k = 0; k < p.rare.length; k++) {
            Cluster c = p.rare[k];
            p.rareVersion[k] = c.version;
            p.rareSim[k] = c.cosine(it);
            p.rarePass[k] = rareVerified(it, c, p.rareSim[k]);
        }
        sc.clear(it);
        return p;
    }

    /**
     * The claim of the most similar verified candidate of anchor {@code it}, or null, as the one-at-a-time algorithm
     * finds it: {@code p}'s best among the claims before the block, against the entries indexed since
     * ({@code entriesBefore} on) that share a band with {@code it}, and its rare-term candidates as they are now,
     * each verified again if its centroid changed since {@code p} was made. Ties go to the earlier claim. Runs on the
     * one thread that commits.
     */
    private Cluster verifyWithin(Item it, Pending p, int entriesBefore, Buckets buckets, List<Cluster> clusters,
                                 RareTermIndex<Cluster> rare, Scratch sc) {
        Cluster best = p.best;
        double bestSim = p.bestSim;
        if (buckets.entryCount > entriesBefore) {
            sc.spread(it);
            for (int k = 0; k < p.bands.length; k++) {
                int b = p.buckets[k] >= 0 ? p.buckets[k] : buckets.bucket(p.bands[k]);
                if (b < 0) {
                    continue;
                }
                int[] m = buckets.members[b];
                // entries are numbered in the order they are indexed, and a bucket keeps that order
                for (int j = 2 * (buckets.size[b] - 1); j >= 0 && m[j] >= entriesBefore; j -= 2) {
                    int id = m[j];
                    int claim = m[j + 1];
                    if (sc.leaderFailed(claim, it.order)) {
                        continue;
                    }
                    if (sc.seen[id] == it.order) {
                        continue;
                    }
                    sc.seen[id] = it.order;
                    if (!leaderOk(it, claim, clusters, sc)) {
                        continue;
                    }
                    Entry e = buckets.entries[id];
                    double sim = dot(sc.probe, e);
                    if (sim < bestSim || best != null && sim == bestSim && claim > best.index
                            || !verified(it, e, sim)) {
                        continue;
                    }
                    best = clusters.get(claim);
                    bestSim = sim;
                }
            }
            sc.clear(it);
        }
        for (int k = 0; k < p.rare.length; k++) {
            sc.rareBy[p.rare[k].index] = it.order;
            sc.rareSlot[p.rare[k].index] = k;
        }
        for (Cluster c : rare.candidates(it.ids)) {
            int k = sc.rareBy[c.index] == it.order ? sc.rareSlot[c.index] : -1;
            boolean same = k >= 0 && p.rareVersion[k] == c.version;
            double sim = same ? p.rareSim[k] : c.cosine(it);
            if (!(same ? p.rarePass[k] : rareVerified(it, c, sim)) || sim < bestSim
                    || best != null && sim == bestSim && c.index > best.index) {
                continue;
            }
            best = c;
            bestSim = sim;
        }
        return best;
    }

    /**
     * Whether {@code it} is similar enough to, and agrees with, the first statement of claim number {@code claim}
     * (checked once per statement and claim; the claim object is read only then).
     */
    private boolean leaderOk(Item it, int claim, List<Cluster> clusters, Scratch sc) {
        long known = sc.leader[claim];
        long asked = (long) it.order << 1;
        if ((known & ~1L) == asked) {
            return known == (asked | 1);
        }
        Entry leader = clusters.get(claim).leader;
        boolean ok = leader == null || dot(sc.probe, leader) >= threshold * LEADER_SHARE
                && ContentSignals.agree(it.sig, leader.sig);
        sc.leader[claim] = ok ? asked | 1 : asked;
        return ok;
    }

    /** Whether entry {@code e}, {@code sim} similar to {@code it}, is a verified candidate for it. */
    private boolean verified(Item it, Entry e, double sim) {
        if (sim < threshold && !(sim >= threshold * VERSION_SHARE
                && ContentSignals.sameEventWithFigure(it.sig, e.sig))) {
            return false;
        }
        return ContentSignals.agree(it.sig, e.sig);
    }

    /** Whether claim {@code c}, {@code sim} similar to {@code it} by its centroid, is a verified rare-term candidate. */
    private boolean rareVerified(Item it, Cluster c, double sim) {
        return sim >= threshold && (c.leader == null || ContentSignals.agree(it.sig, c.leader.sig));
    }

    /** Cosine of two L2-normalised vectors, one of them spread by term id. In {@code [0, 1]}. */
    private static double dot(double[] probe, Entry other) {
        double dot = 0;
        for (int k = 0; k < other.ids.length; k++) {
            double w = probe[other.ids[k]];
            if (w != 0) {
                dot += w * other.ws[k];
            }
        }
        return dot;
    }

    /**
     * The LSH buckets: for each band key, the entries that have it, in the order they were added, each with its
     * claim's number, in one int array per bucket (a map of lists of entries cost about 150 bytes per key and a
     * pointer chase per candidate). A bucket keeps at most {@link #MAX_BUCKET} entries and at most
     * {@link #PER_CLAIM} of one claim (more of them would only repeat the same comparison: a corpus that repeats a
     * claim thousands of times would otherwise make every bucket of that claim full of it).
     */
    private static final class Buckets {
        private static final int[] NONE = new int[0];
        private final org.corroborate.scoring.truth.internal.LongIntMap byKey =
                new org.corroborate.scoring.truth.internal.LongIntMap(1 << 12);
        /** Per bucket: entry id and claim number, pairwise; and how many pairs are used. */
        int[][] members = new int[1 << 12][];
        short[] size = new short[1 << 12];
        private int buckets;
        /** Per entry id: the entry. */
        Entry[] entries = new Entry[1 << 12];
        /** Entries indexed so far: ids are given from 0 in the order entries are indexed. */
        int entryCount;

        /** The bucket of {@code key}, or -1. */
        int bucket(long key) {
            return byKey.get(storable(key));
        }

        /** Adds {@code e} to the buckets of its {@code bands}, unless a bucket is full or has enough of its claim. */
        void index(Entry e, long[] bands) {
            if (e.id < 0) {
                if (entryCount == entries.length) {
                    entries = java.util.Arrays.copyOf(entries, entryCount * 2);
                }
                e.id = entryCount++;
                entries[e.id] = e;
            }
            int claim = e.cluster.index;
            for (long key : bands) {
                int b = byKey.putIfAbsent(storable(key), buckets);
                if (b == buckets) {
                    if (buckets == members.length) {
                        members = java.util.Arrays.copyOf(members, buckets * 2);
                        size = java.util.Arrays.copyOf(size, buckets * 2);
                    }
                    members[b] = NONE;
                    buckets++;
                }
                int n = size[b];
                if (n >= MAX_BUCKET) {
                    continue;
                }
                int[] m = members[b];
                int same = 0;
                for (int j = 1; j < 2 * n && same < PER_CLAIM; j += 2) {
                    if (m[j] == claim) {
                        same++;
                    }
                }
                if (same >= PER_CLAIM) {
                    continue;
                }
                if (2 * n == m.length) {
                    m = java.util.Arrays.copyOf(m, Math.max(4, Math.min(2 * MAX_BUCKET, m.length * 2)));
                    members[b] = m;
                }
                m[2 * n] = e.id;
                m[2 * n + 1] = claim;
                size[b]++;
            }
        }

        /** {@link org.corroborate.scoring.truth.internal.LongIntMap} reserves one key; fold it onto its neighbour. */
        private static long storable(long key) {
            return key == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : key;
        }
    }

    /** The {@link #BANDS} LSH keys of the MinHash signature of the distinct terms {@code ids}; none for no term. */
    private static long[] bandKeys(int[] ids, Dictionary dict) {
        if (ids.length == 0) {
            return new long[0];
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int id : ids) {
            long h = dict.hash(id);
            for (int k = 0; k < HASHES; k++) {
                long v = mix64(h * SEEDS_A[k] + SEEDS_B[k]);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < ROWS; r++) {
                h = mix64(h ^ sig[b * ROWS + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** The base hash of a term for MinHash (FNV-1a over its chars). */
    private static long termHash(String t) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < t.length(); i++) {
            h = (h ^ t.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The L2-normalised tf-idf vector of {@code terms}; terms never seen in the corpus get the highest idf. */
    private static Map<String, Double> vector(List<String> terms, Dictionary dict, int n) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : terms) {
            tf.merge(t, 1, Integer::sum);
        }
        Map<String, Double> vec = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * (Math.log((n + 1.0) / (dict.df(e.getKey()) + 1.0))
                    + 1);
            vec.put(e.getKey(), w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            vec.replaceAll((k, v) -> v / len);
        }
        return vec;
    }

    /** Whether the attribution's stance and length let it stand for a claim (asserts, confirms or denies 3+ terms). */
    private static boolean canAnchor(Attribution a, int terms) {
        return (a.stance() == Stance.ASSERTS || a.stance() == Stance.CONFIRMS || a.stance() == Stance.DENIES)
                && terms >= 3;
    }

    /** {@code content} is {@code a}'s content text. */
    private static boolean isAnchor(Attribution a, String content, int terms) {
        if (!canAnchor(a, terms)) {
            return false;
        }
        String text = content.strip();
        int sp = text.indexOf(' ');
        String first = lettersAtoZ((sp < 0 ? text : text.substring(0, sp)).toLowerCase(Locale.ROOT));
        if (ANAPHORS.contains(first) && a.countries().isEmpty()) {
            // refers back unless it names something of its own
            for (int i = sp + 1; sp > 0 && i < text.length(); i++) {
                if (Character.isUpperCase(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** {@code s} with every char outside {@code a-z} dropped (= {@code s.replaceAll("[^a-z]", "")}, no regex). */
    static String lettersAtoZ(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = c >= 'a' && c <= 'z';
            if (sb == null && !keep) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (sb != null && keep) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * The claim follower {@code it} joins, given the claims of the items of its article before it (null for those
     * not placed yet): an existing claim, or a new one numbered -1 (numbered when it is committed). Changes nothing.
     *
     * @param items the items of {@code it}'s article, in order
     */
    private Cluster followerTarget(Item it, List<Item> items) {
        Cluster best = null;
        double bestSim = threshold / 2;
        Item nearestSameSource = null;
        Item nearest = null;
        for (Item other : items) {
            if (other == it || other.cluster == null || !other.article.id().equals(it.article.id())) {
                continue;
            }
            double sim = other.cluster.cosine(it);
            if (sim >= bestSim && (best == null || sim > bestSim)) {
                best = other.cluster;
                bestSim = sim;
            }
            if (other.a.content().start() <= it.a.content().start() || it.a.content().isNone()) {
                if (other.a.origin().root().equals(it.a.origin().root())) {
                    nearestSameSource = later(nearestSameSource, other);
                }
                nearest = later(nearest, other);
            }
        }
        Cluster target = best != null ? best : nearestSameSource != null ? nearestSameSource.cluster
                : nearest != null ? nearest.cluster : null;
        if (target == null) {
            // the article's first claim, when the follower comes before any claim of its article
            for (Item other : items) {
                if (other != it && other.cluster != null && other.article.id().equals(it.article.id())) {
                    target = other.cluster;
                    break;
                }
            }
        }
        return target != null ? target : new Cluster(-1);
    }

    private static Item later(Item current, Item candidate) {
        if (current == null) {
            return candidate;
        }
        return candidate.a.content().start() >= current.a.content().start() ? candidate : current;
    }

    /**
     * The member that states claim {@code c}: the earliest anchor among the most central ones (the lead that others
     * repeat, not a later paraphrase), one that asserts it plainly when any such is.
     */
    private static Item representative(Cluster c) {
        double best = -1;
        double[] cos = new double[c.members.size()]; // each anchor's similarity to the centroid, computed once
        for (int i = 0; i < cos.length; i++) {
            Item it = c.members.get(i);
            cos[i] = it.anchor ? c.cosine(it) : -0.5;
            best = Math.max(best, cos[i]);
        }
        // a claim is stated plainly when one of its central anchors asserts it so: its negations are its rival
        // version ("North Korea did not send troops" against "North Korea sent troops"), not its statement; a
        // denial's content ("reports that ...") never becomes the statement for being plain
        boolean anyPlain = false;
        for (int i = 0; i < cos.length; i++) {
            Item it = c.members.get(i);
            anyPlain |= isCandidate(it, cos[i], best) && isPlainAssertion(it);
        }
        Item rep = null;
        for (int i = 0; i < cos.length; i++) {
            Item it = c.members.get(i);
            boolean candidate = isCandidate(it, cos[i], best) && (!anyPlain || isPlainAssertion(it));
            if (candidate && (rep == null || it.order < rep.order)) {
                rep = it; // with no anchor at all (only references back), the earliest carrier
            }
        }
        return rep;
    }

    /** What a claim's carriers are compared with to tell its rival versions: its statement's vector and signals. */
    private record Statement(int[] ids, double[] ws, ContentSignals sig, boolean asserted) {

        /** True when the claim is stated negated by an assertion of it (or a tracked claim's own words). */
        boolean statedNegated() {
            return asserted && sig.negated();
        }
    }

    private static Statement statement(Cluster c, Item rep) {
        if (c.tracked != null && c.leader != null) {
            return new Statement(c.leader.ids, c.leader.ws, c.leader.sig, true);
        }
        return new Statement(rep.ids, rep.ws, rep.sig, rep.a.stance().supports());
    }

    /**
     * True when {@code it} states claim statement {@code s} with the other polarity, as its rival version: it agrees
     * with the statement ({@link ContentSignals#agree}), and either says it in nearly the same words (a cosine of
     * at least {@link #NEGATION_SHARE} times the threshold) or, at least {@link #OPPOSITE_SHARE} times the threshold
     * similar, negates what the other states: the negated side's {@linkplain ContentSignals#negatedTerms negated
     * terms} include a term of the plain side ({@code had not been engaged in combat} against {@code soldiers were
     * fighting}, {@code combat} and {@code fighting} both {@code fight}). A consistent paraphrase of the other
     * polarity ({@code had been withdrawn} beside {@code had not been engaged in combat}) shares no negated term.
     */
    private boolean statesOpposite(Item it, Statement s, Dictionary dict) {
        boolean negated = negatedAsPut(it);
        if (negated == s.sig().negated() || !ContentSignals.agree(it.sig, s.sig())) {
            return false;
        }
        double cos = cosine(it.ids, it.ws, s.ids(), s.ws());
        if (cos >= threshold * NEGATION_SHARE) {
            return true;
        }
        if (cos < threshold * OPPOSITE_SHARE) {
            return false;
        }
        return negated ? negates(it.sig, s.ids(), dict) : negates(s.sig(), it.ids, dict);
    }

    /**
     * The polarity of the proposition {@code it} puts forward: for a denial, that of the proposition it rejects
     * ({@link Polarity#deniedNegated}: a negation in the denier's own words, {@code denied the reports, saying the
     * soldiers were not fighting}, restates the denial and rejects the plain proposition); for any other carrier,
     * its content's.
     */
    private static boolean negatedAsPut(Item it) {
        return it.a.stance() == Stance.DENIES ? it.deniedNegated : it.sig.negated();
    }

    /** True when one of {@code negated}'s negated terms is among the term ids {@code plain}. */
    private static boolean negates(ContentSignals negated, int[] plain, Dictionary dict) {
        for (String t : negated.negatedTerms()) {
            Integer id = dict.ids.get(t);
            if (id != null) {
                for (int p : plain) {
                    if (p == id) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when {@code it}, a member of the claim of statement {@code s}, denies the claim's opposite, and so agrees
     * with the claim: the claim is asserted, and the proposition {@code it} rejects ({@link #negatedAsPut}) states
     * the claim's opposite ({@link #statesOpposite}). For a claim stated negated ({@code North Korean soldiers had
     * not been engaged in combat}): a denial of {@code reports that North Korean soldiers were fighting}, or
     * {@code the reports, saying the soldiers were not fighting} (the negation is the denier's own words). For a
     * plain claim ({@code the soldiers had been paid}): a denial that they had not been ({@code denied that the
     * soldiers had not been paid}). Polarity composes: a denial of a negated claim in the claim's own polarity
     * ({@code denied that the soldiers had not been engaged in combat}) rejects the claim and is no such denial.
     */
    private boolean deniesOpposite(Item it, Statement s, Dictionary dict) {
        return it.a.stance() == Stance.DENIES && it.anchor && s.asserted() && statesOpposite(it, s, dict);
    }

    /**
     * A denial of a negatively stated claim's opposite ({@link #deniesOpposite}) belongs with the claim that states
     * that opposite plainly, when one exists: the Kremlin dismissing {@code reports that North Korean soldiers were
     * fighting} is a denial of the claim that they were, which it joins, not support for Seoul's {@code had not been
     * engaged in combat}. The target is judged by its own statement (what the report shows as the claim), not by any
     * one of its carriers: a claim stated plainly by an assertion, whose statement agrees with the denial
     * ({@link ContentSignals#agree}), is at least the threshold similar to it, and states what the negated claim
     * negates (one of its {@linkplain ContentSignals#negatedTerms negated terms} among the statement's terms, or
     * the statement in nearly the denial's words, {@link #NEGATION_SHARE} times the threshold); the most similar
     * such claim, ties to the earlier. Without one, the denial stays, as support of the negated claim. One pass over
     * the claims' statements, made only when such a denial exists.
     */
    private void rehomeDeniedNegations(List<Cluster> clusters, Dictionary dict) {
        List<Item> denials = new ArrayList<>();
        List<Statement> negatedClaims = new ArrayList<>();
        for (Cluster c : clusters) {
            // only a claim with a denial of a plain proposition among its statements can hold one (cheap to tell)
            boolean candidate = false;
            for (Item it : c.members) {
                candidate |= it.anchor && it.a.stance() == Stance.DENIES && !it.deniedNegated;
            }
            if (!candidate) {
                continue;
            }
            Statement s = statement(c, representative(c));
            if (!s.statedNegated()) {
                continue;
            }
            for (Item it : c.members) {
                if (deniesOpposite(it, s, dict)) {
                    denials.add(it);
                    negatedClaims.add(s);
                }
            }
        }
        if (denials.isEmpty()) {
            return;
        }
        // each denial's weights by term id, to score every plain statement against all denials in one pass
        Map<Integer, List<double[]>> postings = new HashMap<>(); // term id -> {denial index, weight}
        for (int d = 0; d < denials.size(); d++) {
            Item it = denials.get(d);
            for (int k = 0; k < it.ids.length; k++) {
                postings.computeIfAbsent(it.ids[k], x -> new ArrayList<>()).add(new double[] {d, it.ws[k]});
            }
        }
        Cluster[] target = new Cluster[denials.size()];
        double[] targetSim = new double[denials.size()];
        double[] dot = new double[denials.size()];
        // the denials that share a term with the statement (all others are 0 similar, below the threshold)
        int[] touched = new int[denials.size()];
        boolean[] isTouched = new boolean[denials.size()];
        for (Cluster c : clusters) {
            if (c.members.isEmpty()) {
                continue;
            }
            Statement s = statement(c, representative(c));
            if (!s.asserted() || s.sig().negated()) {
                continue;
            }
            int count = 0;
            for (int k = 0; k < s.ids().length; k++) {
                List<double[]> post = postings.get(s.ids()[k]);
                if (post != null) {
                    for (double[] x : post) {
                        int d = (int) x[0];
                        if (!isTouched[d]) {
                            isTouched[d] = true;
                            touched[count++] = d;
                        }
                        dot[d] += x[1] * s.ws()[k];
                    }
                }
            }
            for (int t = 0; t < count; t++) {
                int d = touched[t];
                Item it = denials.get(d);
                if (dot[d] >= threshold && dot[d] > targetSim[d] && c != it.cluster
                        && ContentSignals.agree(it.sig, s.sig())
                        && (dot[d] >= threshold * NEGATION_SHARE
                        || negates(negatedClaims.get(d).sig(), s.ids(), dict))) {
                    target[d] = c;
                    targetSim[d] = dot[d];
                }
                dot[d] = 0;
                isTouched[d] = false;
            }
        }
        for (int d = 0; d < denials.size(); d++) {
            if (target[d] != null) {
                denials.get(d).cluster.remove(denials.get(d));
                target[d].members.add(denials.get(d)); // a denial never shapes the claim's centroid
                denials.get(d).cluster = target[d];
            }
        }
    }

    private Claim toClaim(Cluster c, Dictionary dict) {
        Item rep = representative(c);
        List<Attribution> attrs = new ArrayList<>();
        List<Item> members = new ArrayList<>(c.members);
        members.sort(Comparator.comparingInt(i -> i.order));
        for (Item it : members) {
            attrs.add(it.a);
        }
        Set<String> partyCountries = new LinkedHashSet<>(c.tracked != null ? c.tracked.parties()
                : rep.a.countries());
        Map<String, Source> parties = new LinkedHashMap<>();
        for (Attribution a : attrs) {
            Source s = a.source().source();
            if (partyCountries.contains(s.country()) && STATE_KINDS.contains(s.kind())) {
                parties.putIfAbsent(s.root(), s);
            }
        }
        List<String> values = values(rep, members);
        // the statement as a vector and signals: a tracked claim's own, else its representative's
        Statement statement = statement(c, rep);
        List<String> negations = new ArrayList<>();
        for (Item it : members) {
            // a carrier that asserts the statement with the opposite polarity states its rival version; a
            // paraphrase of another polarity ("have not been engaged in combat" beside "were withdrawn") is no
            // opposite ({@link #statesOpposite}). A denial is against the claim already, however it is worded
            // ("denied the reports, saying no troops were sent": the negation is the denier's own words), so that
            // wording never turns it around; a denial of the claim's opposite (polarity composed: "denied reports
            // that they fought" for "they had not fought", "denied that they had not been paid" for "they had been
            // paid") agrees with the claim, and is listed as well.
            if (it.a.stance().supports() && statesOpposite(it, statement, dict)
                    || deniesOpposite(it, statement, dict)) {
                negations.add(it.a.id());
            }
        }
        if (c.tracked != null) {
            return new Claim(c.tracked.id(), c.tracked.statement(), attrs, List.copyOf(parties.values()), values,
                    negations);
        }
        return new Claim(idOf(rep), rep.a.contentText(), attrs, List.copyOf(parties.values()), values, negations);
    }

    /** Cosine of two L2-normalised vectors given as term ids and weights. In {@code [0, 1]}. */
    private static double cosine(int[] aIds, double[] aWs, int[] bIds, double[] bWs) {
        // a vector's ids are distinct: the weight of a's term in b is found by a scan (vectors are short)
        double dot = 0;
        for (int k = 0; k < aIds.length; k++) {
            for (int j = 0; j < bIds.length; j++) {
                if (bIds[j] == aIds[k]) {
                    dot += aWs[k] * bWs[j];
                    break;
                }
            }
        }
        return dot;
    }

    /** True when {@code it} asserts or confirms its content, and its content is not negated. */
    private static boolean isPlainAssertion(Item it) {
        return it.a.stance().supports() && !it.sig.negated();
    }

    /**
     * True when {@code it}, {@code cosine} similar to its claim's centroid, may state the claim: an anchor nearly as
     * central as the most central one.
     */
    private static boolean isCandidate(Item it, double cosine, double best) {
        return best < 0 || it.anchor && cosine >= best * REPRESENTATIVE_SHARE - 1e-12;
    }

    /**
     * The rival values of the quantity a claim is about: the quantity of its statement when it states one, else the
     * quantity (unit, and whether it is an increment) that most of its supporting or denying anchors state; each
     * value once (by {@link Quantity#key()}), as first written, in order of first appearance.
     */
    private static List<String> values(Item rep, List<Item> members) {
        Map<String, List<Quantity>> byUnit = new LinkedHashMap<>();
        Map<String, Integer> carriers = new HashMap<>();
        for (Item it : members) {
            if (!it.anchor || !it.a.stance().supports() && it.a.stance() != Stance.DENIES) {
                continue; // a reference back ("the two countries' treaty") states no value of the claim
            }
            Set<String> units = new LinkedHashSet<>();
            for (Quantity q : it.sig.quantities()) {
                String unit = ContentSignals.unitKey(q);
                byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(q);
                units.add(unit);
            }
            for (String u : units) {
                carriers.merge(u, 1, Integer::sum);
            }
        }
        String chosen = null;
        if (!rep.sig.quantities().isEmpty()) {
            chosen = ContentSignals.unitKey(rep.sig.quantities().get(0));
        } else {
            for (String u : byUnit.keySet()) {
                if (chosen == null || carriers.get(u) > carriers.get(chosen)) {
                    chosen = u;
                }
            }
        }
        List<String> values = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Quantity q : byUnit.getOrDefault(chosen, List.of())) {
            if (keys.add(q.key())) {
                values.add(q.text().toLowerCase(Locale.ROOT));
            }
        }
        return values;
    }

    private static String idOf(Item rep) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((rep.a.id() + '\n' + rep.a.contentText())
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("c-");
            for (int i = 0; i < 5; i++) {
                sb.append(String.format(Locale.ROOT, "%02x", d[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
