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
        StringBuilder sb = new StringBuilder(Math.min(maxChars, 256));
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
            char c = buf[pos++];
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                pendingCr = true;
                break;
            }
            length++;
            if (sb.length() < maxChars) {
                sb.append(c);
            }
        }
        lineNumber++;
        lastLength = length;
        lastTooLong = length > maxChars;
        return sb.toString();
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
