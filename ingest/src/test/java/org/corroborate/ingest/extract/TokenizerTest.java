package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
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
}
