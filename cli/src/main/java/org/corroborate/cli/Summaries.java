package org.corroborate.cli;

import java.io.PrintWriter;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.IngestSummary;

/** Prints diagnostics and the ingest summary to stderr. */
final class Summaries {

    /** How many diagnostics are printed before the rest are only counted. */
    static final int PRINTED = 50;

    private Summaries() {
    }

    /**
     * Prints the first {@link #PRINTED} diagnostics and the summary; {@code kept} says where all of them are kept
     * (such as {@code "report.json"}), or is empty when they are only counted.
     */
    static void print(PrintWriter err, IngestSummary s, Diagnostics diagnostics, String kept) {
        int n = 0;
        for (Diagnostic d : diagnostics.list()) {
            if (n++ == PRINTED) {
                err.println("... " + (diagnostics.total() - PRINTED) + " more diagnostics"
                        + (kept.isEmpty() ? "" : " (all are in " + kept + ")"));
                break;
            }
            err.println(d);
        }
        err.println("Read: " + s.oneLine());
        err.flush();
    }
}
