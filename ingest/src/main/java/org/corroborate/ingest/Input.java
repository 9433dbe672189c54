package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input to read: a named stream that can be opened (once or more), and the file behind it when there is one.
 *
 * @param name   how diagnostics name it: the path as the user gave it, {@code -} for standard input, or
 *               {@code archive.warc.gz#record-7} for a part of a container
 * @param opener opens the raw bytes; callers close the stream
 * @param path   the file, when the input is one
 * @param url    the URL its bytes were downloaded from, when known (a page saved by {@code corroborate fetch}, from
 *               the folder's index), else empty: the HTML reader's base URL
 */
public record Input(String name, Opener opener, Optional<Path> path, String url) {

    /** Opens a fresh stream over the input's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(url, "url");
    }

    public Input(String name, Opener opener, Optional<Path> path) {
        this(name, opener, path, "");
    }

    /** The same input, downloaded from {@code newUrl}. */
    public Input withUrl(String newUrl) {
        return new Input(name, opener, path, newUrl);
    }

    public static Input of(Path file) {
        return new Input(file.toString(), () -> Files.newInputStream(file), Optional.of(file));
    }

    public static Input ofBytes(String name, byte[] bytes) {
        return new Input(name, () -> new java.io.ByteArrayInputStream(bytes), Optional.empty());
    }

    public static Input ofString(String name, String text) {
        return ofBytes(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** The lower-case file name without a trailing {@code .gz}, for extension hints. */
    public String baseName() {
        String n = path.map(p -> p.getFileName() == null ? "" : p.getFileName().toString()).orElse(name);
        n = n.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }
}
