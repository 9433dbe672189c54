package org.corroborate.report.html.internal;

import java.util.List;

/** The ingest summary and its diagnostics, as the reports' last section shows them. */
public record IngestView(long files, long unreadable, long articles, long duplicates, long skipped, long errors,
                         long warnings, List<Row> diagnostics) {

    public IngestView {
        diagnostics = List.copyOf(diagnostics);
    }

    /** One diagnostic; {@code snippet} may be empty. */
    public record Row(String where, String severity, String kind, String message, String snippet) {
    }
}
