package org.corroborate.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells an input's format from its first bytes, with the file name's extension as a hint when the bytes do not
 * decide. Binary data (NUL bytes or mostly control characters) has no format.
 */
public final class FormatSniffer {

    /** How many bytes {@link #sniff} wants to see. */
    public static final int HEAD_BYTES = 4096;

    private FormatSniffer() {
    }

    /**
     * @param head     the first bytes of the (decompressed) input, up to {@link #HEAD_BYTES}
     * @param fileName the lower-case file name without {@code .gz}, for the extension hint
     * @return the format, or empty when the input is binary or unrecognisable
     */
    public static Optional<InputFormat> sniff(byte[] head, int length, String fileName) {
        if (length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("WARC/")) {
            return Optional.of(InputFormat.WARC);
        }
        Optional<InputFormat> hint = InputFormat.byExtension(fileName);
        if (looksBinary(head, length)) {
            return Optional.empty();
        }
        String text = new String(head, 0, length, StandardCharsets.UTF_8);
        while (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // one or more byte order marks (files saved twice by careless tools)
        }
        String t = text.stripLeading();
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.startsWith("{")) {
            return Optional.of(InputFormat.JSONL);
        }
        if (lower.startsWith("<")) {
            int rss = indexOfAny(lower, "<rss", "<feed", "<rdf:rdf");
            int html = indexOfAny(lower, "<html", "<!doctype html", "<head", "<body");
            if (rss >= 0 && (html < 0 || rss < html)) {
                return Optional.of(InputFormat.FEED);
            }
            if (html >= 0) {
                return Optional.of(InputFormat.HTML);
            }
            return hint.filter(f -> f == InputFormat.HTML || f == InputFormat.FEED).or(() -> Optional.of(
                    lower.startsWith("<?xml") ? InputFormat.FEED : InputFormat.HTML));
        }
        if (lower.startsWith("date ")) {
            return Optional.of(InputFormat.TEXT);
        }
        String firstLine = lower.lines().findFirst().orElse("");
        if (firstLine.contains(",") && (firstLine.contains("body") || firstLine.contains("html"))
                && (firstLine.contains("title") || firstLine.contains("id"))) {
            return Optional.of(InputFormat.CSV);
        }
        if (hint.isPresent()) {
            return hint;
        }
        return Optional.of(InputFormat.TEXT);
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean looksBinary(byte[] head, int length) {
        if (length >= 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
                || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE)) {
            return false; // UTF-16 with a byte order mark
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return length > 0 && control * 10 > length;
    }
}
