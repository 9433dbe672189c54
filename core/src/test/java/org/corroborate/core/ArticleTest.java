package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static Article article(Optional<Published> published) {
        return new Article("a-1", "https://example.org/a", "Outlet", published, "Title", "Body.", "By Kim", "AFP", "en",
                "c-1", "troops were sent", new Location("in.jsonl", 7, 120));
    }

    /** Texts held elsewhere, counted as they are read. */
    private static final class Texts implements ArticleTexts {
        final String url;
        final String title;
        int reads;

        Texts(String url, String title) {
            this.url = url;
            this.title = title;
        }

        @Override
        public String url() {
            reads++;
            return url;
        }

        @Override
        public String title() {
            reads++;
            return title;
        }
    }

    @Test
    void publicationAndLocationAreMadeAgainEqualAtEachCall() {
        Published at = Published.ofDateTime(OffsetDateTime.of(2025, 2, 27, 9, 30, 0, 123, ZoneOffset.ofHours(9)));
        Published day = Published.ofDate(LocalDate.of(2025, 2, 27));
        for (Optional<Published> p : java.util.List.of(Optional.<Published>empty(), Optional.of(at), Optional.of(day))) {
            Article a = article(p);
            assertEquals(p, a.published());
            assertEquals(new Location("in.jsonl", 7, 120), a.location());
            assertEquals(a, article(p));
            assertEquals(a.hashCode(), article(p).hashCode());
            assertEquals(a, a.toBuilder().build());
        }
        Article a = article(Optional.of(at));
        assertNotSame(a.location(), a.location());
        assertNotEquals(article(Optional.of(day)), article(Optional.empty()));
        // a date alone is not the same value as midnight UTC of that date with a time
        assertNotEquals(article(Optional.of(day)), article(Optional.of(new Published(day.epochSecond(), 0, 0,
                false))));
        assertEquals("Article[id=a-1, url=https://example.org/a, outlet=Outlet, published=Optional[" + at
                + "], title=Title, body=Body., byline=By Kim, wire=AFP, language=en, claimId=c-1, claim=troops were"
                + " sent, location=in.jsonl:7:120]", a.toString());
    }

    @Test
    void anArticleWithItsTextsHeldElsewhereReadsThemWhenAskedAndEqualsTheOneHoldingThem() {
        Article a = article(Optional.empty());
        Texts texts = new Texts("https://example.org/a", "Title");
        Article kept = a.withTexts(texts);
        assertEquals(0, texts.reads);
        assertEquals("https://example.org/a", kept.url());
        assertEquals("Title", kept.title());
        assertEquals(a, kept);
        assertEquals(kept, a);
        assertEquals(a.hashCode(), kept.hashCode());
        assertEquals(a.toString(), kept.toString());
        assertEquals(a, kept.toBuilder().build());
        assertNotEquals(a, a.withTexts(new Texts("https://example.org/b", "Title")));
        assertNotEquals(a, a.withTexts(new Texts("https://example.org/a", "Other")));
        assertThrows(NullPointerException.class, () -> a.withTexts(null));
        assertThrows(IllegalArgumentException.class, () -> a.toBuilder().id(" ").build());
        assertThrows(NullPointerException.class, () -> a.toBuilder().url(null).build());
    }
}
