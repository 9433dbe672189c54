package org.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableLinesTest {

    @TempDir
    Path dir;

    private Path write(byte[]... parts) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        Path f = dir.resolve("table.tsv");
        Files.write(f, b.toByteArray());
        return f;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkIsSkippedAndBadBytesAreReplaced() throws IOException {
        Path f = write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("source\tstatement\r\nme\tb"),
                new byte[] {(byte) 0xFF}, utf8("d\n"));
        Diagnostics d = new Diagnostics();
        try (TableLines in = TableLines.open(f, d)) {
            assertEquals("source\tstatement", in.next());
            assertEquals(1, in.lineNumber());
            assertEquals("me\tb\uFFFDd", in.next());
            assertEquals(f + ":2", in.where().toString());
            assertNull(in.next());
        }
        assertTrue(d.list().isEmpty(), d.list().toString());
    }

    @Test
    void aUtf16TableIsReadByItsMark() throws IOException {
        Path f = write(new byte[] {(byte) 0xFF, (byte) 0xFE}, "source\tstatement\n".getBytes(
                StandardCharsets.UTF_16LE));
        try (TableLines in = TableLines.open(f, new Diagnostics())) {
            assertEquals("source\tstatement", in.next());
        }
    }

    @Test
    void anOverLongLineIsReportedWithItsFileAndLineAndTheRestIsRead() throws IOException {
        Path f = write(utf8("head\n" + "x".repeat(50) + "\nlast\n"));
        Diagnostics d = new Diagnostics();
        try (TableLines in = TableLines.open(f, d, 20)) {
            assertEquals("head", in.next());
            assertEquals("last", in.next());
            assertEquals(3, in.lineNumber());
            assertNull(in.next());
        }
        assertEquals(1, d.list().size());
        Diagnostic e = d.list().get(0);
        assertEquals("limit", e.kind());
        assertEquals(Diagnostic.Severity.ERROR, e.severity());
        assertTrue(e.toString().startsWith(f + ":2"), e.toString());
        assertTrue(e.message().contains("line of 50 chars is over the limit of 20 chars"), e.message());
        assertThrows(IllegalArgumentException.class, () -> TableLines.open(f, d, 0));
        assertThrows(IOException.class, () -> TableLines.open(dir.resolve("none.tsv"), d));
    }

    @Test
    void recordsSkipBlankLinesAndKeepTheirLineNumbers() throws IOException {
        Path f = write(utf8("head\n\n \t\nrow\n\n"));
        try (TableLines in = TableLines.open(f, new Diagnostics())) {
            assertEquals("head", in.nextRecord());
            assertEquals("row", in.nextRecord());
            assertEquals(4, in.lineNumber());
            assertNull(in.nextRecord());
        }
    }
}
