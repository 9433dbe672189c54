package org.corroborate.core;

import java.util.Objects;

/**
 * Where something was read: a file (or {@code -} for standard input) and, when known, a 1-based line and a byte or
 * char offset. Used by diagnostics and to trace an article back to its input.
 *
 * @param file   the input's name as the user gave it
 * @param line   1-based line, or 0 when unknown
 * @param offset 0-based offset within the file or record, or -1 when unknown
 */
public record Location(String file, long line, long offset) {

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
        if (offset < -1) {
            throw new IllegalArgumentException("offset must be >= -1, got " + offset);
        }
    }

    public static Location ofFile(String file) {
        return new Location(file, 0, -1);
    }

    public static Location ofLine(String file, long line) {
        return new Location(file, line, -1);
    }

    public Location atOffset(long newOffset) {
        return new Location(file, line, newOffset);
    }

    /** {@code file:line} or {@code file@offset} or just {@code file}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (offset >= 0) {
            sb.append(line > 0 ? ":" : "@").append(offset);
        }
        return sb.toString();
    }
}
