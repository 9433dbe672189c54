package org.corroborate.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Location;
import org.corroborate.core.Published;
import org.corroborate.core.Verdict;

/**
 * Reads verdicts in bulk, from CSV (a header row naming {@code claim_id, verdict} and optionally {@code reviewer,
 * note, decided_at}, in any order) or JSON (an array of objects with the same keys). A row that cannot be read is a
 * diagnostic with its line (CSV) or index (JSON), and the rest is read.
 */
public final class VerdictFiles {

    /** What a file gave: the verdicts, each with the row it was read from ({@code locations}, in step), and the
     * rows rejected. */
    public record Result(List<Verdict> verdicts, List<Location> locations, List<Diagnostic> diagnostics) {
        public Result {
            verdicts = List.copyOf(verdicts);
            locations = List.copyOf(locations);
            diagnostics = List.copyOf(diagnostics);
            if (locations.size() != verdicts.size()) {
                throw new IllegalArgumentException(locations.size() + " locations for " + verdicts.size()
                        + " verdicts");
            }
        }
    }

    private VerdictFiles() {
    }

    /**
     * Reads {@code in}, named {@code file} in diagnostics, as JSON when {@code json}, else CSV.
     *
     * @param reviewer  reviewer of rows that name none (empty: such rows are rejected)
     * @param decidedAt time of rows that give none
     */
    public static Result read(Reader in, String file, boolean json, String reviewer, OffsetDateTime decidedAt)
            throws IOException {
        List<Verdict> out = new ArrayList<>();
        List<Location> where = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        if (json) {
            JsonNode root;
            try {
                root = JsonMapper.builder().build().readTree(in);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                diags.add(Diagnostic.error(Location.ofFile(file), "invalid-json", "not JSON: "
                        + e.getOriginalMessage(), ""));
                return new Result(out, where, diags);
            }
            if (root == null || !root.isArray()) {
                diags.add(Diagnostic.error(Location.ofFile(file), "invalid-value",
                        "expected a JSON array of verdict objects", ""));
                return new Result(out, where, diags);
            }
            for (int i = 0; i < root.size(); i++) {
                JsonNode n = root.get(i);
                Map<String, String> row = new HashMap<>();
                if (n.isObject()) {
                    n.fields().forEachRemaining(e -> row.put(e.getKey().toLowerCase(Locale.ROOT),
                            e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
                }
                convert(row, new Location(file, 0, i), "item " + i, reviewer, decidedAt, out, where, diags);
            }
            return new Result(out, where, diags);
        }
        List<List<String>> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        parseCsv(in.markSupported() ? in : new java.io.BufferedReader(in), records, lines);
        if (records.isEmpty()) {
            diags.add(Diagnostic.error(Location.ofFile(file), "empty", "no header row; expected claim_id,verdict,"
                    + "reviewer,note,decided_at", ""));
            return new Result(out, where, diags);
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0)) {
            header.add(h.strip().toLowerCase(Locale.ROOT));
        }
        if (!header.contains("claim_id") || !header.contains("verdict")) {
            diags.add(Diagnostic.error(Location.ofLine(file, 1), "missing-field", "the header must name claim_id"
                    + " and verdict, got " + header, String.join(",", header)));
            return new Result(out, where, diags);
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size() && c < rec.size(); c++) {
                row.put(header.get(c), rec.get(c));
            }
            convert(row, Location.ofLine(file, lines.get(r)), String.join(",", rec), reviewer, decidedAt, out,
                    where, diags);
        }
        return new Result(out, where, diags);
    }

    private static void convert(Map<String, String> row, Location where, String snippet, String defaultReviewer,
                                OffsetDateTime defaultTime, List<Verdict> out, List<Location> locations,
                                List<Diagnostic> diags) {
        String claim = row.getOrDefault("claim_id", "").strip();
        if (claim.isEmpty()) {
            diags.add(Diagnostic.error(where, "missing-field", "no claim_id", snippet));
            return;
        }
        Optional<Verdict.Outcome> outcome = Verdict.Outcome.parse(row.getOrDefault("verdict", ""));
        if (outcome.isEmpty()) {
            diags.add(Diagnostic.error(where, "invalid-value", "verdict '" + row.getOrDefault("verdict", "")
                    + "' is not confirmed, refuted or unresolvable", snippet));
            return;
        }
        String reviewer = row.getOrDefault("reviewer", "").strip();
        if (reviewer.isEmpty()) {
            reviewer = defaultReviewer.strip();
        }
        if (reviewer.isEmpty()) {
            diags.add(Diagnostic.error(where, "missing-field", "no reviewer (give a reviewer column or --reviewer)",
                    snippet));
            return;
        }
        OffsetDateTime at = defaultTime;
        String when = row.getOrDefault("decided_at", "").strip();
        if (!when.isEmpty()) {
            Optional<Published> p = Published.parse(when);
            if (p.isEmpty()) {
                diags.add(Diagnostic.error(where, "invalid-value", "decided_at '" + when + "' is not an ISO date or"
                        + " date-time such as 2025-03-01 or 2025-03-01T10:00:00Z", snippet));
                return;
            }
            at = p.get().instant();
        }
        out.add(new Verdict(claim, outcome.get(), reviewer, row.getOrDefault("note", "").strip(), at));
        locations.add(where);
    }

    /** RFC 4180 records with the line each starts on. */
    private static void parseCsv(Reader in, List<List<String>> records, List<Long> lines) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        long line = 1;
        long start = 1;
        int c;
        int prev = -1;
        while ((c = in.read()) >= 0) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    int n = in.markSupported() ? in.read() : -1;
                    if (n == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        if (n >= 0) {
                            in.reset();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    f.append(ch);
                }
            } else if (ch == '"' && f.length() == 0) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                fields.add(f.toString());
                f.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (!(ch == '\n' && prev == '\r')) {
                    fields.add(f.toString());
                    f.setLength(0);
                    records.add(List.copyOf(fields));
                    lines.add(start);
                    fields.clear();
                    any = false;
                }
                line++;
                if (ch == '\n' && prev == '\r') {
                    line--;
                }
                start = line;
            } else {
                f.append(ch);
                any = true;
            }
            prev = c;
        }
        if (any || f.length() > 0 || !fields.isEmpty()) {
            fields.add(f.toString());
            records.add(List.copyOf(fields));
            lines.add(start);
        }
    }

}
