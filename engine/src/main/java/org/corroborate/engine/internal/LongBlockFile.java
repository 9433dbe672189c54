package org.corroborate.engine.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A disk-backed, append-only list of equal-length {@code long[]} blocks (the wire signatures of a run's articles):
 * block {@code i} is at byte {@code i * length * 8} of a temporary file, so a block is read back with one positional
 * read and nothing but the file's size is kept in memory. Not thread-safe: one instance per run, used by one thread
 * at a time. {@link #close} deletes the file; the file is also deleted when the JVM exits.
 */
public final class LongBlockFile implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final int length;
    private final ByteBuffer pending;
    private final ByteBuffer read;
    private long flushed;
    private int size;

    private LongBlockFile(Path file, int length) throws IOException {
        this.file = file;
        this.length = length;
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        this.pending = ByteBuffer.allocate(Math.max(1, 8192 / (length * 8)) * length * 8);
        this.read = ByteBuffer.allocate(length * 8);
    }

    /** A new, empty file of blocks of {@code length} longs in {@code dir} (e.g. {@code java.io.tmpdir}). */
    public static LongBlockFile create(Path dir, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("block length must be >= 1, got " + length);
        }
        try {
            Files.createDirectories(dir);
            Path f = Files.createTempFile(dir, "corroborate-signatures-", ".spill");
            f.toFile().deleteOnExit();
            return new LongBlockFile(f, length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a spill file for the signatures in " + dir, e);
        }
    }

    /** Appends {@code block}, which must have the file's block length; returns its index. */
    public int add(long[] block) {
        if (block.length != length) {
            throw new IllegalArgumentException("block of " + block.length + " longs, expected " + length);
        }
        if (pending.remaining() < length * 8) {
            flush();
        }
        for (long v : block) {
            pending.putLong(v);
        }
        return size++;
    }

    public int size() {
        return size;
    }

    /** Block {@code index}, read back from the file. */
    public long[] get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of a file of " + size + " blocks");
        }
        long pos = (long) index * length * 8;
        if (pos >= flushed) {
            flush();
        }
        try {
            read.clear();
            while (read.hasRemaining()) {
                if (channel.read(read, pos + read.position()) < 0) {
                    throw new IOException("end of file at block " + index);
                }
            }
            read.flip();
            long[] out = new long[length];
            read.asLongBuffer().get(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read block " + index + " back from " + file, e);
        }
    }

    private void flush() {
        pending.flip();
        try {
            while (pending.hasRemaining()) {
                flushed += channel.write(pending, flushed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the spill file " + file, e);
        }
        pending.clear();
    }

    /** Closes and deletes the file. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do with it
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // deleteOnExit is still registered
        }
    }
}
