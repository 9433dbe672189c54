package org.corroborate.ingest.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corroborate.core.Published;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2025-02-27                        | 2025-02-27
            2025-02-27T09:30:00Z              | 2025-02-27T09:30Z
            2025-02-27T09:30:00+09:00         | 2025-02-27T09:30+09:00
            2021-11-01T10:52:50+0100          | 2021-11-01T10:52:50+01:00
            2018-04-05T06:00                  | 2018-04-05T06:00Z
            2017-11-03 03:01:00.000000        | 2017-11-03T03:01Z
            2015-03-27T13:07:55.096Z          | 2015-03-27T13:07:55.096Z
            2017-11-24T18:42:20.314667        | 2017-11-24T18:42:20.314667Z
            2025-03-04 09:30 +01:00           | 2025-03-04T09:30+01:00
            20250304                          | 2025-03-04
            'Tue, 3 Jun 2008 11:05:30 GMT'    | 2008-06-03T11:05:30Z
            """)
    void parses(String text, String expected) {
        assertEquals(expected, LenientDates.parse(text).map(Published::toString).orElse("(none)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2025-02-30", "2025-13-01T00:00:00Z", "March 4, 2025", "12345"})
    void rejects(String text) {
        assertTrue(LenientDates.parse(text).isEmpty(), text);
    }

    @org.junit.jupiter.api.Test
    void sameInstantAcrossOffsets() {
        assertTrue(LenientDates.sameInstant(LenientDates.parse("2021-11-01T10:52:50+0100").orElseThrow(),
                LenientDates.parse("2021-11-01T09:52:50Z").orElseThrow()));
    }
}
