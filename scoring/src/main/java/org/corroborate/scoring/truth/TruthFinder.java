package org.corroborate.scoring.truth;

import java.util.Arrays;
import java.util.Objects;

/**
 * TruthFinder (Yin, Han and Yu, KDD 2007): a source's trustworthiness {@code t(w)} is the mean confidence of the
 * values it gives; a value's confidence {@code s(f)} grows with the trust of the sources giving it and with the
 * support of similar values of the same item.
 *
 * <p>Each iteration: {@code tau(w) = -ln(1 - t(w))}; {@code sigma(f) = sum of tau(w)} over the sources of
 * {@code f}; {@code sigma*(f) = sigma(f) + rho * sum over other values f' of the item of sigma(f') * imp(f' -> f)};
 * {@code s(f) = 1 / (1 + exp(-gamma * sigma*(f)))}; {@code t(w) = mean s(f)} over the values of {@code w}.
 * Trust is clamped to [{@link Config#EPSILON}, 1 - {@link Config#EPSILON}] so {@code tau} stays finite. Stops when
 * no trust changes by more than the tolerance.
 *
 * <p>Contract: confidences are in [0, 1] but are not probabilities (values of one item need not sum to 1); trusts
 * are in (0, 1). Time per iteration: linear in observations plus {@code k^2} per item with {@code k} values
 * (only when an implication is set).
 */
public final class TruthFinder implements TruthDiscovery {

    /**
     * Parameters; the defaults are the paper's: dampening {@code gamma = 0.3}, implication weight
     * {@code rho = 0.5}, initial trust 0.9.
     *
     * @param gamma            dampening factor in (0, 1]
     * @param rho              weight in [0, 1] of the implication between values
     * @param initialTrust     every source's trust before the first iteration, in (0, 1)
     * @param implication      imp(f1 -> f2) between values of an item; the paper's is a similarity minus a base
     *                         similarity of 0.5, so that conflicting values count against each other
     * @param maxValuesPerItem items with more distinct values get no implications (caps quadratic work)
     * @param convergence      when to stop
     */
    public record Config(double gamma, double rho, double initialTrust, ValueImplication implication,
            int maxValuesPerItem, Convergence convergence) {

        /** Trusts are kept in [EPSILON, 1 - EPSILON]. */
        public static final double EPSILON = 1e-9;

        public static final Config DEFAULT = new Config(0.3, 0.5, 0.9, ValueImplication.NONE, 256,
                Convergence.DEFAULT);

        public Config {
            if (!(gamma > 0 && gamma <= 1)) {
                throw new IllegalArgumentException("gamma must be in (0, 1], got " + gamma);
            }
            if (!(rho >= 0 && rho <= 1)) {
                throw new IllegalArgumentException("rho must be in [0, 1], got " + rho);
            }
            if (!(initialTrust > 0 && initialTrust < 1)) {
                throw new IllegalArgumentException("initialTrust must be in (0, 1), got " + initialTrust);
            }
            Objects.requireNonNull(implication, "implication");
            if (maxValuesPerItem < 2) {
                throw new IllegalArgumentException("maxValuesPerItem must be >= 2, got " + maxValuesPerItem);
            }
            Objects.requireNonNull(convergence, "convergence");
        }

        public Config withImplication(ValueImplication v) {
            return new Config(gamma, rho, initialTrust, v, maxValuesPerItem, convergence);
        }

        public Config withConvergence(Convergence v) {
            return new Config(gamma, rho, initialTrust, implication, maxValuesPerItem, v);
        }
    }

    private final Config config;

    public TruthFinder() {
        this(Config.DEFAULT);
    }

    public TruthFinder(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    @Override
    public String name() {
        return "truthfinder";
    }

    @Override
    public Result run(Dataset data) {
        int nv = data.valueCount();
        int ns = data.sourceCount();
        int[] provStart = data.valueProviderStartArray();
        int[] prov = data.valueProvidersArray();
        ImplicationTable table = ImplicationTable.build(data, config.implication(), config.maxValuesPerItem());

        double[] trust = new double[ns];
        Arrays.fill(trust, config.initialTrust());
        double[] tau = new double[ns];
        double[] sigma = new double[nv];
        double[] sigmaStar = table == null ? sigma : new double[nv];
        double[] conf = new double[nv];
        double[] next = new double[ns];
        double[] sums = new double[ns];
        double eps = Config.EPSILON;
        int iterations = 0;
        boolean converged = false;
        while (iterations < config.convergence().maxIterations()) {
            iterations++;
            for (int s = 0; s < ns; s++) {
                tau[s] = -Math.log1p(-trust[s]);
            }
            for (int v = 0; v < nv; v++) {
                double sum = 0;
                for (int k = provStart[v]; k < provStart[v + 1]; k++) {
                    sum += tau[prov[k]];
                }
                sigma[v] = sum;
            }
            if (table != null) {
                table.adjust(data, sigma, config.rho(), sigmaStar);
            }
            for (int v = 0; v < nv; v++) {
                conf[v] = 1.0 / (1.0 + Math.exp(-config.gamma() * sigmaStar[v]));
            }
            SourceMeans.compute(data, conf, config.initialTrust(), eps, sums, next);
            double change = Convergence.maxChange(trust, next);
            double[] tmp = trust;
            trust = next;
            next = tmp;
            if (change < config.convergence().tolerance()) {
                converged = true;
                break;
            }
        }
        return new Result(data, name(), conf, trust, iterations, converged);
    }
}
