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
 */
public record Input(String name, Opener opener, Optional<Path> path) {

    /** Opens a fresh stream over the input's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(path, "path");
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
