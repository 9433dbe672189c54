package org.corroborate.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats Corroborate reads. */
public enum InputFormat {
    /** Plain text: first line {@code date YYYY-MM-DD Title}, then the body; or title line then body. */
    TEXT("txt", "text"),
    /** JSON Lines: one article object per line. */
    JSONL("jsonl", "ndjson"),
    /** CSV with a header row. */
    CSV("csv"),
    /** A saved HTML article page. */
    HTML("html", "htm", "xhtml"),
    /** An RSS 0.9x/1.0/2.0 or Atom feed. */
    FEED("rss", "atom", "xml"),
    /** A WARC web archive. */
    WARC("warc");

    private final String[] extensions;

    InputFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a lower-case file name's extension suggests, if any. */
    public static Optional<InputFormat> byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** Parses a name such as {@code jsonl} or {@code html}, case-insensitively. */
    public static InputFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (InputFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
            for (String e : f.extensions) {
                if (e.equals(n)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("Unknown input format '" + name + "'; expected one of "
                + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
