package org.corroborate.ingest.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 parser: fields separated by commas, records by {@code CRLF}, {@code LF} or {@code CR};
 * a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""}). Lenient where the RFC
 * is strict: a quote inside an unquoted field, or text after a closing quote, is kept as it is.
 *
 * <p>Holds at most {@code maxRecordChars} of one record. A record that is longer is returned as
 * {@link Problem#TOO_LONG} (the rest of its line skipped). A quoted field still open at the end of the input or
 * at the limit is {@link Problem#UNBALANCED_QUOTE}: the parser then resynchronises at the line after the one
 * where the record started, so one stray quote costs one line, not the rest of the file.
 */
public final class CsvParser {

    /** What was wrong with a record. */
    public enum Problem { NONE, TOO_LONG, UNBALANCED_QUOTE }

    /**
     * One record.
     *
     * @param fields    the field values (empty for a problem record)
     * @param startLine the 1-based line where the record starts
     * @param length    the record's length in chars as far as it was read
     * @param problem   what was wrong, if anything
     * @param raw       the start of the record's text, for diagnostics
     */
    public record Record(List<String> fields, long startLine, long length, Problem problem, String raw) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    private final Reader in;
    private final int maxRecordChars;
    private final char[] buf = new char[8192];
    private int pos;
    private int len;
    /** Text pushed back by a resync, read before {@link #buf}. */
    private String pending = "";
    private int pendingPos;
    private long line = 1;

    public CsvParser(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The next record, or {@code null} at the end of the input. */
    public Record next() throws IOException {
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        boolean inQuotes = false;
        boolean any = false;
        long length = 0;
        while (true) {
            int c = read();
            if (c < 0) {
                if (inQuotes) {
                    return unbalanced(startLine, length, raw);
                }
                if (!any) {
                    return null;
                }
                fields.add(field.toString());
                return new Record(fields, startLine, length, Problem.NONE, raw.toString());
            }
            any = true;
            length++;
            if (raw.length() < maxRecordChars) {
                raw.append((char) c);
            }
            if (length > maxRecordChars) {
                if (inQuotes) {
                    return unbalanced(startLine, length, raw);
                }
                skipRestOfLine(c);
                return new Record(List.of(), startLine, length, Problem.TOO_LONG, raw.toString());
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        length++;
                        raw.append('"');
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (isLineBreak(c)) {
                        countLine(c);
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                endLine(c);
                fields.add(field.toString());
                return new Record(fields, startLine, length, Problem.NONE, raw.toString());
            } else if (c == '"' && field.length() == 0) {
                inQuotes = true;
            } else {
                field.append((char) c);
            }
        }
    }

    /**
     * Takes back {@code r} (a sound record spanning several lines that the caller judged to be a stray quote's
     * doing, say by its field count) and resumes at the line after the one where it started.
     */
    Record rewind(Record r) {
        return unbalanced(r.startLine(), r.length(), new StringBuilder(r.raw()));
    }

    /** True when the record's text holds a line break before its own terminator. */
    static boolean spansLines(Record r) {
        String raw = r.raw();
        int end = raw.length();
        while (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (raw.charAt(i) == '\n' || raw.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Reports the record as unbalanced and pushes back its text after its first line for reading again. */
    private Record unbalanced(long startLine, long length, StringBuilder raw) {
        int nl = firstLineBreakEnd(raw);
        if (nl >= 0) {
            pending = raw.substring(nl) + pending.substring(pendingPos);
            pendingPos = 0;
            line = startLine + 1;
        }
        return new Record(List.of(), startLine, length, Problem.UNBALANCED_QUOTE, raw.toString());
    }

    private static int firstLineBreakEnd(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    private void skipRestOfLine(int last) throws IOException {
        int c = last;
        while (c >= 0 && !isLineBreak(c)) {
            c = read();
        }
        if (c >= 0) {
            endLine(c);
        }
    }

    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r';
    }

    /** Consumes the rest of a line break ({@code \n} after {@code \r}) and counts it. */
    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    /** Counts a line break: {@code \n}, or {@code \r} not followed by {@code \n}. */
    private void countLine(int c) throws IOException {
        if (c == '\n' || peek() != '\n') {
            line++;
        }
    }

    private int read() throws IOException {
        if (pendingPos < pending.length()) {
            return pending.charAt(pendingPos++);
        }
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pendingPos < pending.length()) {
            return pending.charAt(pendingPos);
        }
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        len = Math.max(n, 0);
        return n > 0;
    }
}
