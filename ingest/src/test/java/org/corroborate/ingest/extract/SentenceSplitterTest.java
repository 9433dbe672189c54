package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return new SentenceSplitter().split(text).stream().map(s -> s.in(text)).toList();
    }

    @Test
    void abbreviationsInitialsAndQuotes() {
        assertEquals(List.of("Mr. Kim met Gen. Park in the U.S. capital on Jan. 5.",
                        "\"It is over,\" he said.", "John F. Kennedy agreed!"),
                split("Mr. Kim met Gen. Park in the U.S. capital on Jan. 5. \"It is over,\" he said. John F. Kennedy"
                        + " agreed!"));
    }

    @Test
    void blankLinesEndHeadlinesAndDatelines() {
        assertEquals(List.of("- 'BRUTAL' FIGHTING -", "Seoul said so.", "A headline without a stop",
                        "Body."),
                split("- 'BRUTAL' FIGHTING -\n\nSeoul said so.\n\n\nA headline without a stop\n\n  Body.  "));
    }

    @Test
    void lowerCaseAfterAPeriodDoesNotSplitAndNumbersStayWhole() {
        assertEquals(List.of("It grew 3.5 percent, e.g. in Kursk.", "Then it fell."),
                split("It grew 3.5 percent, e.g. in Kursk. Then it fell."));
    }
}
