package org.corroborate.scoring.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import org.corroborate.scoring.truth.internal.LongIntMap;

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
 * Once every anchor is placed, a second pass merges claims that are one claim worded otherwise, comparing claims as
 * wholes (their centroids, found through postings of their heaviest terms, the signals of the anchors that may
 * state them, and what most of their anchors name and count; {@link #mergeClaims}); a statement left alone joins a
 * claim there as the first pass would have let it, had the claim been whole when the statement came.
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
 * were fighting} in Seoul's {@code had not been engaged in combat}). Such a denial of a claim's opposite joins the
 * claim whose statement states that opposite when one exists, either way: the claim that the soldiers were
 * fighting, which the Kremlin denies; for a plain claim ({@code North Korea has paid the debt}), the negatively
 * stated one ({@code North Korea has not paid the debt}) that {@code rejected reports that it had not paid}
 * denies. Otherwise it stays, listed in {@link Claim#negations()}, and counts for the claim. Likewise a claim stated
 * negated that was matched apart from a plainly stated claim whose statement it says in nearly the same words, the
 * other way, gives that claim its carriers that speak to the proposition (its assertions become the plain claim's
 * rival versions, counted against it), and remains only with the carriers that do not; an assertion of a plain
 * claim's opposite in nearly the same words that joined a third claim, where it is no rival version, moves to the
 * plain claim as well ({@link #rehomeStrayOpposites}).
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
 * started, the centroids it moved) and joins its claim. An anchor whose twin (the same content and countries) was
 * committed in an earlier block starts from the twin's LSH check and checks only the pairs its buckets gained since
 * ({@link TwinChecks}); one whose twin is earlier in its own block waits for the twin's commit and does the same.
 * Each step decides exactly as the one-at-a-time algorithm described above; a test checks it
 * against blocks of one statement and without the twins' checks. Claims are merged on one thread, in order of
 * creation. Statements that refer back are attached
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
    /** Slots (a power of two) of each thread's cache of checks against claims' first statements. */
    static final int LEADER_CACHE_BITS = 14;
    /**
     * Slots (a power of two) of each thread's table of the candidates a statement met already: twice the most it
     * can meet ({@link #BANDS} buckets of {@link #MAX_BUCKET}), so that few are forgotten.
     */
    static final int SEEN_BITS = 33 - Integer.numberOfLeadingZeros(BANDS * MAX_BUCKET - 1);
    /** The outcome bit of a slot of that cache. */
    private static final long PASSED = 1L << 31;
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
    /** Heaviest centroid terms of a claim that the merging pass ({@link #mergeClaims}) indexes and looks up. */
    static final int MERGE_TERMS = 4;
    /** Claims a term's postings keep at most in the merging pass. */
    static final int MERGE_PER_TERM = 16;
    /** A term used by more than this share of the statements is not indexed by the merging pass. */
    static final double MERGE_DF_SHARE = 0.05;
    /** Share of the threshold two claims' centroids must reach to merge. */
    static final double MERGE_SHARE = 1.5;
    /**
     * Share of the threshold that suffices when one of the two claims is one statement (or copies of one): the
     * statement joins the other claim as the first pass would have let it, had the claim been whole when the statement
     * came ({@link #mergeClaims}).
     */
    static final double MERGE_STATEMENT_SHARE = 1.0;
    /** Signals of a claim's central anchors the merging pass compares at most ({@link CentralSignals}). */
    static final int MERGE_CENTRAL = 8;
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
    /**
     * Slots of the table of recent anchors' checks that twins reuse ({@link TwinChecks}), as a power of two: 131,072
     * slots, 23.6 MB when there are as many vectors. Fewer slots than the distinct contents of the anchors make twins
     * whose check was forgotten be checked in full again: at 300k articles (181 k distinct contents), with 32,768
     * slots, 559 k of 2.55 M anchors were checked in full, 378 k of them twins (forgotten, or in their own block),
     * and the pairs checked grew 7 times from 100k's (215 M to 1.5 G).
     */
    static final int TWIN_BITS = 17;
    /** Statements whose signals are computed at once (so that no more term lists than these are alive at once). */
    static final int SIGNAL_CHUNK = 4096;

    private final double threshold;
    private final int threads;
    private final int block;
    private final int twinBits;

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
        this(threshold, threads, block, TWIN_BITS);
    }

    /**
     * @param block    anchors verified at once, at least 1 (1: one at a time, the plain sequential algorithm)
     * @param twinBits slots of the table of recent anchors' checks that twins reuse ({@link TwinChecks}), as a
     *                 power of two, 0 to 20; 0: none, every anchor checked in full (the same claims)
     */
    ClaimMatcher(double threshold, int threads, int block, int twinBits) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (block < 1) {
            throw new IllegalArgumentException("block must be >= 1, got " + block);
        }
        if (twinBits < 0 || twinBits > 20) {
            throw new IllegalArgumentException("twinBits must be 0 to 20, got " + twinBits);
        }
        this.threshold = threshold;
        this.threads = threads;
        this.block = block;
        this.twinBits = twinBits;
    }

    /**
     * The factual statements of one match, numbered from 0 in publication order (a statement's number is its order),
     * held as columns, one array per field, instead of an object per statement: an object per statement and one per
     * indexed anchor cost about 90 bytes per statement, the matcher's largest part of the heap (1.06 M statements at
     * 100k articles).
     */
    private static final class Statements {
        private static final byte ANCHOR = 1;
        private static final byte DENIED_NEGATED = 2;
        /** The flags' bits from this one on hold the statement's stance. */
        private static final int STANCE_SHIFT = 2;
        private static final Stance[] STANCES = Stance.values();
        /** The articles' attributions by number. */
        final Numbering numbering;
        /**
         * The statement's attribution's {@linkplain Numbering number}: the statements are held as references, and
         * their attribution made when asked for ({@link #attr}), not kept.
         */
        final int[] ref;
        /**
         * The statement's tf-idf vector in {@link #vectors}; statements with the same content text and countries
         * share one, and its signals ({@link #sig}): a vector has one content's signals, so they are kept by vector,
         * not by statement (one reference per distinct content instead of one per statement).
         */
        final int[] vec;
        /**
         * {@link #ANCHOR}: the statement stands on its own; {@link #DENIED_NEGATED}: a denial that rejects a negated
         * proposition ({@link Polarity#deniedNegated}: {@code denied that the soldiers had not been paid}); from bit
         * {@link #STANCE_SHIFT} on, the attribution's stance.
         */
        final byte[] flags;
        /** The claim the statement joined (or, for one that refers back, is about to join); null before. */
        final Cluster[] cluster;
        final Vectors vectors = new Vectors();

        /** The statements of the attributions numbered {@code ref} (kept as given), their stances set later. */
        Statements(Numbering numbering, int[] ref) {
            if (STANCES.length > 1 << (Byte.SIZE - STANCE_SHIFT)) {
                throw new IllegalStateException("the stances no longer fit the statements' flags");
            }
            this.numbering = numbering;
            this.ref = ref;
            int n = ref.length;
            vec = new int[n];
            flags = new byte[n];
            cluster = new Cluster[n];
        }

        int size() {
            return ref.length;
        }

        /** Statement {@code i} has {@code stance}, and no flag yet. */
        void stance(int i, Stance stance) {
            flags[i] = (byte) (stance.ordinal() << STANCE_SHIFT);
        }

        /** The content's signals of statement {@code i} (those of its vector): without their terms, sets shared. */
        ContentSignals sig(int i) {
            return vectors.sig(vec[i]);
        }

        /** Statement {@code i}'s attribution, made again (for a spilled run) at each call: do not keep it. */
        Attribution attr(int i) {
            return numbering.get(ref[i]);
        }

        /** Statement {@code i}'s article. */
        Article article(int i) {
            return numbering.articles.get(numbering.article(ref[i])).article();
        }

        /** Statement {@code i}'s stance, without making its attribution. */
        Stance stance(int i) {
            return STANCES[(flags[i] & 0xFF) >>> STANCE_SHIFT];
        }

        boolean anchor(int i) {
            return (flags[i] & ANCHOR) != 0;
        }

        void anchor(int i, boolean anchor) {
            flags[i] = (byte) (anchor ? flags[i] | ANCHOR : flags[i] & ~ANCHOR);
        }

        boolean deniedNegated(int i) {
            return (flags[i] & DENIED_NEGATED) != 0;
        }

        void deniedNegated(int i, boolean deniedNegated) {
            flags[i] = (byte) (deniedNegated ? flags[i] | DENIED_NEGATED : flags[i] & ~DENIED_NEGATED);
        }
    }

    /**
     * The attributions of a match's articles numbered from 0, article after article (in the order of the articles'
     * list), each in its article's order: one {@code int} stands for an attribution (its article found by a binary
     * search of the articles' first numbers), and the attribution is made from its article's list when asked for.
     */
    private static final class Numbering {
        final List<AnnotatedArticle> articles;
        /** Article {@code a}'s first attribution's number, then the number of attributions. */
        private final int[] first;

        Numbering(List<AnnotatedArticle> articles) {
            this.articles = articles;
            first = new int[articles.size() + 1];
            long n = 0;
            for (int a = 0; a < articles.size(); a++) {
                first[a] = (int) n;
                n += articles.get(a).attributions().size();
                if (n > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " attributions to match");
                }
            }
            first[articles.size()] = (int) n;
        }

        /** The number of attributions. */
        int size() {
            return first[articles.size()];
        }

        /** The number of attribution {@code k} of article {@code a}. */
        int number(int a, int k) {
            return first[a] + k;
        }

        /** The article (its index) of the attribution numbered {@code number}. */
        int article(int number) {
            // the last article whose first number is at most number (articles without attributions come before)
            int lo = 0;
            int hi = articles.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (first[mid] <= number) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }

        /** The attribution numbered {@code number}, made again (for a spilled run) at each call. */
        Attribution get(int number) {
            int a = article(number);
            return articles.get(a).attributions().get(number - first[a]);
        }
    }

    /**
     * The tf-idf vectors, in one pool of term ids and one of weights (no array per vector): vector {@code v} is the
     * ids and weights {@code [start(v), end(v))}, in the iteration order of the map it was built as (so sums come
     * out bit for bit the same); and each vector's content signals ({@link #sig}), which may be set before the
     * vector is added.
     */
    private static final class Vectors {
        private int[] start = new int[1024];
        int[] ids = new int[1 << 14];
        double[] ws = new double[1 << 14];
        private int count;
        /** Vector {@code v}'s content signals, without their terms. */
        private ContentSignals[] sigs = new ContentSignals[1024];

        /** The content signals of vector {@code v}. */
        ContentSignals sig(int v) {
            return sigs[v];
        }

        /** Sets the content signals of vector {@code v} (before or after it is added). */
        void sig(int v, ContentSignals sig) {
            if (v >= sigs.length) {
                sigs = java.util.Arrays.copyOf(sigs, Math.max(v + 1, 2 * sigs.length));
            }
            sigs[v] = sig;
        }

        /** Adds a vector; returns its number (from 0, in the order they are added). */
        int add(int[] vIds, double[] vWs) {
            int from = start[count];
            if (count + 2 > start.length) {
                start = java.util.Arrays.copyOf(start, start.length * 2);
            }
            if (from + vIds.length > ids.length) {
                int cap = Math.max(from + vIds.length, ids.length * 2);
                ids = java.util.Arrays.copyOf(ids, cap);
                ws = java.util.Arrays.copyOf(ws, cap);
            }
            System.arraycopy(vIds, 0, ids, from, vIds.length);
            System.arraycopy(vWs, 0, ws, from, vWs.length);
            start[count + 1] = from + vIds.length;
            return count++;
        }

        int start(int v) {
            return start[v];
        }

        int end(int v) {
            return start[v + 1];
        }

        int length(int v) {
            return start[v + 1] - start[v];
        }

        /** The number of vectors added. */
        int size() {
            return count;
        }

        /** Gives back the room of the pools not used. */
        void trim() {
            start = java.util.Arrays.copyOf(start, count + 1);
            sigs = java.util.Arrays.copyOf(sigs, count);
            ids = java.util.Arrays.copyOf(ids, start[count]);
            ws = java.util.Arrays.copyOf(ws, start[count]);
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
     * Finds each statement's twin: the first statement with the same content text and countries, by a hash of both
     * and a comparison with the one statement kept per hash. News repeats itself word for word (wire copies, relays
     * of one statement), and such a statement's signals and vector are computed once and shared. Memory stays
     * bounded: after {@link #LIMIT} contents the statements seen so far are forgotten (statements are taken in
     * publication order, and repeats are mostly close in time). Finding fewer twins changes nothing but the time.
     */
    /**
     * Finds each statement's twin: the first earlier statement of the same content and countries. Each distinct
     * content and countries is known by a 64-bit key (hashes and length) with its first statement; a statement whose
     * key is known is compared with that first one's content and countries (a hash says nothing for sure).
     */
    static final class Twins {
        static final int LIMIT = 1 << 20;
        /**
         * Slots (a power of two) of the table of recent first statements' contents and countries, by hash: a
         * twin's first is mostly recent, and its content is then compared without making its attribution again
         * (for a spilled run, without reading its text from disk). A first made again (forgotten by the table) is
         * put back in its slot, so its later twins find it there. A fixed size: 65,536 slots, the texts they hold
         * about 10 MB (with 4,096, a 100k run made 181,577 first statements again, each a read of the spill).
         */
        static final int RECENT_BITS = 16;
        private org.corroborate.scoring.truth.internal.LongIntMap firsts =
                new org.corroborate.scoring.truth.internal.LongIntMap(1 << 12);
        private final int recentBits;
        private final int[] recentFirst;
        private final String[] recentText;
        private final List<String>[] recentCountries;
        /** First statements' attributions made again to compare a statement with (the table had forgotten them). */
        int remade;

        Twins() {
            this(RECENT_BITS);
        }

        /** @param recentBits slots of the table of recent first statements, as a power of two: 1 to 20 */
        @SuppressWarnings("unchecked")
        Twins(int recentBits) {
            if (recentBits < 1 || recentBits > 20) {
                throw new IllegalArgumentException("recentBits must be 1 to 20, got " + recentBits);
            }
            this.recentBits = recentBits;
            recentFirst = new int[1 << recentBits];
            recentText = new String[1 << recentBits];
            recentCountries = new List[1 << recentBits];
            java.util.Arrays.fill(recentFirst, -1);
        }

        /**
         * The first earlier statement with {@code text} and {@code countries}, statement {@code i}'s content and
         * countries; or -1. Statements are numbered in the order they are given, from 0; {@code attr} makes an
         * earlier statement's attribution again.
         */
        int find(int i, String text, List<String> countries, java.util.function.IntFunction<Attribution> attr) {
            long key = (long) text.hashCode() << 32 ^ (countries.hashCode() & 0xFFFFFFFFL) ^ (long) text.length() << 20;
            if (key == Long.MIN_VALUE) {
                key++;
            }
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - recentBits));
            int first = firsts.putIfAbsent(key, i);
            if (first != i) {
                String otherText;
                List<String> otherCountries;
                if (recentFirst[slot] == first) {
                    otherText = recentText[slot];
                    otherCountries = recentCountries[slot];
                } else {
                    remade++;
                    Attribution other = attr.apply(first);
                    otherText = other.contentText();
                    otherCountries = other.countries();
                    // the first is recent again: its later twins find it in the table
                    recentFirst[slot] = first;
                    recentText[slot] = otherText;
                    recentCountries[slot] = otherCountries;
                }
                if (otherText.equals(text) && otherCountries.equals(countries)) {
                    return first;
                }
            } else {
                recentFirst[slot] = i;
                recentText[slot] = text;
                recentCountries[slot] = countries;
                if (firsts.size() >= LIMIT) {
                    firsts = new org.corroborate.scoring.truth.internal.LongIntMap(1 << 12);
                }
            }
            return -1;
        }
    }

    private static final class Cluster {
        private final Statements s;
        /** The claim's number, in order of creation; -1 for a claim a follower starts, until it is numbered. */
        int index;
        /** The vector of the claim's first statement (a tracked claim's own, else its first anchor's); -1: none. */
        int leaderVec = -1;
        /** The signals of the claim's first statement; null when it has none. */
        ContentSignals leaderSig;
        /** The statements' numbers, in the order they joined; {@link #size} of them. */
        private int[] members = new int[2];
        private int size;
        final TermWeights centroid = new TermWeights();
        double norm2;
        TrackedClaim tracked;
        /** Members added so far: the centroid is unchanged while this is. */
        int version;

        Cluster(int index, Statements s) {
            this.index = index;
            this.s = s;
        }

        int size() {
            return size;
        }

        /** The {@code k}-th member's number. */
        int member(int k) {
            return members[k];
        }

        /** The members' numbers in order of number. */
        int[] sortedMembers() {
            int[] out = java.util.Arrays.copyOf(members, size);
            java.util.Arrays.sort(out);
            return out;
        }

        /** Adds a vector to the centroid without a member: a tracked claim's own statement. */
        void seed(int v) {
            move(v, 1);
        }

        /** Adds ({@code sign} 1) or takes out ({@code sign} -1) vector {@code v} to or from the centroid. */
        private void move(int v, int sign) {
            Vectors vs = s.vectors;
            for (int k = vs.start(v), end = vs.end(v); k < end; k++) {
                double before = centroid.get(vs.ids[k]);
                double after = sign > 0 ? before + vs.ws[k] : before - vs.ws[k];
                centroid.put(vs.ids[k], after);
                norm2 += after * after - before * before;
            }
        }

        /** Takes a member out again, and its vector out of the centroid. */
        void remove(int i) {
            for (int k = 0; k < size; k++) {
                if (members[k] == i) {
                    System.arraycopy(members, k + 1, members, k, size - k - 1);
                    size--;
                    break;
                }
            }
            if (s.anchor(i)) {
                move(s.vec[i], -1);
            }
        }

        void add(int i) {
            append(i);
            version++;
            s.cluster[i] = this;
            if (s.anchor(i)) {
                move(s.vec[i], 1);
            }
        }

        /** Takes every member of {@code other} in, in order, which is left empty. */
        void absorb(Cluster other) {
            for (int k = 0; k < other.size; k++) {
                add(other.members[k]);
            }
            other.size = 0;
            other.members = new int[0];
            other.norm2 = 0;
        }

        /** Cosine of the two claims' centroids. In [0, 1]. */
        double cosine(Cluster other) {
            if (norm2 <= 0 || other.norm2 <= 0) {
                return 0;
            }
            TermWeights small = centroid.size <= other.centroid.size ? centroid : other.centroid;
            TermWeights large = small == centroid ? other.centroid : centroid;
            double dot = 0;
            for (int k = 0, n = small.slots(); k < n; k++) {
                int t = small.keyAt(k);
                if (t >= 0) {
                    double w = small.valueAt(k);
                    if (w != 0) {
                        dot += w * large.get(t);
                    }
                }
            }
            return dot / Math.sqrt(norm2 * other.norm2);
        }

        /** Adds a member that does not shape the centroid (a re-homed denial), without counting it as a change. */
        void append(int i) {
            if (size == members.length) {
                members = java.util.Arrays.copyOf(members, size * 2);
            }
            members[size++] = i;
        }

        double cosine(int i) {
            if (norm2 <= 0) {
                return 0;
            }
            Vectors vs = s.vectors;
            double dot = 0;
            for (int k = vs.start(s.vec[i]), end = vs.end(s.vec[i]); k < end; k++) {
                double c = centroid.get(vs.ids[k]);
                if (c != 0) {
                    dot += c * vs.ws[k];
                }
            }
            return dot / Math.sqrt(norm2);
        }
    }

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

        /** Slots of the table, for {@link #keyAt} and {@link #valueAt}. */
        int slots() {
            return keys.length;
        }

        /** The term id in slot {@code k}, -1 for an empty slot. */
        int keyAt(int k) {
            return keys[k];
        }

        double valueAt(int k) {
            return values[k];
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
        // the factual attributions' numbers, in one pass (a spilled run makes each attribution from its columns at
        // each get: once here, once more for the factual ones' signals below)
        Numbering numbering = new Numbering(sorted);
        int[] refs = new int[numbering.size()];
        int[] firstOf = new int[sorted.size() + 1]; // each article's first statement, then the number of statements
        int n = 0;
        for (int i = 0; i < sorted.size(); i++) {
            firstOf[i] = n;
            List<Attribution> attrs = sorted.get(i).attributions();
            for (int k = 0; k < attrs.size(); k++) {
                if (attrs.get(k).isFactual()) {
                    refs[n++] = numbering.number(i, k);
                }
            }
        }
        firstOf[sorted.size()] = n;
        Statements s = new Statements(numbering, n == refs.length ? refs : java.util.Arrays.copyOf(refs, n));
        refs = null;
        // First pass: signals, term ids and document frequencies; no statement keeps a term string. The signals of a
        // chunk of statements are computed on every thread, then taken in order (term ids are given in order).
        Dictionary dict = new Dictionary();
        // each distinct set of the signals kept once, made of strings kept once (the same name in other sets)
        Map<List<String>, Set<String>> sharedSets = new HashMap<>();
        Map<String, String> sharedStrings = new HashMap<>();
        java.util.function.UnaryOperator<Set<String>> share = set -> set.isEmpty() ? set
                : sharedSets.computeIfAbsent(SmallSet.ordered(set), k -> {
                    List<String> pooled = new ArrayList<>(k.size());
                    for (String x : k) {
                        pooled.add(sharedStrings.computeIfAbsent(x, y -> y));
                    }
                    return SmallSet.copyOf(pooled);
                });
        ContentSignals[] chunk = new ContentSignals[Math.min(SIGNAL_CHUNK, n)];
        // each statement's attribution made and content read once (a spilled run reads it from disk), let go after
        Attribution[] attrs = new Attribution[chunk.length];
        String[] texts = new String[chunk.length];
        int[] twin = new int[chunk.length];
        // each distinct content's term ids in text order, repeats kept, by vector number, until the vectors are made
        List<int[]> termsOf = new ArrayList<>();
        Twins twins = new Twins();
        // by vector number: whether its content stands alone (the anaphor rule), told once per distinct content
        java.util.BitSet standsAlone = new java.util.BitSet();
        // the content texts of one article at a time, read at once (a spilled run reads them from disk)
        int textsOf = -1;
        List<String> articleTexts = List.of();
        for (int start = 0; start < n; start += SIGNAL_CHUNK) {
            int from = start;
            int size = Math.min(SIGNAL_CHUNK, n - start);
            for (int k = 0; k < size; k++) {
                attrs[k] = s.attr(from + k);
                while (firstOf[textsOf + 1] <= from + k) {
                    textsOf++;
                    articleTexts = null;
                }
                if (articleTexts == null) {
                    articleTexts = org.corroborate.core.AttributionList.contentTexts(
                            sorted.get(textsOf).attributions());
                }
                texts[k] = articleTexts.get(s.ref[from + k] - numbering.number(textsOf, 0));
                twin[k] = twins.find(from + k, texts[k], attrs[k].countries(), s::attr);
            }
            workers.forEach(size, (w, k) -> {
                if (twin[k] < 0) {
                    chunk[k] = ContentSignals.of(texts[k], attrs[k].countries());
                }
            });
            for (int k = 0; k < size; k++) {
                int i = from + k;
                int[] terms;
                if (twin[k] >= 0) {
                    // the same content and countries: the same terms (all in the dictionary already) and signals
                    s.vec[i] = s.vec[twin[k]];
                    terms = termsOf.get(s.vec[i]);
                } else {
                    ContentSignals sig = chunk[k];
                    chunk[k] = null;
                    List<String> words = sig.terms();
                    terms = new int[words.size()];
                    for (int j = 0; j < terms.length; j++) {
                        terms[j] = dict.id(words.get(j));
                    }
                    s.vec[i] = termsOf.size();
                    termsOf.add(terms);
                    s.vectors.sig(s.vec[i], sig.withoutTerms(share));
                    standsAlone.set(s.vec[i], standsAlone(texts[k], !attrs[k].countries().isEmpty()));
                }
                dict.count(terms, i);
                Stance stance = attrs[k].stance();
                s.stance(i, stance);
                s.anchor(i, canAnchor(stance, terms.length) && standsAlone.get(s.vec[i]));
                s.deniedNegated(i, stance == Stance.DENIES && Polarity.deniedNegated(attrs[k], texts[k]));
                texts[k] = null;
                attrs[k] = null;
            }
        }
        LOG.debug("first statements made again to find twins: {}", twins.remade);
        twins = null;
        for (int a = 0; a + 1 < firstOf.length; a++) {
            boolean any = false;
            for (int i = firstOf[a]; i < firstOf[a + 1]; i++) {
                any |= s.anchor(i);
            }
            if (!any) {
                // An article none of whose statements stands on its own by the anaphor rule ("the troops crossed
                // the border" in a short item) has nothing to refer back to: its statements are matched across
                // articles like any other.
                for (int i = firstOf[a]; i < firstOf[a + 1]; i++) {
                    s.anchor(i, canAnchor(s.stance(i), termsOf.get(s.vec[i]).length));
                }
            }
        }
        sharedSets.clear();
        sharedStrings.clear();
        clock.lap("matching: signals and term ids (" + n + " statements)");
        // Second pass: tf-idf vectors, now that the document frequencies are known (each distinct content's; every
        // thread), then put in the pool in order.
        int distinct = termsOf.size();
        int[][] vIds = new int[distinct][];
        double[][] vWs = new double[distinct][];
        int statements = n;
        workers.forEach(distinct, (w, v) -> {
            Map<String, Double> vec = vector(dict.strings(termsOf.get(v)), dict, statements);
            vIds[v] = new int[vec.size()];
            vWs[v] = new double[vec.size()];
            int j = 0;
            for (Map.Entry<String, Double> e : vec.entrySet()) {
                vIds[v][j] = dict.known(e.getKey());
                vWs[v][j++] = e.getValue();
            }
        });
        termsOf.clear();
        for (int v = 0; v < distinct; v++) {
            s.vectors.add(vIds[v], vWs[v]);
            vIds[v] = null;
            vWs[v] = null;
        }
        s.vectors.trim();
        clock.lap("matching: vectors");
        Buckets buckets = new Buckets();
        RareTermIndex<Cluster> rare = new RareTermIndex<>(dict.dfById(),
                (int) Math.min(RARE_DF, Math.floor(n * RARE_SHARE)), RARE_PER_TERM, RARE_PER_QUERY);
        Vectors vs = s.vectors;

        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> trackedById = new HashMap<>();
        for (TrackedClaim t : trackedClaims) {
            Cluster c = new Cluster(clusters.size(), s);
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
            int v = vs.add(ids, ws);
            c.seed(v);
            c.leaderVec = v;
            c.leaderSig = sig.withoutTerms(share);
            vs.sig(v, c.leaderSig);
            buckets.index(v, c.index, bandKeys(vs, v, dict));
            rare.add(vs.ids, vs.start(v), vs.end(v), c);
            clusters.add(c);
            trackedById.put(t.id(), c);
        }
        // articles that name a tracked claim bring their most similar attribution to it
        Map<String, Integer> named = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Cluster c = trackedById.get(s.article(i).claimId());
            if (c == null) {
                continue;
            }
            Integer best = named.get(s.article(i).id());
            if (best == null || c.cosine(i) > c.cosine(best)) {
                named.put(s.article(i).id(), i);
            }
        }
        for (int i : named.values().stream().sorted().toList()) {
            Cluster c = trackedById.get(s.article(i).claimId());
            c.add(i);
            if (s.anchor(i)) {
                int v = s.vec[i];
                buckets.index(v, c.index, bandKeys(vs, v, dict));
                rare.add(vs.ids, vs.start(v), vs.end(v), c);
            }
        }
        int anchors = matchAnchors(s, dict, buckets, rare, clusters, workers);
        clock.lap("matching: anchors (" + anchors + " on " + workers.threads() + " threads)");
        int merged = mergeClaims(s, dict, clusters);
        clock.lap("matching: claims merged (" + merged + ")");
        if (LOG.isDebugEnabled()) {
            LOG.debug("LSH buckets: {}", buckets.footprint());
        }
        // what only the anchors needed, let go before the claims are built
        buckets = null;
        rare = null;
        // A follower only looks at the statements of its own article: group them once (in order), not per follower.
        // The articles' followers are placed on every thread (the centroids they read do not change: followers add
        // nothing to them), then joined to their claims in order, new claims numbered in that order.
        Map<String, Integer> groupOf = new HashMap<>();
        List<int[]> groups = new ArrayList<>();
        int[] groupSize = new int[sorted.size()];
        for (int i = 0; i < n; i++) {
            int g = groupOf.computeIfAbsent(s.article(i).id(), k -> {
                groups.add(new int[4]);
                return groups.size() - 1;
            });
            int[] members = groups.get(g);
            if (groupSize[g] == members.length) {
                members = java.util.Arrays.copyOf(members, members.length * 2);
                groups.set(g, members);
            }
            members[groupSize[g]++] = i;
        }
        groupOf = null;
        workers.forEach(groups.size(), (w, g) -> {
            int[] group = java.util.Arrays.copyOf(groups.get(g), groupSize[g]);
            Attribution[] made = null; // the group's attributions, made once for all its followers
            for (int k = 0; k < group.length; k++) {
                if (!s.anchor(group[k])) {
                    if (made == null) {
                        made = new Attribution[group.length];
                        for (int j = 0; j < group.length; j++) {
                            made[j] = s.attr(group[j]);
                        }
                    }
                    s.cluster[group[k]] = followerTarget(k, s, group, made);
                }
            }
        });
        for (int i = 0; i < n; i++) {
            if (!s.anchor(i)) {
                Cluster target = s.cluster[i];
                if (target.index < 0) {
                    target.index = clusters.size();
                    clusters.add(target);
                }
                target.add(i);
            }
        }
        clock.lap("matching: followers");
        rehomeDeniedNegations(clusters, s, dict);
        rehomeOppositeAssertions(clusters, s, dict);
        rehomeStrayOpposites(clusters, s, dict);
        List<Cluster> kept = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.size() > 0) {
                kept.add(c);
            }
        }
        Claim[] out = new Claim[kept.size()];
        workers.forEach(out.length, (w, k) -> out[k] = toClaim(kept.get(k), s, dict));
        clock.lap("matching: claims");
        return new ArrayList<>(java.util.Arrays.asList(out));
    }

    /**
     * Second pass over the claims the anchors made: a claim joins an earlier one that is the same claim worded
     * otherwise, judged on the claims as a whole. Candidates come from postings of each claim's
     * {@link #MERGE_TERMS} heaviest centroid terms among those no more than {@link #MERGE_DF_SHARE} of the
     * statements use (each term's postings keep {@link #MERGE_PER_TERM} claims), so a claim is compared with at
     * most {@code MERGE_TERMS × MERGE_PER_TERM} others, never with all. A candidate is verified: the two centroids
     * are at least {@link #MERGE_SHARE} times the threshold similar, or, when either claim is one statement (or
     * copies of one), the threshold ({@link #MERGE_STATEMENT_SHARE}: the statement joins the claim as the first pass
     * lets a statement join a claim's centroid; it came before the claim was whole); one of the anchors that may
     * state the one claim ({@link CentralSignals}: those its statement is chosen from) and one of the other's
     * {@linkplain ContentSignals#agreeAsWholes agree as wholes} (countries, every name written the same, dates, the
     * main event or none on both sides, one polarity), not only their first statements; and the two claims are
     * about the same things as wholes ({@link ClaimCore#agree}: what at least half of each claim's anchors name and
     * count), since a claim of thousands of statements has central anchors that name little, and two claims about
     * two towns, or about drones and shells, may agree by them. The claim joins its most similar verified candidate,
     * ties to the earlier. Headlines of one rumour worded apart make claims whose statements are each less than the
     * threshold similar to the other claim's, while their centroids, where each statement's own words weigh little,
     * are close.
     * Tracked claims are left as they are. Claims are taken in order of creation, so the result does not depend on
     * the number of threads. Below 60 statements only terms that two statements use are indexed, so a small corpus
     * ({@code examples/}) merges little. Returns the number of claims merged.
     */
    private int mergeClaims(Statements s, Dictionary dict, List<Cluster> clusters) {
        int[] df = dict.dfById();
        int maxDf = Math.max(2, (int) Math.floor(s.size() * MERGE_DF_SHARE));
        Map<Integer, int[]> postings = new HashMap<>();
        int[] root = new int[clusters.size()];
        int[] seenBy = new int[clusters.size()];
        java.util.Arrays.fill(seenBy, -1);
        for (int c = 0; c < root.length; c++) {
            root[c] = c;
        }
        CentralSignals central = new CentralSignals(s, clusters.size());
        int merged = 0;
        int[] top = new int[MERGE_TERMS];
        double[] topW = new double[MERGE_TERMS];
        for (int c = 0; c < clusters.size(); c++) {
            Cluster cl = clusters.get(c);
            if (cl.tracked != null || cl.size() == 0) {
                continue;
            }
            int count = heaviest(cl.centroid, df, maxDf, top, topW);
            Cluster best = null;
            double bestSim = -1;
            for (int q = 0; q < count; q++) {
                int[] list = postings.get(top[q]);
                if (list == null) {
                    continue;
                }
                for (int k = 1; k <= list[0]; k++) {
                    int r = find(root, list[k]);
                    if (r == c || seenBy[r] == c) {
                        continue;
                    }
                    seenBy[r] = c;
                    Cluster o = clusters.get(r);
                    double sim = cl.cosine(o);
                    double share = oneContent(cl, s) || oneContent(o, s) ? MERGE_STATEMENT_SHARE : MERGE_SHARE;
                    if (sim < threshold * share || sim < bestSim
                            || best != null && sim == bestSim && r > best.index) {
                        continue;
                    }
                    if (!agreeAsWholes(central.of(cl), central.of(o))
                            || !ClaimCore.agree(central.core(cl), central.core(o))) {
                        continue;
                    }
                    best = o;
                    bestSim = sim;
                }
            }
            int target = c;
            if (best != null) {
                if (LOG.isTraceEnabled()) {
                    LOG.trace("claim {} ({} statements, first: {}) joins claim {} ({} statements, first: {}), cosine"
                            + " {}", cl.index, cl.size(), s.attr(cl.member(0)).contentText(), best.index, best.size(),
                            s.attr(best.member(0)).contentText(), bestSim);
                }
                best.absorb(cl);
                root[c] = best.index;
                target = best.index;
                merged++;
            }
            for (int q = 0; q < count; q++) {
                int[] list = postings.get(top[q]);
                if (list == null) {
                    list = new int[1 + MERGE_PER_TERM];
                    postings.put(top[q], list);
                }
                boolean present = false;
                for (int k = 1; k <= list[0]; k++) {
                    present |= find(root, list[k]) == target;
                }
                if (!present && list[0] < MERGE_PER_TERM) {
                    list[++list[0]] = target;
                }
            }
        }
        return merged;
    }

    /** True when claim {@code c}'s statements all have one content (one statement, or its copies). */
    private static boolean oneContent(Cluster c, Statements s) {
        for (int k = 1; k < c.size(); k++) {
            if (s.vec[c.member(k)] != s.vec[c.member(0)]) {
                return false;
            }
        }
        return c.size() > 0;
    }

    /**
     * True when one of the signals that may state one claim {@linkplain ContentSignals#agreeAsWholes agrees as a
     * whole} with one of those that may state the other ({@link CentralSignals}).
     */
    private static boolean agreeAsWholes(List<ContentSignals> a, List<ContentSignals> b) {
        for (ContentSignals x : a) {
            for (ContentSignals y : b) {
                if (ContentSignals.agreeAsWholes(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The signals of the anchors that may state each claim, for the merging pass: those at least
     * {@link #REPRESENTATIVE_SHARE} as similar to the claim's centroid as the most central one (the anchors its
     * statement is chosen from), each distinct set of signals once, the most central first (ties to the earlier
     * statement), at most {@link #MERGE_CENTRAL}. Kept per claim until the claim changes (its
     * {@link Cluster#version}). A claim's first statement says what it was about when it started, and a claim that
     * began with a headline naming less (or more) than the rest cannot be judged by it. Also the claim's
     * {@link ClaimCore} (what at least half of its anchors state), when asked for.
     */
    private static final class CentralSignals {
        private final Statements s;
        private final List<List<ContentSignals>> signals;
        private final int[] version;
        private final List<ClaimCore> cores;
        private final int[] coreVersion;

        CentralSignals(Statements s, int claims) {
            this.s = s;
            signals = new ArrayList<>(Collections.nCopies(claims, null));
            version = new int[claims];
            cores = new ArrayList<>(Collections.nCopies(claims, null));
            coreVersion = new int[claims];
        }

        /**
         * A claim's anchors grouped by vector (copies of one content have one cosine and one set of signals): each
         * group's earliest statement and its number of anchors, groups in order of first appearance. A claim of
         * thousands of statements has far fewer contents.
         */
        private record AnchorGroups(int[] first, int[] times, int count) {
        }

        private AnchorGroups groups(Cluster c) {
            int n = c.size();
            LongIntMap group = new LongIntMap(16);
            int[] first = new int[n];
            int[] times = new int[n];
            int groups = 0;
            for (int k = 0; k < n; k++) {
                int i = c.member(k);
                if (s.anchor(i)) {
                    int g = group.putIfAbsent(s.vec[i], groups);
                    if (g == groups) {
                        first[groups++] = i;
                    } else if (i < first[g]) {
                        first[g] = i;
                    }
                    times[g]++;
                }
            }
            return new AnchorGroups(first, times, groups);
        }

        List<ContentSignals> of(Cluster c) {
            List<ContentSignals> known = signals.get(c.index);
            if (known != null && version[c.index] == c.version) {
                return known;
            }
            AnchorGroups a = groups(c);
            int[] first = a.first();
            double[] cos = new double[a.count()];
            double best = -1;
            for (int g = 0; g < a.count(); g++) {
                cos[g] = c.cosine(first[g]);
                best = Math.max(best, cos[g]);
            }
            Integer[] order = new Integer[a.count()];
            int m = 0;
            for (int g = 0; g < a.count(); g++) {
                if (isCandidate(s, first[g], cos[g], best)) {
                    order[m++] = g;
                }
            }
            Arrays.sort(order, 0, m, (x, y) -> cos[x] != cos[y] ? Double.compare(cos[y], cos[x])
                    : Integer.compare(first[x], first[y]));
            Set<ContentSignals> out = new LinkedHashSet<>();
            if (c.leaderSig != null && best < 0) {
                out.add(c.leaderSig); // no anchor: the first statement's (a tracked claim's own)
            }
            for (int k = 0; k < m && out.size() < MERGE_CENTRAL; k++) {
                out.add(s.sig(first[order[k]]));
            }
            List<ContentSignals> list = List.copyOf(out);
            signals.set(c.index, list);
            version[c.index] = c.version;
            return list;
        }

        /**
         * What claim {@code c}'s anchors state as a whole ({@link ClaimCore}; a claim without anchors, its first
         * statement's). Made only for claims whose central anchors agree with a candidate's, kept until the claim
         * changes.
         */
        ClaimCore core(Cluster c) {
            ClaimCore known = cores.get(c.index);
            if (known != null && coreVersion[c.index] == c.version) {
                return known;
            }
            AnchorGroups a = groups(c);
            ClaimCore.Counter counter = new ClaimCore.Counter();
            for (int g = 0; g < a.count(); g++) {
                counter.add(s.vectors.sig(s.vec[a.first()[g]]), a.times()[g]);
            }
            ClaimCore core = counter.isEmpty() && c.leaderSig != null ? ClaimCore.of(List.of(c.leaderSig))
                    : counter.core();
            cores.set(c.index, core);
            coreVersion[c.index] = c.version;
            return core;
        }
    }

    /** The claim that claim {@code c} was merged into, in the end. */
    private static int find(int[] root, int c) {
        while (root[c] != c) {
            root[c] = root[root[c]];
            c = root[c];
        }
        return c;
    }

    /**
     * Puts in {@code top} the ids of up to {@code top.length} heaviest terms of {@code centroid} whose document
     * frequency is 2 to {@code maxDf}, heaviest first (ties to the smaller id), and returns how many.
     */
    private static int heaviest(TermWeights centroid, int[] df, int maxDf, int[] top, double[] topW) {
        int count = 0;
        for (int k = 0, n = centroid.slots(); k < n; k++) {
            int t = centroid.keyAt(k);
            if (t < 0 || t >= df.length || df[t] < 2 || df[t] > maxDf) {
                continue;
            }
            double w = centroid.valueAt(k);
            if (w <= 0) {
                continue;
            }
            int pos = count;
            while (pos > 0 && (topW[pos - 1] < w || topW[pos - 1] == w && top[pos - 1] > t)) {
                pos--;
            }
            if (pos >= top.length) {
                continue;
            }
            for (int j = Math.min(count, top.length - 1); j > pos; j--) {
                top[j] = top[j - 1];
                topW[j] = topW[j - 1];
            }
            top[pos] = t;
            topW[pos] = w;
            count = Math.min(count + 1, top.length);
        }
        return count;
    }

    /**
     * Takes the anchors that joined no claim yet, a block at a time: each verified on every thread against the
     * claims before the block, then in order against what the block changed, and committed. Returns their number.
     */
    private int matchAnchors(Statements s, Dictionary dict, Buckets buckets, RareTermIndex<Cluster> rare,
                             List<Cluster> clusters, Workers workers) {
        int n = s.size();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (s.anchor(i) && s.cluster[i] == null) {
                count++;
            }
        }
        int[] anchors = new int[count];
        count = 0;
        for (int i = 0; i < n; i++) {
            if (s.anchor(i) && s.cluster[i] == null) {
                anchors[count++] = i;
            }
        }
        Vectors vs = s.vectors;
        Scratch[] scratch = new Scratch[workers.threads()];
        for (int w = 0; w < scratch.length; w++) {
            scratch[w] = new Scratch(dict.size());
        }
        Scratch own = new Scratch(dict.size());
        TwinChecks twins = new TwinChecks(twinBits, vs.size());
        Pending[] pending = new Pending[Math.min(block, anchors.length)];
        boolean[] later = new boolean[pending.length];
        BlockTwins inBlock = new BlockTwins(pending.length);
        for (int start = 0; start < anchors.length; start += block) {
            int from = start;
            int size = Math.min(block, anchors.length - start);
            int entriesBefore = buckets.entryCount;
            for (Scratch sc : scratch) {
                sc.fit(clusters.size());
            }
            // an anchor with an earlier twin in its own block (none in the table) would be checked in full as that
            // twin is: it waits until the twin is committed and starts from the twin's check then
            inBlock.clear();
            for (int k = 0; k < size; k++) {
                int v = s.vec[anchors[from + k]];
                later[k] = !inBlock.add(v) && twins.slot(v) < 0 && twins.keeps();
            }
            workers.forEach(size, (w, k) -> pending[k] = later[k] ? null : verifyBefore(anchors[from + k], s,
                    dict, buckets, clusters, rare, twins, scratch[w]));
            for (int k = 0; k < size; k++) {
                int i = anchors[from + k];
                Pending p = pending[k];
                pending[k] = null;
                own.fit(clusters.size());
                int before = entriesBefore;
                if (p == null) {
                    // checked now, against the claims as they stand: the plain one-at-a-time step
                    p = verifyBefore(i, s, dict, buckets, clusters, rare, twins, own);
                    before = buckets.entryCount;
                }
                Cluster best = verifyWithin(i, s, p, before, buckets, clusters, rare, own);
                if (best == null) {
                    best = new Cluster(clusters.size(), s);
                    best.leaderVec = s.vec[i];
                    best.leaderSig = s.sig(i);
                    clusters.add(best);
                }
                best.add(i);
                // p's buckets and sizes become those just before i is indexed, which its best LSH candidate is of
                buckets.index(s.vec[i], best.index, p.bands, p.buckets, p.sizes);
                rare.add(vs.ids, vs.start(s.vec[i]), vs.end(s.vec[i]), best);
                twins.put(p);
            }
        }
        if (LOG.isDebugEnabled()) {
            int hits = own.twinHits;
            for (Scratch sc : scratch) {
                hits += sc.twinHits;
            }
            LOG.debug("anchors whose twin's LSH check was reused: {} of {}", hits, anchors.length);
        }
        return anchors.length;
    }

    /**
     * The vectors of the anchors of one block seen so far: a set of at most a block's ints, open addressing, kept
     * for the whole match and cleared per block.
     */
    private static final class BlockTwins {
        private final int[] slots;
        private final int mask;

        BlockTwins(int block) {
            slots = new int[Integer.highestOneBit(Math.max(1, block)) << 2];
            mask = slots.length - 1;
        }

        void clear() {
            java.util.Arrays.fill(slots, -1);
        }

        /** Adds vector {@code v}; false when it was there already. */
        boolean add(int v) {
            for (int k = (v * 0x9E3779B9) >>> 16 & mask; ; k = k + 1 & mask) {
                if (slots[k] == v) {
                    return false;
                }
                if (slots[k] < 0) {
                    slots[k] = v;
                    return true;
                }
            }
        }
    }

    /**
     * The LSH checks of recently committed anchors, by vector: per band the bucket and the pairs it held just before
     * the anchor was indexed, and the best LSH candidate among them. An anchor whose twin (same content and countries:
     * the same vector) is here takes them and checks only the pairs its buckets gained since ({@link #verifyBefore}),
     * without making its band keys again or looking its buckets up. News repeats itself (wire copies, relays), mostly
     * within hours, so most anchors at scale are twins of a recent one: at 100k articles 850 k anchors have about
     * 60 k distinct contents. A direct-mapped table by vector number (vectors are numbered in publication order, so
     * recent ones do not collide), in flat arrays of a fixed size: about 180 bytes a slot, and no more slots than
     * vectors; its memory does not grow with the corpus beyond that. Written only by the committing thread, between
     * the blocks; read by every thread while a block is verified.
     */
    private static final class TwinChecks {
        private final int mask;
        /** Per slot: the vector whose check it holds, -1 for none. */
        private final int[] vec;
        /** Per slot: its number of bands (0 for an empty vector, else {@link #BANDS}). */
        private final byte[] bands;
        /** Per slot and band ({@code slot * BANDS + k}): the band's bucket. */
        private final int[] bucket;
        /** Per slot and band: the pairs the bucket held before the anchor was indexed (at most {@link #MAX_BUCKET}). */
        private final byte[] size;
        /** Per slot: the best verified LSH candidate's claim among those pairs (null: none), and its similarity. */
        private final Cluster[] best;
        private final double[] bestSim;

        /**
         * A table of {@code 2^bits} slots, or fewer when there are fewer vectors; 0 bits: none kept, every anchor
         * checked in full.
         */
        TwinChecks(int bits, int vectors) {
            if (MAX_BUCKET > 255) {
                throw new IllegalStateException("a bucket's size no longer fits a byte: " + MAX_BUCKET);
            }
            int slots = bits == 0 ? 0 : 1 << Math.min(bits, 32 - Integer.numberOfLeadingZeros(Math.max(1, vectors)));
            mask = slots - 1;
            vec = new int[slots];
            java.util.Arrays.fill(vec, -1);
            bands = new byte[slots];
            bucket = new int[slots * BANDS];
            size = new byte[slots * BANDS];
            best = new Cluster[slots];
            bestSim = new double[slots];
        }

        /** Whether any check is kept (a table of at least one slot). */
        boolean keeps() {
            return vec.length > 0;
        }

        /** The slot that holds the committed check of vector {@code v}, or -1. */
        int slot(int v) {
            if (vec.length == 0) {
                return -1;
            }
            int slot = v & mask;
            return vec[slot] == v ? slot : -1;
        }

        /**
         * Starts {@code p}, the check of an anchor of the vector whose check {@code slot} holds, from it: the same
         * bands, each band's bucket known, the pairs before its size already checked, its best.
         */
        void load(int slot, Pending p) {
            int n = bands[slot];
            p.buckets = new int[n];
            p.sizes = new short[n];
            for (int k = 0; k < n; k++) {
                p.buckets[k] = bucket[slot * BANDS + k];
                p.sizes[k] = (short) (size[slot * BANDS + k] & 0xFF);
            }
            p.best = best[slot];
            p.bestSim = bestSim[slot];
        }

        /**
         * Keeps a committed anchor's check, in place of its slot's older one: {@code p}'s buckets, their sizes just
         * before the anchor was indexed and its best LSH candidate among their pairs.
         */
        void put(Pending p) {
            if (vec.length == 0) {
                return;
            }
            int slot = p.vec & mask;
            vec[slot] = p.vec;
            bands[slot] = (byte) p.buckets.length;
            for (int k = 0; k < p.buckets.length; k++) {
                bucket[slot * BANDS + k] = p.buckets[k];
                size[slot * BANDS + k] = (byte) p.sizes[k];
            }
            best[slot] = p.best;
            bestSim[slot] = p.bestSim;
        }
    }

    /**
     * What a thread keeps while verifying candidates, so that threads share nothing they write: the probing
     * statement's weights spread by term id, the candidates the probing statement met already, and per claim the
     * last statement (its order) that looked at it, with the outcome of the claim's leader check.
     */
    private static final class Scratch {
        /** The probing statement's weights by term id, all other terms 0. */
        final double[] probe;
        /**
         * The (vector, claim) candidates the probing statement met already through another band: a candidate's
         * outcome depends only on those two, so one met again is skipped. A table of a few thousand slots, not an
         * int per entry indexed.
         */
        final SeenPairs seen = new SeenPairs(SEEN_BITS);
        /**
         * Per claim number: the last statement (its order) checked against the claim's first statement, shifted left
         * by one, with the outcome in the low bit (1: passed); -1 for none. One array read tells a claim ruled out.
         */
        long[] leader = new long[0];
        /**
         * Per claim number: the vector of the last statement checked against the claim's first statement, shifted
         * left by one, with the outcome in the low bit; -1 for none.
         */
        long[] leaderByVec = new long[0];
        /**
         * Outcomes of earlier checks against claims' first statements, by claim and vector, for the twins that are
         * not checked right after each other: a slot ({@link #slot}) holds the claim number shifted left by 32 and
         * the vector, with the outcome in bit 31 (set: passed); -1 for none. A later check of the same slot replaces
         * it, so a look-up tells the outcome or nothing, never a wrong one.
         */
        final long[] leaderCache = new long[1 << LEADER_CACHE_BITS];
        /** Per claim number: the last statement whose rare-term candidates include it, and where in them. */
        int[] rareBy = new int[0];
        int[] rareSlot = new int[0];
        /** Anchors this scratch verified with a twin's check ({@link TwinChecks}), for the debug log. */
        int twinHits;

        Scratch(int terms) {
            probe = new double[terms];
            java.util.Arrays.fill(leaderCache, -1L);
        }

        /** The slot of claim number {@code claim} and vector {@code vec} in {@link #leaderCache}. */
        static int slot(int claim, int vec) {
            return (int) ((((long) claim << 32 | vec) * 0x9E3779B97F4A7C15L) >>> (64 - LEADER_CACHE_BITS));
        }

        /** Makes room for {@code claims} claims. */
        void fit(int claims) {
            if (leader.length < claims) {
                int old = leader.length;
                int cap = Math.max(claims, 2 * old);
                leader = java.util.Arrays.copyOf(leader, cap);
                leaderByVec = java.util.Arrays.copyOf(leaderByVec, cap);
                rareBy = java.util.Arrays.copyOf(rareBy, cap);
                rareSlot = java.util.Arrays.copyOf(rareSlot, cap);
                java.util.Arrays.fill(leader, old, cap, -1L);
                java.util.Arrays.fill(leaderByVec, old, cap, -1L);
                java.util.Arrays.fill(rareBy, old, cap, -1);
            }
        }

        /** True when statement {@code order} was checked against claim {@code claim}'s first statement and failed. */
        boolean leaderFailed(int claim, int order) {
            return leader[claim] == (long) order << 1;
        }

        void spread(Vectors vs, int v) {
            for (int k = vs.start(v), end = vs.end(v); k < end; k++) {
                probe[vs.ids[k]] = vs.ws[k];
            }
        }

        void clear(Vectors vs, int v) {
            for (int k = vs.start(v), end = vs.end(v); k < end; k++) {
                probe[vs.ids[k]] = 0;
            }
        }
    }

    /**
     * An anchor's candidates as verified against the claims before its block: its band keys, their buckets (-1:
     * none then) and the buckets' sizes then, the claim of its best verified LSH candidate and that candidate's
     * similarity, and its rare-term candidate claims with their version, their similarity and whether they
     * passed. Once the anchor is committed, its buckets, their sizes just before it was indexed and its best LSH
     * candidate then are kept in {@link TwinChecks}.
     */
    private static final class Pending {
        /** The anchor's vector. */
        int vec;
        /** The band keys of the vector; null when taken from a twin's check, where every band's bucket is known. */
        long[] bands;
        int[] buckets;
        /** The pairs each bucket held then: those after them were added within the block. */
        short[] sizes;
        Cluster best;
        double bestSim = -1;
        Cluster[] rare;
        int[] rareVersion;
        double[] rareSim;
        boolean[] rarePass;
    }

    /**
     * The candidates of anchor {@code i} among the statements and claims as they stood before its block (read only:
     * runs on any thread). The LSH candidates come from the entries sharing one of its bands; the best of them is
     * the most similar verified one, ties to the earlier claim. The checks are conjunctive and free of side effects,
     * so they are made in the order that saves most ({@link #scanPairs}). When a twin of {@code i} (an anchor of the
     * same vector) was committed in an earlier block and is still in {@code twins}, its band keys are taken as they
     * are and its best as it stood just before it was indexed, and only the pairs its buckets gained since are
     * checked: buckets only grow, and a pair's outcome depends only on the vector and the pair, so the best over
     * the pairs of both times is the one a full check finds. Claims that share a rare term (loose paraphrases LSH
     * misses) are verified against the claim as a whole, its centroid, and kept with the centroid's version: a
     * claim that gains a statement later in the block is verified again.
     */
    private Pending verifyBefore(int i, Statements s, Dictionary dict, Buckets buckets, List<Cluster> clusters,
                                 RareTermIndex<Cluster> rare, TwinChecks twins, Scratch sc) {
        Vectors vs = s.vectors;
        int v = s.vec[i];
        Pending p = new Pending();
        p.vec = v;
        int twin = twins.slot(v);
        if (twin >= 0) {
            twins.load(twin, p);
            sc.twinHits++;
        } else {
            p.bands = bandKeys(vs, v, dict);
            p.buckets = new int[p.bands.length];
            p.sizes = new short[p.bands.length];
        }
        boolean spread = false;
        for (int k = 0; k < p.buckets.length; k++) {
            // from the twin's check: its bucket and the pairs checked then; else a look-up, and all pairs
            int b = twin >= 0 ? p.buckets[k] : buckets.bucket(p.bands[k]);
            int from = twin >= 0 ? p.sizes[k] : 0;
            p.buckets[k] = b;
            if (b < 0) {
                continue;
            }
            p.sizes[k] = buckets.size[b];
            if (p.sizes[k] > from) {
                if (!spread) {
                    sc.spread(vs, v);
                    spread = true;
                }
                scanPairs(i, s, buckets, b, from, p, clusters, sc);
            }
        }
        if (spread) {
            sc.clear(vs, v);
        }
        Set<Cluster> candidates = rare.candidates(vs.ids, vs.start(v), vs.end(v));
        p.rare = candidates.toArray(new Cluster[0]);
        p.rareVersion = new int[p.rare.length];
        p.rareSim = new double[p.rare.length];
        p.rarePass = new boolean[p.rare.length];
        for (int k = 0; k < p.rare.length; k++) {
            Cluster c = p.rare[k];
            p.rareVersion[k] = c.version;
            p.rareSim[k] = c.cosine(i);
            p.rarePass[k] = rareVerified(s.sig(i), c, p.rareSim[k]);
        }
        return p;
    }

    /**
     * Checks the pairs of bucket {@code b} from its {@code from}-th on as LSH candidates of anchor {@code i} (whose
     * vector {@code sc} has spread), and makes the most similar verified one {@code p}'s best when it beats it
     * (ties to the earlier claim; the order of the pairs does not matter). The checks are made in the order that
     * saves most: a candidate's claim is checked first, once per claim (is {@code i} similar enough to, and does it
     * agree with, the claim's first statement?), from the claim number the bucket keeps beside each entry, and a
     * claim that fails rules out all its statements unread; a pair met through another band is skipped; then the
     * cosine (one array read per term), which rules out most candidates; then the agreement of signals (string
     * comparisons), only for a candidate that would win.
     */
    private void scanPairs(int i, Statements s, Buckets buckets, int b, int from, Pending p, List<Cluster> clusters,
                           Scratch sc) {
        Vectors vs = s.vectors;
        int a = buckets.at(b);
        int[] m = buckets.page(a);
        int first = Buckets.first(a);
        Cluster best = p.best;
        double bestSim = p.bestSim;
        for (int j = first + 2 * from, end = first + 2 * buckets.size[b]; j < end; j += 2) {
            int entry = m[j];
            int claim = m[j + 1];
            if (sc.leaderFailed(claim, i)) {
                continue; // the claim's first statement ruled it out: none of its statements can win
            }
            if (!sc.seen.add(i, entry, claim)) {
                continue; // already looked at through another band (or as a twin's entry)
            }
            if (!leaderOk(i, s, claim, clusters, sc)) {
                continue;
            }
            double sim = dot(sc.probe, vs, entry);
            if (sim < bestSim || best != null && sim == bestSim && claim > best.index
                    || !verified(s.sig(i), vs.sig(entry), sim)) {
                continue;
            }
            best = clusters.get(claim);
            bestSim = sim;
        }
        p.best = best;
        p.bestSim = bestSim;
    }

    /**
     * The claim of the most similar verified candidate of anchor {@code i}, or null, as the one-at-a-time algorithm
     * finds it: {@code p}'s best among the claims before the block, against the entries indexed since
     * ({@code entriesBefore} on) that share a band with {@code i}, and its rare-term candidates as they are now,
     * each verified again if its centroid changed since {@code p} was made. Ties go to the earlier claim. Runs on the
     * one thread that commits. Leaves in {@code p} the best LSH candidate as of now (for {@link TwinChecks}).
     */
    private Cluster verifyWithin(int i, Statements s, Pending p, int entriesBefore, Buckets buckets,
                                 List<Cluster> clusters, RareTermIndex<Cluster> rare, Scratch sc) {
        Vectors vs = s.vectors;
        int v = s.vec[i];
        if (buckets.entryCount > entriesBefore) {
            sc.spread(vs, v);
            for (int k = 0; k < p.buckets.length; k++) {
                int b = p.buckets[k] >= 0 ? p.buckets[k] : buckets.bucket(p.bands[k]);
                if (b >= 0) {
                    // a bucket only grows at its end, in the order entries are indexed: the pairs after those it
                    // held before the block (none for a bucket the block made) are the block's
                    scanPairs(i, s, buckets, b, p.buckets[k] >= 0 ? p.sizes[k] : 0, p, clusters, sc);
                }
            }
            sc.clear(vs, v);
        }
        Cluster best = p.best;
        double bestSim = p.bestSim;
        for (int k = 0; k < p.rare.length; k++) {
            sc.rareBy[p.rare[k].index] = i;
            sc.rareSlot[p.rare[k].index] = k;
        }
        for (Cluster c : rare.candidates(vs.ids, vs.start(v), vs.end(v))) {
            int k = sc.rareBy[c.index] == i ? sc.rareSlot[c.index] : -1;
            boolean same = k >= 0 && p.rareVersion[k] == c.version;
            double sim = same ? p.rareSim[k] : c.cosine(i);
            if (!(same ? p.rarePass[k] : rareVerified(s.sig(i), c, sim)) || sim < bestSim
                    || best != null && sim == bestSim && c.index > best.index) {
                continue;
            }
            best = c;
            bestSim = sim;
        }
        return best;
    }

    /**
     * Whether statement {@code i} is similar enough to, and agrees with, the first statement of claim number
     * {@code claim} (checked once per statement and claim; the claim object is read only then).
     */
    private boolean leaderOk(int i, Statements s, int claim, List<Cluster> clusters, Scratch sc) {
        long known = sc.leader[claim];
        long asked = (long) i << 1;
        if ((known & ~1L) == asked) {
            return known == (asked | 1);
        }
        // the outcome depends only on the statement's vector and signals, which its twins share (one vector, one
        // signals), and on the claim's first statement, which never changes: a twin checked just before tells it
        long vec = (long) s.vec[i] << 1;
        long byVec = sc.leaderByVec[claim];
        boolean ok;
        if ((byVec & ~1L) == vec) {
            ok = byVec == (vec | 1);
        } else {
            // a twin checked earlier, with other claims' checks between (the cache), or none: the cosine and agree
            int slot = Scratch.slot(claim, s.vec[i]);
            long key = (long) claim << 32 | s.vec[i];
            long cached = sc.leaderCache[slot];
            if ((cached & ~PASSED) == key) {
                ok = cached != key;
            } else {
                Cluster c = clusters.get(claim);
                ok = c.leaderVec < 0 || dot(sc.probe, s.vectors, c.leaderVec) >= threshold * LEADER_SHARE
                        && ContentSignals.agree(s.sig(i), c.leaderSig);
                sc.leaderCache[slot] = ok ? key | PASSED : key;
            }
            sc.leaderByVec[claim] = ok ? vec | 1 : vec;
        }
        sc.leader[claim] = ok ? asked | 1 : asked;
        return ok;
    }

    /** Whether an entry of signals {@code other}, {@code sim} similar to a statement of {@code sig}, is verified. */
    private boolean verified(ContentSignals sig, ContentSignals other, double sim) {
        if (sim < threshold && !(sim >= threshold * VERSION_SHARE
                && ContentSignals.sameEventWithFigure(sig, other))) {
            return false;
        }
        return ContentSignals.agree(sig, other);
    }

    /**
     * Whether claim {@code c}, {@code sim} similar by its centroid to a statement of signals {@code sig}, is a
     * verified rare-term candidate.
     */
    private boolean rareVerified(ContentSignals sig, Cluster c, double sim) {
        return sim >= threshold && (c.leaderVec < 0 || ContentSignals.agree(sig, c.leaderSig));
    }

    /** Cosine of two L2-normalised vectors, one of them spread by term id, the other vector {@code v}. In [0, 1]. */
    private static double dot(double[] probe, Vectors vs, int v) {
        int[] ids = vs.ids;
        double[] ws = vs.ws;
        double dot = 0;
        for (int k = vs.start(v), end = vs.end(v); k < end; k++) {
            double w = probe[ids[k]];
            if (w != 0) {
                dot += w * ws[k];
            }
        }
        return dot;
    }

    /**
     * The LSH buckets: for each band key, the entries that have it, in the order they were added, each with its
     * claim's number. A bucket keeps at most {@link #MAX_BUCKET} entries and at most {@link #PER_CLAIM} of one claim
     * (more of them would only repeat the same comparison: a corpus that repeats a claim thousands of times would
     * otherwise make every bucket of that claim full of it). An entry is a statement as indexed, held as its vector
     * (whose signals {@link Vectors#sig} gives): all a candidate's check reads of it besides its claim.
     *
     * <p>A bucket's pairs (entry's vector, claim number) lie side by side in one pool of int pages, in a place of
     * exactly their size: a pair added moves the bucket to a place one pair longer, and the place it left is kept,
     * by its size, for the next bucket that grows to that size. A bucket is then its place's address and its size
     * (6 bytes), with nothing unused but the places not yet taken again. An int array per bucket, grown by
     * doubling, cost a 16-byte header and a reference per bucket and left about a quarter of its room unused; the
     * moves copy a bucket's pairs once per pair added, about as many reads as the count of its claim's pairs that
     * each addition makes anyway.
     */
    static final class Buckets {
        private static final int PAGE_BITS = 16;
        private static final int PAGE_MASK = (1 << PAGE_BITS) - 1;
        /** Up to three quarters full: half the slots of a half-full table (12 bytes each) for 0.5 M keys at 100k. */
        private final org.corroborate.scoring.truth.internal.LongIntMap byKey =
                new org.corroborate.scoring.truth.internal.LongIntMap(1 << 12, 0.75);
        /**
         * The pool: an address is a page number shifted left by {@link #PAGE_BITS} and a place in the page. A
         * place never crosses pages.
         */
        private int[][] pages = new int[16][];
        private int pageCount;
        /** Ints used in the newest page. */
        private int used = 1 << PAGE_BITS;
        /** Per number of pairs: a place of that size left by a bucket, -1 for none; its first int is the next. */
        private final int[] free = new int[MAX_BUCKET + 1];
        /** Per bucket: its place's address, and how many pairs it holds. */
        private int[] at = new int[1 << 12];
        short[] size = new short[1 << 12];
        private int buckets;
        /** Entries indexed so far. */
        int entryCount;

        Buckets() {
            java.util.Arrays.fill(free, -1);
        }

        /** The bucket of {@code key}, or -1. */
        int bucket(long key) {
            return byKey.get(storable(key));
        }

        /** The address of bucket {@code b}'s pairs. */
        int at(int b) {
            return at[b];
        }

        /** The page of address {@code a}. */
        int[] page(int a) {
            return pages[a >>> PAGE_BITS];
        }

        /** Where in its page address {@code a} is. */
        static int first(int a) {
            return a & PAGE_MASK;
        }

        /**
         * Adds an entry of vector {@code vec} in claim number {@code claim} to the buckets of its {@code bands},
         * unless a bucket is full or has enough of its claim.
         */
        void index(int vec, int claim, long[] bands) {
            index(vec, claim, bands, null, null);
        }

        /**
         * As {@link #index(int, int, long[])}, where {@code bucketOf[k]}, unless null, is the bucket of
         * {@code bands[k]} when known (at least 0: no look-up; {@code bands} may then be null), and becomes it in
         * any case; and {@code sizeBefore[k]} becomes the pairs that bucket held before this entry was added.
         */
        void index(int vec, int claim, long[] bands, int[] bucketOf, short[] sizeBefore) {
            entryCount++;
            for (int k = 0, count = bucketOf != null ? bucketOf.length : bands.length; k < count; k++) {
                int b = bucketOf != null && bucketOf[k] >= 0 ? bucketOf[k]
                        : byKey.putIfAbsent(storable(bands[k]), buckets);
                if (b == buckets) {
                    if (buckets == at.length) {
                        at = java.util.Arrays.copyOf(at, buckets * 2);
                        size = java.util.Arrays.copyOf(size, buckets * 2);
                    }
                    buckets++;
                }
                int n = size[b];
                if (bucketOf != null) {
                    bucketOf[k] = b;
                    sizeBefore[k] = (short) n;
                }
                if (n >= MAX_BUCKET) {
                    continue;
                }
                int a = at[b];
                int[] m = page(a);
                int from = first(a);
                int same = 0;
                for (int j = from + 1, end = from + 2 * n; j < end && same < PER_CLAIM; j += 2) {
                    if (m[j] == claim) {
                        same++;
                    }
                }
                if (same >= PER_CLAIM) {
                    continue;
                }
                int to = allocate(n + 1);
                int[] t = page(to);
                int j = first(to);
                if (n > 0) {
                    System.arraycopy(m, from, t, j, 2 * n);
                    m[from] = free[n];
                    free[n] = a;
                }
                t[j + 2 * n] = vec;
                t[j + 2 * n + 1] = claim;
                at[b] = to;
                size[b]++;
            }
        }

        /** A place of {@code pairs} pairs: one left by a bucket, or new at the end of the pool. */
        private int allocate(int pairs) {
            int a = free[pairs];
            if (a >= 0) {
                free[pairs] = page(a)[first(a)];
                return a;
            }
            if (used + 2 * pairs > 1 << PAGE_BITS) {
                if (pageCount == pages.length) {
                    pages = java.util.Arrays.copyOf(pages, pageCount * 2);
                }
                pages[pageCount++] = new int[1 << PAGE_BITS];
                used = 0;
            }
            a = (pageCount - 1) << PAGE_BITS | used;
            used += 2 * pairs;
            return a;
        }

        /**
         * What these buckets hold in the heap (the pool with the places left free, and the per-bucket table; not
         * the key table), and what one int array per bucket grown by doubling would hold for the same pairs.
         */
        String footprint() {
            long pairs = 0;
            long arrays = 0;
            for (int b = 0; b < buckets; b++) {
                pairs += size[b];
                arrays += 16 + 4L * Math.min(2 * MAX_BUCKET, Math.max(4, Integer.highestOneBit(2 * size[b] - 1) << 1));
            }
            long left = 0;
            for (int n = 1; n <= MAX_BUCKET; n++) {
                for (int a = free[n]; a >= 0; a = page(a)[first(a)]) {
                    left += 8L * n;
                }
            }
            long pool = pageCount * (16 + 4L * (1 << PAGE_BITS)) + 16 + 4L * pages.length;
            // one array per bucket: a reference per bucket where the address is, the same sizes
            long table = 16 + 4L * at.length + 16 + 2L * size.length;
            return String.format(java.util.Locale.ROOT, "%d buckets, %d pairs: %.1f MB (pool %.1f MB, of it %.1f MB "
                    + "of places left free, %.1f MB unused at the end); one int array each would be %.1f MB", buckets,
                    pairs, (pool + table) / 1e6, pool / 1e6, left / 1e6,
                    4L * ((1 << PAGE_BITS) - used) / 1e6, (arrays + table) / 1e6);
        }

        /** {@link org.corroborate.scoring.truth.internal.LongIntMap} reserves one key; fold it onto its neighbour. */
        private static long storable(long key) {
            return key == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : key;
        }
    }

    /** The {@link #BANDS} LSH keys of the MinHash signature of the distinct terms of vector {@code v}; none for none. */
    private static long[] bandKeys(Vectors vs, int v, Dictionary dict) {
        if (vs.length(v) == 0) {
            return new long[0];
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int j = vs.start(v), end = vs.end(v); j < end; j++) {
            long h = dict.hash(vs.ids[j]);
            for (int k = 0; k < HASHES; k++) {
                long x = mix64(h * SEEDS_A[k] + SEEDS_B[k]);
                if (x < sig[k]) {
                    sig[k] = x;
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
    private static boolean canAnchor(Stance stance, int terms) {
        return (stance == Stance.ASSERTS || stance == Stance.CONFIRMS || stance == Stance.DENIES) && terms >= 3;
    }

    /**
     * Whether a content stands on its own by the anaphor rule: it does not open with an anaphor ({@code the
     * troops}, {@code this}), or it names a country ({@code namesCountry}: its attribution's countries) or, after
     * its first word, a capitalised word of its own. A pure function of the content and whether it names a country,
     * so a twin (same content and countries) takes its first statement's answer.
     */
    static boolean standsAlone(String content, boolean namesCountry) {
        String text = content.strip();
        int sp = text.indexOf(' ');
        String first = lettersAtoZ((sp < 0 ? text : text.substring(0, sp)).toLowerCase(Locale.ROOT));
        if (ANAPHORS.contains(first) && !namesCountry) {
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
     * The claim follower {@code i} joins, given the claims of the statements of its article before it (null for
     * those not placed yet): an existing claim, or a new one numbered -1 (numbered when it is committed). Changes
     * nothing.
     *
     * @param at    {@code i}'s place in {@code group}, the statements of {@code i}'s article, in order
     * @param made  the attributions of {@code group}'s statements
     */
    private Cluster followerTarget(int at, Statements s, int[] group, Attribution[] made) {
        int i = group[at];
        Cluster best = null;
        double bestSim = threshold / 2;
        int nearestSameSource = -1; // places in group
        int nearest = -1;
        Attribution a = made[at];
        String articleId = a.articleId(); // its article's id, as every attribution of the group's
        for (int k = 0; k < group.length; k++) {
            int other = group[k];
            if (other == i || s.cluster[other] == null || !made[k].articleId().equals(articleId)) {
                continue;
            }
            double sim = s.cluster[other].cosine(i);
            if (sim >= bestSim && (best == null || sim > bestSim)) {
                best = s.cluster[other];
                bestSim = sim;
            }
            Attribution o = made[k];
            if (o.content().start() <= a.content().start() || a.content().isNone()) {
                if (o.origin().root().equals(a.origin().root())) {
                    nearestSameSource = later(made, nearestSameSource, k);
                }
                nearest = later(made, nearest, k);
            }
        }
        Cluster target = best != null ? best : nearestSameSource >= 0 ? s.cluster[group[nearestSameSource]]
                : nearest >= 0 ? s.cluster[group[nearest]] : null;
        if (target == null) {
            // the article's first claim, when the follower comes before any claim of its article
            for (int k = 0; k < group.length; k++) {
                int other = group[k];
                if (other != i && s.cluster[other] != null && made[k].articleId().equals(articleId)) {
                    target = s.cluster[other];
                    break;
                }
            }
        }
        return target != null ? target : new Cluster(-1, s);
    }

    /**
     * Of the attributions at places {@code current} (-1: none yet) and {@code candidate} of {@code made}, the one
     * whose content starts later.
     */
    private static int later(Attribution[] made, int current, int candidate) {
        if (current < 0) {
            return candidate;
        }
        return made[candidate].content().start() >= made[current].content().start() ? candidate : current;
    }

    /**
     * The member that states claim {@code c}: the earliest anchor among the most central ones (the lead that others
     * repeat, not a later paraphrase), one that asserts it plainly when any such is.
     */
    private static int representative(Cluster c, Statements s) {
        double best = -1;
        double[] cos = new double[c.size()]; // each anchor's similarity to the centroid, computed once
        for (int k = 0; k < cos.length; k++) {
            int i = c.member(k);
            cos[k] = s.anchor(i) ? c.cosine(i) : -0.5;
            best = Math.max(best, cos[k]);
        }
        // a claim is stated plainly when one of its central anchors asserts it so: its negations are its rival
        // version ("North Korea did not send troops" against "North Korea sent troops"), not its statement; a
        // denial's content ("reports that ...") never becomes the statement for being plain, nor for being earlier
        // than a central assertion of either polarity (the claim is what its carriers assert, whatever the order)
        boolean anyPlain = false;
        boolean anyAsserted = false;
        for (int k = 0; k < cos.length; k++) {
            int i = c.member(k);
            boolean central = isCandidate(s, i, cos[k], best);
            anyPlain |= central && isPlainAssertion(s, i);
            anyAsserted |= central && s.stance(i).supports();
        }
        int rep = -1;
        for (int k = 0; k < cos.length; k++) {
            int i = c.member(k);
            boolean candidate = isCandidate(s, i, cos[k], best) && (anyPlain ? isPlainAssertion(s, i)
                    : !anyAsserted || s.stance(i).supports());
            if (candidate && (rep < 0 || i < rep)) {
                rep = i; // with no anchor at all (only references back), the earliest carrier
            }
        }
        return rep;
    }

    /** What a claim's carriers are compared with to tell its rival versions: its statement's vector and signals. */
    private record Statement(int vec, ContentSignals sig, boolean asserted) {
    }

    private static Statement statement(Cluster c, int rep, Statements s) {
        if (c.tracked != null && c.leaderVec >= 0) {
            return new Statement(c.leaderVec, c.leaderSig, true);
        }
        return new Statement(s.vec[rep], s.sig(rep), s.stance(rep).supports());
    }

    /**
     * True when statement {@code i} states claim statement {@code st} with the other polarity, as its rival version:
     * it agrees with the statement ({@link ContentSignals#agree}), and either says it in nearly the same words (a
     * cosine of at least {@link #NEGATION_SHARE} times the threshold) or, at least {@link #OPPOSITE_SHARE} times the
     * threshold similar, negates what the other states: the negated side's {@linkplain ContentSignals#negatedTerms
     * negated terms} include a term of the plain side ({@code had not been engaged in combat} against {@code soldiers
     * were fighting}, {@code combat} and {@code fighting} both {@code fight}). A consistent paraphrase of the other
     * polarity ({@code had been withdrawn} beside {@code had not been engaged in combat}) shares no negated term.
     */
    private boolean statesOpposite(int i, Statement st, Statements s, Dictionary dict) {
        boolean negated = negatedAsPut(i, s);
        if (negated == st.sig().negated() || !ContentSignals.agree(s.sig(i), st.sig())) {
            return false;
        }
        double cos = cosine(s.vectors, s.vec[i], st.vec());
        if (cos >= threshold * NEGATION_SHARE) {
            return true;
        }
        if (cos < threshold * OPPOSITE_SHARE) {
            return false;
        }
        return negated ? negates(s.sig(i), s.vectors, st.vec(), dict) : negates(st.sig(), s.vectors, s.vec[i], dict);
    }

    /**
     * The polarity of the proposition statement {@code i} puts forward: for a denial, that of the proposition it
     * rejects ({@link Polarity#deniedNegated}: a negation in the denier's own words, {@code denied the reports,
     * saying the soldiers were not fighting}, restates the denial and rejects the plain proposition); for any other
     * carrier, its content's.
     */
    private static boolean negatedAsPut(int i, Statements s) {
        return s.stance(i) == Stance.DENIES ? s.deniedNegated(i) : s.sig(i).negated();
    }

    /** True when one of {@code negated}'s negated terms is among the term ids of vector {@code plain}. */
    private static boolean negates(ContentSignals negated, Vectors vs, int plain, Dictionary dict) {
        for (String t : negated.negatedTerms()) {
            Integer id = dict.ids.get(t);
            if (id != null) {
                for (int k = vs.start(plain), end = vs.end(plain); k < end; k++) {
                    if (vs.ids[k] == id) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when statement {@code i}, a member of the claim of statement {@code st}, denies the claim's opposite, and
     * so agrees with the claim: the claim is asserted, and the proposition {@code i} rejects ({@link #negatedAsPut})
     * states the claim's opposite ({@link #statesOpposite}). For a claim stated negated ({@code North Korean
     * soldiers had not been engaged in combat}): a denial of {@code reports that North Korean soldiers were
     * fighting}, or {@code the reports, saying the soldiers were not fighting} (the negation is the denier's own
     * words). For a plain claim ({@code the soldiers had been paid}): a denial that they had not been ({@code denied
     * that the soldiers had not been paid}). Polarity composes: a denial of a negated claim in the claim's own
     * polarity ({@code denied that the soldiers had not been engaged in combat}) rejects the claim and is no such
     * denial.
     */
    private boolean deniesOpposite(int i, Statement st, Statements s, Dictionary dict) {
        return s.stance(i) == Stance.DENIES && s.anchor(i) && st.asserted() && statesOpposite(i, st, s, dict);
    }

    /**
     * A denial of a claim's opposite ({@link #deniesOpposite}) belongs with the claim that states that opposite,
     * when one exists, as a denial of it; the rule goes both ways. The Kremlin dismissing {@code reports that North
     * Korean soldiers were fighting} is a denial of the claim that they were, which it joins, not support for
     * Seoul's {@code had not been engaged in combat}; Pyongyang rejecting {@code reports that it had not paid the
     * debt} is a denial of the claim that it has not paid, not only support for the claim that it has. The target
     * is judged by its own statement (what the report shows as the claim), not by any one of its carriers: a claim
     * stated by an assertion with the polarity of the proposition the denial rejects, whose statement agrees with
     * the denial ({@link ContentSignals#agree}), is at least the threshold similar to it, and is the opposite of the
     * claim the denial leaves: the negated one of the two claims' statements negates what the plain one states (one
     * of its {@linkplain ContentSignals#negatedTerms negated terms} among the plain statement's terms), or the target
     * states it in nearly the denial's words ({@link #NEGATION_SHARE} times the threshold); the most similar such
     * claim, ties to the earlier. Without one, the denial stays, as support of the claim it agrees with. One pass
     * over the claims' statements, made only when such a denial exists.
     */
    private void rehomeDeniedNegations(List<Cluster> clusters, Statements s, Dictionary dict) {
        List<Integer> denials = new ArrayList<>();
        List<Statement> leftClaims = new ArrayList<>();
        for (Cluster c : clusters) {
            // only a claim with a denial among its statements can hold one (cheap to tell)
            boolean candidate = false;
            for (int k = 0; k < c.size(); k++) {
                int i = c.member(k);
                candidate |= s.anchor(i) && s.stance(i) == Stance.DENIES;
            }
            if (!candidate) {
                continue;
            }
            Statement st = statement(c, representative(c, s), s);
            if (!st.asserted()) {
                continue;
            }
            for (int k = 0; k < c.size(); k++) {
                int i = c.member(k);
                if (deniesOpposite(i, st, s, dict)) {
                    denials.add(i);
                    leftClaims.add(st);
                }
            }
        }
        if (denials.isEmpty()) {
            return;
        }
        Vectors vs = s.vectors;
        moveToMostSimilar(denials, clusters, s, threshold, st -> true, (d, c, st, sim) -> {
            int i = denials.get(d);
            Statement left = leftClaims.get(d);
            // the target has the other polarity than the claim the denial leaves: that of what it rejects
            return st.sig().negated() != left.sig().negated() && c != s.cluster[i]
                    && ContentSignals.agree(s.sig(i), st.sig()) && (sim >= threshold * NEGATION_SHARE
                    || (left.sig().negated() ? negates(left.sig(), vs, st.vec(), dict)
                    : negates(st.sig(), vs, left.vec(), dict)));
        });
    }

    /**
     * A negatively stated claim that is the opposite of a plainly stated one ({@code North Korea has not sent troops}
     * beside {@code North Korea has sent troops}, matched apart) is the same proposition, stated the other way: its
     * assertions are evidence against the plain claim, as its rival versions are, and kept apart they would leave two
     * claims that contradict each other both probable, the evidence of each lost to the other. So the carriers of
     * such a claim that speak to the plain claim's proposition move to the plain claim, where its rules give each
     * its part, as for a carrier that joined it directly: an assertion of the negation becomes a rival version,
     * counted against the plain claim; an assertion of the plain proposition supports it; a denial of the plain
     * proposition opposes it; a denial of the negation ({@code rejected reports that it had not sent troops})
     * supports it. A carrier speaks to the plain claim's proposition when it agrees with the plain claim's statement
     * ({@link ContentSignals#agree}) and either puts forward the negation and {@linkplain #statesOpposite states the
     * statement's opposite}, or puts forward the plain proposition and is at least the threshold similar to the
     * statement. The carriers that do not (another month, a detail the plain claim lacks) stay, and the negatively
     * stated claim remains, stated by what is left; when none stays, it is gone, merged into the plain claim. The
     * plain claim is the claim whose statement, asserted plainly, says the negated claim's asserted statement in
     * nearly the same words, the other way (it agrees with it and is at least {@link #NEGATION_SHARE} times the
     * threshold similar to it), the most similar such claim, ties to the earlier; a tracked claim is never the
     * negatively stated one (the user follows it). Nearly the same words, not only a negated term in common as for
     * a single carrier: a whole claim moves, and on {@code examples/} Seoul's {@code had not been engaged in combat
     * since mid-January} negates the {@code fighting} of a soldier's {@code "brutal" fighting on the frontline},
     * which it does not contradict. The way is always from the negatively stated claim to the plain one, as a claim
     * with both kinds of assertion is stated plainly ({@link #representative}). One pass over the claims'
     * statements, made only when a negatively stated claim exists.
     */
    private void rehomeOppositeAssertions(List<Cluster> clusters, Statements s, Dictionary dict) {
        List<Cluster> negatedClaims = new ArrayList<>();
        List<Statement> negatedStatements = new ArrayList<>();
        for (Cluster c : clusters) {
            // only a claim with a negated assertion among its statements can be stated negated (cheap to tell)
            if (!hasNegatedAssertion(c, s)) {
                continue;
            }
            Statement st = statement(c, representative(c, s), s);
            if (st.asserted() && st.sig().negated()) {
                negatedClaims.add(c);
                negatedStatements.add(st);
            }
        }
        if (negatedClaims.isEmpty()) {
            return;
        }
        int[] probes = new int[negatedClaims.size()];
        for (int d = 0; d < probes.length; d++) {
            probes[d] = negatedStatements.get(d).vec();
        }
        Vectors vs = s.vectors;
        // the test asks for NEGATION_SHARE times the threshold and a plainly stated target
        Target[] target = mostSimilarClaims(clusters, s, probes, threshold * NEGATION_SHARE,
                st -> !st.sig().negated(), (d, c, st, sim) -> {
            Statement negated = negatedStatements.get(d);
            return sim >= threshold * NEGATION_SHARE && !st.sig().negated() && c != negatedClaims.get(d)
                    && ContentSignals.agree(negated.sig(), st.sig());
        });
        for (int d = 0; d < probes.length; d++) {
            if (target[d] == null) {
                continue;
            }
            Cluster from = negatedClaims.get(d);
            Statement plain = target[d].statement();
            List<Integer> moving = new ArrayList<>();
            for (int k = 0; k < from.size(); k++) {
                int i = from.member(k);
                boolean speaks = ContentSignals.agree(s.sig(i), plain.sig()) && (negatedAsPut(i, s)
                        ? statesOpposite(i, plain, s, dict) : cosine(vs, s.vec[i], plain.vec()) >= threshold);
                if (speaks) {
                    moving.add(i);
                }
            }
            for (int i : moving) {
                move(i, target[d].claim(), s);
            }
        }
    }

    /**
     * An assertion of a plainly stated claim's opposite that joined a third claim, where it is no rival version
     * ({@code North Korean soldiers were not fighting in Kursk} in the claim stated by {@code were not fighting in
     * Kursk in December}, beside the claim that they were fighting in Kursk in January, which December kept apart),
     * counted there for that claim, while it speaks against the plain one. It moves to the plain claim, as its rival
     * version, counted against it: the claim-level move of {@link #rehomeOppositeAssertions} for one carrier, when
     * its claim's statement is not the opposite (another month) but the carrier is. A carrier moves when it asserts
     * its content negated, is an anchor, is not a rival version of its own claim's statement already (a negation
     * that joined a plain claim stays there, against it), and says a plainly stated claim's asserted statement the
     * other way in nearly the same words (it agrees with it and is at least {@link #NEGATION_SHARE} times the
     * threshold similar to it); the most similar such claim, ties to the earlier. A claim's own statement never
     * moves (it would have moved with its claim), nor a carrier of a tracked claim. One pass over the claims'
     * statements, made only when such a carrier exists.
     */
    private void rehomeStrayOpposites(List<Cluster> clusters, Statements s, Dictionary dict) {
        List<Integer> strays = new ArrayList<>();
        for (Cluster c : clusters) {
            if (!hasNegatedAssertion(c, s)) {
                continue;
            }
            int rep = representative(c, s);
            Statement st = statement(c, rep, s);
            for (int k = 0; k < c.size(); k++) {
                int i = c.member(k);
                if (isNegatedAssertion(s, i) && s.vec[i] != s.vec[rep] && !statesOpposite(i, st, s, dict)) {
                    strays.add(i);
                }
            }
        }
        if (strays.isEmpty()) {
            return;
        }
        moveToMostSimilar(strays, clusters, s, threshold * NEGATION_SHARE, st -> !st.sig().negated(),
                (d, c, st, sim) -> {
            int i = strays.get(d);
            return sim >= threshold * NEGATION_SHARE && !st.sig().negated() && c != s.cluster[i]
                    && ContentSignals.agree(s.sig(i), st.sig());
        });
    }

    /**
     * Moves each of {@code movers} (statements) to the claim whose asserted statement is the most similar to it
     * among those {@code test} fits ({@link #mostSimilarClaims}), when there is one; all targets are found before
     * any statement moves.
     */
    private void moveToMostSimilar(List<Integer> movers, List<Cluster> clusters, Statements s, double least,
                                   java.util.function.Predicate<Statement> may, TargetTest test) {
        int[] probes = new int[movers.size()];
        for (int d = 0; d < probes.length; d++) {
            probes[d] = s.vec[movers.get(d)];
        }
        Target[] target = mostSimilarClaims(clusters, s, probes, least, may, test);
        for (int d = 0; d < probes.length; d++) {
            if (target[d] != null) {
                move(movers.get(d), target[d].claim(), s);
            }
        }
    }

    /** True when claim {@code c} is not tracked and one of its anchors asserts its content negated. */
    private static boolean hasNegatedAssertion(Cluster c, Statements s) {
        boolean any = false;
        for (int k = 0; k < c.size() && c.tracked == null; k++) {
            any |= isNegatedAssertion(s, c.member(k));
        }
        return any;
    }

    /** True when statement {@code i} is an anchor that asserts or confirms its content negated. */
    private static boolean isNegatedAssertion(Statements s, int i) {
        return s.anchor(i) && s.stance(i).supports() && s.sig(i).negated();
    }

    /** Moves statement {@code i} from its claim to claim {@code to}, whose centroid it does not shape. */
    private static void move(int i, Cluster to, Statements s) {
        s.cluster[i].remove(i);
        to.append(i);
        s.cluster[i] = to;
    }

    /** A claim found for a probe, with its statement as it was found. */
    private record Target(Cluster claim, Statement statement) {
    }

    /** Whether claim {@code c}, of asserted statement {@code st}, {@code similarity} similar to probe {@code d}, fits it. */
    private interface TargetTest {
        boolean fits(int d, Cluster c, Statement st, double similarity);
    }

    /**
     * For each of {@code probes} (vectors), the claim whose asserted statement is the most similar to it, at least the
     * threshold, among those {@code test} fits; ties to the earlier claim; null when none. {@code test} fits no
     * claim less than {@code least} similar (at least the threshold) nor one whose statement {@code may} refuses,
     * which are then not scored. One pass over the claims' statements, each scored against the probes that share
     * one of their indexed terms with it: a probe's terms are indexed but for its commonest ones (those of the
     * most probes) whose weights' squares sum to less than {@code least} squared, so that a statement that shares
     * no indexed term is less than {@code least} similar to it (Cauchy-Schwarz; unit vectors) and cannot fit.
     * A candidate's similarity is summed over the statement's terms in their order, as a full scoring does.
     */
    private Target[] mostSimilarClaims(List<Cluster> clusters, Statements s, int[] probes, double least,
                                       java.util.function.Predicate<Statement> may, TargetTest test) {
        // probes of one vector (twins: most statements at scale) are equally similar to every statement: each
        // distinct vector is scored once, in order of first appearance, and its probes d = members[of[u],
        // of[u + 1]) (in order) each tested with its similarities
        Map<Integer, Integer> distinct = new HashMap<>();
        int[] unique = new int[probes.length];
        int[] uniqueOf = new int[probes.length];
        int u0 = 0;
        for (int d = 0; d < probes.length; d++) {
            Integer u = distinct.putIfAbsent(probes[d], u0);
            if (u == null) {
                unique[u0] = probes[d];
                u = u0++;
            }
            uniqueOf[d] = u;
        }
        int uniques = u0;
        if (LOG.isDebugEnabled()) {
            LOG.debug("closest claims for {} statements of {} distinct contents", probes.length, uniques);
        }
        int[] of = new int[uniques + 1];
        for (int d = 0; d < probes.length; d++) {
            of[uniqueOf[d] + 1]++;
        }
        for (int u = 0; u < uniques; u++) {
            of[u + 1] += of[u];
        }
        int[] members = new int[probes.length];
        int[] place = java.util.Arrays.copyOf(of, uniques);
        for (int d = 0; d < probes.length; d++) {
            members[place[uniqueOf[d]]++] = d;
        }
        // the distinct vectors' postings, to find the candidates of every statement in one pass: term t's postings
        // are the vectors [from[t], from[t + 1]) of postProbe, in order
        Vectors vs = s.vectors;
        int maxTerm = -1;
        for (int u = 0; u < uniques; u++) {
            for (int k = vs.start(unique[u]), end = vs.end(unique[u]); k < end; k++) {
                maxTerm = Math.max(maxTerm, vs.ids[k]);
            }
        }
        // how many probes use each term, then each probe's indexed terms: all but its commonest ones whose
        // squared weights sum to less than least squared (a margin for rounding: the vectors' norms are 1 within it)
        int[] users = new int[maxTerm + 1];
        for (int u = 0; u < uniques; u++) {
            for (int k = vs.start(unique[u]), end = vs.end(unique[u]); k < end; k++) {
                users[vs.ids[k]]++;
            }
        }
        double room = least * least * (1 - 1e-9);
        int[] from = new int[maxTerm + 2];
        int[][] keep = new int[uniques][];
        for (int u = 0; u < uniques; u++) {
            int start = vs.start(unique[u]);
            int len = vs.end(unique[u]) - start;
            Integer[] order = new Integer[len];
            for (int k = 0; k < len; k++) {
                order[k] = start + k;
            }
            // commonest first, then the lighter, then by place: a fixed order
            java.util.Arrays.sort(order, (x, y) -> users[vs.ids[x]] != users[vs.ids[y]]
                    ? Integer.compare(users[vs.ids[y]], users[vs.ids[x]])
                    : vs.ws[x] != vs.ws[y] ? Double.compare(vs.ws[x], vs.ws[y]) : Integer.compare(x, y));
            double dropped = 0;
            int d = 0;
            while (d < len && dropped + vs.ws[order[d]] * vs.ws[order[d]] < room) {
                dropped += vs.ws[order[d]] * vs.ws[order[d]];
                d++;
            }
            keep[u] = new int[len - d];
            for (int k = d; k < len; k++) {
                keep[u][k - d] = vs.ids[order[k]];
                from[vs.ids[order[k]] + 1]++;
            }
        }
        for (int t = 0; t <= maxTerm; t++) {
            from[t + 1] += from[t];
        }
        int[] postProbe = new int[from[maxTerm + 1]];
        int[] next = java.util.Arrays.copyOf(from, maxTerm + 1);
        for (int u = 0; u < uniques; u++) {
            for (int t : keep[u]) {
                postProbe[next[t]++] = u;
            }
            keep[u] = null;
        }
        Target[] target = new Target[probes.length];
        double[] targetSim = new double[probes.length];
        // the probes that share an indexed term with the statement (all others are less than least similar)
        int[] touched = new int[uniques];
        boolean[] isTouched = new boolean[uniques];
        // a candidate probe's weights by term id, all others 0, while it is scored
        double[] weight = new double[maxTerm + 1];
        for (Cluster c : clusters) {
            if (c.size() == 0) {
                continue;
            }
            Statement st = statement(c, representative(c, s), s);
            if (!st.asserted() || !may.test(st)) {
                continue;
            }
            int count = 0;
            int first = vs.start(st.vec());
            int last = vs.end(st.vec());
            for (int k = first; k < last; k++) {
                int t = vs.ids[k];
                for (int at = t <= maxTerm ? from[t] : 0, stop = t <= maxTerm ? from[t + 1] : 0; at < stop; at++) {
                    int u = postProbe[at];
                    if (!isTouched[u]) {
                        isTouched[u] = true;
                        touched[count++] = u;
                    }
                }
            }
            for (int q = 0; q < count; q++) {
                int u = touched[q];
                isTouched[u] = false;
                int pv = unique[u];
                for (int k = vs.start(pv), end = vs.end(pv); k < end; k++) {
                    weight[vs.ids[k]] = vs.ws[k];
                }
                // the probe's weight times the statement's, term by term in the statement's order
                double sim = 0;
                for (int k = first; k < last; k++) {
                    int t = vs.ids[k];
                    double w = t <= maxTerm ? weight[t] : 0;
                    if (w != 0) {
                        sim += w * vs.ws[k];
                    }
                }
                for (int k = vs.start(pv), end = vs.end(pv); k < end; k++) {
                    weight[vs.ids[k]] = 0;
                }
                if (sim >= threshold) {
                    for (int m = of[u]; m < of[u + 1]; m++) {
                        int d = members[m];
                        if (sim > targetSim[d] && test.fits(d, c, st, sim)) {
                            target[d] = new Target(c, st);
                            targetSim[d] = sim;
                        }
                    }
                }
            }
        }
        return target;
    }

    private Claim toClaim(Cluster c, Statements s, Dictionary dict) {
        int rep = representative(c, s);
        int[] members = c.sortedMembers();
        Carriers attrs = new Carriers(s, members);
        Attribution repAttr = rep < 0 ? null : s.attr(rep);
        Set<String> partyCountries = new LinkedHashSet<>(c.tracked != null ? c.tracked.parties()
                : repAttr.countries());
        Map<String, Source> parties = new LinkedHashMap<>();
        // a party is a state's source of a country the claim names: none when it names none (most claims), and then
        // its carriers are not made again to look
        for (int k = 0; k < attrs.size() && !partyCountries.isEmpty(); k++) {
            Source src = attrs.get(k).source().source();
            if (partyCountries.contains(src.country()) && STATE_KINDS.contains(src.kind())) {
                parties.putIfAbsent(src.root(), src);
            }
        }
        List<String> values = values(rep, members, s);
        // the statement as a vector and signals: a tracked claim's own, else its representative's
        Statement statement = statement(c, rep, s);
        List<String> negations = new ArrayList<>();
        for (int i : members) {
            // a carrier that asserts the statement with the opposite polarity states its rival version; a
            // paraphrase of another polarity ("have not been engaged in combat" beside "were withdrawn") is no
            // opposite ({@link #statesOpposite}). A denial is against the claim already, however it is worded
            // ("denied the reports, saying no troops were sent": the negation is the denier's own words), so that
            // wording never turns it around; a denial of the claim's opposite (polarity composed: "denied reports
            // that they fought" for "they had not fought", "denied that they had not been paid" for "they had been
            // paid") agrees with the claim, and is listed as well.
            if (s.stance(i).supports() && statesOpposite(i, statement, s, dict)
                    || deniesOpposite(i, statement, s, dict)) {
                negations.add(s.attr(i).id());
            }
        }
        if (c.tracked != null) {
            return new Claim(c.tracked.id(), c.tracked.statement(), attrs, List.copyOf(parties.values()), values,
                    negations);
        }
        return new Claim(idOf(repAttr), repAttr.contentText(), attrs, List.copyOf(parties.values()), values,
                negations);
    }

    /**
     * A claim's carriers, held as references: each by its {@linkplain Numbering number} (4 bytes), made when asked
     * for from its article's list (for a spilled run, from its columns). What a claim keeps of the match: the
     * articles' first numbers, not the statements' columns.
     */
    private static final class Carriers extends org.corroborate.core.AttributionRefs {
        private final Numbering numbering;
        private final int[] refs;

        Carriers(Statements s, int[] members) {
            this.numbering = s.numbering;
            this.refs = new int[members.length];
            for (int k = 0; k < members.length; k++) {
                refs[k] = s.ref[members[k]];
            }
        }

        @Override
        public Attribution get(int index) {
            return numbering.get(refs[java.util.Objects.checkIndex(index, refs.length)]);
        }

        @Override
        public int size() {
            return refs.length;
        }
    }

    /** Cosine of two L2-normalised vectors {@code a} and {@code b}. In {@code [0, 1]}. */
    private static double cosine(Vectors vs, int a, int b) {
        // a vector's ids are distinct: the weight of a's term in b is found by a scan (vectors are short)
        double dot = 0;
        for (int k = vs.start(a), aEnd = vs.end(a); k < aEnd; k++) {
            for (int j = vs.start(b), bEnd = vs.end(b); j < bEnd; j++) {
                if (vs.ids[j] == vs.ids[k]) {
                    dot += vs.ws[k] * vs.ws[j];
                    break;
                }
            }
        }
        return dot;
    }

    /** True when statement {@code i} asserts or confirms its content, and its content is not negated. */
    private static boolean isPlainAssertion(Statements s, int i) {
        return s.stance(i).supports() && !s.sig(i).negated();
    }

    /**
     * True when statement {@code i}, {@code cosine} similar to its claim's centroid, may state the claim: an anchor
     * nearly as central as the most central one.
     */
    private static boolean isCandidate(Statements s, int i, double cosine, double best) {
        return best < 0 || s.anchor(i) && cosine >= best * REPRESENTATIVE_SHARE - 1e-12;
    }

    /**
     * The rival values of the quantity a claim is about: the quantity of its statement when it states one, else the
     * quantity (unit, and whether it is an increment) that most of its supporting or denying anchors state; each
     * value once (by {@link Quantity#key()}), as first written, in order of first appearance.
     */
    private static List<String> values(int rep, int[] members, Statements s) {
        Map<String, List<Quantity>> byUnit = new LinkedHashMap<>();
        Map<String, Integer> carriers = new HashMap<>();
        for (int i : members) {
            Stance stance = s.stance(i);
            if (!s.anchor(i) || !stance.supports() && stance != Stance.DENIES) {
                continue; // a reference back ("the two countries' treaty") states no value of the claim
            }
            Set<String> units = new LinkedHashSet<>();
            for (Quantity q : s.sig(i).quantities()) {
                String unit = ContentSignals.unitKey(q);
                byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(q);
                units.add(unit);
            }
            for (String u : units) {
                carriers.merge(u, 1, Integer::sum);
            }
        }
        String chosen = null;
        if (!s.sig(rep).quantities().isEmpty()) {
            chosen = ContentSignals.unitKey(s.sig(rep).quantities().get(0));
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

    private static String idOf(Attribution rep) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((rep.id() + '\n' + rep.contentText())
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
