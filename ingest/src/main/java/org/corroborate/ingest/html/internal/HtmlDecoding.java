package org.corroborate.ingest.html.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page. The charset is chosen in this order: a byte order mark; the charset of the HTTP
 * {@code Content-Type} header, when the caller has one; a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type" content="...; charset=...">} (or an XML declaration's encoding) in the
 * first {@value #PRESCAN_BYTES} bytes, unless it names a legacy charset and the bytes are valid UTF-8 with
 * non-ASCII characters (see {@link Source#VALID_UTF8}); else UTF-8. Malformed bytes always become U+FFFD.
 */
public final class HtmlDecoding {

    /** How many bytes are searched for a {@code <meta>} charset declaration (as browsers do, roughly). */
    public static final int PRESCAN_BYTES = 4096;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);

    /** Where the charset came from. */
    public enum Source {
        /** A byte order mark. */
        BOM,
        /** The HTTP header's charset. */
        HTTP,
        /** A {@code <meta>} or XML declaration. */
        META,
        /**
         * A {@code <meta>} declared a legacy charset but the bytes are valid UTF-8 with non-ASCII characters: the
         * page was re-saved as UTF-8 without updating its declaration (common for saved pages), so UTF-8 is used.
         */
        VALID_UTF8,
        /** Nothing declared: UTF-8. */
        DEFAULT
    }

    /**
     * The decoded page.
     *
     * @param text         the text, BOM removed
     * @param charset      the charset used
     * @param source       where it came from
     * @param replaced     how many malformed or unmappable inputs became U+FFFD
     * @param firstReplacedChar char offset in {@code text} of the first U+FFFD the decoder put in, or -1
     * @param badDeclaration a declared charset name that Java does not know (then UTF-8 was used), or empty
     */
    public record Decoded(String text, Charset charset, Source source, int replaced, int firstReplacedChar,
                          String badDeclaration) {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(badDeclaration, "badDeclaration");
        }
    }

    private HtmlDecoding() {
    }

    /** Decodes {@code bytes}; never throws for bad bytes or unknown charset names. */
    public static Decoded decode(byte[] bytes, Optional<Charset> httpCharset) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return run(bytes, 3, StandardCharsets.UTF_8, Source.BOM, "");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return run(bytes, 2, StandardCharsets.UTF_16BE, Source.BOM, "");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return run(bytes, 2, StandardCharsets.UTF_16LE, Source.BOM, "");
        }
        if (httpCharset.isPresent()) {
            return run(bytes, 0, httpCharset.get(), Source.HTTP, "");
        }
        String head = new String(bytes, 0, Math.min(n, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        String declared = m.find() ? m.group(1) : "";
        if (declared.isEmpty()) {
            Matcher meta = META_CHARSET.matcher(head);
            declared = meta.find() ? meta.group(1) : "";
        }
        if (!declared.isEmpty()) {
            Optional<Charset> cs = charsetFor(declared);
            if (cs.isPresent()) {
                if (!cs.get().equals(StandardCharsets.UTF_8) && validUtf8WithNonAscii(bytes)) {
                    return run(bytes, 0, StandardCharsets.UTF_8, Source.VALID_UTF8, "");
                }
                return run(bytes, 0, cs.get(), Source.META, "");
            }
            return run(bytes, 0, StandardCharsets.UTF_8, Source.DEFAULT, declared);
        }
        return run(bytes, 0, StandardCharsets.UTF_8, Source.DEFAULT, "");
    }

    /**
     * The charset a label names, as browsers read labels: {@code latin1}/{@code iso-8859-1}/{@code ascii} mean
     * windows-1252, and a page cannot declare itself UTF-16 in a {@code <meta>} (it would not be readable as ASCII).
     */
    public static Optional<Charset> charsetFor(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        switch (l) {
            case "latin1", "iso-8859-1", "iso8859-1", "iso_8859-1", "us-ascii", "ascii", "l1", "cp1252" -> l =
                    "windows-1252";
            case "utf-16", "utf-16le", "utf-16be", "unicode" -> l = "utf-8";
            case "utf8" -> l = "utf-8";
            default -> { }
        }
        try {
            return Charset.isSupported(l) ? Optional.of(Charset.forName(l)) : Optional.empty();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** The charset named by a {@code Content-Type} header value such as {@code text/html; charset=ISO-8859-1}. */
    public static Optional<Charset> fromContentType(String contentType) {
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        return m.find() ? charsetFor(m.group(1)) : Optional.empty();
    }

    /** True when {@code bytes} decode as UTF-8 without error and hold at least one multi-byte sequence. */
    static boolean validUtf8WithNonAscii(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Decoded run(byte[] bytes, int skip, Charset cs, Source source, String bad) {
        CharsetDecoder strict = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = strict.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return new Decoded(out.toString(), cs, source, 0, -1, bad);
        } catch (CharacterCodingException e) {
            // fall through to the replacing decode, and count what was replaced
        }
        CharsetDecoder lenient = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            text = lenient.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder reported an error", e);
        }
        // Counts every U+FFFD, including any the page had as a character: close enough for a diagnostic.
        int replaced = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                replaced++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        return new Decoded(text, cs, source, Math.max(1, replaced), first, bad);
    }
}
