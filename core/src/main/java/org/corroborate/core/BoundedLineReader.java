package org.corroborate.core;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r}) while holding at most {@code maxChars} of any one line in
 * memory: the rest of a longer line is skipped and the line is reported as {@linkplain #lastTooLong() too long}.
 */
public final class BoundedLineReader {

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[8192];
    /** The line being read, reused from line to line: grows to the longest line kept, at most {@code maxChars}. */
    private char[] line = new char[256];
    private int pos;
    private int len;
    private long lineNumber;
    private boolean lastTooLong;
    private long lastLength;
    private boolean pendingCr;

    public BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * The next line without its terminator, cut to {@code maxChars} when too long, or {@code null} at the end of
     * the input.
     */
    public String readLine() throws IOException {
        int kept = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            if (pendingCr) {
                pendingCr = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            // the chars up to the next terminator in the buffer, copied as one run
            int end = pos;
            while (end < len && buf[end] != '\n' && buf[end] != '\r') {
                end++;
            }
            int run = end - pos;
            if (run > 0) {
                any = true;
                length += run;
                kept = keep(kept, pos, (int) Math.min(run, (long) maxChars - kept));
            }
            pos = end;
            if (end < len) {
                any = true;
                if (buf[pos++] == '\r') {
                    pendingCr = true;
                }
                break;
            }
        }
        lineNumber++;
        lastLength = length;
        lastTooLong = length > maxChars;
        return new String(line, 0, kept);
    }

    /**
     * Appends {@code count} chars of {@link #buf} from {@code from} (none when {@code count <= 0}) to the line of
     * {@code kept} chars, growing it up to {@code maxChars}; returns the new length.
     */
    private int keep(int kept, int from, int count) {
        if (count <= 0) {
            return kept;
        }
        if (kept + count > line.length) {
            line = java.util.Arrays.copyOf(line, (int) Math.min(maxChars, Math.max(kept + count, 2L * line.length)));
        }
        System.arraycopy(buf, from, line, kept, count);
        return kept + count;
    }

    /** 1-based number of the line last returned. */
    public long lineNumber() {
        return lineNumber;
    }

    /** True when the line last returned was longer than the limit and was cut. */
    public boolean lastTooLong() {
        return lastTooLong;
    }

    /** Full length in chars of the line last returned, before any cut. */
    public long lastLength() {
        return lastLength;
    }
}
