package org.corroborate.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * A claim prior model as a run scored with it ({@code run --claim-prior MODEL}): the file's name, which the
 * claims' explanations show, and the file's bytes, which the store keeps once per SHA-256.
 *
 * @param name   the model file's name (not its path), not blank
 * @param sha256 the SHA-256 of {@code bytes}, as 64 lower-case hex digits
 * @param bytes  the model file's bytes
 */
public record ClaimPriorFile(String name, String sha256, byte[] bytes) {

    public ClaimPriorFile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a claim prior model needs a name, got \"" + name + "\"");
        }
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The model file named {@code name} whose bytes are {@code bytes}. */
    public static ClaimPriorFile of(String name, byte[] bytes) {
        return new ClaimPriorFile(name, Store.sha256(bytes), bytes.clone());
    }

    /** The first twelve digits of the SHA-256, enough to tell models apart in a message. */
    public String shortHash() {
        return shortHash(sha256);
    }

    static String shortHash(String sha256) {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimPriorFile f && f.name.equals(name) && f.sha256.equals(sha256)
                && Arrays.equals(f.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sha256);
    }

    @Override
    public String toString() {
        return name + " (sha256 " + shortHash() + ")";
    }
}
