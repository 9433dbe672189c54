package org.corroborate.scoring.truth;

/**
 * {@link ValueImplication}s between the values of each item, computed once per run: for item {@code i} with
 * {@code k} values, a {@code k x k} block (row = from, column = to). Items with more than {@code maxValuesPerItem}
 * values get no block (all implications 0) so that one pathological item cannot cost quadratic time.
 */
final class ImplicationTable {

    private final long[] blockStart;
    private final double[] imp;
    private final int skippedItems;

    private ImplicationTable(long[] blockStart, double[] imp, int skippedItems) {
        this.blockStart = blockStart;
        this.imp = imp;
        this.skippedItems = skippedItems;
    }

    /** The table, or null when {@code implication} is {@link ValueImplication#NONE}. */
    static ImplicationTable build(Dataset data, ValueImplication implication, int maxValuesPerItem) {
        if (implication == ValueImplication.NONE) {
            return null;
        }
        int items = data.itemCount();
        long[] start = new long[items + 1];
        int skipped = 0;
        for (int i = 0; i < items; i++) {
            int k = data.endValue(i) - data.firstValue(i);
            boolean use = k >= 2 && k <= maxValuesPerItem;
            if (k > maxValuesPerItem) {
                skipped++;
            }
            start[i + 1] = start[i] + (use ? (long) k * k : 0);
        }
        if (start[items] > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("implication table of " + start[items]
                    + " entries is too large; lower maxValuesPerItem (now " + maxValuesPerItem + ")");
        }
        double[] imp = new double[(int) start[items]];
        for (int i = 0; i < items; i++) {
            if (start[i + 1] == start[i]) {
                continue;
            }
            int first = data.firstValue(i);
            int k = data.endValue(i) - first;
            int base = (int) start[i];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    if (a != b) {
                        double x = implication.implication(data.text(first + a), data.text(first + b));
                        if (!Double.isFinite(x)) {
                            throw new IllegalStateException("implication " + x + " from \"" + data.text(first + a)
                                    + "\" to \"" + data.text(first + b) + "\" is not a finite number");
                        }
                        imp[base + a * k + b] = Math.max(-1, Math.min(1, x));
                    }
                }
            }
        }
        return new ImplicationTable(start, imp, skipped);
    }

    /**
     * {@code out[v] = score[v] + weight * sum over other values w of v's item of score[w] * imp(w -> v)}, for every
     * value.
     */
    void adjust(Dataset data, double[] score, double weight, double[] out) {
        int items = data.itemCount();
        for (int i = 0; i < items; i++) {
            int first = data.firstValue(i);
            int end = data.endValue(i);
            if (blockStart[i + 1] == blockStart[i]) {
                for (int v = first; v < end; v++) {
                    out[v] = score[v];
                }
                continue;
            }
            int k = end - first;
            int base = (int) blockStart[i];
            for (int b = 0; b < k; b++) {
                double sum = 0;
                for (int a = 0; a < k; a++) {
                    if (a != b) {
                        sum += score[first + a] * imp[base + a * k + b];
                    }
                }
                out[first + b] = score[first + b] + weight * sum;
            }
        }
    }

    int skippedItems() {
        return skippedItems;
    }
}
