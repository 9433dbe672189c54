package org.corroborate.cli.eval;

import java.util.SplittableRandom;
import org.corroborate.scoring.truth.Dataset;

/**
 * Deterministic synthetic truth-discovery data for benchmarks: {@code items} objects with one property, each
 * observed by about {@code observations / items} distinct sources out of {@code sources}. Every source has an
 * accuracy drawn uniformly from [0.5, 0.95]: with that probability it gives the true value {@code t}, otherwise
 * one of 9 false values {@code f1..f9} (lower numbers likelier). One source in ten is a copier: it gives the value
 * of a fixed original source (when the original observed the item) with probability 0.8. The same seed always
 * gives the same data.
 */
public final class SyntheticObservations {

    private SyntheticObservations() {
    }

    /** What was generated. */
    public record Generated(Dataset dataset, int items, long observationsAdded) {
    }

    /**
     * Generates about {@code observations} observations.
     *
     * @param observations target count, >= 1
     * @param perItem      sources per item, >= 1 and <= sources
     * @param sources      number of sources, >= 2
     * @param seed         random seed
     */
    public static Generated generate(long observations, int perItem, int sources, long seed) {
        if (observations < 1 || perItem < 1 || sources < 2 || perItem > sources) {
            throw new IllegalArgumentException("need observations >= 1, 1 <= perItem <= sources, sources >= 2; got "
                    + observations + ", " + perItem + ", " + sources);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] accuracy = new double[sources];
        int[] original = new int[sources];
        String[] names = new String[sources];
        for (int s = 0; s < sources; s++) {
            accuracy[s] = 0.5 + 0.45 * rnd.nextDouble();
            original[s] = s % 10 == 9 ? rnd.nextInt(sources) : -1;
            if (original[s] == s) {
                original[s] = -1;
            }
            names[s] = "source" + s;
        }
        String[] falseValues = new String[9];
        for (int k = 0; k < falseValues.length; k++) {
            falseValues[k] = "f" + (k + 1);
        }
        int items = (int) Math.max(1, observations / perItem);
        Dataset.Builder b = Dataset.builder();
        int[] chosen = new int[perItem];
        String[] given = new String[sources];
        int[] stamp = new int[sources];
        java.util.Arrays.fill(stamp, -1);
        long added = 0;
        for (int i = 0; i < items; i++) {
            String object = "o" + i;
            int m = 0;
            while (m < perItem) { // distinct sources for this item
                int s = rnd.nextInt(sources);
                if (stamp[s] != i) {
                    stamp[s] = i;
                    chosen[m++] = s;
                }
            }
            for (int k = 0; k < perItem; k++) {
                int s = chosen[k];
                given[s] = own(rnd, accuracy[s], falseValues);
            }
            for (int k = 0; k < perItem; k++) {
                int s = chosen[k];
                int o = original[s];
                String v = given[s];
                if (o >= 0 && stamp[o] == i && rnd.nextDouble() < 0.8) {
                    v = given[o];
                }
                b.add(names[s], object, "", v);
                added++;
            }
        }
        return new Generated(b.build(), items, added);
    }

    private static String own(SplittableRandom rnd, double accuracy, String[] falseValues) {
        if (rnd.nextDouble() < accuracy) {
            return "t";
        }
        double u = rnd.nextDouble();
        return falseValues[(int) (falseValues.length * u * u)];
    }
}
