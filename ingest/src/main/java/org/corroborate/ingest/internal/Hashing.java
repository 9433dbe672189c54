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
        byte[] d = SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return sb.toString();
    }

    /** A hash of the body with whitespace runs collapsed, so re-wrapped copies hash alike. */
    public static String bodyHash(String body) {
        return shortSha256(collapseSpace(body.strip()));
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
