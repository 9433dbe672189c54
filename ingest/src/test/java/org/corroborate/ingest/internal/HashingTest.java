package org.corroborate.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HashingTest {

    @Test
    void collapsesSpaceAsTheRegexDoes() {
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2019";
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            assertEquals(t.replaceAll("\\s+", " "), Hashing.collapseSpace(t), t);
            assertEquals(Hashing.shortSha256(t.strip().replaceAll("\\s+", " ")), Hashing.bodyHash(t), t);
        }
        // every kind of char the hash encodes (1 to 4 UTF-8 bytes, lone surrogates, Unicode spaces that strip
        // removes), in texts longer than the buffer the bytes go through on their way to the digest
        String chars = "a \t\n\r\u00E9\u2019\u3000\u2028\uD83D\uDE42\uD800\uDC00\u0085";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12_000);
            for (int i = 0; i < n; i++) {
                sb.append(chars.charAt(random.nextInt(chars.length())));
            }
            String t = sb.toString();
            assertEquals(Hashing.shortSha256(Hashing.collapseSpace(t.strip())), Hashing.bodyHash(t));
        }
        String plain = "no runs here";
        assertSame(plain, Hashing.collapseSpace(plain));
    }

    @Test
    void shortSha256IsTheHeadOfTheHexDigest() {
        assertEquals("e3b0c44298fc1c14", Hashing.shortSha256(""));
        assertEquals("ba7816bf8f01cfea", Hashing.shortSha256("abc"));
    }
}
