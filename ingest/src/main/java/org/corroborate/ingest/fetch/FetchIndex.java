package org.corroborate.ingest.fetch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Fetcher} knows about the URLs it fetched into an output folder, kept in two small tab-separated
 * files there, both hidden from {@code corroborate run DIR} by their leading dot:
 * <ul>
 *   <li>{@value #INDEX_FILE}: {@code url, file, status, content_type, fetched} for every URL tried (file empty when
 *       nothing was saved), so a later offline run knows what each saved file is;</li>
 *   <li>{@value #STATE_FILE}: {@code url, etag, last_modified} of saved copies, for conditional GETs.</li>
 * </ul>
 * Tabs, line breaks and backslashes inside values are written as {@code \t}, {@code \n}, {@code \r},
 * {@code \\}.
 */
public final class FetchIndex {

    /** Name of the index file in the output folder. */
    public static final String INDEX_FILE = ".fetch-index.tsv";
    /** Name of the state file in the output folder. */
    public static final String STATE_FILE = ".fetch-state.tsv";

    /**
     * One URL.
     *
     * @param url          the URL as listed (feeds) or linked (pages)
     * @param file         the saved copy relative to the output folder ({@code pages/ab12....html}), or empty
     * @param status       the last HTTP status (304 when the saved copy was still current), or 0 when no answer
     * @param contentType  the Content-Type of the saved copy, or empty
     * @param fetched      when it was last asked for
     * @param etag         the saved copy's ETag, or empty
     * @param lastModified the saved copy's Last-Modified, or empty
     */
    public record Entry(String url, String file, int status, String contentType, Instant fetched, String etag,
                        String lastModified) {
        public Entry {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(fetched, "fetched");
            Objects.requireNonNull(etag, "etag");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    private final Path dir;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private FetchIndex(Path dir) {
        this.dir = dir;
    }

    /** The index of {@code dir}, empty when the folder has none yet. Unreadable lines are ignored. */
    public static FetchIndex load(Path dir) throws IOException {
        FetchIndex index = new FetchIndex(dir);
        Path file = dir.resolve(INDEX_FILE);
        Map<String, String[]> state = new LinkedHashMap<>();
        Path stateFile = dir.resolve(STATE_FILE);
        if (Files.isRegularFile(stateFile)) {
            for (String line : Files.readAllLines(stateFile, StandardCharsets.UTF_8)) {
                String[] f = split(line);
                if (f.length == 3 && !f[0].equals("url")) {
                    state.put(f[0], f);
                }
            }
        }
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = split(line);
                if (f.length != 5 || f[0].equals("url")) {
                    continue;
                }
                try {
                    String[] s = state.getOrDefault(f[0], new String[] {f[0], "", ""});
                    index.entries.put(f[0], new Entry(f[0], f[1], Integer.parseInt(f[2]), f[3], Instant.parse(f[4]),
                            s[1], s[2]));
                } catch (RuntimeException e) {
                    // a damaged line only costs a full download of that URL
                }
            }
        }
        return index;
    }

    public Optional<Entry> get(String url) {
        return Optional.ofNullable(entries.get(url));
    }

    public void put(Entry e) {
        entries.put(e.url(), e);
    }

    public Collection<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Writes both files (each to a temporary file first, then moved over the old one). */
    public void save() throws IOException {
        List<String> index = new ArrayList<>();
        List<String> state = new ArrayList<>();
        index.add("url\tfile\tstatus\tcontent_type\tfetched");
        state.add("url\tetag\tlast_modified");
        for (Entry e : entries.values()) {
            index.add(join(e.url(), e.file(), Integer.toString(e.status()), e.contentType(), e.fetched().toString()));
            if (!e.file().isEmpty() && (!e.etag().isEmpty() || !e.lastModified().isEmpty())) {
                state.add(join(e.url(), e.etag(), e.lastModified()));
            }
        }
        write(dir.resolve(INDEX_FILE), index);
        write(dir.resolve(STATE_FILE), state);
    }

    private static void write(Path target, List<String> lines) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String join(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (String f : fields) {
            if (sb.length() > 0) {
                sb.append('\t');
            }
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                switch (c) {
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\\' -> sb.append("\\\\");
                    default -> sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    private static String[] split(String line) {
        String[] raw = line.split("\t", -1);
        for (int k = 0; k < raw.length; k++) {
            String f = raw[k];
            if (f.indexOf('\\') < 0) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (c == '\\' && i + 1 < f.length()) {
                    char n = f.charAt(++i);
                    sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                } else {
                    sb.append(c);
                }
            }
            raw[k] = sb.toString();
        }
        return raw;
    }
}
