package org.corroborate.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

    private static final String TXT = "# comment\n"
            + "User-agent: *\n"
            + "Disallow: /\n"
            + "\n"
            + "User-agent: Googlebot\n"
            + "User-agent: Corroborate/1.0\n"
            + "Disallow: /private/\n"
            + "Allow: /private/open\n"
            + "Disallow: /*.pdf$\n"
            + "Disallow: /tmp\n"
            + "Allow: /tmp\n";

    @Test
    void ownGroupWinsOverStarAndLongestMatchDecides() {
        RobotsRules r = RobotsRules.parse(TXT, "corroborate");
        assertTrue(r.allowed("/news/a.html"), "the * group's Disallow: / does not apply to us");
        assertFalse(r.allowed("/private/x"));
        assertTrue(r.allowed("/private/open/y"), "longer Allow wins");
        assertFalse(r.allowed("/docs/file.pdf"));
        assertTrue(r.allowed("/docs/file.pdf?x=1"), "$ anchors the end");
        assertTrue(r.allowed("/tmp/a"), "Allow wins a tie");
    }

    @Test
    void starGroupAppliesToOthersAndEmptyFileAllows() {
        assertFalse(RobotsRules.parse(TXT, "otherbot").allowed("/news/a.html"));
        assertTrue(RobotsRules.parse("", "corroborate").allowed("/anything"));
        assertTrue(RobotsRules.parse("User-agent: *\nDisallow:\n", "corroborate").allowed("/x"),
                "an empty Disallow allows everything");
    }

    @Test
    void hostilePatternsStayFast() {
        String pattern = "/" + "*a".repeat(200) + "b";
        assertFalse(RobotsRules.matches(pattern, "/" + "a".repeat(5000)));
    }
}
