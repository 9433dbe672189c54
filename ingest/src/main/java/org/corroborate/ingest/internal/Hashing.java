package org.corroborate.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Content hashes for ids and duplicate detection. */
public final class Hashing {

    private Hashing() {
    }

    /** A SHA-256 digest per thread, reset after each use: getting one from the providers costs a look-up. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    });

    /** The first 16 hex digits of the SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String shortSha256(String text) {
        return hex16(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A hash of the body with whitespace runs collapsed, so re-wrapped copies hash alike:
     * {@code shortSha256(collapseSpace(body.strip()))}, with the collapsed text's UTF-8 bytes fed to the digest as they
     * are made instead of copying the body three times (collapsed chars, string, bytes) first.
     */
    public static String bodyHash(String body) {
        String t = body.strip();
        MessageDigest digest = SHA_256.get();
        byte[] buf = BUFFER.get();
        int n = 0;
        int len = t.length();
        for (int i = 0; i < len; i++) {
            if (n > buf.length - 4) {
                digest.update(buf, 0, n);
                n = 0;
            }
            char c = t.charAt(i);
            if (isRegexSpace(c)) {
                buf[n++] = ' ';
                while (i + 1 < len && isRegexSpace(t.charAt(i + 1))) {
                    i++;
                }
            } else if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(t.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, t.charAt(++i));
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                buf[n++] = '?'; // as String.getBytes encodes a lone surrogate
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        digest.update(buf, 0, n);
        return hex16(digest.digest());
    }

    /** A buffer per thread for {@link #bodyHash}'s bytes on their way to the digest. */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);

    /** The first 8 bytes of {@code d} as 16 hex digits. */
    private static String hex16(byte[] d) {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return sb.toString();
    }

    /**
     * {@code t.replaceAll("\\s+", " ")} without a regex: each run of {@code [ \t\n\x0B\f\r]} becomes one space;
     * {@code t} itself when it has no run to change (no such char but single spaces).
     */
    static String collapseSpace(String t) {
        int n = t.length();
        int i = 0;
        while (i < n && !changes(t, i)) {
            i++;
        }
        if (i == n) {
            return t;
        }
        char[] out = new char[n];
        t.getChars(0, i, out, 0);
        int k = i;
        while (i < n) {
            char c = t.charAt(i);
            if (!isRegexSpace(c)) {
                out[k++] = c;
                i++;
                continue;
            }
            out[k++] = ' ';
            while (i < n && isRegexSpace(t.charAt(i))) {
                i++;
            }
        }
        return new String(out, 0, k);
    }

    /** True when the char at {@code i} starts a run that {@link #collapseSpace} changes. */
    private static boolean changes(String t, int i) {
        char c = t.charAt(i);
        return isRegexSpace(c) && (c != ' ' || i + 1 < t.length() && isRegexSpace(t.charAt(i + 1)));
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
