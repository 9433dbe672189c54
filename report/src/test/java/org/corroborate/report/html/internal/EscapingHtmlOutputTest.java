package org.corroborate.report.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;

class EscapingHtmlOutputTest {

    private static final String EVIL = "a<b>&\"'\u0001\u007fz";

    private static String write(String tag, String attribute, String value) {
        StringOutput s = new StringOutput();
        EscapingHtmlOutput out = new EscapingHtmlOutput(s);
        out.setContext(tag, attribute);
        out.writeUserContent(value);
        return s.toString();
    }

    @Test
    void textAndAttributesGetOurStrictEscaping() {
        assertEquals("a&lt;b&gt;&amp;&quot;&#39;z", write("p", null, EVIL));
        assertEquals("a&lt;b&gt;&amp;&quot;&#39;z", write("span", "title", EVIL));
        assertEquals("a&lt;b&gt;&amp;&quot;&#39;z", write("html", null, EVIL), "a partial's top-level text");
    }

    @Test
    void scriptsEventHandlersAndUrlsKeepJtesOwnRules() {
        String inScript = write("script", null, "</script><script>alert(1)");
        assertFalse(inScript.contains("</script"), inScript);
        String inHandler = write("button", "onclick", "'); alert(1); ('");
        assertFalse(inHandler.contains("'"), inHandler);
        assertEquals("", write("a", "href", "javascript:alert(1)"), "jte drops a javascript: URL");
        assertTrue(write("a", "href", "c-1\"x").startsWith("c-1&#34;"), "jte's attribute escaping in URLs");
    }

    @Test
    void nullWritesNothing() {
        assertEquals("", write("p", null, null));
    }
}
