package org.corroborate.core;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers as text with two decimals, as {@code String.format(Locale.ROOT, "%.2f", x)} writes them, remembered: the
 * weights, hedge strengths and reliabilities of a corpus take few distinct values and are formatted for every
 * piece of evidence explained, and a {@link java.util.Formatter} costs far more than a look-up. The first
 * {@value #MAX_REMEMBERED} distinct values are remembered; others are formatted each time. Thread-safe; the result
 * never depends on what is remembered.
 */
public final class Decimals {

    /** Distinct values remembered at most. */
    static final int MAX_REMEMBERED = 4096;
    private static final ConcurrentHashMap<Double, String> TWO = new ConcurrentHashMap<>();

    private Decimals() {
    }

    /** {@code x} with two decimals, rounded half up, e.g. {@code 0.65}: {@code String.format(Locale.ROOT, "%.2f", x)}. */
    public static String two(double x) {
        Double key = x;
        String s = TWO.get(key);
        if (s == null) {
            s = String.format(Locale.ROOT, "%.2f", x);
            if (TWO.size() < MAX_REMEMBERED) {
                TWO.putIfAbsent(key, s);
            }
        }
        return s;
    }
}
