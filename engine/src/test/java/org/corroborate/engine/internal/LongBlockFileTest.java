package org.corroborate.engine.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongBlockFileTest {

    @TempDir
    Path tmp;

    private static long[] block(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] b = new long[64];
        for (int i = 0; i < b.length; i++) {
            b[i] = r.nextLong();
        }
        b[0] = Long.MIN_VALUE;
        b[63] = -1;
        return b;
    }

    @Test
    void blocksReadBackExactlyWhileAppending() {
        try (LongBlockFile f = LongBlockFile.create(tmp, 64)) {
            // more blocks than one write buffer holds, read back both before and after they reach the file
            for (int i = 0; i < 300; i++) {
                assertEquals(i, f.add(block(i)));
                assertArrayEquals(block(i), f.get(i), "just added: " + i);
                assertArrayEquals(block(i / 2), f.get(i / 2), "earlier: " + i / 2);
            }
            assertEquals(300, f.size());
            for (int i = 299; i >= 0; i--) {
                assertArrayEquals(block(i), f.get(i));
            }
        }
    }

    @Test
    void badIndexAndLengthAreRefusedAndCloseDeletesTheFile() throws Exception {
        LongBlockFile f = LongBlockFile.create(tmp, 4);
        f.add(new long[] {1, 2, 3, 4});
        assertThrows(IndexOutOfBoundsException.class, () -> f.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> f.get(-1));
        assertThrows(IllegalArgumentException.class, () -> f.add(new long[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LongBlockFile.create(tmp, 0));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count());
        }
        f.close();
        try (var files = Files.list(tmp)) {
            assertFalse(files.findAny().isPresent());
        }
        assertTrue(Files.isDirectory(tmp));
    }
}
