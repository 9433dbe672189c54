package org.corroborate.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published: a calendar date, or a date and time with an offset.
 *
 * <p>Held as an epoch second, nanoseconds and an offset in seconds (32 bytes), not as an {@link OffsetDateTime}
 * (a chain of four objects, about 130 bytes), since a large run keeps one per article; {@link #instant()} makes the
 * date-time when it is asked for. Two values are equal when their date-times are ({@link OffsetDateTime#equals}:
 * the same moment at the same offset).
 *
 * @param epochSecond   the moment's seconds since 1970-01-01T00:00:00Z
 * @param nano          the moment's nanoseconds within its second, 0 to 999,999,999
 * @param offsetSeconds the offset from UTC in seconds, -18 to +18 hours
 * @param dateOnly      true when only the date is known, so {@link #toString()} prints {@code YYYY-MM-DD}
 */
public record Published(long epochSecond, int nano, int offsetSeconds, boolean dateOnly)
        implements Comparable<Published> {

    private static final int MAX_OFFSET = 18 * 3600;
    /** The range of local date-times, in seconds since 1970-01-01T00:00 as if at UTC. */
    private static final long MIN_LOCAL = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
    private static final long MAX_LOCAL = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);

    public Published {
        if (nano < 0 || nano > 999_999_999) {
            throw new IllegalArgumentException("Published nano must be 0 to 999999999, got " + nano);
        }
        if (offsetSeconds < -MAX_OFFSET || offsetSeconds > MAX_OFFSET) {
            throw new IllegalArgumentException("Published offset must be within 18 hours, got " + offsetSeconds + " s");
        }
        if (epochSecond < MIN_LOCAL - MAX_OFFSET || epochSecond > MAX_LOCAL + MAX_OFFSET
                || epochSecond + offsetSeconds < MIN_LOCAL || epochSecond + offsetSeconds > MAX_LOCAL) {
            throw new IllegalArgumentException("Published second " + epochSecond + " at offset " + offsetSeconds
                    + " s is outside the supported range of date-times");
        }
    }

    /**
     * @param instant  the moment; for a date alone, midnight UTC of that date
     * @param dateOnly true when only the date is known, so {@link #toString()} prints {@code YYYY-MM-DD}
     */
    public Published(OffsetDateTime instant, boolean dateOnly) {
        this(Objects.requireNonNull(instant, "instant").toEpochSecond(), instant.getNano(),
                instant.getOffset().getTotalSeconds(), dateOnly);
    }

    /** The moment with its offset; for a date alone, midnight UTC of that date. Made on each call. */
    public OffsetDateTime instant() {
        return OffsetDateTime.ofInstant(toInstant(), ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    /** The moment, without the offset. */
    public Instant toInstant() {
        return Instant.ofEpochSecond(epochSecond, nano);
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
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond + offsetSeconds, 86_400L));
    }

    /** Earlier moments first, whatever their offsets (as {@link Instant#compareTo}). */
    @Override
    public int compareTo(Published o) {
        int c = Long.compare(epochSecond, o.epochSecond);
        return c != 0 ? c : Integer.compare(nano, o.nano);
    }

    @Override
    public String toString() {
        return dateOnly ? date().toString() : instant().toString();
    }
}
