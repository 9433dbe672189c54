package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.engine.Pipeline;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.extract.RuleBasedExtractor;
import org.corroborate.report.ReportInput;
import org.corroborate.report.html.HtmlReportWriter;
import org.corroborate.report.json.JsonReportWriter;
import org.corroborate.scoring.ScoringConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The large-corpus path (bodies spilled to disk, read back for the report) against the in-memory path, on the
 * examples with the full-text limit forced to 0 so both are abridged: the same report bytes.
 */
class SpilledRunReportTest {

    @TempDir
    Path tmp;

    private static final List<String> EXAMPLES = List.of(Path.of("..", "examples").toString());

    private static Pipeline pipeline() {
        return new Pipeline(ReadOptions.DEFAULTS, RuleBasedExtractor.withBuiltInRegistry(), ScoringConfig.DEFAULTS, 2, 0);
    }

    private static String json(Pipeline.Result r) throws IOException {
        StringWriter w = new StringWriter();
        new JsonReportWriter().write(input(r), w);
        return w.toString();
    }

    private static String html(Pipeline.Result r, HtmlReportWriter writer) throws IOException {
        StringWriter w = new StringWriter();
        writer.write(input(r), w);
        return w.toString();
    }

    private static ReportInput input(Pipeline.Result r) {
        return new ReportInput(r.corroboration(), r.ingest(), r.diagnostics().list(), EXAMPLES,
                "2025-05-01T00:00:00Z", r.abridged(), r.bodies());
    }

    @Test
    void spilledAndInMemoryRunsWriteTheSameReports() throws IOException {
        Pipeline.Result memory = pipeline().run(EXAMPLES, new ByteArrayInputStream(new byte[0]));
        try (Pipeline.Result spilled = pipeline().withSpill(tmp).run(EXAMPLES,
                new ByteArrayInputStream(new byte[0]))) {
            assertTrue(spilled.abridged());
            assertTrue(spilled.articles().stream().allMatch(a -> a.article().body().isEmpty()));
            assertEquals(json(memory), json(spilled));
            String h = html(spilled, new HtmlReportWriter());
            assertEquals(html(memory, new HtmlReportWriter()), h);
            // the sentences are painted from the bodies read back: without them the page would differ
            StringWriter bodiless = new StringWriter();
            new HtmlReportWriter().write(new ReportInput(spilled.corroboration(), spilled.ingest(),
                    spilled.diagnostics().list(), EXAMPLES, "2025-05-01T00:00:00Z", true), bodiless);
            assertFalse(h.equals(bodiless.toString()));
        }
    }

    @Test
    void abridgedHtmlShowsTheClaimsWithMostEvidenceAndSaysHowManyMore() throws IOException {
        Pipeline.Result r = pipeline().run(EXAMPLES, new ByteArrayInputStream(new byte[0]));
        int claims = r.corroboration().assessments().size();
        assertTrue(claims > 2, "the examples have " + claims + " claims");
        String all = html(r, new HtmlReportWriter());
        assertFalse(all.contains("more claims are in report.json"));
        String two = html(r, new HtmlReportWriter(2));
        assertTrue(two.contains("This report shows the 2 claims with the most evidence, in report order; "
                + (claims - 2) + " more claims are in report.json."), two);
        // the two claims with the most evidence are shown, the others are not
        List<org.corroborate.core.Assessment> byEvidence = r.corroboration().assessments().stream()
                .sorted(java.util.Comparator.comparingInt(a -> -a.evidence().size())).toList();
        int most = byEvidence.get(1).evidence().size();
        for (org.corroborate.core.Assessment a : r.corroboration().assessments()) {
            String anchor = "id=\"" + a.claim().id() + "\"";
            if (a.evidence().size() > most) {
                assertTrue(two.contains(anchor), a.claim().id());
            } else if (a.evidence().size() < most) {
                assertFalse(two.contains(anchor), a.claim().id());
            }
        }
        // a report that is not abridged shows every claim whatever the cap
        Pipeline.Result whole = new Pipeline(ReadOptions.DEFAULTS, RuleBasedExtractor.withBuiltInRegistry(),
                ScoringConfig.DEFAULTS, 2).run(EXAMPLES, new ByteArrayInputStream(new byte[0]));
        assertFalse(html(whole, new HtmlReportWriter(2)).contains("more claims are in report.json"));
    }

    @Test
    void abridgedHtmlListsTheMostMentionedSourcesAndSaysHowManyMore() throws IOException {
        Pipeline.Result r = pipeline().run(EXAMPLES, new ByteArrayInputStream(new byte[0]));
        List<org.corroborate.scoring.SourceSummary> sources = r.corroboration().sources();
        assertTrue(sources.size() > 3, "the examples have " + sources.size() + " sources");
        String all = html(r, new HtmlReportWriter());
        assertFalse(all.contains("more sources are in report.json"));
        String three = html(r, new HtmlReportWriter(ReportInput.CLAIMS_SHOWN, 3));
        assertTrue(three.contains("This report lists the 3 most mentioned sources; " + (sources.size() - 3)
                + " more sources are in report.json."), three);
        String table = three.substring(three.indexOf("<section id=\"sources\">"),
                three.indexOf("<section id=\"outlets\">"));
        assertEquals(3, table.split("<tr><th scope=\"row\">", -1).length - 1, table);
        // a report that is not abridged lists every source whatever the cap
        Pipeline.Result whole = new Pipeline(ReadOptions.DEFAULTS, RuleBasedExtractor.withBuiltInRegistry(),
                ScoringConfig.DEFAULTS, 2).run(EXAMPLES, new ByteArrayInputStream(new byte[0]));
        assertFalse(html(whole, new HtmlReportWriter(ReportInput.CLAIMS_SHOWN, 3))
                .contains("more sources are in report.json"));
    }
}
