package org.corroborate.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published: a calendar date, or a date and time with an offset.
 *
 * @param instant  the moment; for a date alone, midnight UTC of that date
 * @param dateOnly true when only the date is known, so {@link #toString()} prints {@code YYYY-MM-DD}
 */
public record Published(OffsetDateTime instant, boolean dateOnly) implements Comparable<Published> {

    public Published {
        Objects.requireNonNull(instant, "instant");
    }

    public static Published ofDate(LocalDate date) {
        return new Published(date.atStartOfDay().atOffset(ZoneOffset.UTC), true);
    }

    public static Published ofDateTime(OffsetDateTime dateTime) {
        return new Published(dateTime, false);
    }

    /**
     * Parses {@code 2025-02-27}, {@code 2025-02-27T09:30:00Z}, {@code 2025-02-27T09:30:00+09:00} or
     * {@code 2025-02-27T09:30:00} (taken as UTC), with a space instead of {@code T} allowed.
     *
     * @return the value, or empty when the text is none of these
     */
    public static Optional<Published> parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (s.length() == 10) {
                return Optional.of(ofDate(LocalDate.parse(s)));
            }
            String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            try {
                return Optional.of(ofDateTime(OffsetDateTime.parse(iso)));
            } catch (DateTimeParseException e) {
                return Optional.of(ofDateTime(java.time.LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC)));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public LocalDate date() {
        return instant.toLocalDate();
    }

    @Override
    public int compareTo(Published o) {
        return instant.toInstant().compareTo(o.instant.toInstant());
    }

    @Override
    public String toString() {
        return dateOnly ? date().toString() : instant.toString();
    }
}
