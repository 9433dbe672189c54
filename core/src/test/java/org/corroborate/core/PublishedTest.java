package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Published} held as seconds, nanoseconds and offset behaves as the date-time it was made from. */
class PublishedTest {

    private static final List<OffsetDateTime> TIMES = List.of(
            OffsetDateTime.parse("2025-02-27T09:30:00+09:00"),
            OffsetDateTime.parse("2025-02-27T00:30:00.000000001Z"),
            OffsetDateTime.parse("1969-12-31T23:59:59.999999999-05:30"),
            OffsetDateTime.parse("1900-01-01T00:00:00+18:00"),
            OffsetDateTime.parse("2100-12-31T23:59:59-18:00"),
            OffsetDateTime.MIN, OffsetDateTime.MAX);

    @Test
    void givesBackTheDateTimeItWasMadeFrom() {
        for (OffsetDateTime t : TIMES) {
            Published p = new Published(t, false);
            assertEquals(t, p.instant());
            assertEquals(t.getOffset(), p.instant().getOffset());
            assertEquals(t.toLocalDate(), p.date());
            assertEquals(t.toString(), p.toString());
            assertEquals(t.toInstant(), p.toInstant());
            assertEquals(p, new Published(p.epochSecond(), p.nano(), p.offsetSeconds(), false));
        }
    }

    @Test
    void equalAsDateTimesComparedAsMoments() {
        Published tokyo = Published.ofDateTime(OffsetDateTime.parse("2025-02-27T09:30:00+09:00"));
        Published utc = Published.ofDateTime(OffsetDateTime.parse("2025-02-27T00:30:00Z"));
        assertNotEquals(tokyo, utc); // the same moment at another offset, as OffsetDateTime.equals
        assertEquals(0, tokyo.compareTo(utc));
        for (OffsetDateTime a : TIMES) {
            for (OffsetDateTime b : TIMES) {
                assertEquals(Integer.signum(a.toInstant().compareTo(b.toInstant())),
                        Integer.signum(new Published(a, false).compareTo(new Published(b, true))));
            }
        }
    }

    @Test
    void aDateAloneIsMidnightUtcAndPrintsAsADate() {
        Published d = Published.ofDate(LocalDate.of(1965, 3, 1));
        assertTrue(d.dateOnly());
        assertEquals("1965-03-01", d.toString());
        assertEquals(OffsetDateTime.of(1965, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC), d.instant());
    }

    @Test
    void refusesWhatNoDateTimeCanHold() {
        assertThrows(IllegalArgumentException.class, () -> new Published(0, -1, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new Published(0, 1_000_000_000, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new Published(0, 0, 18 * 3600 + 1, false));
        assertThrows(IllegalArgumentException.class, () -> new Published(Long.MAX_VALUE, 0, 0, false));
        long max = OffsetDateTime.MAX.toEpochSecond();
        assertThrows(IllegalArgumentException.class, () -> new Published(max, 0, 0, false));
        assertThrows(NullPointerException.class, () -> new Published(null, false));
    }
}
