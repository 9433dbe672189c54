package org.corroborate.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week, such as {@code 2025-W09}: weeks start on Monday and week 1 is the week holding the year's first
 * Thursday.
 *
 * @param year the week-based year (which can differ from the calendar year around New Year)
 * @param week 1 to 52 or 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

    public IsoWeek {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("ISO week year must be 1 to 9999, got " + year);
        }
        int max = weeksIn(year);
        if (week < 1 || week > max) {
            throw new IllegalArgumentException("ISO week of " + year + " must be 1 to " + max + ", got " + week);
        }
    }

    /** The week holding {@code date}. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Parses {@code 2025-W09}, {@code 2025W09} or {@code 2025-W9}; empty when the text is not a valid week. */
    public static Optional<IsoWeek> parse(String text) {
        Matcher m = FORM.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(m.group(1));
        int w = Integer.parseInt(m.group(2));
        if (y < 1 || w < 1 || w > weeksIn(y)) {
            return Optional.empty();
        }
        return Optional.of(new IsoWeek(y, w));
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    /** The Monday that starts the week. */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The Sunday that ends the week. */
    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** The week {@code n} weeks later (negative: earlier). */
    public IsoWeek plusWeeks(long n) {
        return of(monday().plusWeeks(n));
    }

    @Override
    public int compareTo(IsoWeek o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
    }

    /** {@code 2025-W09}. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%04d-W%02d", year, week);
    }
}
