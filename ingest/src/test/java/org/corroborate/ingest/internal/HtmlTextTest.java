package org.corroborate.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsParagraphsDropsScriptsAndDecodesEntities() {
        assertEquals("First para.\n\nSecond & last\nline.",
                HtmlText.toText("<p>First   para.</p><script>x()</script><style>p{}</style>"
                        + "<div>Second &amp; last<br>line.</div>"));
        assertEquals("plain text", HtmlText.toText("  plain\n text "));
        assertEquals("", HtmlText.toText(" "));
        assertEquals("a b", HtmlText.toText("a&nbsp;b"));
    }

    @Test
    void wireCredits() {
        assertEquals(Optional.of("AFP"), WireCredits.detect("PARIS (AFP) - Ministers met."));
        assertEquals(Optional.of("Reuters"), WireCredits.detect("LONDON, March 3 (Reuters) \u2014 Shares fell."));
        assertEquals(Optional.of("AP"), WireCredits.detect("WASHINGTON (Associated Press) \u2013 A vote."));
        assertEquals(Optional.of("Reuters"), WireCredits.detect("Text of the story.\n-- Reuters"));
        assertEquals(Optional.empty(), WireCredits.detect("The AFP said nothing (really)."));
        assertEquals(Optional.empty(), WireCredits.detect("A story with no credit."));
    }
}
