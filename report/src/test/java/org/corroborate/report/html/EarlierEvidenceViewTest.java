package org.corroborate.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Attribution;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.Published;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.corroborate.report.EarlierEvidence;
import org.corroborate.report.ReportInput;
import org.corroborate.report.WeeklyInput;
import org.corroborate.report.json.WeeklyJsonWriter;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import org.junit.jupiter.api.Test;

/**
 * A claim of 2025-W10 carried by {@code n} articles of 2025-W09, each of its own outlet and each naming the same
 * source in its own words (so each is a row of its own, one origin, one of them counted): the weekly report marks
 * the earlier evidence, sums it up in {@code report.json} with numbers that the evidence list gives back, and above
 * {@link ReportInput#EARLIER_ROWS_SHOWN} rows condenses it by outlet in {@code report.html}.
 */
class EarlierEvidenceViewTest {

    private static final IsoWeek W10 = IsoWeek.parse("2025-W10").orElseThrow();
    private static final String CONTENT = "North Korea has sent 3,000 more soldiers to Russia";

    private static AnnotatedArticle article(String id, String outlet, String date, String sourceWords,
                                            String sourceId, Stance stance) {
        String body = sourceWords + " said " + CONTENT + ".";
        int cs = body.indexOf(CONTENT);
        Source s = new Source(sourceId, "Seoul's spy agency", SourceKind.INTELLIGENCE_AGENCY, "KR", List.of(), "");
        Attribution a = new Attribution(id + "#1", id, new SourceMention(Span.of(0, sourceWords.length()),
                sourceWords, s), new Cue(Span.of(sourceWords.length() + 1, sourceWords.length() + 5), "said", "say",
                CueKind.REPORTING_VERB), Span.of(cs, cs + CONTENT.length()), CONTENT, Span.of(0, body.length()),
                stance, List.of(), List.of(), QuoteType.INDIRECT, ContentKind.FACTUAL, List.of());
        Article art = Article.builder().id(id).outlet(outlet).title("T " + id).url("https://x.example/" + id)
                .published(Published.parse(date).orElseThrow()).body(body).build();
        return new AnnotatedArticle(art, List.of(a));
    }

    /** {@code n} earlier carriers (2025-02-24 to 2025-03-02, round the week) and one of 2025-W10. */
    private static WeeklyInput week(int n) {
        return week(n, false);
    }

    /**
     * {@code n} earlier carriers of the same source, or with {@code origins} each of a source of its own (so each is
     * counted) and the second denying the claim; and one of 2025-W10.
     */
    private static WeeklyInput week(int n, boolean origins) {
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(article("e" + i, "Outlet " + i, LocalDate.parse("2025-02-24").plusDays(i % 7).toString(),
                    "Seoul's spy agency, source " + i + ",", origins ? "agency-" + i : "spy-agency",
                    origins && i == 1 ? Stance.DENIES : Stance.ASSERTS));
        }
        articles.add(article("w", "Outlet W", "2025-03-04", "Seoul's spy agency", "spy-agency", Stance.ASSERTS));
        var c = new Corroborator(ScoringConfig.DEFAULTS.withSamples(200), TrackRecords.empty()).score(articles,
                a -> a.published().isPresent() && IsoWeek.of(a.published().get().date()).equals(W10));
        ReportInput report = new ReportInput(c, IngestSummary.empty(), List.of(), List.of(), "2025-03-10T00:00Z");
        return new WeeklyInput(W10, report, List.of(), List.of(), Map.of(), 4);
    }

    private static String html(WeeklyInput in) throws IOException {
        StringWriter w = new StringWriter();
        new WeeklyHtmlWriter().write(in, w);
        return w.toString();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The claim's pieces of evidence whose article is an earlier one, and how many of them were counted. */
    private static int[] earlierPieces(JsonNode report, JsonNode claim) {
        Set<String> earlier = new HashSet<>();
        report.get("earlier_articles").forEach(x -> earlier.add(x.asText()));
        int pieces = 0;
        int counted = 0;
        for (JsonNode e : claim.get("evidence")) {
            if (earlier.contains(e.get("article").asText())) {
                pieces++;
                counted += e.get("counted").asBoolean() ? 1 : 0;
            }
        }
        return new int[] {pieces, counted};
    }

    @Test
    void theJsonSumsUpTheEarlierEvidenceWithNumbersTheEvidenceListGivesBack() {
        WeeklyInput in = week(30);
        JsonNode report = new WeeklyJsonWriter().toTree(in);
        assertEquals(1, report.get("claims").size(), report.get("claims").toString());
        JsonNode claim = report.get("claims").get(0);
        JsonNode sums = claim.get("earlier_evidence");
        int[] pieces = earlierPieces(report, claim);
        assertEquals(30, pieces[0]);
        assertEquals("2025-W10", sums.get("before").asText());
        assertEquals(pieces[0], sums.get("pieces").asInt());
        assertEquals(pieces[1], sums.get("counted").asInt());
        assertEquals(30, sums.get("articles").asInt());
        assertEquals(0, sums.get("opposing").asInt());
        assertEquals("2025-02-24", sums.get("first").asText());
        assertEquals("2025-03-02", sums.get("last").asText());
        assertEquals(30, sums.get("by_outlet").size(), "every outlet, whatever the HTML shows");
        int total = 0;
        for (JsonNode o : sums.get("by_outlet")) {
            total += o.get("pieces").asInt();
        }
        assertEquals(30, total);
    }

    @Test
    void muchEarlierEvidenceIsCondensedByOutletAndWhatCountsIsListed() throws IOException {
        WeeklyInput in = week(30);
        JsonNode report = new WeeklyJsonWriter().toTree(in);
        int counted = earlierPieces(report, report.get("claims").get(0))[1];
        assertTrue(counted >= 1 && counted < 30, "one origin: " + counted);
        String html = html(in);
        EarlierEvidence sums = EarlierEvidence.of(in.report().corroboration().assessments().get(0),
                Views.articlesById(in.report().corroboration().articles())::get, W10);
        assertTrue(html.contains("Earlier evidence: " + sums.summary().replace("'", "&#39;")), html);
        assertTrue(sums.summary().startsWith("30 pieces in 30 articles of 30 outlets, 2025-02-24 to 2025-03-02,"
                + " before 2025-W10 ("), sums.summary());
        // listed: the week's row and the earlier rows that were counted; the others only in the sums
        assertEquals(1 + counted, count(html, "<li><span class=\"role"), "rows listed");
        assertEquals(counted, count(html, "(2025-W09, an earlier week)"));
        assertTrue(html.contains("… " + (30 - counted) + " more pieces of earlier evidence (" + (30 - counted)
                + " rows) not listed: summed up by outlet above"), html);
        // the table by outlet: the first twenty outlets, one piece each, and how many more
        Matcher rows = Pattern.compile("<tr><td>Outlet \\d+</td><td class=\"num\">1</td>").matcher(html);
        int outlets = 0;
        while (rows.find()) {
            outlets++;
        }
        assertEquals(ReportInput.EARLIER_OUTLETS_SHOWN, outlets);
        assertTrue(html.contains("… 10 more outlets"), html);
        assertTrue(html.contains(WeeklyHtmlWriter.CONDENSED), "the note says how the claims are condensed");
    }

    @Test
    void ofManyCountedEarlierRowsTheOnesAgainstTheClaimAndTheFirstAndLastAreListed() throws IOException {
        WeeklyInput in = week(30, true);
        JsonNode report = new WeeklyJsonWriter().toTree(in);
        JsonNode claim = report.get("claims").get(0);
        assertEquals(1, claim.get("earlier_evidence").get("opposing").asInt(), claim.toString());
        int counted = earlierPieces(report, claim)[1];
        assertTrue(counted > ReportInput.EARLIER_ROWS_SHOWN, "each its own origin: " + counted);
        // the earlier rows in the evidence's order: the one against, then the others
        List<String> order = new ArrayList<>();
        for (JsonNode e : claim.get("evidence")) {
            if (!e.get("article").asText().equals("w") && !e.get("role").asText().equals("OPPOSES")
                    && e.get("counted").asBoolean()) {
                order.add(e.get("source_text").asText());
            }
        }
        String html = html(in);
        assertEquals(1 + ReportInput.EARLIER_ROWS_SHOWN, count(html, "<li><span class=\"role"), "rows listed");
        assertTrue(html.contains("<li><span class=\"role r-OPPOSES\""), "the denial is listed");
        int listed = ReportInput.EARLIER_ROWS_SHOWN - 1;
        for (int i = 0; i < order.size(); i++) {
            boolean shown = html.contains(">" + order.get(i).replace("'", "&#39;") + "</span>");
            boolean expected = i < listed - listed / 2 || i >= order.size() - listed / 2;
            assertEquals(expected, shown, i + " of " + order.size() + ": " + order.get(i));
        }
        assertTrue(html.contains("… " + (30 - ReportInput.EARLIER_ROWS_SHOWN) + " more pieces of earlier evidence"),
                html);
    }

    @Test
    void aFewEarlierRowsAreAllListedEachMarkedWithItsWeek() throws IOException {
        int n = ReportInput.EARLIER_ROWS_SHOWN;
        String html = html(week(n));
        assertEquals(n + 1, count(html, "<li><span class=\"role"));
        assertEquals(n, count(html, "(2025-W09, an earlier week)"));
        assertTrue(html.contains("Earlier evidence: " + n + " pieces in " + n + " articles of " + n + " outlets"),
                html);
        assertFalse(html.contains("<table class=\"earlier\">"), "no table by outlet");
        assertFalse(html.contains(WeeklyHtmlWriter.CONDENSED));
    }

    @Test
    void aClaimWithoutEarlierEvidenceIsShownAsBefore() throws IOException {
        WeeklyInput in = week(0);
        assertFalse(html(in).contains("Earlier evidence"));
        assertTrue(new WeeklyJsonWriter().toTree(in).get("claims").get(0).path("earlier_evidence").isMissingNode());
    }
}
