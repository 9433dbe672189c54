package org.corroborate.ingest.html.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.ingest.html.internal.Text;

/**
 * Token-level overlap of an extracted text with a reference text, as bags of words.
 *
 * <p>Tokens are {@link Text#tokens}: runs of letters and digits, lower-cased; punctuation and layout do not count.
 * Overlap is the multiset intersection: a word found twice in the extraction and three times in the reference
 * counts twice. Precision = overlap / extracted tokens, recall = overlap / reference tokens, F1 their harmonic
 * mean; all in [0, 1]. Two empty texts score 1; an empty text against a non-empty one scores 0. F1 is symmetric
 * in its two arguments; precision and recall swap.
 */
public record TokenF1(double precision, double recall, double f1) {

    public TokenF1 {
        for (double v : new double[] {precision, recall, f1}) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("scores must be in [0, 1], got p=" + precision + " r=" + recall
                        + " f1=" + f1);
            }
        }
    }

    /** Scores {@code extracted} against {@code reference}. */
    public static TokenF1 of(String extracted, String reference) {
        List<String> got = Text.tokens(extracted);
        List<String> want = Text.tokens(reference);
        if (got.isEmpty() && want.isEmpty()) {
            return new TokenF1(1, 1, 1);
        }
        if (got.isEmpty() || want.isEmpty()) {
            return new TokenF1(got.isEmpty() ? 1 : 0, want.isEmpty() ? 1 : 0, 0);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String t : want) {
            counts.merge(t, 1, Integer::sum);
        }
        int overlap = 0;
        for (String t : got) {
            Integer n = counts.get(t);
            if (n != null && n > 0) {
                overlap++;
                counts.put(t, n - 1);
            }
        }
        double p = overlap / (double) got.size();
        double r = overlap / (double) want.size();
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new TokenF1(p, r, f);
    }
}
