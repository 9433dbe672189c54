package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceIdTest {

    /** The definition {@link Source#idFor} implements without regular expressions. */
    private static String byRegex(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return id.isEmpty() ? "unnamed" : id;
    }

    @Test
    void examples() {
        assertEquals("south-korea-s-nis", Source.idFor("  South Korea's NIS!"));
        assertEquals("unnamed", Source.idFor("--"));
        assertEquals("unnamed", Source.idFor(""));
        assertEquals("kim-jong-un", Source.idFor("Kim Jong-un"));
    }

    @Test
    void sameAsTheRegexDefinition() {
        String[] fixed = {"Ⅻ Corps", "x² y³", "Ünal Çelik", "İstanbul", "\uD835\uDC00bc", "a\uD800b", "Seoul\u2019s",
            "-lead-", "tab\there\nnew", "١٢٣ news", "北京 官员", "a_b", "x--y", "\u00A0a\u00A0"};
        for (String s : fixed) {
            assertEquals(byRegex(s), Source.idFor(s), s);
        }
        Random r = new Random(7);
        String alphabet = "aZ9 -'’.,_Ⅻ²İıÇ北\uD835\uDC00\uD800\t";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            assertEquals(byRegex(sb.toString()), Source.idFor(sb.toString()), sb.toString());
        }
    }
}
