package org.corroborate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.corroborate.report.html.HtmlReportWriter;
import org.corroborate.report.json.JsonReportWriter;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    private static final String EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";

    /** A report whose every input text carries markup. */
    private static ReportInput hostile() {
        String src = "Agency " + EVIL;
        String content = "the \uD83D\uDE00 troops " + EVIL + " crossed";
        String body = src + " said " + content + ".";
        int cs = body.indexOf(content);
        Source s = new Source("evil", src, SourceKind.OFFICIAL, "KR", List.of(), "");
        Attribution a = new Attribution("x#1", "x", new SourceMention(Span.of(0, src.length()), src, s),
                new Cue(Span.of(src.length() + 1, src.length() + 5), "said", "say", CueKind.REPORTING_VERB),
                Span.of(cs, cs + content.length()), content, Span.of(0, body.length()), Stance.ASSERTS, List.of(),
                List.of(), QuoteType.INDIRECT, ContentKind.FACTUAL, List.of());
        Article art = Article.builder().id("x").outlet("Outlet " + EVIL).title("Title " + EVIL)
                .url("javascript:alert(3)").published(Published.parse("2025-02-27").orElseThrow()).body(body).build();
        var c = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(List.of(
                new AnnotatedArticle(art, List.of(a))));
        return new ReportInput(c, IngestSummary.empty(), List.of(Diagnostic.error(Location.ofLine("f " + EVIL, 3),
                "invalid-json", "msg " + EVIL, EVIL)), List.of("in " + EVIL), "2025-03-01T00:00Z");
    }

    private static AnnotatedArticle copy(String id, String outlet, String date) {
        String src = "The agency";
        String content = "the troops crossed the border";
        String body = src + " said " + content + ".";
        Source s = new Source("agency", "The Agency", SourceKind.INTELLIGENCE_AGENCY, "KR", List.of(), "");
        Attribution a = new Attribution(id + "#1", id, new SourceMention(Span.of(0, src.length()), src, s),
                new Cue(Span.of(src.length() + 1, src.length() + 5), "said", "say", CueKind.REPORTING_VERB),
                Span.of(body.indexOf(content), body.indexOf(content) + content.length()), content,
                Span.of(0, body.length()), Stance.ASSERTS, List.of(), List.of(), QuoteType.INDIRECT,
                ContentKind.FACTUAL, List.of());
        Article art = Article.builder().id(id).outlet(outlet).title("Troops cross")
                .published(Published.parse(date).orElseThrow()).body(body).build();
        return new AnnotatedArticle(art, List.of(a));
    }

    @Test
    void aSentenceReprintedByOtherOutletsIsOneRowNamingThem() throws IOException {
        var c = new Corroborator(ScoringConfig.DEFAULTS, TrackRecords.empty()).score(List.of(
                copy("a", "Wire One", "2025-02-27"), copy("b", "Daily Two", "2025-02-28"),
                copy("c", "Post Three", "2025-03-01")));
        assertEquals(1, c.assessments().size(), () -> c.assessments().stream().map(x -> x.claim().id() + " " + x.claim().statement() + " " + x.evidence().size()).toList().toString());
        assertEquals(3, c.assessments().get(0).evidence().size());
        StringWriter w = new StringWriter();
        new HtmlReportWriter().write(new ReportInput(c, IngestSummary.empty(), List.of(), List.of("in"),
                "2025-03-02T00:00Z"), w);
        String html = w.toString();
        assertTrue(html.contains("The same sentence also in: Daily Two (2025-02-28), Post Three (2025-03-01)"),
                html);
        assertEquals(1, html.split("The Agency · Wire One", -1).length - 1, "the sentence is shown once");
        assertFalse(html.contains("The Agency · Daily Two"), html);
    }

    @Test
    void htmlEscapesEverythingAndForbidsScript() throws IOException {
        StringWriter w = new StringWriter();
        new HtmlReportWriter().write(hostile(), w);
        String html = w.toString();
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<img"), "no injected element");
        assertFalse(java.util.regex.Pattern.compile("<[^>]*\\son[a-z]+\\s*=", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(html).find(), "no event handler attribute on any tag");
        assertFalse(html.contains("href=\"javascript:"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("Content-Security-Policy"));
        assertTrue(html.contains("default-src 'none'"));
        assertTrue(html.contains("\uD83D\uDE00"));
    }

    @Test
    void aFailingWriterFailsTheHtmlReportWithItsIoException() {
        Writer full = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        IOException e = assertThrows(IOException.class, () -> new HtmlReportWriter().write(hostile(), full));
        assertEquals("disk full", e.getMessage());
    }

    @Test
    void jsonCarriesTheSameContentWithCodePointOffsets() throws IOException {
        StringWriter w = new StringWriter();
        new JsonReportWriter().write(hostile(), w);
        JsonNode root = new ObjectMapper().readTree(w.toString());
        assertEquals(JsonReportWriter.SCHEMA, root.get("schema").asText());
        JsonNode claim = root.get("claims").get(0);
        assertEquals("SINGLE_SOURCE", claim.get("status").asText());
        assertTrue(claim.get("explanation").size() >= 3);
        JsonNode art = root.get("articles").get(0);
        String body = art.get("body").asText();
        JsonNode content = art.get("attributions").get(0).get("content");
        int start = content.get("start").asInt();
        int end = content.get("end").asInt();
        assertEquals(content.get("text").asText(), body.substring(body.offsetByCodePoints(0, start),
                body.offsetByCodePoints(0, end)));
        assertEquals("invalid-json", root.get("diagnostics").get(0).get("kind").asText());
    }

    @Test
    void outputIsReproducible() throws IOException {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new HtmlReportWriter().write(hostile(), a);
        new HtmlReportWriter().write(hostile(), b);
        assertEquals(a.toString(), b.toString());
        StringWriter c = new StringWriter();
        StringWriter d = new StringWriter();
        new JsonReportWriter().write(hostile(), c);
        new JsonReportWriter().write(hostile(), d);
        assertEquals(c.toString(), d.toString());
    }

    @Test
    void streamedJsonEqualsTheTree() throws IOException {
        StringWriter w = new StringWriter();
        new JsonReportWriter().write(hostile(), w);
        ObjectMapper m = new ObjectMapper();
        assertEquals(m.writeValueAsString(new JsonReportWriter().toTree(hostile())),
                m.writeValueAsString(m.readTree(w.toString())));
    }

    @Test
    void abridgedReportLeavesOutBodiesAndCountsEvidence() throws IOException {
        ReportInput full = hostile();
        ReportInput abridged = new ReportInput(full.corroboration(), full.ingest(), full.diagnostics(), full.inputs(),
                full.generatedAt(), true);
        StringWriter w = new StringWriter();
        new JsonReportWriter().write(abridged, w);
        JsonNode root = new ObjectMapper().readTree(w.toString());
        assertFalse(root.get("abridged").get("article_bodies").asBoolean());
        JsonNode art = root.get("articles").get(0);
        assertFalse(art.has("body"));
        assertEquals(1, art.get("attribution_count").asInt());
        assertEquals(1, root.get("claims").get(0).get("evidence_total").asInt());
        assertEquals(1, root.get("claims").get(0).get("evidence").size());
        StringWriter h = new StringWriter();
        new HtmlReportWriter().write(abridged, h);
        assertTrue(h.toString().contains("crossed"), "evidence sentences are still shown");
    }
}
