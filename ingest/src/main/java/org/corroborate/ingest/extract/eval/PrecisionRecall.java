package org.corroborate.ingest.extract.eval;

/**
 * Counts behind a precision, recall and F1.
 *
 * @param predictedHits predicted items that match some gold item
 * @param predicted     all predicted items
 * @param goldHits      gold items matched by some predicted item
 * @param gold          all gold items
 */
public record PrecisionRecall(long predictedHits, long predicted, long goldHits, long gold) {

    public static final PrecisionRecall ZERO = new PrecisionRecall(0, 0, 0, 0);

    public PrecisionRecall {
        if (predictedHits < 0 || predictedHits > predicted || goldHits < 0 || goldHits > gold) {
            throw new IllegalArgumentException("Counts must satisfy 0 <= hits <= total, got " + predictedHits + "/"
                    + predicted + " predicted, " + goldHits + "/" + gold + " gold");
        }
    }

    /** Hits over predicted, in [0, 1]; 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : (double) predictedHits / predicted;
    }

    /** Hits over gold, in [0, 1]; 0 when there is no gold item. */
    public double recall() {
        return gold == 0 ? 0 : (double) goldHits / gold;
    }

    /** Harmonic mean of precision and recall, in [0, 1]; 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public PrecisionRecall plus(PrecisionRecall o) {
        return new PrecisionRecall(predictedHits + o.predictedHits, predicted + o.predicted,
                goldHits + o.goldHits, gold + o.gold);
    }
}
