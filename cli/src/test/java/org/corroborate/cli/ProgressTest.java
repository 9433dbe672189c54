package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void drawsABarThatEndsWithItsLine() {
        StringWriter s = new StringWriter();
        Progress p = Progress.always(new PrintWriter(s), "storing", 4);
        p.update(1);
        p.update(4);
        p.done();
        String out = s.toString();
        assertTrue(out.contains("\rstoring [#######                       ] 1/4"), out);
        assertTrue(out.endsWith("] 4/4" + System.lineSeparator()), out);
    }

    @Test
    void drawsNothingWhenNotOnATerminal() {
        // tests never run with a console, so the bar of Progress.of stays silent
        StringWriter s = new StringWriter();
        Progress p = Progress.of(new PrintWriter(s), "storing", 4);
        p.update(2);
        p.done();
        assertEquals(Progress.onTerminal() ? s.toString() : "", s.toString());
    }
}
