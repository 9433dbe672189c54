package org.corroborate.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Content hashes for ids and duplicate detection. */
public final class Hashing {

    private Hashing() {
    }

    /** The first 16 hex digits of the SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String shortSha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(16);
            for (int i = 0; i < 8; i++) {
                sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** A hash of the body with whitespace runs collapsed, so re-wrapped copies hash alike. */
    public static String bodyHash(String body) {
        // = body.strip().replaceAll("\\s+", " ") without a regex: runs of [ \t\n\x0B\f\r] become one space
        String t = body.strip();
        StringBuilder sb = null;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (!isRegexSpace(c) || c == ' ' && (i + 1 == t.length() || !isRegexSpace(t.charAt(i + 1)))) {
                if (sb != null) {
                    sb.append(c);
                }
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(t.length()).append(t, 0, i);
            }
            sb.append(' ');
            while (i < t.length() && isRegexSpace(t.charAt(i))) {
                i++;
            }
        }
        return shortSha256(sb == null ? t : sb.toString());
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
