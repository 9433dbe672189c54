package org.corroborate.scoring.truth;

/**
 * Majority vote: every source counts once per item; the value given by most sources wins.
 *
 * <p>Confidence of a value: the share in [0, 1] of the item's distinct sources that give it. Trust of a source: the
 * share in [0, 1] of its values that won their item. One pass: {@link Result#iterations()} is 1 and the result is
 * always converged.
 */
public final class MajorityVote implements TruthDiscovery {

    @Override
    public String name() {
        return "majority";
    }

    @Override
    public Result run(Dataset data) {
        int[] itemProviders = data.itemProviderCounts();
        double[] conf = new double[data.valueCount()];
        int[] winner = new int[data.itemCount()];
        for (int i = 0; i < data.itemCount(); i++) {
            int best = data.firstValue(i);
            for (int v = data.firstValue(i); v < data.endValue(i); v++) {
                conf[v] = (double) data.providerCount(v) / itemProviders[i];
                int c = Integer.compare(data.providerCount(v), data.providerCount(best));
                if (c > 0 || c == 0 && data.text(v).compareTo(data.text(best)) < 0) {
                    best = v;
                }
            }
            winner[i] = best;
        }
        double[] trust = new double[data.sourceCount()];
        for (int s = 0; s < data.sourceCount(); s++) {
            int n = data.valueCountOf(s);
            int won = 0;
            for (int k = 0; k < n; k++) {
                int v = data.valueOf(s, k);
                if (winner[data.itemOf(v)] == v) {
                    won++;
                }
            }
            trust[s] = n == 0 ? 0 : (double) won / n;
        }
        return new Result(data, name(), conf, trust, 1, true);
    }
}
