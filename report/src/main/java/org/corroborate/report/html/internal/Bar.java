package org.corroborate.report.html.internal;

import java.util.Locale;
import org.corroborate.core.Decimals;

/**
 * An inline bar showing a value in [0, 1] and its interval, with every number already formatted (Locale.ROOT).
 *
 * @param value    the value, two decimals
 * @param lower    the interval's lower end, two decimals
 * @param upper    the interval's upper end, two decimals
 * @param left     where the interval starts, in percent of the bar's width, one decimal
 * @param width    the interval's width in percent, one decimal
 * @param point    where the value's mark stands, in percent, one decimal
 */
public record Bar(String value, String lower, String upper, String left, String width, String point) {

    public static Bar of(double p, double lo, double hi) {
        return new Bar(Decimals.two(p), Decimals.two(lo), Decimals.two(hi), f1(lo * 100), f1((hi - lo) * 100), f1(p * 100));
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
