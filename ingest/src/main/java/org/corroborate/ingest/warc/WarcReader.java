package org.corroborate.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.corroborate.core.Article;
import org.corroborate.core.Location;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.HtmlPageParser;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadContext;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC 1.0/1.1 web archives ({@code .warc}, and {@code .warc.gz} once the caller has decompressed it):
 * every {@code response} record holding an HTTP 200 response with an HTML body ({@code text/html} or
 * {@code application/xhtml+xml}) goes through the {@link HtmlPageParser} with the record's target URI as base URL
 * and the charset of the HTTP {@code Content-Type} header. Every other record (warcinfo, request, metadata,
 * revisit, non-HTML, non-200) is skipped with a {@code skipped} warning that says why and gives the record's
 * offset.
 *
 * <p>Streaming: records are framed here, one at a time, by their {@code Content-Length}; only the current
 * record is held in memory (up to {@link #maxRecordBytes}; larger ones are skipped unread), and only HTML
 * responses are parsed, with jwarc. Offsets are byte offsets in the (decompressed) archive.
 *
 * <p>Damage: when a record's {@code Content-Length} is wrong (the block is not followed by the CRLF CRLF
 * trailer), the record is reported as {@code invalid-record} with its offset and the reader looks for the next
 * {@code WARC/} header line, first inside the block it just read, then further on; when there is none, or the
 * file ends inside a record, the file is finished with a diagnostic and the batch goes on.
 */
public final class WarcReader implements ArticleReader {

    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final byte[] TRAILER = {'\r', '\n', '\r', '\n'};
    private static final byte[] MAGIC = {'W', 'A', 'R', 'C', '/'};

    private final HtmlPageParser html;

    /** @param html reads the HTML pages of response records */
    public WarcReader(HtmlPageParser html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    @Override
    public InputFormat format() {
        return InputFormat.WARC;
    }

    /** The largest HTML response record held in memory: 8 bytes per allowed body char, at least 1 MiB. */
    static long maxRecordBytes(ReadContext context) {
        return Math.max(1L << 20, 8L * context.options().maxBodyChars());
    }

    @Override
    public void read(Input input, InputStream in, ReadContext context, Consumer<Article> sink) throws IOException {
        new Run(input, new ByteSource(in), context, sink).run();
    }

    /** The state of reading one archive. */
    private final class Run {
        private final Input input;
        private final ByteSource src;
        private final ReadContext ctx;
        private final Consumer<Article> sink;

        Run(Input input, ByteSource src, ReadContext ctx, Consumer<Article> sink) {
            this.input = input;
            this.src = src;
            this.ctx = ctx;
            this.sink = sink;
        }

        private Location at(long offset) {
            return new Location(input.name(), 0, offset);
        }

        void run() throws IOException {
            while (true) {
                int b;
                while ((b = src.peek()) == '\r' || b == '\n') {
                    src.read(); // stray blank lines between records
                }
                if (b < 0) {
                    return;
                }
                if (!record()) {
                    return;
                }
            }
        }

        /** Reads one record; false when the rest of the file cannot be read. */
        private boolean record() throws IOException {
            long start = src.position();
            byte[] header = readHeader();
            if (header == null) {
                ctx.diagnostics().error(at(start), "invalid-record", "file ends inside a WARC record header;"
                        + " the archive is truncated", "");
                return false;
            }
            String headerText = new String(header, StandardCharsets.ISO_8859_1);
            if (!headerText.startsWith("WARC/")) {
                ctx.diagnostics().error(at(start), "invalid-record", "expected a WARC record header starting with"
                        + " 'WARC/1.0' or 'WARC/1.1'; skipping to the next record", headerText);
                return resyncForward(start);
            }
            Map<String, String> fields = fields(headerText);
            long length;
            try {
                length = Long.parseLong(fields.getOrDefault("content-length", "").strip());
                if (length < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                ctx.diagnostics().error(at(start), "invalid-record", "record has no valid Content-Length (got '"
                        + fields.getOrDefault("content-length", "") + "'); skipping to the next record", headerText);
                return resyncForward(start);
            }
            String type = fields.getOrDefault("warc-type", "").strip().toLowerCase(Locale.ROOT);
            String blockType = fields.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
            String why = null;
            if (!type.equals("response")) {
                why = "a " + (type.isEmpty() ? "untyped" : type) + " record, not a response";
            } else if (!blockType.startsWith("application/http")) {
                why = "a response record of type '" + blockType + "', not an HTTP response";
            } else if (length > maxRecordBytes(ctx)) {
                why = "a response of " + length + " bytes, over the limit of " + maxRecordBytes(ctx)
                        + " for one page";
            }
            if (why != null) {
                if (length <= maxRecordBytes(ctx)) {
                    // held, though unused, so that a wrong length can be repaired from inside the block
                    byte[] block = new byte[(int) length];
                    int got = src.readFully(block, 0, block.length);
                    if (got < length) {
                        ctx.diagnostics().error(at(start), "invalid-record", "record declares a Content-Length of "
                                + length + " bytes but only " + got + " follow; the length is wrong or the archive"
                                + " is truncated", headerText);
                        return resyncInside(block, got, start);
                    }
                    if (!trailer(start, length, block)) {
                        return true;
                    }
                } else {
                    long skipped = src.skip(length);
                    if (skipped < length) {
                        ctx.diagnostics().error(at(start), "invalid-record", "record declares a Content-Length of "
                                + length + " bytes but the file ends after " + skipped + "; the archive is truncated"
                                + " or the length is wrong", headerText);
                        return false;
                    }
                    if (!trailer(start, length, null)) {
                        return resyncForward(start);
                    }
                }
                ctx.diagnostics().warning(at(start), "skipped", "record skipped: " + why,
                        fields.getOrDefault("warc-target-uri", ""));
                return true;
            }
            byte[] block = new byte[(int) length];
            int got = src.readFully(block, 0, block.length);
            if (got < length) {
                ctx.diagnostics().error(at(start), "invalid-record", "record declares a Content-Length of "
                        + length + " bytes but only " + got + " follow; the length is wrong or the archive is"
                        + " truncated", headerText);
                return resyncInside(block, got, start);
            }
            if (!trailer(start, length, block)) {
                return true; // trailer() resynchronised inside the block, or reported the end
            }
            response(start, header, block);
            return true;
        }

        /**
         * Checks the CRLF CRLF after a block. When it is missing, reports the wrong length, and (for a block held
         * in memory) resynchronises; returns whether the record is sound.
         */
        private boolean trailer(long start, long length, byte[] block) throws IOException {
            byte[] t = new byte[4];
            int n = src.readFully(t, 0, 4);
            if (n == 4 && java.util.Arrays.equals(t, TRAILER)) {
                return true;
            }
            src.unread(t, 0, n);
            ctx.diagnostics().error(at(start), "invalid-record", "record's Content-Length of " + length
                    + " does not match its content (no CRLF CRLF after the block at offset "
                    + (src.position()) + "); the record was skipped", "");
            if (block != null) {
                resyncInside(block, block.length, start);
            }
            return false;
        }

        /** Looks for the next header inside {@code block}, pushes it back, and else searches onwards. */
        private boolean resyncInside(byte[] block, int length, long start) throws IOException {
            for (int i = 1; i + MAGIC.length <= length; i++) {
                if (block[i - 1] == '\n' && startsWith(block, i, length)) {
                    src.unread(block, i, length - i);
                    return true;
                }
            }
            return resyncForward(start);
        }

        /** Skips to the next line that starts with {@code WARC/}; false (after a diagnostic) at the end. */
        private boolean resyncForward(long start) throws IOException {
            int prev = '\n';
            int b;
            while ((b = src.read()) >= 0) {
                if (prev == '\n' && b == 'W') {
                    byte[] rest = new byte[MAGIC.length - 1];
                    int n = src.readFully(rest, 0, rest.length);
                    if (n == rest.length && rest[0] == 'A' && rest[1] == 'R' && rest[2] == 'C' && rest[3] == '/') {
                        src.unread(MAGIC, 0, MAGIC.length);
                        return true;
                    }
                    src.unread(rest, 0, n);
                }
                prev = b;
            }
            ctx.diagnostics().error(at(start), "invalid-record", "no further WARC record after the damaged one at"
                    + " offset " + start + "; the rest of the file was skipped", "");
            return false;
        }

        /** The header up to and including the blank line, or null at the end of the file. */
        private byte[] readHeader() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            int p1 = -1;
            int p2 = -1;
            int b;
            while ((b = src.read()) >= 0) {
                out.write(b);
                if (b == '\n' && (p1 == '\n' || p1 == '\r' && p2 == '\n')) {
                    return out.toByteArray();
                }
                p2 = p1;
                p1 = b;
                if (out.size() > MAX_HEADER_BYTES) {
                    return out.toByteArray(); // not a header; the caller reports it and resynchronises
                }
            }
            return out.size() == 0 ? null : (new String(out.toByteArray(), StandardCharsets.ISO_8859_1)
                    .startsWith("WARC/") ? null : out.toByteArray());
        }

        private void response(long start, byte[] header, byte[] block) {
            byte[] whole = new byte[header.length + block.length + TRAILER.length];
            System.arraycopy(header, 0, whole, 0, header.length);
            System.arraycopy(block, 0, whole, header.length, block.length);
            System.arraycopy(TRAILER, 0, whole, header.length + block.length, TRAILER.length);
            String target = "";
            byte[] page;
            Optional<Charset> charset;
            try (org.netpreserve.jwarc.WarcReader jwarc = new org.netpreserve.jwarc.WarcReader(
                    new ByteArrayInputStream(whole))) {
                Optional<WarcRecord> rec = jwarc.next();
                if (rec.isEmpty() || !(rec.get() instanceof WarcResponse resp)) {
                    ctx.diagnostics().warning(at(start), "skipped", "record skipped: not a response record", "");
                    return;
                }
                target = resp.headers().first("WARC-Target-URI").map(WarcReader::unbracket).orElse("");
                HttpResponse http = resp.http();
                if (http.status() != 200) {
                    ctx.diagnostics().warning(at(start), "skipped", "record skipped: HTTP status " + http.status()
                            + ", not 200", target);
                    return;
                }
                MediaType mt = http.headers().first("Content-Type").map(MediaType::parseLeniently)
                        .orElse(MediaType.OCTET_STREAM);
                String base = (mt.type() + "/" + mt.subtype()).toLowerCase(Locale.ROOT);
                if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                    ctx.diagnostics().warning(at(start), "skipped", "record skipped: content type " + base
                            + ", not HTML", target);
                    return;
                }
                charset = charset(mt, start, target);
                page = http.bodyDecoded().stream().readAllBytes();
            } catch (IOException | RuntimeException e) {
                ctx.diagnostics().error(at(start), "invalid-record", "response record could not be parsed as HTTP: "
                        + e.getMessage() + "; expected an HTTP status line, headers and body", target);
                return;
            }
            Input page0 = Input.ofBytes(input.name() + "#record@" + start, page);
            String url = target;
            html.parse(page0, page, target, charset, ctx).ifPresent(a -> sink.accept(a.toBuilder()
                    .location(at(start)).url(a.url().isBlank() ? url : a.url()).build()));
        }

        private Optional<Charset> charset(MediaType mt, long start, String target) {
            String name = null;
            for (Map.Entry<String, String> e : mt.parameters().entrySet()) {
                if (e.getKey().equalsIgnoreCase("charset")) {
                    name = e.getValue().strip();
                }
            }
            if (name == null || name.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Charset.forName(name));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                ctx.diagnostics().warning(at(start), "encoding", "unknown charset '" + name
                        + "' in the HTTP Content-Type; the page's own declaration is used", target);
                return Optional.empty();
            }
        }
    }

    private static boolean startsWith(byte[] b, int i, int length) {
        if (i + MAGIC.length > length) {
            return false;
        }
        for (int k = 0; k < MAGIC.length; k++) {
            if (b[i + k] != MAGIC[k]) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> fields(String header) {
        Map<String, String> m = new HashMap<>();
        for (String line : header.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                m.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return m;
    }

    private static String unbracket(String uri) {
        String u = uri.strip();
        if (u.startsWith("<") && u.endsWith(">")) {
            u = u.substring(1, u.length() - 1);
        }
        try {
            return URI.create(u).toString();
        } catch (IllegalArgumentException e) {
            return u;
        }
    }
}
