package org.corroborate.core;

import java.util.Objects;

/**
 * Something wrong with the input, found while reading it: where, what kind, and what to do.
 *
 * @param location where (file, line, offset)
 * @param severity {@link Severity#ERROR} when data was lost (an article or a file could not be read),
 *                 {@link Severity#WARNING} when it was read with a repair or a record was skipped on purpose
 * @param kind     a stable code for the kind of problem, e.g. {@code invalid-json}; see {@link #KINDS}
 * @param message  what was wrong and what was expected
 * @param snippet  a short excerpt of the offending input, or empty
 */
public record Diagnostic(Location location, Severity severity, String kind, String message, String snippet) {

    /** The kinds used by Corroborate's own readers. */
    public static final java.util.List<String> KINDS = java.util.List.of(
            "unreadable", "unknown-format", "empty", "invalid-json", "missing-field", "invalid-value", "encoding",
            "limit", "duplicate", "skipped", "invalid-record");

    /** How bad it is. */
    public enum Severity { WARNING, ERROR }

    private static final int MAX_SNIPPET = 80;

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(snippet, "snippet");
        snippet = clip(snippet);
    }

    public static Diagnostic error(Location location, String kind, String message, String snippet) {
        return new Diagnostic(location, Severity.ERROR, kind, message, snippet);
    }

    public static Diagnostic warning(Location location, String kind, String message, String snippet) {
        return new Diagnostic(location, Severity.WARNING, kind, message, snippet);
    }

    private static String clip(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_SNIPPET + 1));
        for (int i = 0; i < s.length() && sb.length() < MAX_SNIPPET; i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (s.length() > MAX_SNIPPET) {
            sb.append('…');
        }
        return sb.toString();
    }

    /** {@code file:line: error [kind] message (near "snippet")}. */
    @Override
    public String toString() {
        return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " [" + kind + "] " + message
                + (snippet.isEmpty() ? "" : " (near \"" + snippet + "\")");
    }
}
