package org.corroborate.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * Immutable reading options; change one with a {@code withX()} copy.
 *
 * @param format       force this format instead of sniffing
 * @param outlet       outlet for articles whose data names none (before falling back to the URL's domain)
 * @param maxFileBytes inputs larger than this (after decompression) are cut off with a diagnostic
 * @param maxBodyChars article bodies longer than this are skipped with a diagnostic
 * @param maxLineChars lines longer than this (JSON Lines, CSV) are skipped with a diagnostic
 * @param maxDepth     deepest nesting accepted in JSON, HTML and XML
 */
public record ReadOptions(Optional<InputFormat> format, Optional<String> outlet, long maxFileBytes, int maxBodyChars,
                          int maxLineChars, int maxDepth) {

    /** 2 GiB per input, 1 M chars of body, 16 M chars per line, nesting 256 deep. */
    public static final ReadOptions DEFAULTS = new ReadOptions(Optional.empty(), Optional.empty(),
            2L << 30, 1 << 20, 16 << 20, 256);

    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(outlet, "outlet");
        if (maxFileBytes <= 0 || maxBodyChars <= 0 || maxLineChars <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("Limits must be positive, got maxFileBytes=" + maxFileBytes
                    + " maxBodyChars=" + maxBodyChars + " maxLineChars=" + maxLineChars + " maxDepth=" + maxDepth);
        }
    }

    public ReadOptions withFormat(InputFormat f) {
        return new ReadOptions(Optional.of(f), outlet, maxFileBytes, maxBodyChars, maxLineChars, maxDepth);
    }

    public ReadOptions withOutlet(String o) {
        return new ReadOptions(format, Optional.of(o), maxFileBytes, maxBodyChars, maxLineChars, maxDepth);
    }

    public ReadOptions withMaxFileBytes(long n) {
        return new ReadOptions(format, outlet, n, maxBodyChars, maxLineChars, maxDepth);
    }

    public ReadOptions withMaxBodyChars(int n) {
        return new ReadOptions(format, outlet, maxFileBytes, n, maxLineChars, maxDepth);
    }

    public ReadOptions withMaxLineChars(int n) {
        return new ReadOptions(format, outlet, maxFileBytes, maxBodyChars, n, maxDepth);
    }

    public ReadOptions withMaxDepth(int n) {
        return new ReadOptions(format, outlet, maxFileBytes, maxBodyChars, maxLineChars, n);
    }
}
