package org.corroborate.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.core.BoundedLineReader;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Location;
import org.corroborate.ingest.internal.Decoding;

/**
 * The lines of a text table (tab-separated statements, observations, verdicts) read as the article readers read
 * theirs: UTF-8 unless a byte order mark names another charset (the mark itself is skipped, so a first column
 * {@code source} is read as {@code source}), undecodable bytes as U+FFFD, and no line held beyond
 * {@code maxLineChars}: a longer line is reported as an error of kind {@code limit} naming the file and the line, and
 * skipped, and reading goes on with the next line (as {@link org.corroborate.ingest.jsonl.JsonLinesReader} does).
 * Not thread-safe.
 */
public final class TableLines implements Closeable {

    private final Path file;
    private final Diagnostics diagnostics;
    private final int maxLineChars;
    private final Reader reader;
    private final BoundedLineReader lines;

    private TableLines(Path file, Diagnostics diagnostics, int maxLineChars, Reader reader) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.maxLineChars = maxLineChars;
        this.reader = reader;
        this.lines = new BoundedLineReader(reader, maxLineChars);
    }

    /** The table in {@code file}, with lines up to {@link ReadOptions#maxLineChars()} of the defaults. */
    public static TableLines open(Path file, Diagnostics diagnostics) throws IOException {
        return open(file, diagnostics, ReadOptions.DEFAULTS.maxLineChars());
    }

    /**
     * The table in {@code file}; lines longer than {@code maxLineChars} are reported to {@code diagnostics} and
     * skipped.
     *
     * @throws IOException when the file cannot be opened
     */
    public static TableLines open(Path file, Diagnostics diagnostics, int maxLineChars) throws IOException {
        if (maxLineChars < 1) {
            throw new IllegalArgumentException("maxLineChars must be >= 1, got " + maxLineChars);
        }
        java.util.Objects.requireNonNull(diagnostics, "diagnostics");
        InputStream in = Files.newInputStream(file);
        try {
            return new TableLines(file, diagnostics, maxLineChars, Decoding.reader(in, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The next line that is not over the limit, without its terminator, or null at the end of the file. An
     * over-long line is reported and skipped.
     */
    public String next() throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (!lines.lastTooLong()) {
                return line;
            }
            diagnostics.error(where(), "limit", "line of " + lines.lastLength() + " chars is over the limit of "
                    + maxLineChars + " chars; the line was skipped", line);
        }
        return null;
    }

    /** The next line that is neither blank nor over the limit ({@link #next}), or null at the end of the file. */
    public String nextRecord() throws IOException {
        String line;
        while ((line = next()) != null) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    /** 1-based number of the line last returned (or skipped). */
    public long lineNumber() {
        return lines.lineNumber();
    }

    /** The file and the line last returned, for a diagnostic. */
    public Location where() {
        return Location.ofLine(file.toString(), lines.lineNumber());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
