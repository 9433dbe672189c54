package org.corroborate.report;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.IngestSummary;
import org.corroborate.scoring.Corroboration;

/**
 * Everything a report shows.
 *
 * @param corroboration the scored corpus
 * @param ingest        what reading the inputs gave
 * @param diagnostics   the diagnostics kept while reading (capped)
 * @param inputs        the inputs as the user named them
 * @param generatedAt   the report's time as ISO-8601 text ({@code --as-of}, else the run's start)
 * @param abridged      true for a large corpus whose article bodies were shortened to their attributed passages:
 *                      the reports then leave out article bodies and show at most {@link #EVIDENCE_SHOWN} pieces of
 *                      evidence per claim (with the full counts), and the HTML report the
 *                      {@link #CLAIMS_SHOWN} claims with the most evidence
 * @param bodies        gives an article of the corroboration with its body, for the sentences a report paints: the
 *                      identity when the articles are in memory whole, a read from disk when the run kept the bodies
 *                      of a large corpus out of the heap (the articles of the corroboration then have empty bodies)
 */
public record ReportInput(Corroboration corroboration, IngestSummary ingest, List<Diagnostic> diagnostics,
                          List<String> inputs, String generatedAt, boolean abridged, UnaryOperator<Article> bodies) {

    /** Pieces of evidence shown per claim in an abridged report. */
    public static final int EVIDENCE_SHOWN = org.corroborate.scoring.Corroborator.ABRIDGED_EVIDENCE;
    /** Rows of a per-article list (opinions, copies) shown in an abridged report. */
    public static final int ROWS_SHOWN = 1000;
    /**
     * Claims an abridged HTML report shows at most: those with the most pieces of evidence (ties: report order), in
     * report order, with a line saying how many more are in {@code report.json}. A weekly reader scans a few hundred
     * claims, not tens of thousands; at 100,000 articles all 14,467 claims made a 190 MB page.
     */
    public static final int CLAIMS_SHOWN = 500;
    /**
     * Sources an abridged HTML report lists at most: the most mentioned (the table's order), with a line saying how
     * many more are in {@code report.json}. At 100,000 generated articles all 126,593 sources were most of a 57 MB
     * page.
     */
    public static final int SOURCES_SHOWN = 1000;

    /** A report whose articles are in memory with their bodies. */
    public ReportInput(Corroboration corroboration, IngestSummary ingest, List<Diagnostic> diagnostics,
                       List<String> inputs, String generatedAt, boolean abridged) {
        this(corroboration, ingest, diagnostics, inputs, generatedAt, abridged, UnaryOperator.identity());
    }

    /** A report with every article whole. */
    public ReportInput(Corroboration corroboration, IngestSummary ingest, List<Diagnostic> diagnostics,
                       List<String> inputs, String generatedAt) {
        this(corroboration, ingest, diagnostics, inputs, generatedAt, false);
    }

    public ReportInput {
        Objects.requireNonNull(corroboration, "corroboration");
        Objects.requireNonNull(ingest, "ingest");
        diagnostics = List.copyOf(diagnostics);
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(bodies, "bodies");
    }

    /** {@code a} with its body (see {@link #bodies}). */
    public Article withBody(Article a) {
        return bodies.apply(a);
    }

    /**
     * The explanation lines a report shows for {@code a}: all of them, or in an abridged report the first
     * {@link #EVIDENCE_SHOWN} + 3 and the last 2 (the totals and the grade) with a line saying how many were left out.
     */
    public List<String> explanationShown(org.corroborate.core.Assessment a) {
        return explanationShown(a, abridged);
    }

    /**
     * The explanation lines a report shows of {@code a}: all, or when abridged the head and the conclusion
     * ({@link org.corroborate.scoring.Corroborator#abridgedExplanation}; the same lines whether the run kept the
     * whole explanation or, for a large corpus, only its abridged form).
     */
    public static List<String> explanationShown(org.corroborate.core.Assessment a, boolean abridged) {
        return abridged ? org.corroborate.scoring.Corroborator.abridgedExplanation(a.explanation()) : a.explanation();
    }
}
