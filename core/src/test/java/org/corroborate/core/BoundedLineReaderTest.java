package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    @Test
    void splitsOnEveryTerminatorAndCutsLongLines() throws IOException {
        BoundedLineReader r = new BoundedLineReader(new StringReader("ab\r\ncd\ref\n\nlonger line\r"), 5);
        assertEquals("ab", r.readLine());
        assertEquals("cd", r.readLine());
        assertEquals("ef", r.readLine());
        assertEquals("", r.readLine());
        assertEquals("longe", r.readLine());
        assertTrue(r.lastTooLong());
        assertEquals(11, r.lastLength());
        assertEquals(5, r.lineNumber());
        assertNull(r.readLine());
    }

    @Test
    void readsWhatACharByCharReaderReadsWhateverTheChunks() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "ab\u00e9\u2019\r\n";
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(round < 250 ? 60 : 40_000);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int max = 1 + random.nextInt(20);
            BoundedLineReader r = new BoundedLineReader(new Chunks(text, random.split()), max);
            List<String> expected = reference(text, max);
            for (String e : expected) {
                String line = r.readLine();
                assertEquals(e.substring(0, Math.min(max, e.length())), line, text);
                assertEquals(e.length(), r.lastLength());
                assertEquals(e.length() > max, r.lastTooLong());
            }
            assertNull(r.readLine());
            assertEquals(expected.size(), r.lineNumber());
        }
    }

    /** The lines of {@code text}, whole, split on {@code \r\n}, {@code \r} or {@code \n}. */
    private static List<String> reference(String text, int max) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** A reader that hands out its text in chunks of random length. */
    private static final class Chunks extends Reader {
        private final String text;
        private final SplittableRandom random;
        private int at;

        Chunks(String text, SplittableRandom random) {
            this.text = text;
            this.random = random;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            if (at == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + random.nextInt(9000)), text.length() - at);
            text.getChars(at, at + n, cbuf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
