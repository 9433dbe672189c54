package org.corroborate.report.html.internal;

/**
 * One source in a report's table of sources.
 *
 * @param speaksFor   the organisation it speaks for, or empty
 * @param reliability its reliability, two decimals
 * @param widthSort   the interval's width, four decimals, to sort the interval column by
 */
public record SourceRow(String name, String kind, String country, String speaksFor, int mentions, int claims,
                        String reliability, Bar bar, char letter, int resolved, String widthSort) {
}
