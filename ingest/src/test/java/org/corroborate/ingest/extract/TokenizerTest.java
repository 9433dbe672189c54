package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void theCharTablesAgreeWithCharacterForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (Character.isLetterOrDigit(c) != Tokenizer.isLetterOrDigit(c)) {
                assertEquals(Character.isLetterOrDigit(c), Tokenizer.isLetterOrDigit(c), "U+" + Integer.toHexString(i));
            }
        }
    }

    @Test
    void lowerIsTheLocaleRootLowerCaseWithStraightApostrophes() {
        for (String s : List.of("said", "Said", "SEOUL", "Seoul\u2019s", "d\u2019Ivoire", "\u00C9lys\u00E9e", "\u0130zmir",
                "1,000", "U.S.", "\u201C", "-")) {
            assertEquals(s.toLowerCase(Locale.ROOT).replace('\u2019', '\''), Token.lower(s), s);
        }
    }

    @Test
    void aRangeTokenizesAsTheSameTextAlone() {
        String text = "\u201CWe are ready,\u201D Seoul\u2019s spy agency told AFP on Thursday about the U.S. plan.";
        List<Token> whole = Tokenizer.tokenize(text, 0, text.length());
        List<Token> range = Tokenizer.tokenize(text, text.toCharArray(), 0, 0, text.length());
        assertEquals(whole, range);
        assertEquals("seoul", whole.get(6).lower());
        assertEquals("'s", whole.get(7).lower());
        assertEquals("U.S.", whole.get(16).text());
        int from = text.indexOf("Seoul");
        assertEquals(Tokenizer.tokenize(text, from, text.length() - 1),
                Tokenizer.tokenize(text, text.toCharArray(), 0, from, text.length() - 1));
    }

    /** Pieces of random texts: words, joiners, possessives, curly apostrophes, non-ASCII letters, spaces, marks. */
    private static final String[] PIECES = {"said", "Seoul", "U", "S", "e", "g", "10", "000", "3", "AFP", "s", "S",
        "-", ".", ",", "'", "\u2019", "&", "'s", "\u2019s", "'S", " ", " ", "  ", "\n", "\t", "\u00A0", "\u2014",
        "\u201C", "\u201D", "\"", "(", ")", ":", "\u00C9lys\u00E9e", "\u0130zmir", "\u041C\u043E\u0441\u043A\u0432\u0430",
        "\u212A", "\u00E9", "x", "Z", "9", ".", ".", "\u2009", "\u3000", "\u0663"};

    @Test
    void theScanFindsTheTokensOfTheEarlierTokenizer() {
        Random r = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int pieces = r.nextInt(14);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            char[] cs = text.toCharArray();
            int from = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
            int to = from + (text.length() == from ? 0 : r.nextInt(text.length() - from + 1));
            List<Token> expected = earlierTokenize(text, cs, from, to);
            List<Token> got = Tokenizer.tokenize(text, cs, 0, from, to, new ArrayList<>(List.of(Token.in(
                    "x", new char[] {'x'}, 0, 0, 1))));
            assertEquals(expected, got, text);
            for (int k = 0; k < got.size(); k++) {
                assertEquals(expected.get(k).isAscii(), got.get(k).isAscii(), text);
                assertEquals(expected.get(k).lowerHash(), got.get(k).lowerHash(), text);
                if (got.get(k).isAscii()) {
                    assertEquals(got.get(k).lower().hashCode(), got.get(k).lowerHash(), text);
                }
            }
            List<String> words = new ArrayList<>();
            for (Token t : earlierTokenize(text, cs, 0, cs.length)) {
                if (t.isWord()) {
                    words.add(t.text());
                }
            }
            assertEquals(words, Tokenizer.words(text), text);
            assertEquals(words.contains("said"), Tokenizer.anyWord(text, (c, s, e) -> new String(c, s, e - s)
                    .equals("said")), text);
        }
    }

    /** The tokenizer before {@link Tokenizer.Scan}, kept to pin it: each token made by {@link Token#in}. */
    private static List<Token> earlierTokenize(String text, char[] cs, int from, int to) {
        List<Token> out = new ArrayList<>();
        int lastEnd = -1;
        int i = from;
        while (i < to) {
            char c = cs[i];
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = cs[j];
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '-' || d == '.' || d == ',' || d == '\'' || d == '\u2019' || d == '&')
                            && j + 1 < to && Character.isLetterOrDigit(cs[j + 1])
                            && (d != ',' || Character.isDigit(cs[j - 1]) && Character.isDigit(cs[j + 1]))
                            && (d != '.' || Character.isDigit(cs[j - 1]) || j - i == 1 || j >= 2 && cs[j - 2] == '.')) {
                        if ((d == '\'' || d == '\u2019') && j + 2 <= to && (cs[j + 1] == 's' || cs[j + 1] == 'S')
                                && (j + 2 == to || !Character.isLetterOrDigit(cs[j + 2]))) {
                            break;
                        }
                        j++;
                    } else {
                        break;
                    }
                }
                if (j < to && cs[j] == '.' && j - i >= 3 && cs[j - 2] == '.') {
                    j++;
                }
                out.add(Token.in(text, cs, 0, i, j));
                lastEnd = j;
                i = j;
                continue;
            }
            if ((c == '\'' || c == '\u2019') && i + 1 < to && (cs[i + 1] == 's' || cs[i + 1] == 'S')
                    && (i + 2 == to || !Character.isLetterOrDigit(cs[i + 2])) && lastEnd == i) {
                out.add(Token.in(text, cs, 0, i, i + 2));
                lastEnd = i + 2;
                i += 2;
                continue;
            }
            out.add(Token.in(text, cs, 0, i, i + 1));
            lastEnd = i + 1;
            i++;
        }
        return out;
    }
}
