package org.corroborate.ingest.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.corroborate.ingest.html.internal.HtmlDecoding.Decoded;
import org.corroborate.ingest.html.internal.HtmlDecoding.Source;
import org.junit.jupiter.api.Test;

class HtmlDecodingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8BomWinsOverHttpAndMeta() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "<meta charset=windows-1252><p>café</p>".getBytes(StandardCharsets.UTF_8));
        Decoded d = HtmlDecoding.decode(bytes, Optional.of(StandardCharsets.ISO_8859_1));
        assertEquals(Source.BOM, d.source());
        assertEquals("<meta charset=windows-1252><p>café</p>", d.text());
    }

    @Test
    void utf16LittleEndianBom() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<p>naïve</p>".getBytes(StandardCharsets.UTF_16LE));
        Decoded d = HtmlDecoding.decode(bytes, Optional.empty());
        assertEquals(StandardCharsets.UTF_16LE, d.charset());
        assertEquals("<p>naïve</p>", d.text());
    }

    @Test
    void httpHeaderWinsOverMeta() {
        byte[] bytes = "<meta charset=\"utf-8\"><p>café</p>".getBytes(WINDOWS_1252);
        Decoded d = HtmlDecoding.decode(bytes, Optional.of(WINDOWS_1252));
        assertEquals(Source.HTTP, d.source());
        assertEquals("<meta charset=\"utf-8\"><p>café</p>", d.text());
        assertEquals(0, d.replaced());
    }

    @Test
    void metaCharsetAttribute() {
        byte[] bytes = "<head><meta charset='windows-1252'></head><p>Señor – “quoted”</p>".getBytes(WINDOWS_1252);
        Decoded d = HtmlDecoding.decode(bytes, Optional.empty());
        assertEquals(Source.META, d.source());
        assertEquals(WINDOWS_1252, d.charset());
        assertTrue(d.text().endsWith("<p>Señor – “quoted”</p>"), d.text());
    }

    @Test
    void httpEquivContentTypeAndLatin1MeansWindows1252() {
        byte[] bytes = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                + "<p>€100</p>").getBytes(WINDOWS_1252);
        Decoded d = HtmlDecoding.decode(bytes, Optional.empty());
        assertEquals(WINDOWS_1252, d.charset(), "browsers read latin1 labels as windows-1252");
        assertTrue(d.text().endsWith("<p>€100</p>"));
    }

    @Test
    void shiftJisByHttpEquiv() {
        Charset sjis = Charset.forName("Shift_JIS");
        byte[] bytes = "<meta http-equiv=content-type content='text/html;charset=Shift_JIS'><p>東京</p>".getBytes(sjis);
        Decoded d = HtmlDecoding.decode(bytes, Optional.empty());
        assertEquals(sjis, d.charset());
        assertTrue(d.text().endsWith("<p>東京</p>"));
    }

    @Test
    void undeclaredInvalidUtf8IsReplacedAndCounted() {
        byte[] bytes = "<p>caf\u00e9 and more</p>".getBytes(StandardCharsets.ISO_8859_1);
        Decoded d = HtmlDecoding.decode(bytes, Optional.empty());
        assertEquals(Source.DEFAULT, d.source());
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(1, d.replaced());
        assertEquals(6, d.firstReplacedChar());
        assertEquals("<p>caf\uFFFD and more</p>", d.text());
    }

    @Test
    void unknownCharsetNameFallsBackToUtf8AndSaysSo() {
        byte[] bytes = "<meta charset=\"x-no-such-charset\"><p>ok</p>".getBytes(StandardCharsets.US_ASCII);
        Decoded d = HtmlDecoding.decode(bytes, Optional.empty());
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals("x-no-such-charset", d.badDeclaration());
    }

    @Test
    void staleLegacyDeclarationOnValidUtf8IsOverridden() {
        byte[] bytes = "<meta charset=gb2312><title>人工智能</title>".getBytes(StandardCharsets.UTF_8);
        Decoded d = HtmlDecoding.decode(bytes, Optional.empty());
        assertEquals(Source.VALID_UTF8, d.source());
        assertEquals("<meta charset=gb2312><title>人工智能</title>", d.text());
    }

    @Test
    void metaUtf16IsReadAsUtf8() {
        assertEquals(Optional.of(StandardCharsets.UTF_8), HtmlDecoding.charsetFor("utf-16"));
    }

    @Test
    void contentTypeHeader() {
        assertEquals(Optional.of(StandardCharsets.UTF_8), HtmlDecoding.fromContentType("text/html; charset=UTF-8"));
        assertEquals(Optional.empty(), HtmlDecoding.fromContentType("text/html"));
    }
}
