package org.corroborate.scoring.independence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.corroborate.core.Article;
import org.corroborate.core.Published;
import org.junit.jupiter.api.Test;

class WireCopiesTest {

    private static final String STORY = "North Korea has sent more soldiers to Russia and re-deployed several to the"
            + " frontline in Kursk, Seoul's spy agency told AFP on Thursday. South Korean and Western intelligence"
            + " agencies have said that more than 10,000 soldiers from the reclusive state were sent to Russia last"
            + " year to help it fight a shock Ukrainian offensive into the Kursk border region.";

    private static Article a(String id, String date, String body) {
        return Article.builder().id(id).outlet("o-" + id).published(Published.parse(date).orElseThrow()).body(body)
                .build();
    }

    @Test
    void copiesGroupUnderTheEarliest() {
        Map<String, String> g = new WireCopies(0.8).groups(List.of(
                a("late", "2025-02-28", STORY + " Editor's note: corrected."),
                a("first", "2025-02-27", STORY),
                a("other", "2025-02-27", "The central bank raised interest rates on Tuesday, citing inflation that"
                        + " has stayed above its target for a year.")));
        assertEquals("first", g.get("late"));
        assertEquals("first", g.get("first"));
        assertEquals("other", g.get("other"));
    }

    @Test
    void similarityEstimatesJaccard() {
        WireCopies w = new WireCopies(0.8);
        assertEquals(1.0, WireCopies.similarity(w.signature(STORY), w.signature(STORY)), 1e-12);
        assertTrue(WireCopies.similarity(w.signature(STORY), w.signature("Completely different words about"
                + " the weather in spring and the price of bread at markets.")) < 0.2);
    }
}
