package org.corroborate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.core.TrackedClaim;
import org.corroborate.ingest.csv.CsvParser;

/**
 * Reads the claims a user follows: JSON Lines ({@code {"id", "statement", "parties": ["KP", "RU"]}}) or CSV with
 * a header {@code id,statement,parties} (parties separated by {@code ;}). A bad line is an error naming the file
 * and line: tracked claims are set-up, so nothing is guessed.
 */
public final class TrackedClaimsFile {

    private TrackedClaimsFile() {
    }

    /**
     * The claims in {@code file}, in file order.
     *
     * @throws IOException when the file cannot be read or a line is bad (the message names the file and line)
     */
    public static List<TrackedClaim> read(Path file) throws IOException {
        String head;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] c = new char[64];
            int n = r.read(c);
            head = n <= 0 ? "" : new String(c, 0, n).stripLeading();
        }
        if (head.isEmpty()) {
            throw new IOException(file + ": file is empty; expected tracked claims as JSON Lines or CSV");
        }
        return head.startsWith("{") ? readJsonLines(file) : readCsv(file);
    }

    private static List<TrackedClaim> readJsonLines(Path file) throws IOException {
        List<TrackedClaim> out = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode n = mapper.readTree(lines.get(i));
                List<String> parties = new ArrayList<>();
                n.path("parties").forEach(p -> parties.add(p.asText()));
                out.add(new TrackedClaim(n.path("id").asText(""), n.path("statement").asText(""), parties));
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage()
                        + "; expected {\"id\": ..., \"statement\": ..., \"parties\": [\"KP\", ...]}", e);
            }
        }
        return out;
    }

    private static List<TrackedClaim> readCsv(Path file) throws IOException {
        List<TrackedClaim> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvParser p = new CsvParser(r, 1 << 20);
            CsvParser.Record header = p.next();
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.fields().size(); i++) {
                col.put(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            if (!col.containsKey("id") || !col.containsKey("statement")) {
                throw new IOException(file + ":1: header must have columns id and statement (and parties)");
            }
            CsvParser.Record rec;
            while ((rec = p.next()) != null) {
                List<String> f = rec.fields();
                if (rec.problem() != CsvParser.Problem.NONE || f.size() <= col.get("statement")) {
                    throw new IOException(file + ":" + rec.startLine() + ": malformed row; expected id,statement,"
                            + "parties");
                }
                String parties = col.containsKey("parties") && f.size() > col.get("parties")
                        ? f.get(col.get("parties")) : "";
                try {
                    out.add(new TrackedClaim(f.get(col.get("id")), f.get(col.get("statement")),
                            parties.isBlank() ? List.of() : List.of(parties.split("[;|]"))));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ":" + rec.startLine() + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }
}
