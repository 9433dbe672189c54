package org.corroborate.scoring.truth;

import java.util.Arrays;
import java.util.Objects;
import org.corroborate.scoring.truth.internal.LongIntMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accu and AccuCopy (Dong, Berti-Equille and Srivastava, VLDB 2009): Bayesian truth discovery with source accuracy
 * and, optionally, detection of sources that copy each other.
 *
 * <p>Each iteration: a source of accuracy {@code A} casts a vote of {@code ln(n A / (1 - A))} for each value it
 * gives, where {@code n} is the number of false values an item is assumed to have; a value's vote count
 * {@code C(v)} is the sum of its votes (with an implication set, AccuSim's {@code C*(v) = C(v) + rho * sum of
 * C(v') imp(v' -> v)}); its probability is the softmax of vote counts over the item's domain of {@code n + 1}
 * values, the unobserved ones having vote count 0 (so a value given by a single source of accuracy {@code A} has
 * probability {@code A}); a source's accuracy is the mean probability of its values, clamped to
 * [{@link Config#EPSILON}, 1 - {@link Config#EPSILON}].
 *
 * <p>Order of the steps, as in AccuCopy: before the first iteration the values get probabilities from votes with
 * every source at the initial accuracy; each iteration then (1) re-estimates dependence between sources from the
 * current accuracies and probabilities, (2) counts votes discounted for dependence, (3) turns them into
 * probabilities and (4) updates accuracies. Dependence is thus first measured while every source still has the
 * initial accuracy: once accuracies approach 1, sharing values is no longer evidence of copying.
 *
 * <p>Copy detection (Depen): for every pair of sources that give a common value, the likelihood ratio of
 * "dependent" (one copies each value from the other with probability {@code c}) against "independent" is computed
 * from the values they share, weighted by whether the shared value is likely true or false (sharing a false value
 * is strong evidence of copying, sharing a true one weak), and from the items on which they differ (evidence of
 * independence); with the prior {@code alpha} this gives the probability of dependence. A source's vote for a
 * value is then multiplied by the probability that it gave the value independently of the sources that gave the
 * same value before it, taken in decreasing order of accuracy: the product of {@code 1 - c * P(dependent)}. Only
 * pairs that share a value are compared: pairs sharing none are never discounted, since discounting only applies
 * between co-providers of a value. Work is capped: values given by more than {@link Config#maxGroupSize()} sources
 * and pairs beyond {@link Config#maxPairEntries()} are not examined (their votes are not discounted), and shared
 * items are counted only for items with at most {@link Config#maxItemProviders()} sources.
 *
 * <p>Contract: value confidences are probabilities in [0, 1] that sum to at most 1 per item; trusts are
 * accuracies in (0, 1). Deterministic; each iteration is linear in observations plus the number of
 * (value, source pair) entries examined.
 */
public final class Accu implements TruthDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(Accu.class);

    /**
     * Parameters; defaults from the paper: {@code n = 100} false values, initial accuracy 0.8, copy prior
     * {@code alpha = 0.2}, copy rate {@code c = 0.8}; AccuSim weight {@code rho = 0.5} (used only with an
     * implication).
     *
     * @param falseValues      n, the number of false values of an item, >= 1
     * @param initialAccuracy  every source's accuracy before the first iteration, in (0, 1)
     * @param copyDetection    whether to detect copying and discount copied votes
     * @param copyPrior        alpha, prior probability that two sources are dependent, in (0, 1)
     * @param copyRate         c, probability that a dependent source copies a given value, in (0, 1)
     * @param copyTolerance    dependence is re-estimated every iteration until the mean absolute change of the
     *                         pairs' probabilities falls below this, > 0
     * @param copyRounds       and at most this many times (>= 1); then it is kept fixed while accuracies converge.
     *                         Re-estimating dependence is the costliest step, and on sparse pairs it can oscillate
     * @param similarityWeight rho, AccuSim's weight of implied votes, in [0, 1]
     * @param implication      support between values of an item, or {@link ValueImplication#NONE}
     * @param maxValuesPerItem items with more values get no implications
     * @param maxGroupSize     values given by more sources are not examined for copying
     * @param maxItemProviders items with more sources do not count towards pairs' shared items
     * @param maxPairEntries   cap on (value, source pair) entries examined per iteration
     * @param convergence      when to stop
     */
    public record Config(int falseValues, double initialAccuracy, boolean copyDetection, double copyPrior,
            double copyRate, double copyTolerance, int copyRounds, double similarityWeight, ValueImplication implication, int maxValuesPerItem,
            int maxGroupSize, int maxItemProviders, long maxPairEntries, Convergence convergence) {

        /** Accuracies are kept in [EPSILON, 1 - EPSILON]. */
        public static final double EPSILON = 1e-6;

        /** With copy detection. */
        public static final Config DEFAULT = new Config(100, 0.8, true, 0.2, 0.8, 1e-3, 10, 0.5, ValueImplication.NONE, 256,
                256, 2048, 50_000_000L, Convergence.DEFAULT);

        public Config {
            if (falseValues < 1) {
                throw new IllegalArgumentException("falseValues must be >= 1, got " + falseValues);
            }
            if (!(initialAccuracy > 0 && initialAccuracy < 1)) {
                throw new IllegalArgumentException("initialAccuracy must be in (0, 1), got " + initialAccuracy);
            }
            if (!(copyPrior > 0 && copyPrior < 1)) {
                throw new IllegalArgumentException("copyPrior must be in (0, 1), got " + copyPrior);
            }
            if (!(copyRate > 0 && copyRate < 1)) {
                throw new IllegalArgumentException("copyRate must be in (0, 1), got " + copyRate);
            }
            if (copyRounds < 1) {
                throw new IllegalArgumentException("copyRounds must be >= 1, got " + copyRounds);
            }
            if (!(copyTolerance > 0)) {
                throw new IllegalArgumentException("copyTolerance must be > 0, got " + copyTolerance);
            }
            if (!(similarityWeight >= 0 && similarityWeight <= 1)) {
                throw new IllegalArgumentException("similarityWeight must be in [0, 1], got " + similarityWeight);
            }
            Objects.requireNonNull(implication, "implication");
            if (maxValuesPerItem < 2 || maxGroupSize < 2 || maxItemProviders < 2) {
                throw new IllegalArgumentException("maxValuesPerItem, maxGroupSize and maxItemProviders must be >= 2,"
                        + " got " + maxValuesPerItem + ", " + maxGroupSize + ", " + maxItemProviders);
            }
            if (maxPairEntries < 0) {
                throw new IllegalArgumentException("maxPairEntries must be >= 0, got " + maxPairEntries);
            }
            Objects.requireNonNull(convergence, "convergence");
        }

        public Config withCopyDetection(boolean v) {
            return new Config(falseValues, initialAccuracy, v, copyPrior, copyRate, copyTolerance, copyRounds,
                    similarityWeight, implication, maxValuesPerItem, maxGroupSize, maxItemProviders, maxPairEntries,
                    convergence);
        }

        public Config withImplication(ValueImplication v) {
            return new Config(falseValues, initialAccuracy, copyDetection, copyPrior, copyRate, copyTolerance,
                    copyRounds, similarityWeight, v, maxValuesPerItem, maxGroupSize, maxItemProviders, maxPairEntries,
                    convergence);
        }

        public Config withMaxGroupSize(int v) {
            return new Config(falseValues, initialAccuracy, copyDetection, copyPrior, copyRate, copyTolerance,
                    copyRounds, similarityWeight, implication, maxValuesPerItem, v, maxItemProviders, maxPairEntries,
                    convergence);
        }

        public Config withMaxPairEntries(long v) {
            return new Config(falseValues, initialAccuracy, copyDetection, copyPrior, copyRate, copyTolerance,
                    copyRounds, similarityWeight, implication, maxValuesPerItem, maxGroupSize, maxItemProviders, v,
                    convergence);
        }

        public Config withConvergence(Convergence v) {
            return new Config(falseValues, initialAccuracy, copyDetection, copyPrior, copyRate, copyTolerance,
                    copyRounds, similarityWeight, implication, maxValuesPerItem, maxGroupSize, maxItemProviders,
                    maxPairEntries, v);
        }
    }

    private final Config config;

    /** Accu with copy detection and the paper's parameters. */
    public Accu() {
        this(Config.DEFAULT);
    }

    public Accu(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    /** {@code accu} with copy detection, {@code accu-nocopy} without. */
    @Override
    public String name() {
        return config.copyDetection() ? "accu" : "accu-nocopy";
    }

    @Override
    public Result run(Dataset data) {
        int nv = data.valueCount();
        int ns = data.sourceCount();
        int[] provStart = data.valueProviderStartArray();
        int[] prov = data.valueProvidersArray();
        double n = config.falseValues();
        double eps = Config.EPSILON;
        ImplicationTable table = ImplicationTable.build(data, config.implication(), config.maxValuesPerItem());
        long setup = System.nanoTime();
        CopyModel copies = config.copyDetection() ? new CopyModel(data, config) : null;
        if (copies != null) {
            LOG.debug("copy detection: {} source pairs set up in {} ms", copies.pairCount(),
                    (System.nanoTime() - setup) / 1_000_000);
        }

        double[] acc = new double[ns];
        Arrays.fill(acc, config.initialAccuracy());
        double[] next = new double[ns];
        double[] sums = new double[ns];
        double[] vote = new double[ns];
        double[] count = new double[nv];
        double[] countStar = table == null ? count : new double[nv];
        double[] prob = new double[nv];
        boolean haveProb = false;
        boolean copiesSettled = false;
        int copyRounds = 0;
        int iterations = 0;
        boolean converged = false;
        while (iterations < config.convergence().maxIterations()) {
            iterations++;
            for (int s = 0; s < ns; s++) {
                vote[s] = Math.log(n * acc[s] / (1 - acc[s]));
            }
            if (copies != null && !haveProb) { // probabilities from undiscounted votes at the initial accuracy
                for (int v = 0; v < nv; v++) {
                    double sum = 0;
                    for (int k = provStart[v]; k < provStart[v + 1]; k++) {
                        sum += vote[prov[k]];
                    }
                    count[v] = sum;
                }
                if (table != null) {
                    table.adjust(data, count, config.similarityWeight(), countStar);
                }
                softmax(data, countStar, prob);
                haveProb = true;
            }
            if (copies != null && haveProb && !copiesSettled) {
                long t0 = System.nanoTime();
                double ch = copies.update(acc, prob);
                copyRounds++;
                copiesSettled = ch < config.copyTolerance() || copyRounds >= config.copyRounds();
                LOG.debug("copy detection round at iteration {}: {} pairs, max change {}, {} ms", iterations,
                        copies.pairCount(), ch, (System.nanoTime() - t0) / 1_000_000);
            }
            for (int v = 0; v < nv; v++) {
                double sum = 0;
                for (int k = provStart[v]; k < provStart[v + 1]; k++) {
                    sum += vote[prov[k]] * (copies == null ? 1 : copies.independence(k));
                }
                count[v] = sum;
            }
            if (table != null) {
                table.adjust(data, count, config.similarityWeight(), countStar);
            }
            softmax(data, countStar, prob);
            haveProb = true;
            SourceMeans.compute(data, prob, config.initialAccuracy(), eps, sums, next);
            double change = Convergence.maxChange(acc, next);
            double[] tmp = acc;
            acc = next;
            next = tmp;
            if (change < config.convergence().tolerance()) {
                converged = true;
                break;
            }
        }
        return new Result(data, name(), prob, acc, iterations, converged);
    }

    /** P(v) = exp(C(v)) / (sum over the item's observed values of exp(C) + unobserved false values * exp(0)). */
    private void softmax(Dataset data, double[] count, double[] prob) {
        int n = config.falseValues();
        for (int i = 0; i < data.itemCount(); i++) {
            int first = data.firstValue(i);
            int end = data.endValue(i);
            int unobserved = Math.max(0, n + 1 - (end - first));
            double max = unobserved > 0 ? 0 : Double.NEGATIVE_INFINITY;
            for (int v = first; v < end; v++) {
                max = Math.max(max, count[v]);
            }
            double denom = unobserved * Math.exp(-max);
            for (int v = first; v < end; v++) {
                double e = Math.exp(count[v] - max);
                prob[v] = e;
                denom += e;
            }
            for (int v = first; v < end; v++) {
                prob[v] = Math.min(1, prob[v] / denom);
            }
        }
    }

    /**
     * Dependence between source pairs and the resulting independence factor of each (value, provider) entry.
     */
    static final class CopyModel {
        private final Dataset data;
        private final double c;
        private final double n;
        private final double logPriorOdds;
        private final double logDiff;
        private final int[] provStart;
        private final int[] prov;
        /** Per value: start of its triangular block of pair ids, or -1 when not examined. */
        private final long[] groupStart;
        private final int[] groupPairs;
        private final int[] pairA;
        private final int[] pairB;
        private final int[] sameCount;
        private final int[] sharedItems;
        private final int[] pairValueStart;
        private final int[] pairValues;
        private final double[] dependence;
        private final double[] independence;

        CopyModel(Dataset data, Config config) {
            this.data = data;
            this.c = config.copyRate();
            this.n = config.falseValues();
            this.logPriorOdds = Math.log(config.copyPrior() / (1 - config.copyPrior()));
            this.logDiff = Math.log(1 - c);
            this.provStart = data.valueProviderStartArray();
            this.prov = data.valueProvidersArray();
            int nv = data.valueCount();
            groupStart = new long[nv + 1];
            long entries = 0;
            long skipped = 0;
            for (int v = 0; v < nv; v++) {
                long g = data.providerCount(v);
                long tri = g * (g - 1) / 2;
                if (g < 2) {
                    groupStart[v] = entries;
                } else if (g > config.maxGroupSize() || entries + tri > config.maxPairEntries()) {
                    groupStart[v] = -1;
                    skipped++;
                } else {
                    groupStart[v] = entries;
                    entries += tri;
                }
            }
            groupStart[nv] = entries;
            if (skipped > 0) {
                LOG.info("copy detection: {} values given by more than {} sources or over the cap of {} pair entries"
                        + " were not examined", skipped, config.maxGroupSize(), config.maxPairEntries());
            }
            groupPairs = new int[(int) entries];
            PairIndex pairIndex = new PairIndex(data.sourceCount());
            IntList as = new IntList();
            IntList bs = new IntList();
            for (int v = 0; v < nv; v++) {
                if (groupStart[v] < 0 || data.providerCount(v) < 2) {
                    continue;
                }
                int from = provStart[v];
                int g = provStart[v + 1] - from;
                int w = (int) groupStart[v];
                for (int i = 0; i < g; i++) {
                    for (int j = i + 1; j < g; j++) {
                        int a = prov[from + i];
                        int b = prov[from + j];
                        int id = pairIndex.putIfAbsent(a, b, as.size());
                        if (id == as.size()) {
                            as.add(a);
                            bs.add(b);
                        }
                        groupPairs[w++] = id;
                    }
                }
            }
            pairA = as.toArray();
            pairB = bs.toArray();
            int np = pairA.length;
            sameCount = new int[np];
            for (int id : groupPairs) {
                sameCount[id]++;
            }
            sharedItems = countSharedItems(data, pairIndex, np, config.maxItemProviders());
            pairValueStart = new int[np + 1];
            for (int id : groupPairs) {
                pairValueStart[id + 1]++;
            }
            for (int id = 0; id < np; id++) {
                pairValueStart[id + 1] += pairValueStart[id];
            }
            pairValues = new int[groupPairs.length];
            int[] fill = Arrays.copyOf(pairValueStart, np);
            for (int v = 0; v < nv; v++) {
                if (groupStart[v] < 0 || data.providerCount(v) < 2) {
                    continue;
                }
                long g = data.providerCount(v);
                for (long w = groupStart[v]; w < groupStart[v] + g * (g - 1) / 2; w++) {
                    pairValues[fill[groupPairs[(int) w]]++] = v;
                }
            }
            dependence = new double[np];
            Arrays.fill(dependence, config.copyPrior());
            independence = new double[prov.length];
            Arrays.fill(independence, 1.0);
        }

        /** For every pair, the number of items both give a value of (items with too many sources excluded). */
        private static int[] countSharedItems(Dataset data, PairIndex pairIndex, int np, int maxItemProviders) {
            int[] shared = new int[np];
            int[] stamp = new int[data.sourceCount()];
            Arrays.fill(stamp, -1);
            int[] members = new int[16];
            for (int i = 0; i < data.itemCount(); i++) {
                int m = 0;
                for (int v = data.firstValue(i); v < data.endValue(i); v++) {
                    for (int k = 0; k < data.providerCount(v); k++) {
                        int s = data.provider(v, k);
                        if (stamp[s] != i) {
                            stamp[s] = i;
                            if (m == members.length) {
                                members = Arrays.copyOf(members, m * 2);
                            }
                            members[m++] = s;
                        }
                    }
                }
                if (m < 2 || m > maxItemProviders) {
                    continue;
                }
                Arrays.sort(members, 0, m);
                for (int x = 0; x < m; x++) {
                    for (int y = x + 1; y < m; y++) {
                        int id = pairIndex.get(members[x], members[y]);
                        if (id >= 0) {
                            shared[id]++;
                        }
                    }
                }
            }
            return shared;
        }

        /**
         * Recomputes dependence from accuracies and value probabilities, then every entry's independence.
         *
         * @return the mean absolute change of the pairs' probabilities of dependence
         */
        double update(double[] acc, double[] prob) {
            int np = pairA.length;
            double totalChange = 0;
            for (int id = 0; id < np; id++) {
                double a1 = acc[pairA[id]];
                double a2 = acc[pairB[id]];
                double mean = (a1 + a2) / 2;
                double tInd = a1 * a2;
                double fInd = (1 - a1) * (1 - a2) / n;
                double tDep = c * mean + (1 - c) * tInd;
                double fDep = c * (1 - mean) + (1 - c) * fInd;
                double sum = 0;
                for (int k = pairValueStart[id]; k < pairValueStart[id + 1]; k++) {
                    double p = prob[pairValues[k]];
                    sum += Math.log((fDep + p * (tDep - fDep)) / (fInd + p * (tInd - fInd)));
                }
                int differ = Math.max(0, sharedItems[id] - sameCount[id]);
                double x = sum + differ * logDiff + logPriorOdds;
                double d = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
                totalChange += Math.abs(d - dependence[id]);
                dependence[id] = d;
            }
            int nv = data.valueCount();
            int[] order = new int[16];
            for (int v = 0; v < nv; v++) {
                if (groupStart[v] < 0 || data.providerCount(v) < 2) {
                    continue;
                }
                int from = provStart[v];
                int g = provStart[v + 1] - from;
                int base = (int) groupStart[v];
                if (order.length < g) {
                    order = new int[g];
                }
                for (int i = 0; i < g; i++) {
                    order[i] = i;
                }
                sortByAccuracy(order, g, from, acc);
                for (int j = 0; j < g; j++) {
                    int pj = order[j];
                    double f = 1;
                    for (int i = 0; i < j; i++) {
                        int pi = order[i];
                        int lo = Math.min(pi, pj);
                        int hi = Math.max(pi, pj);
                        f *= 1 - c * dependence[groupPairs[base + lo * (2 * g - lo - 1) / 2 + (hi - lo - 1)]];
                    }
                    independence[from + pj] = f;
                }
            }
            return np == 0 ? 0 : totalChange / np;
        }

        /** Insertion sort of positions by decreasing accuracy, ties by position (groups are small). */
        private void sortByAccuracy(int[] order, int g, int from, double[] acc) {
            for (int i = 1; i < g; i++) {
                int x = order[i];
                double ax = acc[prov[from + x]];
                int j = i - 1;
                while (j >= 0 && acc[prov[from + order[j]]] < ax) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
        }

        /** Independence factor in (0, 1] of the provider entry {@code k} (an index into the providers array). */
        double independence(int k) {
            return independence[k];
        }

        int pairCount() {
            return pairA.length;
        }

    }

    /**
     * Pair id by (a, b) with a < b: a dense table when the sources are few enough (at most 4096, a 64 MB table at
     * worst; no hashing, cache-friendly), else a hash map.
     */
    private static final class PairIndex {
        private static final int DENSE_LIMIT = 4096;
        private final int n;
        private final int[] dense;
        private final LongIntMap map;

        PairIndex(int sources) {
            n = sources;
            if (sources <= DENSE_LIMIT) {
                dense = new int[sources * sources];
                Arrays.fill(dense, -1);
                map = null;
            } else {
                dense = null;
                map = new LongIntMap(1024);
            }
        }

        int putIfAbsent(int a, int b, int id) {
            if (dense == null) {
                return map.putIfAbsent(((long) a << 32) | b, id);
            }
            int k = a * n + b;
            if (dense[k] < 0) {
                dense[k] = id;
            }
            return dense[k];
        }

        int get(int a, int b) {
            return dense == null ? map.get(((long) a << 32) | b) : dense[a * n + b];
        }
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] a = new int[64];
        private int size;

        void add(int x) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = x;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
