package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on stderr, drawn only when the program runs in a terminal ({@link System#console()} is not null), so
 * logs and pipes never see it.
 */
final class Progress {

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean enabled;
    private int lastWidth = -1;

    private Progress(PrintWriter err, String label, long total, boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
        this.enabled = enabled;
    }

    /** A bar for {@code total} steps, drawn only on a terminal. */
    static Progress of(PrintWriter err, String label, long total) {
        return new Progress(err, label, total, onTerminal());
    }

    /** True when stdin and stdout are a terminal; on Java 22+, where a console may exist without one, asks it. */
    static boolean onTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17 to 21: a console exists only on a terminal
        }
    }

    /** A bar that is drawn whatever stderr is, for tests. */
    static Progress always(PrintWriter err, String label, long total) {
        return new Progress(err, label, total, true);
    }

    /** Shows {@code done} of the total. */
    void update(long done) {
        if (!enabled) {
            return;
        }
        int width = 30;
        int filled = (int) Math.min(width, width * Math.max(0, done) / total);
        if (filled == lastWidth && done < total) {
            return;
        }
        lastWidth = filled;
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d", label, "#".repeat(filled),
                " ".repeat(width - filled), Math.min(done, total), total));
        err.flush();
    }

    /** Ends the bar's line. */
    void done() {
        if (enabled && lastWidth >= 0) {
            err.println();
            err.flush();
        }
    }
}
