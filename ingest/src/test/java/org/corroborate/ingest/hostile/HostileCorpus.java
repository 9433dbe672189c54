package org.corroborate.ingest.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * The generated part of the hostile-input corpus: every input is built here from a few templates, so that the
 * committed files under {@code src/test/resources/org/corroborate/ingest/hostile/generated/} can be checked and
 * regenerated with one command:
 *
 * <pre>mvn -B -q -pl ingest -am test -Dtest=HostileCorpusTest -Dsurefire.failIfNoSpecifiedTests=false
 *     -Dhostile.regenerate=true</pre>
 *
 * <p>Huge inputs (a 100 MB line, gzip bombs, HTML nested 100,000 deep) are never committed: {@link #huge} writes
 * them at test time into a temporary folder. Empty inputs are not committed either ({@link #committed} is false for
 * them): a file of no bytes says nothing a test cannot write itself, so the tests write them where they read them.
 */
public final class HostileCorpus {

    /** Where a diagnostic about an input must point. */
    public enum Where { FILE, LINE, OFFSET, ANY }

    /**
     * What reading one hostile input must report: a diagnostic of one of {@code kinds} naming the input, with a
     * line ({@link Where#LINE}) or an offset ({@link Where#OFFSET}) when that makes sense.
     */
    public record Expect(Set<String> kinds, Where where) {
        public Expect {
            kinds = Set.copyOf(kinds);
        }

        public static Expect of(Where where, String... kinds) {
            return new Expect(Set.of(kinds), where);
        }

        /**
         * A hostile-looking input that a reader should neutralise rather than report (a page with scripts, an
         * entity that must not expand): reading it may give no diagnostic, but the batch goes on, nothing escapes,
         * no local file leaks, and no script survives into an article.
         */
        public static final Expect CLEAN = new Expect(Set.of(), Where.ANY);
    }

    /** One generated input. */
    public record Entry(String name, byte[] bytes, Expect expect) {

        /** Whether the input is kept under {@code hostile/generated}; empty inputs are written at test time. */
        public boolean committed() {
            return bytes.length > 0;
        }
    }

    private static final String GOOD_TEXT = "Officials in Seoul said on Monday that the talks would resume.";
    private static final String CSV_HEADER = "id,url,outlet,published,title,body\n";

    private HostileCorpus() {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String jsonl(String id, String body) {
        return "{\"id\":\"" + id + "\",\"outlet\":\"Harbor Daily\",\"title\":\"T\",\"body\":\"" + body + "\"}\n";
    }

    static byte[] warcRecord(String type, String contentType, byte[] block, String lengthField) {
        String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:0000>\r\n"
                + "WARC-Target-URI: https://example.org/a\r\nContent-Type: " + contentType + "\r\n"
                + (lengthField == null ? "" : "Content-Length: " + lengthField + "\r\n") + "\r\n";
        return cat(utf8(header), block, utf8("\r\n\r\n"));
    }

    static byte[] httpPage(String html) {
        byte[] body = utf8(html);
        return cat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n"), body);
    }

    static byte[] warcResponse(String html) {
        byte[] block = httpPage(html);
        return warcRecord("response", "application/http; msgtype=response", block, String.valueOf(block.length));
    }

    /** Every generated input, by file name (names are unique; the extension is the format hint). */
    public static Map<String, Entry> generated() {
        Map<String, Entry> m = new LinkedHashMap<>();
        encodings(m);
        nulBytes(m);
        utf16(m);
        empties(m);
        binaryJunk(m);
        json(m);
        csv(m);
        feeds(m);
        warc(m);
        gzips(m);
        return m;
    }

    private static void put(Map<String, Entry> m, String name, byte[] bytes, Expect expect) {
        if (m.put(name, new Entry(name, bytes, expect)) != null) {
            throw new IllegalStateException("duplicate generated name " + name);
        }
    }

    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xC0, (byte) 0x80}, // overlong NUL
        {(byte) 0x80}, // lone continuation byte
        {(byte) 0xE2, (byte) 0x82}, // truncated 3-byte sequence
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // encoded surrogate
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // 5-byte form
        {(byte) 0xFE}, {(byte) 0xFF}, // never valid
        {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong 3-byte '/'
    };

    private static void encodings(Map<String, Entry> m) {
        for (int i = 0; i < BAD_UTF8.length; i++) {
            byte[] bad = BAD_UTF8[i];
            put(m, "utf8-bad-" + i + ".txt", cat(utf8("Talks resume\n\n" + GOOD_TEXT + " "), bad, utf8(" end.\n")),
                    Expect.of(Where.OFFSET, "encoding"));
            put(m, "utf8-bad-" + i + ".jsonl", cat(utf8("{\"id\":\"u" + i + "\",\"title\":\"T\",\"body\":\""
                    + GOOD_TEXT), bad, utf8("\"}\n")), Expect.of(Where.LINE, "encoding"));
            put(m, "utf8-bad-" + i + ".csv", cat(utf8(CSV_HEADER + "c" + i + ",,Harbor Daily,,T,\"" + GOOD_TEXT),
                    bad, utf8("\"\n")), Expect.of(Where.LINE, "encoding"));
        }
    }

    private static void nulBytes(Map<String, Entry> m) {
        // Within the first 4 KiB the sniffer calls the input binary; later, the readers must say so themselves.
        int[] at = {0, 100, 5000, 20000};
        for (int pos : at) {
            String pad = "x".repeat(Math.max(0, pos));
            put(m, "nul-at-" + pos + ".txt", cat(utf8("Title\n\n" + GOOD_TEXT + pad), new byte[] {0},
                    utf8("tail\n")), pos < 4000 ? Expect.of(Where.FILE, "unknown-format")
                    : Expect.of(Where.OFFSET, "encoding"));
            put(m, "nul-at-" + pos + ".jsonl", cat(utf8("{\"id\":\"n" + pos + "\",\"body\":\"" + GOOD_TEXT + pad),
                    new byte[] {0}, utf8("\"}\n")), pos < 4000 ? Expect.of(Where.FILE, "unknown-format")
                    : Expect.of(Where.LINE, "invalid-json"));
            put(m, "nul-at-" + pos + ".csv", cat(utf8(CSV_HEADER + "n" + pos + ",,O,,T,\"" + GOOD_TEXT + pad),
                    new byte[] {0}, utf8("\"\n")), pos < 4000 ? Expect.of(Where.FILE, "unknown-format")
                    : Expect.of(Where.LINE, "encoding"));
        }
    }

    private static void utf16(Map<String, Entry> m) {
        String[][] docs = {
            {"txt", "Talks resume\n\n" + GOOD_TEXT + "\n"},
            {"jsonl", jsonl("w16", GOOD_TEXT)},
            {"csv", CSV_HEADER + "w16,,O,,T," + GOOD_TEXT + "\n"},
            {"rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item><title>T</title>"
                    + "<description>" + GOOD_TEXT + "</description></item></channel></rss>"},
            {"html", "<html><head><title>T</title></head><body><p>" + GOOD_TEXT + "</p></body></html>"},
        };
        for (String[] d : docs) {
            put(m, "utf16le-nobom." + d[0], d[1].getBytes(StandardCharsets.UTF_16LE),
                    Expect.of(Where.ANY, "unknown-format", "encoding", "invalid-record"));
            put(m, "utf16be-nobom." + d[0], d[1].getBytes(StandardCharsets.UTF_16BE),
                    Expect.of(Where.ANY, "unknown-format", "encoding", "invalid-record"));
        }
        // A byte order mark, then a lone surrogate and an odd byte count.
        byte[] lone = cat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Title\n\nText ".getBytes(StandardCharsets.UTF_16LE),
                new byte[] {0x00, (byte) 0xD8}, " more.".getBytes(StandardCharsets.UTF_16LE), new byte[] {0x41});
        put(m, "utf16le-bom-lone-surrogate.txt", lone, Expect.of(Where.OFFSET, "encoding"));
        byte[] jl = cat(new byte[] {(byte) 0xFE, (byte) 0xFF}, jsonl("b16", "Text").getBytes(StandardCharsets.UTF_16BE),
                new byte[] {(byte) 0xD8, 0x00, 0x00});
        put(m, "utf16be-bom-odd-length.jsonl", jl, Expect.of(Where.LINE, "encoding", "invalid-json"));
    }

    private static void empties(Map<String, Entry> m) {
        for (String ext : List.of("txt", "jsonl", "csv", "rss", "atom", "xml", "warc", "html", "ndjson", "bin")) {
            put(m, "empty." + ext, new byte[0], Expect.of(Where.FILE, "empty"));
            put(m, "blank." + ext, utf8(" \n\r\n\t \n"), Expect.of(Where.ANY, "empty", "unknown-format",
                    "invalid-record"));
        }
        put(m, "empty-gzip.jsonl.gz", gzip(new byte[0]), Expect.of(Where.FILE, "empty"));
        put(m, "bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Expect.of(Where.FILE, "empty"));
        put(m, "bom-only.jsonl", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Expect.of(Where.FILE, "empty"));
        put(m, "header-only.csv", utf8(CSV_HEADER), Expect.of(Where.FILE, "empty"));
        put(m, "empty-json-lines.jsonl", utf8("\n\n{}\n"), Expect.of(Where.LINE, "missing-field"));
    }

    private static void binaryJunk(Map<String, Entry> m) {
        Random r = new Random(20261127L);
        for (String ext : List.of("txt", "jsonl", "csv", "rss", "xml", "html", "warc")) {
            for (int size : new int[] {16, 4096, 20000}) {
                byte[] junk = new byte[size];
                r.nextBytes(junk);
                junk[3] = 0; // binary data nearly always has a NUL early on
                put(m, "junk-" + size + "." + ext, junk, Expect.of(Where.FILE, "unknown-format"));
            }
            byte[] high = new byte[2000];
            for (int i = 0; i < high.length; i++) {
                high[i] = (byte) (0x80 + r.nextInt(0x80));
            }
            put(m, "junk-high-bytes." + ext, high, Expect.of(Where.ANY, "encoding", "unknown-format",
                    "invalid-json", "invalid-record", "missing-field", "empty"));
        }
    }

    private static String nest(String open, String close, int depth, String inner) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    private static void json(Map<String, Entry> m) {
        for (int depth : new int[] {257, 1000, 10_000}) {
            put(m, "json-arrays-" + depth + ".jsonl", utf8("{\"id\":\"d\",\"body\":" + nest("[", "]", depth, "1")
                    + "}\n"), Expect.of(Where.LINE, "limit"));
            put(m, "json-objects-" + depth + ".jsonl", utf8("{\"id\":\"d\",\"x\":" + nest("{\"a\":", "}", depth,
                    "1") + ",\"body\":\"b\"}\n"), Expect.of(Where.LINE, "limit"));
            put(m, "json-unclosed-" + depth + ".jsonl", utf8("[".repeat(depth) + "\n"),
                    Expect.of(Where.LINE, "limit"));
        }
        String[] bad = {
            "{\"id\":\"t\",\"body\":\"trunc",
            "{\"id\":\"t\",\"body\":\"x\",}",
            "{\"id\":\"t\",\"body\":NaN}",
            "{'id':'t','body':'single quotes'}",
            "{\"id\":\"t\",\"published\":1e999999,\"body\":\"x\"}",
            "{\"id\":\"t\",\"n\":" + "9".repeat(5000) + ",\"body\":\"x\"}",
            "{\"id\":\"t\",\"body\":\"lone \\ud800 surrogate\"}",
            "[{\"id\":\"t\",\"body\":\"array\"}]",
            "\"just a string\"",
            "null",
            "{\"id\":\"t\",\"body\":{\"nested\":\"object\"}}",
            "{\"id\":\"t\",\"body\":[\"array\"]}",
            "{\"id\":\"t\",\"body\":\"" + "\\u0000".repeat(10) + "\"}",
            "{\"id\":\"t\",\"body\":\"x\"} trailing",
            "{\"id\":\"t\",\"body\":\"x\"}{\"id\":\"u\",\"body\":\"y\"}",
            "{\"id\":\"t\",\"" + "k".repeat(60_000) + "\":1,\"body\":\"long key\"}",
            "{\"id\":\"t\",\"published\":\"9999999999-99-99\",\"body\":\"bad date\"}",
            "{\"id\":\"t\",\"url\":\"javascript:alert(1)\",\"published\":\"2025-13-45T99:99Z\",\"body\":\"\"}",
        };
        for (int i = 0; i < bad.length; i++) {
            put(m, "json-bad-" + i + ".jsonl", utf8(bad[i] + "\n"), Expect.of(Where.LINE, "invalid-json",
                    "missing-field", "encoding", "invalid-value", "limit"));
        }
    }

    private static void csv(Map<String, Entry> m) {
        String[] bodies = {
            CSV_HEADER + "q1,,O,,T,\"never closed " + GOOD_TEXT + "\n",
            CSV_HEADER + "q2,,O,,T,\"stray\n" + "q3,,O,,T,fine row\n",
            CSV_HEADER + "q4,,O,,\"T,body with \"bad\" quote\"x\n",
            CSV_HEADER + "\"\"\"\"\"\"\"\"\"\"\"\"\"\n",
            CSV_HEADER + "q5,,O,,T,\"" + "\"\"".repeat(5000) + "\n",
            CSV_HEADER + "q6,,O,,T,\"multi\nline\nnever\nclosed\n" + "q7,,O,,T,second\n",
            "id,title\nq8,no body column\n",
            CSV_HEADER + ",".repeat(1000) + "\n",
            CSV_HEADER + "q9,,O,,T,\n",
            CSV_HEADER + "q10,,O,2025-99-99,T,bad date " + GOOD_TEXT + "\n\"",
            "\"id\",\"body\n" + "q11,body\n",
            CSV_HEADER.replace("\n", "\r") + "q12,,O,,T,\"cr only\rnever closed\r",
            "id,url,outlet,published,title,html\nq13,https://e.org/,O,,T,\"<html><body><script>x</script>"
                    + "</body></html>\"\n",
        };
        for (int i = 0; i < bodies.length; i++) {
            put(m, "csv-bad-" + i + ".csv", utf8(bodies[i]), Expect.of(Where.ANY, "invalid-record", "missing-field",
                    "invalid-value", "empty", "unknown-format", "limit"));
        }
    }

    private static String rss(String prolog, String item) {
        return prolog + "<rss version=\"2.0\"><channel><title>Feed</title>" + item + "</channel></rss>\n";
    }

    private static final String ITEM = "<item><title>T</title><description>" + GOOD_TEXT + "</description></item>";

    private static void feeds(Map<String, Entry> m) {
        String x = "<?xml version=\"1.0\"?>\n";
        String laughs = "<!DOCTYPE rss [<!ENTITY lol \"lol\">"
                + "<!ENTITY l1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY l2 \"&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;\">"
                + "<!ENTITY l3 \"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\">"
                + "<!ENTITY l4 \"&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;\">"
                + "<!ENTITY l5 \"&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;\">"
                + "<!ENTITY l6 \"&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;\">"
                + "<!ENTITY l7 \"&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;\">"
                + "<!ENTITY l8 \"&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;\">"
                + "<!ENTITY l9 \"&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;\">]>\n";
        String use = "<item><title>&l9;</title><description>&l9;</description></item>";
        String xxeItem = "<item><title>T</title><description>&xxe;</description></item>";
        Map<String, String> feeds = new LinkedHashMap<>();
        feeds.put("billion-laughs.rss", rss(x + laughs, use));
        feeds.put("billion-laughs-no-prolog.xml", rss(laughs, use));
        feeds.put("quadratic-blowup.rss", rss(x + "<!DOCTYPE rss [<!ENTITY a \"" + "a".repeat(10_000) + "\">]>",
                "<item><description>" + "&a;".repeat(2_000) + "</description></item>"));
        feeds.put("xxe-file.rss", rss(x + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", xxeItem));
        feeds.put("xxe-http.rss", rss(x + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/x\">]>",
                xxeItem));
        feeds.put("xxe-parameter.rss", rss(x + "<!DOCTYPE rss [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>",
                ITEM));
        feeds.put("xxe-public.atom", "<?xml version=\"1.0\"?><!DOCTYPE feed PUBLIC \"-//X//Y\" \"file:///etc/passwd\""
                + " [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>F</title><entry><title>T</title><summary>&xxe;</summary></entry></feed>");
        feeds.put("xxe-lowercase-doctype.rss", rss(x + "<!doctype rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                xxeItem));
        feeds.put("xxe-after-comment.rss", rss(x + "<!-- c -->\n<?pi x?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM"
                + " \"file:///etc/passwd\">]>", xxeItem));
        feeds.put("xxe-utf16.xml", null); // filled below
        feeds.put("doctype-late.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><!DOCTYPE rss [<!ENTITY xxe SYSTEM"
                + " \"file:///etc/passwd\">]><channel><title>F</title>" + xxeItem + "</channel></rss>");
        feeds.put("external-dtd.rss", rss(x + "<!DOCTYPE rss PUBLIC \"-//Evil//DTD RSS 0.91//EN\""
                + " \"http://127.0.0.1:9/rss-0.91.dtd\">\n", ITEM));
        feeds.put("external-dtd-file.rss", rss(x + "<!DOCTYPE rss SYSTEM \"file:///etc/passwd\">\n", ITEM));
        feeds.put("xinclude.rss", rss(x, "<item xmlns:xi=\"http://www.w3.org/2001/XInclude\"><title>T</title>"
                + "<description><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></description></item>"));
        feeds.put("xml-stylesheet.rss", rss(x + "<?xml-stylesheet type=\"text/xsl\" href=\"file:///etc/passwd\"?>\n",
                "<item><title>T</title></item>"));
        feeds.put("truncated.rss", rss(x, ITEM).substring(0, 120));
        feeds.put("unclosed-cdata.rss", rss(x, "<item><description><![CDATA[never closed</description></item>"));
        feeds.put("bad-encoding-name.rss", rss("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?>\n", ITEM));
        feeds.put("utf7.rss", rss("<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n", "<item><description>+ADw-script+AD4-"
                + "</description></item>"));
        feeds.put("deep-xml.rss", rss(x, "<item><title>T</title><description>" + "<x>".repeat(5_000) + "deep"
                + "</x>".repeat(5_000) + "</description></item>"));
        feeds.put("not-a-feed.xml", x + "<catalog><book>no feed</book></catalog>\n");
        feeds.put("atom-no-entries.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title></feed>");
        feeds.put("rss-invalid-chars.rss", rss(x, "<item><description>bell \u0007 esc \u001b</description></item>"));
        feeds.put("entity-undeclared.rss", rss(x, "<item><description>&undeclared;</description></item>"));
        feeds.put("rss-empty-items.rss", rss(x, "<item></item><item><title></title><description> </description>"
                + "</item>"));
        for (Map.Entry<String, String> e : feeds.entrySet()) {
            byte[] bytes = e.getValue() == null
                    ? ("\uFEFF" + rss("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM"
                    + " \"file:///etc/passwd\">]>", xxeItem)).getBytes(StandardCharsets.UTF_16BE)
                    : utf8(e.getValue());
            put(m, "feed-" + e.getKey(), bytes, Expect.of(Where.ANY, "invalid-record", "unknown-format",
                    "missing-field", "empty", "skipped", "encoding", "limit"));
        }
    }

    private static void warc(Map<String, Entry> m) {
        String page = "<html><head><title>T</title></head><body><p>" + GOOD_TEXT + "</p></body></html>";
        byte[] good = warcResponse(page);
        byte[] block = httpPage(page);
        String type = "application/http; msgtype=response";
        Map<String, byte[]> w = new LinkedHashMap<>();
        w.put("length-too-long", warcRecord("response", type, block, String.valueOf(block.length + 50)));
        w.put("length-too-short", cat(warcRecord("response", type, block, String.valueOf(block.length - 50)), good));
        w.put("length-negative", cat(warcRecord("response", type, block, "-5"), good));
        w.put("length-not-a-number", cat(warcRecord("response", type, block, "twelve"), good));
        w.put("length-huge", cat(warcRecord("response", type, block, "99999999999999"), good));
        w.put("length-overflow", cat(warcRecord("response", type, block, "9".repeat(30)), good));
        w.put("length-missing", cat(warcRecord("response", type, block, null), good));
        w.put("length-zero", cat(warcRecord("response", type, block, "0"), good));
        w.put("length-hex", cat(warcRecord("response", type, block, "0x10"), good));
        w.put("length-too-long-metadata", cat(warcRecord("metadata", "text/plain", utf8("meta"), "9000"), good));
        w.put("truncated-header", Arrays.copyOf(good, 40));
        w.put("truncated-block", Arrays.copyOf(good, good.length - 60));
        w.put("no-trailer", Arrays.copyOf(good, good.length - 4));
        w.put("garbage-between", cat(good, utf8("garbage garbage\nmore\n"), good));
        w.put("header-too-long", cat(utf8("WARC/1.1\r\nX: " + "y".repeat(70_000) + "\r\n\r\n"), good));
        w.put("bad-version-line", cat(utf8("WARC/9.9 nonsense\r\n\r\n"), good));
        w.put("http-garbage", warcRecord("response", type, utf8("NOT HTTP AT ALL\r\n\r\n"), "19"));
        w.put("http-status-500", warcRecord("response", type, utf8("HTTP/1.1 500 Oops\r\nContent-Type: text/html\r\n"
                + "\r\n<p>x</p>"), String.valueOf(utf8("HTTP/1.1 500 Oops\r\nContent-Type: text/html\r\n\r\n<p>x</p>")
                .length)));
        w.put("bad-charset", warcRecord("response", type, cat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html;"
                + " charset=x-nope\r\n\r\n"), utf8(page)), String.valueOf(cat(utf8("HTTP/1.1 200 OK\r\nContent-Type:"
                + " text/html; charset=x-nope\r\n\r\n"), utf8(page)).length)));
        byte[] chunkedBad = cat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                + "\r\nZZZZ\r\nbroken\r\n"));
        w.put("http-bad-chunked", warcRecord("response", type, chunkedBad, String.valueOf(chunkedBad.length)));
        byte[] gzBad = cat(utf8("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"),
                new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3});
        w.put("http-bad-gzip", warcRecord("response", type, gzBad, String.valueOf(gzBad.length)));
        w.put("only-warcinfo", warcRecord("warcinfo", "application/warc-fields", utf8("software: x\r\n"), "13"));
        w.put("html-page", good);
        for (Map.Entry<String, byte[]> e : w.entrySet()) {
            // Pages that reach the HTML reader are named "file#record@offset" by it.
            boolean toHtml = Set.of("html-page", "http-bad-chunked", "http-bad-gzip").contains(e.getKey());
            // A well-formed page, and a body whose chunking is off (decoded leniently), are read cleanly.
            boolean clean = Set.of("html-page", "http-bad-chunked").contains(e.getKey());
            put(m, "warc-" + e.getKey() + ".warc", e.getValue(), clean ? Expect.CLEAN
                    : Expect.of(toHtml ? Where.ANY : Where.OFFSET, "invalid-record", "skipped", "unknown-format",
                    "encoding", "limit", "empty"));
        }
    }

    private static void gzips(Map<String, Entry> m) {
        Map<String, byte[]> plain = new LinkedHashMap<>();
        plain.put("jsonl", utf8(jsonl("g1", GOOD_TEXT) + jsonl("g2", GOOD_TEXT + " Again.")));
        plain.put("txt", utf8("Talks\n\n" + GOOD_TEXT + "\n"));
        plain.put("csv", utf8(CSV_HEADER + "g3,,O,,T," + GOOD_TEXT + "\n"));
        plain.put("warc", cat(warcResponse("<p>" + GOOD_TEXT + "</p>"), warcResponse("<p>second</p>")));
        for (Map.Entry<String, byte[]> e : plain.entrySet()) {
            byte[] gz = gzip(e.getValue());
            put(m, "gzip-header-only." + e.getKey() + ".gz", Arrays.copyOf(gz, 10),
                    Expect.of(Where.ANY, "unreadable", "empty"));
            put(m, "gzip-half." + e.getKey() + ".gz", Arrays.copyOf(gz, gz.length / 2),
                    Expect.of(Where.ANY, "unreadable", "invalid-record", "invalid-json"));
            put(m, "gzip-no-trailer." + e.getKey() + ".gz", Arrays.copyOf(gz, gz.length - 8),
                    Expect.of(Where.ANY, "unreadable"));
            byte[] crc = gz.clone();
            crc[crc.length - 8] ^= 0x55;
            put(m, "gzip-bad-crc." + e.getKey() + ".gz", crc, Expect.of(Where.ANY, "unreadable"));
        }
        put(m, "gzip-in-gzip.jsonl.gz", gzip(gzip(plain.get("jsonl"))), Expect.of(Where.FILE, "unknown-format"));
    }

    /** Writes every {@linkplain Entry#committed committed} generated input into {@code dir}, replacing what is there. */
    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        for (Entry e : generated().values()) {
            if (e.committed()) {
                Files.write(dir.resolve(e.name()), e.bytes());
            }
        }
    }

    // ---- huge inputs, written at test time only ----

    /** One huge input written to a folder at test time. */
    public record Huge(Path file, Expect expect) {
    }

    /** A 100 MB single line (no line break at all) in the given format, streamed to disk. */
    public static Path hundredMbLine(Path dir, String ext) throws IOException {
        Path p = dir.resolve("line-100mb." + ext);
        byte[] chunk = utf8("word ".repeat(1 << 14)); // 80 KiB
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(utf8(switch (ext) {
                case "jsonl" -> "{\"id\":\"big\",\"body\":\"";
                case "csv" -> CSV_HEADER + "big,,O,,T,";
                default -> "Title ";
            }));
            for (long written = 0; written < 100L * 1000 * 1000; written += chunk.length) {
                out.write(chunk);
            }
            out.write(utf8(ext.equals("jsonl") ? "\"}" : ""));
        }
        return p;
    }

    /**
     * A gzip bomb: the same small member, which inflates 1 MiB of {@code content}'s repetition, concatenated
     * {@code members} times (gzip readers inflate every member of a file).
     */
    public static Path gzipBomb(Path dir, String name, String content, int members) throws IOException {
        byte[] mib = utf8(content.repeat((1 << 20) / content.length()));
        byte[] member = gzip(mib);
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            for (int i = 0; i < members; i++) {
                out.write(member);
            }
        }
        return p;
    }

    /**
     * Every huge input but the 100 MB lines (which {@link HundredMbLineLowMemoryTest} writes and reads in a small
     * heap), written into {@code dir}.
     */
    public static List<Huge> huge(Path dir) throws IOException {
        String deepHtml = "<html><body>" + nest("<div>", "</div>", 100_000, "<p>deep text</p>") + "</body></html>";
        Path html = dir.resolve("html-nested-100000.html");
        Files.writeString(html, deepHtml, StandardCharsets.UTF_8);
        Path csvHtml = dir.resolve("html-nested-100000-in-column.csv");
        Files.writeString(csvHtml, "id,url,html\nh1,https://example.org/,\"" + deepHtml + "\"\n",
                StandardCharsets.UTF_8);
        Path warcHtml = dir.resolve("html-nested-100000.warc");
        Files.write(warcHtml, warcResponse(deepHtml));
        Path json = dir.resolve("json-nested-100000.jsonl");
        Files.writeString(json, "{\"id\":\"j\",\"body\":" + nest("[", "]", 100_000, "0") + "}\n",
                StandardCharsets.UTF_8);
        Path bigFeed = dir.resolve("feed-40mb.rss");
        try (OutputStream out = Files.newOutputStream(bigFeed)) {
            out.write(utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>"));
            byte[] item = utf8(ITEM);
            for (long n = 0; n < 40L * 1000 * 1000; n += item.length) {
                out.write(item);
            }
            out.write(utf8("</channel></rss>"));
        }
        // A record whose length is wrong hides a damaged header and then a million "\nW" near-headers: the reader
        // resynchronises inside the held block, then scans on through what it pushed back.
        Path resync = dir.resolve("warc-resync-near-headers.warc");
        byte[] block = cat(utf8("x\nWARC/1.1\r\nContent-Length: zz\r\n\r\n"), utf8("\nW?".repeat(1_000_000)));
        Files.write(resync, cat(utf8("WARC/1.1\r\nWARC-Type: metadata\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n"), block));
        return List.of(
                new Huge(resync, Expect.of(Where.OFFSET, "invalid-record")),
                new Huge(gzipBomb(dir, "bomb-text.txt.gz", "all work and no play ", 1024),
                        Expect.of(Where.OFFSET, "limit")),
                // Blank lines: a bomb of one repeated article would also bury the limit error under 1,000 kept
                // duplicate warnings (Diagnostics keeps the first 1,000; see docs/SECURITY.md).
                new Huge(gzipBomb(dir, "bomb-jsonl.jsonl.gz", " \n", 1024),
                        Expect.of(Where.OFFSET, "limit")),
                new Huge(gzipBomb(dir, "bomb-zeros.warc.gz", "\0", 1024), Expect.of(Where.ANY, "limit",
                        "unknown-format")),
                // the HTML reader caps the parse depth and says so
                new Huge(html, Expect.of(Where.FILE, "limit")),
                new Huge(csvHtml, Expect.of(Where.ANY, "limit")),
                new Huge(warcHtml, Expect.of(Where.ANY, "limit")),
                new Huge(json, Expect.of(Where.LINE, "limit")),
                new Huge(bigFeed, Expect.of(Where.OFFSET, "limit")));
    }
}
