package org.corroborate.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WeeklyHtmlWriterTest {

    @Test
    void theCspHashIsTheHashOfTheScriptAsWritten() throws Exception {
        String expected = "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(WeeklyHtmlWriter.SCRIPT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, WeeklyHtmlWriter.SCRIPT_HASH);
    }

    @Test
    void theScriptUsesNoInlineHandlersOrRemoteLoads() {
        assertFalse(WeeklyHtmlWriter.SCRIPT.contains("innerHTML"), "no HTML from text");
        assertFalse(WeeklyHtmlWriter.SCRIPT.contains("http"), "no remote load");
        assertFalse(WeeklyHtmlWriter.SCRIPT.contains("eval("), "no eval");
    }
}
