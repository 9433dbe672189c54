package org.corroborate.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns bytes into text: a byte order mark decides the charset, else the given default; bad bytes become U+FFFD. */
public final class Decoding {

    /** The replacement character malformed input decodes to. */
    public static final char REPLACEMENT = '\uFFFD';

    private Decoding() {
    }

    /** A reader over {@code in} in the charset its BOM names (the BOM skipped), else in {@code fallback}. */
    public static Reader reader(InputStream in, Charset fallback) throws IOException {
        PushbackInputStream pin = new PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int n = pin.readNBytes(head, 0, 3);
        Charset cs = fallback;
        int skip = 0;
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (n > skip) {
            pin.unread(head, skip, n - skip);
        }
        return new InputStreamReader(pin, cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** Index of the first replacement character in {@code s}, or -1. */
    public static int firstReplacement(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == REPLACEMENT) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index of the first control character in {@code s} that text never holds (NUL, escape, bell and the other C0
     * and C1 controls; tab, line breaks and form feed are text), or -1. Such characters mean binary data or
     * terminal escapes smuggled into an article.
     */
    public static int firstControl(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code s} with every unpaired surrogate (which JSON escapes such as {@code \\ud800} can produce, and which
     * cannot be written as UTF-8) replaced by {@link #REPLACEMENT}; {@code s} itself when it has none.
     */
    public static String withoutLoneSurrogates(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (lone && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(lone ? REPLACEMENT : c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
