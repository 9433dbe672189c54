package org.corroborate.ingest.html.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.core.Published;

/**
 * Parses the date and time spellings found in web pages' metadata: ISO 8601 with or without seconds, fractions,
 * {@code T} or a space, and offsets as {@code Z}, {@code +01:00} or {@code +0100}; a date alone; RFC 1123
 * ({@code Tue, 3 Jun 2008 11:05:30 GMT}). A date-time without an offset is taken as UTC.
 */
public final class LenientDates {

    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

    private LenientDates() {
    }

    /** The value of {@code text}, or empty when it is none of the spellings above or not a real date. */
    public static Optional<Published> parse(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 64) {
            return Optional.empty();
        }
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return Optional.of(Published.ofDate(date));
                }
                int nanos = 0;
                if (m.group(7) != null) {
                    String f = (m.group(7) + "000000000").substring(0, 9);
                    nanos = Integer.parseInt(f);
                }
                LocalDateTime ldt = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
                return Optional.of(Published.ofDateTime(ldt.atOffset(offset(m.group(8)))));
            }
            Matcher c = COMPACT_DATE.matcher(s);
            if (c.matches()) {
                return Optional.of(Published.ofDate(LocalDate.of(Integer.parseInt(c.group(1)),
                        Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)))));
            }
            if (Character.isLetter(s.charAt(0)) || Character.isDigit(s.charAt(0))) {
                ZonedDateTime z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT));
                return Optional.of(Published.ofDateTime(z.toOffsetDateTime()));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static ZoneOffset offset(String o) {
        if (o == null || o.equalsIgnoreCase("Z") || o.equalsIgnoreCase("UTC") || o.equalsIgnoreCase("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = o.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int h = Integer.parseInt(digits.substring(1, 3));
        int mi = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * h, sign * mi);
    }

    /** True when both are the same instant (a date alone is midnight UTC). */
    public static boolean sameInstant(Published a, Published b) {
        OffsetDateTime x = a.instant();
        OffsetDateTime y = b.instant();
        return x.toInstant().equals(y.toInstant());
    }
}
