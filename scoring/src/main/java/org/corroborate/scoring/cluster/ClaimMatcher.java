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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.Claim;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.Stance;
import org.corroborate.core.TrackedClaim;
import org.corroborate.scoring.independence.Wire;

/**
 * Groups factual attributions into claims across articles and outlets.
 *
 * <p>Each attribution's content becomes a tf-idf vector of {@link Terms}. Attributions that state something on
 * their own ("anchors") are taken in publication order and join the claim whose centroid is most similar (cosine at
 * least the threshold), else start a new claim; candidates come from an inverted index of terms, so unrelated claims
 * are never compared. Attributions that only refer back ("they had been redeployed", "the deployment", a refusal to
 * comment) join a claim of the same article: the most similar one, else the nearest earlier claim of the same
 * source, else the nearest earlier claim. Opinions are not matched.
 *
 * <p>A claim's statement is its most central anchor's content; its parties are the sources among its carriers
 * that speak for a country its statement names; its values are the rival quantities its carriers give
 * ({@code more than 10,000} against {@code 12,000}).
 */
public final class ClaimMatcher {

    private static final Set<String> ANAPHORS = Set.of("they", "it", "he", "she", "this", "that", "these",
            "those", "the", "there", "such");
    private static final Set<SourceKind> STATE_KINDS = Set.of(SourceKind.GOVERNMENT, SourceKind.MILITARY,
            SourceKind.STATE_MEDIA, SourceKind.OFFICIAL, SourceKind.INTELLIGENCE_AGENCY, SourceKind.NAMED_PERSON);
    private static final Pattern QUANTITY = Pattern.compile(
            "(?:(?:more than|over|about|around|at least|nearly|almost|up to|some|roughly|fewer than|less than) )?"
                    + "\\d[\\d,.]*(?: (?:thousand|million|billion|hundred))?",
            Pattern.CASE_INSENSITIVE);

    /** Anchors at least this share of the most central one's similarity may represent the claim. */
    private static final double REPRESENTATIVE_SHARE = 0.8;
    /** Cosine to the statement from which a carrier's quantity is a rival value of the claim. */
    private static final double VALUE_SIMILARITY = 0.5;

    /**
     * Terms found in more claims than this are not used to find candidates (a claim sharing only such terms with
     * an attribution is almost never similar enough): this keeps candidate lists short on large corpora, and never
     * applies to small ones.
     */
    static final int MAX_POSTING = 256;

    private final double threshold;

    /** @param threshold cosine similarity in {@code (0, 1]} from which an attribution joins a claim */
    public ClaimMatcher(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        this.threshold = threshold;
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
        /** The content's terms, until the vectors are built. */
        List<String> terms;
        boolean anchor;
        Cluster cluster;

        Item(Attribution a, Article article, int order, List<String> terms) {
            this.a = a;
            this.article = article;
            this.order = order;
            this.terms = terms;
        }
    }

    private static final class Cluster {
        final int index;
        final List<Item> members = new ArrayList<>();
        final TermWeights centroid = new TermWeights();
        /** The terms under which this cluster is in the inverted index. */
        final Set<String> indexed = new java.util.HashSet<>();
        double norm2;
        TrackedClaim tracked;

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

        void add(Item it) {
            members.add(it);
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
        List<AnnotatedArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(AnnotatedArticle::article, Wire.EARLIEST_FIRST));
        List<Item> items = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        int order = 0;
        for (AnnotatedArticle aa : sorted) {
            for (Attribution a : aa.attributions()) {
                if (!a.isFactual()) {
                    continue;
                }
                List<String> terms = Terms.of(a.contentText(), a.countries());
                terms.replaceAll(t -> shared.computeIfAbsent(t, x -> x)); // one copy of each term string
                Item it = new Item(a, aa.article(), order++, terms);
                it.anchor = isAnchor(a, terms);
                items.add(it);
                for (String t : new LinkedHashSet<>(terms)) {
                    df.merge(t, 1, Integer::sum);
                }
            }
        }
        int n = items.size();
        Map<String, Integer> termIds = new HashMap<>();
        List<String> termNames = new ArrayList<>();
        for (Item it : items) {
            Map<String, Double> vec = vector(it.terms, df, n);
            it.terms = null;
            it.ids = new int[vec.size()];
            it.ws = new double[vec.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : vec.entrySet()) {
                it.ids[k] = termIds.computeIfAbsent(e.getKey(), t -> {
                    termNames.add(t);
                    return termIds.size();
                });
                it.ws[k++] = e.getValue();
            }
        }

        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Cluster>> index = new HashMap<>();
        Map<String, Cluster> trackedById = new HashMap<>();
        for (TrackedClaim t : trackedClaims) {
            Cluster c = new Cluster(clusters.size());
            c.tracked = t;
            Map<String, Double> vec = vector(Terms.of(t.statement(), t.parties()), df, n);
            int[] ids = new int[vec.size()];
            double[] ws = new double[vec.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : vec.entrySet()) {
                ids[k] = termIds.computeIfAbsent(e.getKey(), x -> {
                    termNames.add(x);
                    return termIds.size();
                });
                ws[k++] = e.getValue();
            }
            c.seed(ids, ws);
            clusters.add(c);
            trackedById.put(t.id(), c);
            for (String term : vec.keySet()) {
                if (c.indexed.add(term)) {
                    index.computeIfAbsent(term, x -> new ArrayList<>()).add(c);
                }
            }
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
        }
        for (Item it : items) {
            if (!it.anchor || it.cluster != null) {
                continue;
            }
            Cluster best = null;
            double bestSim = threshold;
            Set<Cluster> seen = new LinkedHashSet<>();
            for (int id : it.ids) {
                String t = termNames.get(id);
                List<Cluster> posting = index.getOrDefault(t, List.of());
                if (posting.size() > MAX_POSTING) {
                    continue; // a term in this many claims tells none apart; its share of any cosine is small
                }
                for (Cluster c : posting) {
                    if (seen.add(c)) {
                        double sim = c.cosine(it);
                        if (sim >= bestSim && (best == null || sim > bestSim)) {
                            best = c;
                            bestSim = sim;
                        }
                    }
                }
            }
            if (best == null) {
                best = new Cluster(clusters.size());
                clusters.add(best);
            }
            best.add(it);
            for (int id : it.ids) {
                String t = termNames.get(id);
                if (best.indexed.add(t)) {
                    index.computeIfAbsent(t, k -> new ArrayList<>()).add(best);
                }
            }
        }
        // A follower only looks at the items of its own article: group them once (in order), not per follower.
        Map<String, List<Item>> byArticle = new HashMap<>();
        for (Item it : items) {
            byArticle.computeIfAbsent(it.article.id(), k -> new ArrayList<>()).add(it);
        }
        for (Item it : items) {
            if (!it.anchor) {
                attachFollower(it, byArticle.get(it.article.id()), clusters);
            }
        }
        List<Claim> out = new ArrayList<>();
        for (Cluster c : clusters) {
            if (!c.members.isEmpty()) {
                out.add(toClaim(c));
            }
        }
        return out;
    }

    /** The L2-normalised tf-idf vector of {@code terms}; terms never seen in the corpus get the highest idf. */
    private static Map<String, Double> vector(List<String> terms, Map<String, Integer> df, int n) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : terms) {
            tf.merge(t, 1, Integer::sum);
        }
        Map<String, Double> vec = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * (Math.log((n + 1.0) / (df.getOrDefault(e.getKey(), 0) + 1.0))
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

    private static boolean isAnchor(Attribution a, List<String> terms) {
        if (!(a.stance() == Stance.ASSERTS || a.stance() == Stance.CONFIRMS || a.stance() == Stance.DENIES)) {
            return false;
        }
        if (terms.size() < 3) {
            return false;
        }
        String text = a.contentText().strip();
        int sp = text.indexOf(' ');
        String first = (sp < 0 ? text : text.substring(0, sp)).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
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

    /** @param items the items of {@code it}'s article, in order */
    private void attachFollower(Item it, List<Item> items, List<Cluster> clusters) {
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
        if (target == null) {
            target = new Cluster(clusters.size());
            clusters.add(target);
        }
        target.add(it);
    }

    private static Item later(Item current, Item candidate) {
        if (current == null) {
            return candidate;
        }
        return candidate.a.content().start() >= current.a.content().start() ? candidate : current;
    }

    private static Claim toClaim(Cluster c) {
        // the earliest anchor among the most central ones: the lead that others repeat, not a later paraphrase
        double best = -1;
        for (Item it : c.members) {
            best = Math.max(best, it.anchor ? c.cosine(it) : -0.5);
        }
        Item rep = null;
        for (Item it : c.members) {
            boolean candidate = best < 0 || it.anchor && c.cosine(it) >= best * REPRESENTATIVE_SHARE - 1e-12;
            if (candidate && (rep == null || it.order < rep.order)) {
                rep = it; // with no anchor at all (only references back), the earliest carrier
            }
        }
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
        // Rival values come from close paraphrases of the statement only, not from everything on the topic.
        List<String> values = new ArrayList<>();
        for (Item it : members) {
            Attribution a = it.a;
            if (!a.stance().supports() && a.stance() != Stance.DENIES || dot(rep, it) < VALUE_SIMILARITY) {
                continue;
            }
            Matcher m = QUANTITY.matcher(a.contentText());
            while (m.find()) {
                String v = m.group().toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
                if (v.matches("(?:19|20)\\d\\d")) {
                    continue; // a year, not a quantity
                }
                if (!values.contains(v)) {
                    values.add(v);
                }
            }
        }
        if (c.tracked != null) {
            return new Claim(c.tracked.id(), c.tracked.statement(), attrs, List.copyOf(parties.values()), values);
        }
        return new Claim(idOf(rep), rep.a.contentText(), attrs, List.copyOf(parties.values()), values);
    }

    /** The dot product of two items' vectors, summed in the order of {@code a}'s terms. */
    private static double dot(Item a, Item b) {
        double d = 0;
        for (int i = 0; i < a.ids.length; i++) {
            for (int j = 0; j < b.ids.length; j++) {
                if (b.ids[j] == a.ids[i]) {
                    d += b.ws[j] * a.ws[i];
                    break;
                }
            }
        }
        return d;
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
