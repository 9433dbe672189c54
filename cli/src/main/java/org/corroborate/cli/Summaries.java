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

    static void print(PrintWriter err, IngestSummary s, Diagnostics diagnostics) {
        int n = 0;
        for (Diagnostic d : diagnostics.list()) {
            if (n++ == PRINTED) {
                err.println("... " + (diagnostics.total() - PRINTED) + " more diagnostics (all are in report.json)");
                break;
            }
            err.println(d);
        }
        err.println("Read: " + s.oneLine());
        err.flush();
    }
}
