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
 * @param explanations  the explanation lines both reports show, formatted once for the two (a cache: see
 *                      {@link SharedExplanations}); a new one for each report input made without it
 */
public record ReportInput(Corroboration corroboration, IngestSummary ingest, List<Diagnostic> diagnostics,
                          List<String> inputs, String generatedAt, boolean abridged, UnaryOperator<Article> bodies,
                          SharedExplanations explanations) {

    /** Pieces of evidence shown per claim in an abridged report. */
    public static final int EVIDENCE_SHOWN = org.corroborate.scoring.Corroborator.ABRIDGED_EVIDENCE;
    /**
     * Rows of a claim's earlier evidence (published before the weeks reported, every piece of the row) that a weekly
     * report or a comparison lists in full: with more of them, it lists this many, those against the claim first,
     * then the earliest and the latest of those counted, and sums up all of the earlier evidence by outlet (counts,
     * first and last date; every piece stays in {@code report.json}); a row of the same sentence then names at most
     * this many other carriers.
     */
    public static final int EARLIER_ROWS_SHOWN = 20;
    /** Outlets of a claim's condensed earlier evidence listed, the most pieces first. */
    public static final int EARLIER_OUTLETS_SHOWN = 20;
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

    /** A report input with a cache of its own for the explanations both reports show. */
    public ReportInput(Corroboration corroboration, IngestSummary ingest, List<Diagnostic> diagnostics,
                       List<String> inputs, String generatedAt, boolean abridged, UnaryOperator<Article> bodies) {
        this(corroboration, ingest, diagnostics, inputs, generatedAt, abridged, bodies, new SharedExplanations());
    }

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
        Objects.requireNonNull(explanations, "explanations");
    }

    /** {@code a} with its body (see {@link #bodies}). */
    public Article withBody(Article a) {
        return bodies.apply(a);
    }

    /**
     * The explanation lines a report shows for {@code a}: all of them, or in an abridged report the first
     * {@link #EVIDENCE_SHOWN} + 3 and the last 2 (the totals and the grade) with a line saying how many were left out.
     * For a claim {@code report.html} shows ({@link #claimsShown}), the lines are formatted at the first request and
     * given as they are to the second ({@link SharedExplanations}): the two reports format them once.
     */
    public List<String> explanationShown(org.corroborate.core.Assessment a) {
        return explanations.shown(this, a);
    }

    /**
     * The claims {@code report.html} shows: all of them, or in an abridged report with more than {@code max} claims
     * the {@code max} with the most pieces of evidence (ties: the earlier in report order), in report order.
     */
    public List<org.corroborate.core.Assessment> claimsShown(int max) {
        List<org.corroborate.core.Assessment> all = corroboration.assessments();
        if (!abridged || all.size() <= max) {
            return all;
        }
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> -all.get(i).evidence().size())
                .thenComparingInt(i -> i));
        Integer[] top = java.util.Arrays.copyOf(order, max);
        java.util.Arrays.sort(top);
        List<org.corroborate.core.Assessment> out = new java.util.ArrayList<>(max);
        for (int i : top) {
            out.add(all.get(i));
        }
        return out;
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
