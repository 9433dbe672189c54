package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRefTest {

    /** A reference that reads its text each time, as a store would. */
    private static TextRef stored(String text) {
        return new TextRef() {
            @Override
            public String text() {
                return new String(text.toCharArray());
            }
        };
    }

    @Test
    void equalWhenTheTextsAreWhateverHoldsThem() {
        assertEquals(TextRef.of("troops were sent"), stored("troops were sent"));
        assertEquals(stored("troops were sent"), TextRef.of("troops were sent"));
        assertEquals(TextRef.of("a").hashCode(), stored("a").hashCode());
        assertNotEquals(TextRef.of("a"), stored("b"));
        assertNotEquals(TextRef.of("a"), "a");
        assertEquals("a", stored("a").toString());
        assertThrows(NullPointerException.class, () -> TextRef.of(null));
    }

    @Test
    void attributionsCompareByContentTextWhateverHoldsIt() {
        Cue cue = new Cue(new Span(0, 4), "said", "say", CueKind.values()[0]);
        Attribution held = new Attribution("a#0", "a", SourceMention.unnamed(), cue, new Span(5, 9), "text",
                Span.NONE, Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT, ContentKind.FACTUAL, List.of());
        Attribution read = new Attribution(stored("a#0"), "a", SourceMention.unnamed(), cue, new Span(5, 9),
                stored("text"), Span.NONE, Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT, ContentKind.FACTUAL, List.of());
        assertEquals(held, read);
        assertEquals(held.hashCode(), read.hashCode());
        assertEquals("text", read.contentText());
        assertEquals("a#0", read.id());
        assertThrows(NullPointerException.class, () -> new Attribution(TextRef.of("a#0"), "a",
                SourceMention.unnamed(), cue, Span.NONE, (TextRef) null, Span.NONE, Stance.ASSERTS, List.of(), List.of(),
                QuoteType.INDIRECT, ContentKind.FACTUAL, List.of()));
    }

    @Test
    void anOrdinalIdIsCompletedWithTheArticleIdAndComparesAsTheWholeId() {
        Cue cue = new Cue(new Span(0, 4), "said", "say", CueKind.values()[0]);
        Attribution held = new Attribution("a#12", "a", SourceMention.unnamed(), cue, new Span(5, 9), "text",
                Span.NONE, Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT, ContentKind.FACTUAL, List.of());
        Attribution ordinal = new Attribution(TextRef.ordinal(12), "a", SourceMention.unnamed(), cue,
                new Span(5, 9), stored("text"), Span.NONE, Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT,
                ContentKind.FACTUAL, List.of());
        assertEquals("a#12", ordinal.id());
        assertEquals(held, ordinal);
        assertEquals(ordinal, held);
        assertEquals(held.hashCode(), ordinal.hashCode());
        assertNotEquals(held, new Attribution(TextRef.ordinal(13), "a", SourceMention.unnamed(), cue,
                new Span(5, 9), stored("text"), Span.NONE, Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT,
                ContentKind.FACTUAL, List.of()));
        assertEquals("a#5000", new Attribution(TextRef.ordinal(5000), "a", SourceMention.unnamed(), cue,
                new Span(5, 9), TextRef.of("text"), Span.NONE, Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT,
                ContentKind.FACTUAL, List.of()).id());
        assertSame(TextRef.ordinal(3), TextRef.ordinal(3));
        assertThrows(IllegalArgumentException.class, () -> TextRef.ordinal(-1));
    }
}
