package org.corroborate.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadContext;
import org.corroborate.ingest.ReadOptions;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private List<Article> read(String name, byte[] bytes) throws IOException {
        List<Article> out = new ArrayList<>();
        new PlainTextReader().read(Input.ofBytes(name, bytes), new ByteArrayInputStream(bytes),
                new ReadContext(ReadOptions.DEFAULTS, diagnostics), out::add);
        return out;
    }

    @Test
    void seedHeader() throws IOException {
        Article a = read("dir/000_abc.txt", " date 2025-02-27 Seoul says more troops\n\nFirst paragraph.\n\nSecond.\n\n\n"
                .getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals("000_abc", a.id());
        assertEquals("Seoul says more troops", a.title());
        assertEquals("2025-02-27", a.published().orElseThrow().toString());
        assertEquals("First paragraph.\n\nSecond.", a.body());
    }

    @Test
    void withoutHeaderTheFirstLineIsTheTitle() throws IOException {
        Article a = read("x.txt", "\n\nA headline without a full stop\nBody line.".getBytes(StandardCharsets.UTF_8))
                .get(0);
        assertEquals("A headline without a full stop", a.title());
        assertEquals("A headline without a full stop\nBody line.", a.body());
        assertTrue(a.published().isEmpty());
    }

    @Test
    void invalidUtf8IsReplacedWithAWarning() throws IOException {
        byte[] b = {'T', 'i', 't', 'l', 'e', '\n', 'c', 'a', 'f', (byte) 0xC3, (byte) 0x28, '.'};
        Article a = read("bad.txt", b).get(0);
        assertTrue(a.body().contains("\uFFFD"));
        assertEquals("encoding", diagnostics.list().get(0).kind());
        assertEquals("bad.txt", diagnostics.list().get(0).location().file());
    }

    @Test
    void utf16WithBomAndBadHeaderDate() throws IOException {
        byte[] text = "date 27-02-2025 Title\nBody.".getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[text.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;
        System.arraycopy(text, 0, b, 2, text.length);
        Article a = read("u16.txt", b).get(0);
        assertEquals("date 27-02-2025 Title", a.title());
        assertEquals("invalid-value", diagnostics.list().get(0).kind());
        assertEquals(1, diagnostics.list().get(0).location().line());
    }

    @Test
    void blankFileIsAnError() throws IOException {
        assertTrue(read("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertEquals("empty", diagnostics.list().get(0).kind());
    }
}
