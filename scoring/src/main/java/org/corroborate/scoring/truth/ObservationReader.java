package org.corroborate.scoring.truth;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.corroborate.core.BoundedLineReader;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Location;
import org.corroborate.core.Published;

/**
 * Reads observations from a file in one of three formats, told apart by the first line:
 * <ul>
 *   <li>{@link Format#TSV}: a header with the tab-separated columns {@code source object property value} and
 *   optionally {@code time} (any order, any case), then one observation per line;</li>
 *   <li>{@link Format#CSV}: the same header and rows separated by commas, fields optionally in double quotes
 *   ({@code ""} for a quote inside);</li>
 *   <li>{@link Format#DAFNA}: the DAFNA-EA claim files: {@code claimId|<TAB>entity|<TAB>object|<TAB>property|<TAB>
 *   value|<TAB>source|<TAB>timestamp|<TAB>}, with or without a header line starting {@code claimId|}; a timestamp of
 *   {@code null} means none.</li>
 * </ul>
 * Input is UTF-8 (a BOM is dropped, invalid bytes become U+FFFD); lines end with LF or CRLF; blank lines are
 * skipped. A line that cannot be read as an observation (wrong number of fields, blank source, object or value) is
 * an error diagnostic naming the file and line, and reading goes on; a time that is not an ISO date or date-time is
 * a warning and the observation is kept without it; a header with no line after it is an {@code empty}
 * warning. Never throws on bad input; {@link #read(Path, Diagnostics,
 * Consumer)} reports an unreadable file as a diagnostic too.
 */
public final class ObservationReader {

    /** The formats understood. */
    public enum Format { TSV, CSV, DAFNA }

    private static final String DAFNA_SEPARATOR = "|\t";

    private ObservationReader() {
    }

    /** The format announced by a file's first line, if it is one of {@link Format}. */
    public static Optional<Format> sniff(String firstLine) {
        String line = stripBom(firstLine);
        if (line.toLowerCase(Locale.ROOT).startsWith("claimid|") || dafnaFields(line).size() == 7) {
            return Optional.of(Format.DAFNA);
        }
        if (header(line.split("\t", -1)).isPresent()) {
            return Optional.of(Format.TSV);
        }
        List<String> csv = new ArrayList<>();
        if (splitCsv(line, csv) && header(csv.toArray(new String[0])).isPresent()) {
            return Optional.of(Format.CSV);
        }
        return Optional.empty();
    }

    /** Longest line read, in chars: a longer line is skipped with a {@code limit} error (memory stays bounded). */
    public static final int MAX_LINE_CHARS = 1 << 20;

    /** Reports the line just read when it was longer than {@link #MAX_LINE_CHARS}; true when it was. */
    private static boolean tooLong(BoundedLineReader lines, String name, Diagnostics diagnostics) {
        if (!lines.lastTooLong()) {
            return false;
        }
        diagnostics.error(Location.ofLine(name, lines.lineNumber()), "limit", "line of " + lines.lastLength()
                + " chars is longer than the limit of " + MAX_LINE_CHARS + "; skipped (one observation per line is"
                + " expected)", "");
        return true;
    }

    /** Reads {@code file}; an unreadable file is an error diagnostic. */
    public static void read(Path file, Diagnostics diagnostics, Consumer<Observation> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            read(file.toString(), in, diagnostics, sink);
        } catch (IOException e) {
            diagnostics.error(Location.ofFile(file.toString()), "unreadable",
                    "cannot read the file: " + e.getMessage(), "");
        }
    }

    /**
     * Reads observations from {@code in}, named {@code name} in diagnostics, handing each to {@code sink}.
     *
     * @throws IOException only when reading the stream fails
     */
    public static void read(String name, InputStream in, Diagnostics diagnostics, Consumer<Observation> sink)
            throws IOException {
        BoundedLineReader lines = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), MAX_LINE_CHARS);
        String first = lines.readLine();
        long lineNo = 1;
        while (first != null && (first.isBlank() || tooLong(lines, name, diagnostics))) {
            first = lines.readLine();
            lineNo++;
        }
        if (first == null) {
            diagnostics.error(Location.ofFile(name), "empty", "no observations: the file is empty", "");
            return;
        }
        first = stripBom(first);
        Optional<Format> format = sniff(first);
        if (format.isEmpty()) {
            diagnostics.error(Location.ofLine(name, lineNo), "unknown-format", "expected a header of tab- or"
                    + " comma-separated columns source, object, property, value[, time], or a DAFNA claim line"
                    + " (claimId|<TAB>entity|<TAB>object|<TAB>property|<TAB>value|<TAB>source|<TAB>timestamp|)",
                    first);
            return;
        }
        int[] columns = null;
        String line;
        long headerLine = lineNo;
        long rows = 0;
        if (format.get() == Format.DAFNA) {
            if (!first.toLowerCase(Locale.ROOT).startsWith("claimid|")) {
                rows++;
                dafna(first, Location.ofLine(name, lineNo), diagnostics, sink);
            }
        } else {
            List<String> cells = new ArrayList<>();
            if (format.get() == Format.TSV) {
                cells = List.of(first.split("\t", -1));
            } else {
                splitCsv(first, cells);
            }
            columns = header(cells.toArray(new String[0])).orElseThrow();
        }
        List<String> cells = new ArrayList<>();
        boolean replaced = false;
        while ((line = lines.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || tooLong(lines, name, diagnostics)) {
                continue;
            }
            rows++;
            Location where = Location.ofLine(name, lineNo);
            if (!replaced && line.indexOf('\uFFFD') >= 0) {
                // once per file, as the article readers do: the values are kept with U+FFFD in them
                replaced = true;
                diagnostics.warning(where.atOffset(line.indexOf('\uFFFD')), "encoding", "bytes that are not valid"
                        + " UTF-8 were replaced by U+FFFD (or the file holds U+FFFD itself); save the file as UTF-8",
                        line);
            }
            switch (format.get()) {
                case DAFNA -> dafna(line, where, diagnostics, sink);
                case TSV -> row(List.of(line.split("\t", -1)), columns, line, where, diagnostics, sink);
                case CSV -> {
                    cells.clear();
                    if (!splitCsv(line, cells)) {
                        diagnostics.error(where, "invalid-record",
                                "unterminated quoted field; a CSV field in quotes must end with a quote on the same"
                                        + " line", line);
                    } else {
                        row(cells, columns, line, where, diagnostics, sink);
                    }
                }
            }
        }
        if (rows == 0) {
            diagnostics.warning(Location.ofLine(name, headerLine), "empty", "no observations: the file has only a"
                    + " header line; expected one observation per line after it", first);
        }
    }

    /** Column positions of source, object, property, value, time (-1 when absent), or empty if not a header. */
    private static Optional<int[]> header(String[] cells) {
        int[] pos = {-1, -1, -1, -1, -1};
        String[] names = {"source", "object", "property", "value", "time"};
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip().toLowerCase(Locale.ROOT);
            for (int k = 0; k < names.length; k++) {
                if (c.equals(names[k])) {
                    if (pos[k] >= 0) {
                        return Optional.empty();
                    }
                    pos[k] = i;
                }
            }
        }
        for (int k = 0; k < 4; k++) {
            if (pos[k] < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(pos);
    }

    private static void row(List<String> cells, int[] columns, String line, Location where, Diagnostics diagnostics,
            Consumer<Observation> sink) {
        int needed = 0;
        for (int c : columns) {
            needed = Math.max(needed, c + 1);
        }
        if (cells.size() < needed || cells.size() > needed + 1
                || cells.size() == needed + 1 && !cells.get(needed).isBlank()) {
            diagnostics.error(where, "invalid-record", "expected " + needed + " fields as in the header, got "
                    + cells.size(), line);
            return;
        }
        String time = columns[4] >= 0 ? cells.get(columns[4]).strip() : "";
        emit(cells.get(columns[0]), cells.get(columns[1]), cells.get(columns[2]), cells.get(columns[3]), time, line,
                where, diagnostics, sink);
    }

    private static void dafna(String line, Location where, Diagnostics diagnostics, Consumer<Observation> sink) {
        List<String> f = dafnaFields(line);
        if (f.size() != 7) {
            diagnostics.error(where, "invalid-record", "expected 7 DAFNA fields each ending in |<TAB> (claimId,"
                    + " entity, object, property, value, source, timestamp), got " + f.size(), line);
            return;
        }
        String time = f.get(6).strip();
        emit(f.get(5), f.get(2), f.get(3), f.get(4), time.equalsIgnoreCase("null") ? "" : time, line, where,
                diagnostics, sink);
    }

    private static List<String> dafnaFields(String line) {
        List<String> out = new ArrayList<>(8);
        int from = 0;
        int at;
        while ((at = line.indexOf(DAFNA_SEPARATOR, from)) >= 0) {
            out.add(line.substring(from, at));
            from = at + DAFNA_SEPARATOR.length();
        }
        String rest = line.substring(from);
        if (!rest.isBlank() && !rest.strip().equals("|")) {
            out.add(rest);
        }
        return out;
    }

    private static void emit(String source, String object, String property, String value, String time, String line,
            Location where, Diagnostics diagnostics, Consumer<Observation> sink) {
        String s = source.strip();
        String o = object.strip();
        String v = value.strip();
        if (s.isEmpty() || o.isEmpty() || v.isEmpty()) {
            diagnostics.error(where, "missing-field", "source, object and value must not be blank (source \"" + s
                    + "\", object \"" + o + "\", value \"" + v + "\")", line);
            return;
        }
        Optional<Published> t = Optional.empty();
        if (!time.isEmpty()) {
            t = Published.parse(time);
            if (t.isEmpty()) {
                diagnostics.warning(where, "invalid-value", "time \"" + time + "\" is not an ISO date or date-time;"
                        + " the observation is kept without a time", line);
            }
        }
        sink.accept(new Observation(s, o, property.strip(), v, t));
    }

    /** Splits one CSV line into {@code out}; false when a quoted field is not closed. */
    static boolean splitCsv(String line, List<String> out) {
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            cell.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char ch = line.charAt(i++);
                    if (ch == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        cell.append(ch);
                    }
                }
                if (!closed) {
                    return false;
                }
                while (i < n && line.charAt(i) != ',') {
                    cell.append(line.charAt(i++));
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    cell.append(line.charAt(i++));
                }
            }
            out.add(cell.toString());
            if (i >= n) {
                return true;
            }
            i++; // the comma
        }
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
