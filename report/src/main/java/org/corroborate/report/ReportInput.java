package org.corroborate.report;

import java.util.List;
import java.util.Objects;
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
 */
public record ReportInput(Corroboration corroboration, IngestSummary ingest, List<Diagnostic> diagnostics,
                          List<String> inputs, String generatedAt) {

    public ReportInput {
        Objects.requireNonNull(corroboration, "corroboration");
        Objects.requireNonNull(ingest, "ingest");
        diagnostics = List.copyOf(diagnostics);
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
