package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpinionDetectorTest {

    private final OpinionDetector detector = new OpinionDetector();

    @Test
    void everyKindOfOpinionIsFound() {
        for (String s : new String[] {"I think it will rain", "we don't believe them", "We do not feel safe",
                "we don\u2019t want war", "we call on Seoul to talk", "in my view the talks failed",
                "in our opinion it is wrong", "Seoul should talk", "they must go", "it ought to stop",
                "the country needs to act", "we need to act", "it is time to act", "a wake-up call",
                "this is unacceptable", "an outrageous move", "a historic day", "a great victory",
                "ties have never been more important", "WE URGE CALM", "In My View it failed"}) {
            assertTrue(detector.isOpinion(s), s);
        }
    }

    @Test
    void factualContentIsNot() {
        for (String s : new String[] {"troops crossed the border on Tuesday", "", "the thinker arrived",
                "historical records show 10 ships", "we thinks"}) {
            assertFalse(detector.isOpinion(s), s);
        }
    }

    @Test
    void foldingMatchesThePatternsCaseRules() {
        // dotless i and the Kelvin sign fold onto ASCII letters as the case-insensitive pattern compares them
        assertEquals("i think", OpinionDetector.fold("\u0131 THINK"));
        assertEquals("k", OpinionDetector.fold("\u212A"));
        assertTrue(detector.isOpinion("we th\u0131nk so"));
    }
}
