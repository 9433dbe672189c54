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

    /**
     * The lines of a claim report.html shows are formatted once for both reports: kept from the first request to
     * the second, which takes them; later requests make them again, and writing both reports changes no byte.
     */
    @Test
    void explanationLinesShownByBothReportsAreFormattedOnce() throws IOException {
        ReportInput in = hostile();
        org.corroborate.core.Assessment a = in.corroboration().assessments().get(0);
        List<String> first = in.explanationShown(a);
        List<String> second = in.explanationShown(a);
        org.junit.jupiter.api.Assertions.assertSame(first, second, "the second request takes the first's lines");
        List<String> third = in.explanationShown(a);
        org.junit.jupiter.api.Assertions.assertNotSame(second, third, "kept no longer");
        assertEquals(first, third);
        assertEquals(ReportInput.explanationShown(a, false), first);
        StringWriter json = new StringWriter();
        StringWriter html = new StringWriter();
        ReportInput both = hostile();
        new JsonReportWriter().write(both, json);
        new HtmlReportWriter().write(both, html);
        StringWriter jsonAlone = new StringWriter();
        StringWriter htmlAlone = new StringWriter();
        new JsonReportWriter().write(hostile(), jsonAlone);
        new HtmlReportWriter().write(hostile(), htmlAlone);
        assertEquals(jsonAlone.toString(), json.toString());
        assertEquals(htmlAlone.toString(), html.toString());
    }

    private static Attribution says(String articleId, Source s, Stance stance, String content) {
        String body = s.name() + " said " + content + ".";
        int cs = body.indexOf(content);
        return new Attribution(articleId + "#1", articleId, new SourceMention(Span.of(0, s.name().length()),
                s.name(), s), new Cue(Span.of(s.name().length() + 1, s.name().length() + 5), "said", "say",
                CueKind.REPORTING_VERB), Span.of(cs, cs + content.length()), content, Span.of(0, body.length()),
                stance, List.of(), List.of(), QuoteType.INDIRECT, ContentKind.FACTUAL, List.of());
    }

    /** A claim with a superseded denial, an asserted negation and rival values that disagree. */
    private static ReportInput positions() {
        Source seoul = new Source("kr-government", "Seoul", SourceKind.GOVERNMENT, "KR", List.of(), "");
        Source moscow = new Source("ru-government", "Moscow", SourceKind.GOVERNMENT, "RU", List.of(), "");
        Source pyongyang = new Source("kp-government", "Pyongyang", SourceKind.GOVERNMENT, "KP", List.of(), "");
        Attribution a = says("a", seoul, Stance.ASSERTS, "about 4,000 troops were sent");
        Attribution b = says("b", moscow, Stance.DENIES, "1,000 troops were sent");
        Attribution c = says("c", moscow, Stance.CONFIRMS, "1,000 troops were sent");
        Attribution d = says("d", pyongyang, Stance.ASSERTS, "no troops were sent");
        List<AnnotatedArticle> articles = new java.util.ArrayList<>();
        for (Attribution x : List.of(a, b, c, d)) {
            String body = x.source().text() + " said " + x.contentText() + ".";
            articles.add(new AnnotatedArticle(Article.builder().id(x.articleId()).outlet("Outlet").title("T")
                    .published(Published.parse("2025-02-27").orElseThrow()).body(body).build(), List.of(x)));
        }
        org.corroborate.core.Claim claim = new org.corroborate.core.Claim("c-1", a.contentText(),
                List.of(a, b, c, d), List.of(), List.of("about 4,000", "1,000"), List.of("d#1"));
        List<org.corroborate.core.Evidence> ev = List.of(
                new org.corroborate.core.Evidence(a, "Outlet", "kr-government", org.corroborate.core.EvidenceRole
                        .SUPPORTS, 1, true, "asserts"),
                new org.corroborate.core.Evidence(b, "Outlet", "ru-government", org.corroborate.core.EvidenceRole
                        .OPPOSES, 1, false, "denies; superseded", true),
                new org.corroborate.core.Evidence(c, "Outlet", "ru-government", org.corroborate.core.EvidenceRole
                        .SUPPORTS, 1, true, "confirms"),
                new org.corroborate.core.Evidence(d, "Outlet", "kp-government", org.corroborate.core.EvidenceRole
                        .OPPOSES, 1, true, "states the claim negated"));
        org.corroborate.core.Assessment as = new org.corroborate.core.Assessment(claim, 0.7,
                new org.corroborate.core.Interval(0.4, 0.9, 0.9), new org.corroborate.core.Grade('C', 2),
                org.corroborate.core.ClaimStatus.DISPUTED, 2, ev, List.of(), List.of("Claim: x"), true);
        var corr = new org.corroborate.scoring.Corroboration(articles, List.of(as), List.of(), List.of(),
                java.util.Map.of(), org.corroborate.scoring.JointEstimate.empty());
        return new ReportInput(corr, IngestSummary.empty(), List.of(), List.of("in"), "2025-03-01T00:00Z");
    }

    @Test
    void jsonAndCsvTellSupersededPositionsNegationsAndDisputedValues() throws IOException {
        StringWriter w = new StringWriter();
        new JsonReportWriter().write(positions(), w);
        JsonNode claim = new ObjectMapper().readTree(w.toString()).get("claims").get(0);
        assertTrue(claim.get("values_disputed").asBoolean());
        JsonNode ev = claim.get("evidence");
        assertEquals(List.of(false, true, false, false), List.of(ev.get(0).get("superseded").asBoolean(),
                ev.get(1).get("superseded").asBoolean(), ev.get(2).get("superseded").asBoolean(),
                ev.get(3).get("superseded").asBoolean()));
        assertEquals(List.of(false, false, false, true), List.of(ev.get(0).get("negation").asBoolean(),
                ev.get(1).get("negation").asBoolean(), ev.get(2).get("negation").asBoolean(),
                ev.get(3).get("negation").asBoolean()));
        StringWriter claims = new StringWriter();
        org.corroborate.report.csv.CsvTables.claims(positions(), java.util.Map.of(), claims);
        String[] rows = claims.toString().split("\r\n");
        assertTrue(rows[0].endsWith(",statement,values,values_disputed"), rows[0]);
        assertTrue(rows[1].endsWith(",\"about 4,000 troops were sent\",\"about 4,000 / 1,000\",true"), rows[1]);
        StringWriter attrs = new StringWriter();
        org.corroborate.report.csv.CsvTables.attributions(positions(), attrs);
        String[] lines = attrs.toString().split("\r\n");
        assertTrue(lines[0].endsWith(",content,claim_id,role,counted,superseded,negation"), lines[0]);
        assertTrue(lines[2].endsWith(",c-1,OPPOSES,false,true,false"), lines[2]);
        assertTrue(lines[4].endsWith(",c-1,OPPOSES,true,false,true"), lines[4]);
    }
}
