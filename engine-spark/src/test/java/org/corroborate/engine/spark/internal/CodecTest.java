package org.corroborate.engine.spark.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.engine.Pipeline;
import org.corroborate.ingest.DuplicateFilter;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.scoring.ScoringConfig;
import org.junit.jupiter.api.Test;

class CodecTest {

    private static Event roundTrip(Event e) {
        return new Codec.Decoder().decode(Codec.encode(e));
    }

    @Test
    void examplesRoundTripExactly() {
        List<AnnotatedArticle> articles = new Pipeline(ReadOptions.DEFAULTS, RuleBasedExtractor.withBuiltInRegistry(),
                ScoringConfig.DEFAULTS, 1).extract(List.of(Path.of("..", "examples").toString()),
                new ByteArrayInputStream(new byte[0])).articles();
        assertFalse(articles.isEmpty());
        for (AnnotatedArticle aa : articles) {
            assertFalse(aa.attributions().isEmpty(), aa.article().id());
            long[] signature = {1L, -7L, Long.MAX_VALUE};
            Event.ArticleRead back = (Event.ArticleRead) roundTrip(new Event.ArticleRead(aa, signature,
                    DuplicateFilter.Key.of(aa.article())));
            assertEquals(aa, back.article());
            assertArrayEquals(signature, back.signature());
            assertEquals(DuplicateFilter.Key.of(aa.article()), back.key());
            assertEquals(DuplicateFilter.Key.of(aa.article()), Codec.key(Codec.encode(back)));
        }
    }

    /** What a lossy string form (UTF-8 of Java's String, or writeUTF's 64 KB) would break. */
    @Test
    void oddTextAndTimesRoundTrip() {
        String odd = "a\u0000b\uD800 lone \uDC00 surrogates, \uD83D\uDE00 emoji, \u00e9, " + "x".repeat(70_000);
        Article a = Article.builder().id("odd").outlet("o").body(odd).title(odd.substring(0, 40))
                .published(Published.ofDateTime(OffsetDateTime.parse("2025-02-27T09:30:00.123456789+09:30")))
                .location(new Location("f", 3, 17)).build();
        AnnotatedArticle aa = new AnnotatedArticle(a, List.of());
        Event.ArticleRead back = (Event.ArticleRead) roundTrip(new Event.ArticleRead(aa, new long[0],
                DuplicateFilter.Key.of(a)));
        assertEquals(aa, back.article());
        assertEquals(odd, back.article().article().body());
    }

    @Test
    void diagnosticsAndEndsRoundTrip() {
        Diagnostic d = Diagnostic.error(new Location("x.jsonl", 4, -1), "invalid-json", "expected a value",
                "{\"id\": 1,");
        assertEquals(new Event.DiagnosticAdded(d), roundTrip(new Event.DiagnosticAdded(d)));
        assertEquals(new Event.InputDone(1, 1), roundTrip(new Event.InputDone(1, 1)));
        assertFalse(Codec.isArticle(Codec.encode(new Event.InputDone(1, 0))));
        assertThrows(IllegalArgumentException.class, () -> Codec.key(Codec.encode(new Event.InputDone(1, 0))));
    }

    @Test
    void decoderSharesEqualSources() {
        List<AnnotatedArticle> articles = new Pipeline(ReadOptions.DEFAULTS, RuleBasedExtractor.withBuiltInRegistry(),
                ScoringConfig.DEFAULTS, 1).extract(List.of(Path.of("..", "examples", "articles.jsonl").toString()),
                new ByteArrayInputStream(new byte[0])).articles();
        Codec.Decoder decoder = new Codec.Decoder();
        AnnotatedArticle first = ((Event.ArticleRead) decoder.decode(Codec.encode(new Event.ArticleRead(
                articles.get(0), new long[0], DuplicateFilter.Key.of(articles.get(0).article()))))).article();
        AnnotatedArticle again = ((Event.ArticleRead) decoder.decode(Codec.encode(new Event.ArticleRead(
                articles.get(0), new long[0], DuplicateFilter.Key.of(articles.get(0).article()))))).article();
        assertTrue(first.attributions().size() > 0);
        assertSame(first.attributions().get(0).source().source(), again.attributions().get(0).source().source());
    }
}
