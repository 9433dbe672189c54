package org.corroborate.ingest.warc;

import java.io.IOException;
import java.io.InputStream;

/** An input stream with unlimited push-back and a count of the bytes consumed, for resynchronising. */
final class ByteSource {

    private final InputStream in;
    private byte[] pending = new byte[0];
    private int pendingPos;
    private long position;

    ByteSource(InputStream in) {
        this.in = in;
    }

    /** Offset of the next byte from the start of the stream. */
    long position() {
        return position;
    }

    int read() throws IOException {
        int b;
        if (pendingPos < pending.length) {
            b = pending[pendingPos++] & 0xff;
        } else {
            b = in.read();
        }
        if (b >= 0) {
            position++;
        }
        return b;
    }

    int peek() throws IOException {
        int b = read();
        if (b >= 0) {
            unread(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    /** Reads up to {@code len} bytes; fewer only at the end of the stream. */
    int readFully(byte[] buf, int off, int len) throws IOException {
        int done = 0;
        while (done < len && pendingPos < pending.length) {
            int n = Math.min(len - done, pending.length - pendingPos);
            System.arraycopy(pending, pendingPos, buf, off + done, n);
            pendingPos += n;
            done += n;
        }
        if (done < len) {
            done += in.readNBytes(buf, off + done, len - done);
        }
        position += done;
        return done;
    }

    /** Skips up to {@code n} bytes; returns how many were skipped (fewer only at the end of the stream). */
    long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
        long done = 0;
        while (done < n) {
            int got = readFully(buf, 0, (int) Math.min(buf.length, n - done));
            if (got == 0) {
                break;
            }
            done += got;
        }
        return done;
    }

    /** Puts bytes back in front of the stream; they are read again next. */
    void unread(byte[] data, int off, int len) {
        if (len == 0) {
            return;
        }
        if (len <= pendingPos) {
            // Room before the unread rest (the usual case: a peek, or resync giving back what it just read from
            // pushed-back bytes): copy in place. Copying the whole rest each time made resynchronising through a
            // pushed-back block quadratic.
            System.arraycopy(data, off, pending, pendingPos - len, len);
            pendingPos -= len;
            position -= len;
            return;
        }
        byte[] merged = new byte[len + pending.length - pendingPos];
        System.arraycopy(data, off, merged, 0, len);
        System.arraycopy(pending, pendingPos, merged, len, pending.length - pendingPos);
        pending = merged;
        pendingPos = 0;
        position -= len;
    }
}
