package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleBasedExtractor#quoteRegions(char[], boolean)}, which skips the chars it does not read by one bit test,
 * finds the regions it found when it tested each char: compared with a copy of that earlier loop on nested, curly,
 * reversed and unclosed quotes and quotes over paragraphs.
 */
class QuoteRegionsTest {

    private static final String[] PIECES = {"\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u2018", "\u2019", "'",
        "\n", "\n\n", "\n \n", "\t", " ", "  ", "said", "Lee", ",", ".", "!", "\u00A0", "\u00AA", "\u00AC", "#", "@",
        "\r", "A", "z", "0"};

    @Test
    void sameRegionsAsTestingEachChar() {
        Random random = new Random(3);
        for (int round = 0; round < 5000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            char[] text = b.toString().toCharArray();
            for (boolean reversed : new boolean[] {false, true}) {
                assertEquals(render(reference(text, reversed)), render(RuleBasedExtractor.quoteRegions(text, reversed)),
                        b.toString());
            }
        }
    }

    @Test
    void nestedCurlyReversedAndOverParagraphs() {
        String text = "\u201CWe said \"go\" and \u2018stay\u2019,\u201C said Lee. \u00ABNon\u00BB.\n\n\u201CMore.\n\n"
                + "\u201CStill more\u201D \"open";
        assertEquals("[1,9][13,25][38,41][46,51][54,64][67,71]",
                render(RuleBasedExtractor.quoteRegions(text.toCharArray(), true)));
        assertEquals("[1,9][38,41][46,51][54,64][67,71]", render(RuleBasedExtractor.quoteRegions(text.toCharArray())));
    }

    private static String render(List<int[]> regions) {
        StringBuilder b = new StringBuilder();
        for (int[] r : regions) {
            b.append('[').append(r[0]).append(',').append(r[1]).append(']');
        }
        return b.toString();
    }

    /** The loop as it was, testing every char outside {@code ("\"", "\u00AB")}. */
    private static List<int[]> reference(char[] body, boolean reversedCloses) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < body.length; i++) {
            char c = body[i];
            if (c > '"' && c < '\u00AB') {
                continue;
            }
            if (c == '\n' && i + 1 < body.length && body[i + 1] == '\n' && open >= 0) {
                int j = i;
                while (j < body.length && Character.isWhitespace(body[j])) {
                    j++;
                }
                boolean quote = j < body.length && (body[j] == '"' || body[j] == '\u201C' || body[j] == '\u201D'
                        || body[j] == '\u00AB' || body[j] == '\u00BB');
                out.add(new int[] {open, i});
                open = quote ? j + 1 : -1;
                if (quote) {
                    i = j;
                }
                continue;
            }
            if (reversedCloses && c == '\u201C' && open >= 0 && i > open && !Character.isWhitespace(body[i - 1])
                    && (i + 1 == body.length || Character.isWhitespace(body[i + 1]))) {
                out.add(new int[] {open, i});
                open = -1;
            } else if (c == '\u201C' || c == '\u00AB') {
                open = i + 1;
            } else if ((c == '\u201D' || c == '\u00BB' || c == '"') && open >= 0) {
                out.add(new int[] {open, i});
                open = -1;
            } else if (c == '"') {
                open = i + 1;
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, body.length});
        }
        return out;
    }
}
