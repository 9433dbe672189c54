package org.corroborate.scoring.truth;

import java.util.Arrays;

/** The mean over each source's values of a per-value score, the step shared by TruthFinder and Accu. */
final class SourceMeans {

    private SourceMeans() {
    }

    /**
     * {@code out[s]} = mean of {@code perValue} over the values source {@code s} gives, clamped to
     * [{@code eps}, 1 - {@code eps}]; {@code empty} for a source without values. Walks values in index order and adds
     * into the (few, cache-resident) sources, which touches memory sequentially; the sums are taken in the same
     * order as a source-by-source walk, so the result is the same.
     */
    static void compute(Dataset data, double[] perValue, double empty, double eps, double[] sum, double[] out) {
        int[] provStart = data.valueProviderStartArray();
        int[] prov = data.valueProvidersArray();
        Arrays.fill(sum, 0);
        int nv = data.valueCount();
        for (int v = 0; v < nv; v++) {
            double x = perValue[v];
            for (int k = provStart[v]; k < provStart[v + 1]; k++) {
                sum[prov[k]] += x;
            }
        }
        for (int s = 0; s < out.length; s++) {
            int n = data.valueCountOf(s);
            double mean = n > 0 ? sum[s] / n : empty;
            out[s] = Math.max(eps, Math.min(1 - eps, mean));
        }
    }
}
