package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tests a token answers from its chars in place ({@link Token#is}, {@link Token#lowerIn},
 * {@link Token#lowerEndsWith}, {@link RuleBasedExtractor#startsRule}) against the same tests of its lower-cased
 * string, as they were written before tokens made their strings lazily.
 */
class TokenTest {

    /** Words of the rules in all cases, words near them, and chars whose lower case is not plain ASCII lowering. */
    private static final String[] WORDS = {"said", "Said", "SAID", "says", "told", "Told", "according", "According",
        "to", "in", "In", "on", "ON", "not", "Not", "n't", "don't", "Don't", "DON'T", "don\u2019t", "isn\u2019t",
        "can't", "cannot", "neither", "Neither", "nor", "claimed", "CLAIMED", "claim", "claims", "interview",
        "Interview", "INTERVIEW", "with", "saying", "sai", "saidd", "the", "The", "a", "A", "I", "\u0130n",
        "\u0130nterview", "\u212Aeep", "keep", "Keep", "s\u00e4id", "\u00e9lys\u00e9e", "\u00c9lys\u00e9e", "Seoul",
        "Seoul's", "Seoul\u2019s", "U.S.", "e.g.", "1,000", "3.5", "well-known", "AT&T", "\u201C", "\u201D", "\"",
        "\u00AB", "\u00BB", ",", ".", "-", "'s", "'", "\u2019", "(", "Reuters", "reportedly", "only", "ly", "ing",
        "Publicly", "announcing", "\u041c\u043e\u0441\u043a\u0432\u0430", "x", "X", "Z", "[", "@", "`", "{"};

    private static String randomText(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 1 + r.nextInt(14); i > 0; i--) {
            b.append(WORDS[r.nextInt(WORDS.length)]);
            int gap = r.nextInt(6);
            b.append(gap == 0 ? "" : gap == 1 ? "\n" : gap == 2 ? "  " : " ");
        }
        return b.toString();
    }

    @Test
    void inPlaceTestsAnswerAsTheLowerCaseString() {
        Random r = new Random(23);
        List<String> probes = new ArrayList<>(List.of(WORDS));
        for (String w : WORDS) {
            probes.add(Token.lower(w));
        }
        WordSet set = WordSet.of("said", "told", "don't", "n't", "in", "i", "interview", "keep", "\u00e9lys\u00e9e",
                "seoul's", "u.s.", ",", "\u201C", "x");
        String[] suffixes = {"n't", "ly", "ing", "s", "'s", ""};
        int tokens = 0;
        int ruleStarts = 0;
        for (int k = 0; k < 3_000; k++) {
            String text = randomText(r);
            // tokenized as a range of a longer text, and alone
            String around = "Ab " + text + " cD";
            int from = 3 + r.nextInt(Math.max(1, Math.min(3, text.length())));
            int to = Math.max(from, 3 + text.length() - r.nextInt(3));
            for (List<Token> toks : List.of(Tokenizer.tokenize(text, 0, text.length()),
                    Tokenizer.tokenize(around, around.toCharArray(), 0, from, to))) {
                for (Token t : toks) {
                    tokens++;
                    String lower = Token.lower(t.text());
                    // a fresh token of the same chars answers each test before its strings are made
                    for (String p : probes) {
                        assertEquals(lower.equals(p), fresh(t).is(p), t + " is " + p);
                    }
                    for (String s : suffixes) {
                        assertEquals(lower.endsWith(s), fresh(t).lowerEndsWith(s), t + " ends with " + s);
                    }
                    assertEquals(set.contains(lower), fresh(t).lowerIn(set), t.text());
                    assertEquals(set.contains(lower), fresh(t).lowerIn(new java.util.HashSet<>(set)), t.text());
                    boolean starts = RuleBasedExtractor.RULE_STARTS.contains(lower);
                    assertEquals(starts, RuleBasedExtractor.startsRule(fresh(t)), t.text());
                    ruleStarts += starts ? 1 : 0;
                    Token f = fresh(t);
                    assertEquals(lower, f.lower());
                    assertEquals(t.text().equals(","), f.isComma());
                    assertEquals(t.text().length() == 1 && "\"\u201C\u201D\u00AB\u00BB".indexOf(t.text().charAt(0)) >= 0,
                            f.isQuote());
                    assertEquals(Character.isLetterOrDigit(t.text().charAt(0)), f.isWord());
                    assertEquals(Character.isUpperCase(t.text().charAt(0)), f.isCapitalized());
                    // and after its strings are made, the same
                    assertEquals(lower.equals("said"), f.is("said"));
                    assertEquals(set.contains(lower), f.lowerIn(set));
                }
            }
        }
        assertTrue(tokens > 40_000 && ruleStarts > 2_000, tokens + " tokens, " + ruleStarts + " rule starts");
    }

    /** A token of {@code t}'s chars whose strings are not made yet. */
    private static Token fresh(Token t) {
        String text = t.text();
        return Token.in(text, text.toCharArray(), 0, 0, text.length());
    }

    @Test
    void theTextIsTheCoveredTextOfTheSource() {
        String text = "\u201CWe\u2019re READY,\u201D Seoul\u2019s spy agency told AFP.";
        char[] cs = text.toCharArray();
        for (Token t : Tokenizer.tokenize(text, cs, 0, 0, text.length())) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
            assertEquals(t.end() - t.start(), t.length());
        }
        assertEquals("we're", Tokenizer.tokenize(text, 0, text.length()).get(1).lower());
    }
}
