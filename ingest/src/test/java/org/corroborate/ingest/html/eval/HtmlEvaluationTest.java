package org.corroborate.ingest.html.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.ingest.html.HtmlArticleReader;
import org.corroborate.ingest.html.eval.HtmlEvaluation.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlEvaluationTest {

    private static void page(Path dir, String name, String source, String expected, String metadata)
            throws IOException {
        Path p = Files.createDirectories(dir.resolve(name));
        Files.writeString(p.resolve("source.html"), source, StandardCharsets.UTF_8);
        Files.writeString(p.resolve("expected.html"), expected, StandardCharsets.UTF_8);
        Files.writeString(p.resolve("expected-metadata.json"), metadata, StandardCharsets.UTF_8);
    }

    @Test
    void scoresPagesAndFields(@TempDir Path dir) throws IOException {
        page(dir, "a-perfect", """
                <html><head><title>Bridge approved - Gazette</title>
                <meta property="article:published_time" content="2025-03-04T08:30:00Z">
                <meta property="og:site_name" content="Gazette"></head>
                <body><article><p>The council approved the bridge on Tuesday, ending two years of argument.</p>
                </article></body></html>""",
                "<div><p>The council approved the bridge on Tuesday, ending two years of argument.</p></div>",
                """
                {"title": "bridge  APPROVED", "byline": null, "siteName": "Gazette",
                 "publishedTime": "2025-03-04T09:30:00+01:00"}""");
        page(dir, "b-half", """
                <html><head><title>Other</title></head>
                <body><article><p>one two three four five six seven eight nine ten eleven twelve.</p></article>
                </body></html>""",
                "<p>one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
                        + " sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour</p>",
                """
                {"title": "Something else", "byline": "Jo Bloggs", "siteName": null, "publishedTime": null}""");
        Files.createDirectories(dir.resolve("c-incomplete"));

        HtmlEvaluation.Summary s = new HtmlEvaluation(new HtmlArticleReader()).run(dir, 1);

        assertEquals(2, s.pages().size());
        assertEquals(java.util.List.of("c-incomplete"), s.skipped());
        assertEquals(1.0, s.pages().get(0).body().f1(), 1e-9);
        assertEquals(1.0, s.pages().get(1).body().precision(), 1e-9);
        assertEquals(0.5, s.pages().get(1).body().recall(), 1e-9);
        assertEquals((1.0 + 2.0 / 3) / 2, s.meanF1(), 1e-9);
        assertEquals((1.0 + 2.0 / 3) / 2, s.medianF1(), 1e-9);
        assertEquals("b-half", s.worst(1).get(0).name());
        assertEquals(new HtmlEvaluation.Rate(1, 2), s.rate(Field.TITLE));
        assertEquals(new HtmlEvaluation.Rate(0, 1), s.rate(Field.BYLINE));
        assertEquals(new HtmlEvaluation.Rate(1, 1), s.rate(Field.SITE_NAME));
        assertEquals(new HtmlEvaluation.Rate(1, 1), s.rate(Field.PUBLISHED), "same instant, other offset");
        assertEquals(2, s.timedPages());
        assertTrue(s.timedBytes() > 0);
        assertEquals(16, s.dataSha256().length());
        assertEquals(s.dataSha256(), new HtmlEvaluation(new HtmlArticleReader()).run(dir, 1).dataSha256());
    }

    @Test
    void fieldNormalisation() {
        assertTrue(HtmlEvaluation.matches(Field.BYLINE, "By\n\t\tScott  Cunningham", "by scott cunningham"));
        assertFalse(HtmlEvaluation.matches(Field.BYLINE, "Scott Cunningham", "Scott Cunningham, Editor"));
        assertTrue(HtmlEvaluation.matches(Field.PUBLISHED, "2017-11-03 03:01:00.000000", "2017-11-03T03:01Z"));
        assertFalse(HtmlEvaluation.matches(Field.PUBLISHED, "2017-11-03", "2017-11-04"));
        assertFalse(HtmlEvaluation.matches(Field.PUBLISHED, "not a date", "not a date"));
    }
}
