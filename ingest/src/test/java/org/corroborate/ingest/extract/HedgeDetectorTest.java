package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.corroborate.core.Hedge;
import org.corroborate.core.Span;
import org.junit.jupiter.api.Test;

/**
 * {@link HedgeDetector}'s trigger words looked up in one scan per article ({@link HedgeDetector.Triggers}) give the
 * hedges the earlier scan of each scope gave: compared with a copy of that earlier detector ({@link Reference}) on
 * overlapping scopes, mixed case, curly quotes, U+0130 (whose lower case is two chars) and U+212A (whose lower case
 * is {@code k}).
 */
class HedgeDetectorTest {

    private final HedgeDetector detector = new HedgeDetector();

    private static final String[] WORDS = {
        "what", "he", "she", "officials", "Smith", "said", "says", "claimed", "described as", "were", "was", "to be",
        "could", "can", "has", "not", "be", "been", "independently", "verified", "confirmed", "verify", "confirm",
        "un", "unverified", "unconfirmed", "Reportedly", "reportedly", "allegedly", "purportedly", "apparently",
        "appearing", "appears", "seem", "seemed", "to", "is", "are", "still", "being", "assessed", "investigated",
        "unclear", "unknown", "it", "this", "remains", "yet", "not clear", "believed", "thought", "understood",
        "possibly", "possible", "perhaps", "probably", "likely", "LIKELY", "li\u212Aely", "may", "might", "have",
        "rumoured", "rumors", "so-called", "according", "reports", "estimated", "estimates", "roughly",
        "approximately", "about", "around", "some", "ABOUT", "12", "3.5", "\u201CWe", "are\u201D", "\"", ",", ".",
        "\u0130stanbul", "appear\u0130", "\u0130", "\u03A3", "\u00C9tienne", "n't", "\n\n", "\u2014"};

    @Test
    void sameHedgesAsTheScanPerScopeOnOverlappingScopes() {
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            StringBuilder b = new StringBuilder();
            int n = 5 + random.nextInt(120);
            for (int w = 0; w < n; w++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(9) == 0 ? "" : " ");
            }
            String text = b.toString();
            int[] scopes = new int[2 * (1 + random.nextInt(6))];
            for (int s = 0; s < scopes.length; s += 2) {
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                scopes[s] = from;
                scopes[s + 1] = to;
            }
            assertSame(text, scopes);
        }
    }

    @Test
    void tricky() {
        String a = "What he said were \u201Cdefensive\u201D moves could not be independently verified, "
                + "officials said, and some 4,000 troops were reportedly \"possibly\" there.";
        assertSame(a, new int[] {0, a.length(), 5, 60, 0, 40, 30, 90, 61, a.length()});
        String b = "\u0130t was still unclear. Reportedly about 3 \u0130 more li\u212Aely seemed to be there.";
        assertSame(b, new int[] {0, b.length(), 0, 10, 3, 30, 26, b.length(), 10, 11});
        String c = "They may have. It is not clear. So-called rumours.";
        assertSame(c, new int[] {0, 14, 4, 8, 15, 31, 14, c.length(), 0, 0});
    }

    @Test
    void findsTheHedgesOfAScope() {
        String text = "The troops were reportedly moved, he said, but that could not be independently verified.";
        List<Hedge> hedges = detector.find(text, 0, text.length());
        assertEquals(List.of("reportedly", "could not be independently verified"),
                hedges.stream().map(Hedge::text).toList());
        HedgeDetector.Triggers triggers = new HedgeDetector.Triggers(text, new int[] {0, 30, 20, text.length()});
        assertEquals(List.of("could not be independently verified"),
                detector.find(triggers, 40, text.length()).stream().map(Hedge::text).toList());
    }

    private void assertSame(String text, int[] scopes) {
        HedgeDetector.Triggers triggers = new HedgeDetector.Triggers(text, scopes);
        HedgeDetector.Triggers ofChars = new HedgeDetector.Triggers(text, text.toCharArray(), scopes);
        for (int s = 0; s < scopes.length; s += 2) {
            List<Hedge> expected = Reference.find(text, scopes[s], scopes[s + 1]);
            assertEquals(expected, detector.find(triggers, scopes[s], scopes[s + 1]), text);
            assertEquals(expected, detector.find(ofChars, scopes[s], scopes[s + 1]), text);
            assertEquals(expected, detector.find(text, scopes[s], scopes[s + 1]), text);
        }
    }

    /** The detector before the triggers were looked up once per article (one scan per scope). */
    private static final class Reference {
        // the rules and their trigger words are the detector's own (HedgeDetector.RULES ...); only the scan differs
        private static final List<HedgeDetector.Rule> RULES = HedgeDetector.RULES;
        private static final char[][] TRIGGERS = HedgeDetector.TRIGGERS;
        private static final int[] TRIGGER_RULE = HedgeDetector.TRIGGER_RULE;
        private static final int[][] TRIGGERS_BY_FIRST = HedgeDetector.TRIGGERS_BY_FIRST;
        private static final int WINDOW = 120;

        /** Hedges in {@code text[from, to)}, in text order, none overlapping. */
        static List<Hedge> find(String text, int from, int to) {
            List<Hedge> out = new ArrayList<>();
            // The regexes dominated extraction time. A rule runs only near one of its words (each match contains one),
            // in windows wider than any match; where lower-casing changed the length, over the whole range. One pass
            // over the lower-cased text finds every occurrence of every rule's words.
            String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
            boolean aligned = lower.length() == to - from;
            char[] lc = lower.toCharArray();
            List<List<int[]>> windowsByRule = null;
            for (int p = 0; p + 1 < lc.length; p++) {
                char c = lc[p];
                char d = lc[p + 1];
                int[] candidates = c < 0x80 && d < 0x80 ? TRIGGERS_BY_FIRST[c * 0x80 + d] : null;
                if (candidates == null) {
                    continue;
                }
                for (int k : candidates) {
                    if (!startsWith(lc, p, TRIGGERS[k])) {
                        continue;
                    }
                    if (windowsByRule == null) {
                        windowsByRule = new ArrayList<>(java.util.Collections.nCopies(RULES.size(), null));
                    }
                    int r = TRIGGER_RULE[k];
                    List<int[]> windows = windowsByRule.get(r);
                    if (windows == null) {
                        windows = new ArrayList<>();
                        windowsByRule.set(r, windows);
                    }
                    windows.add(aligned ? new int[] {Math.max(from, from + p - WINDOW),
                        Math.min(to, from + p + TRIGGERS[k].length + WINDOW)} : new int[] {from, to});
                }
            }
            if (windowsByRule == null) {
                return out;
            }
            for (int ri = 0; ri < RULES.size(); ri++) {
                HedgeDetector.Rule r = RULES.get(ri);
                List<int[]> windows = windowsByRule.get(ri);
                if (windows == null) {
                    continue;
                }
                if (r.pattern().pattern().endsWith("(?=\\d)") && !hasDigit(lower)) {
                    continue; // "about", "some" only hedge a number
                }
                windows.sort((x, y) -> Integer.compare(x[0], y[0]));
                Matcher m = r.pattern().matcher(text).useTransparentBounds(true);
                int i = 0;
                while (i < windows.size()) {
                    int ws = windows.get(i)[0];
                    int we = windows.get(i)[1];
                    while (++i < windows.size() && windows.get(i)[0] <= we) {
                        we = Math.max(we, windows.get(i)[1]);
                    }
                    m.region(ws, we);
                    while (m.find()) {
                        add(out, Span.of(m.start(), m.end()), m.group(), r.strength());
                    }
                }
            }
            out.sort((a, b) -> a.span().compareTo(b.span()));
            return out;
        }

        private static boolean startsWith(char[] text, int at, char[] word) {
            if (at + word.length > text.length) {
                return false;
            }
            for (int i = 0; i < word.length; i++) {
                if (text[at + i] != word[i]) {
                    return false;
                }
            }
            return true;
        }

        private static void add(List<Hedge> out, Span s, String text, double strength) {
            for (Hedge h : out) {
                if (h.span().overlaps(s)) {
                    return;
                }
            }
            out.add(new Hedge(s, text.strip(), strength));
        }

        private static boolean hasDigit(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    return true;
                }
            }
            return false;
        }
    }
}
