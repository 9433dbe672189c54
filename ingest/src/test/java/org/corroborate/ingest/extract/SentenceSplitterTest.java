package org.corroborate.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return new SentenceSplitter().split(text).stream().map(s -> s.in(text)).toList();
    }

    @Test
    void abbreviationsInitialsAndQuotes() {
        assertEquals(List.of("Mr. Kim met Gen. Park in the U.S. capital on Jan. 5.",
                        "\"It is over,\" he said.", "John F. Kennedy agreed!"),
                split("Mr. Kim met Gen. Park in the U.S. capital on Jan. 5. \"It is over,\" he said. John F. Kennedy"
                        + " agreed!"));
    }

    @Test
    void blankLinesEndHeadlinesAndDatelines() {
        assertEquals(List.of("- 'BRUTAL' FIGHTING -", "Seoul said so.", "A headline without a stop",
                        "Body."),
                split("- 'BRUTAL' FIGHTING -\n\nSeoul said so.\n\n\nA headline without a stop\n\n  Body.  "));
    }

    @Test
    void lowerCaseAfterAPeriodDoesNotSplitAndNumbersStayWhole() {
        assertEquals(List.of("It grew 3.5 percent, e.g. in Kursk.", "Then it fell."),
                split("It grew 3.5 percent, e.g. in Kursk. Then it fell."));
    }

    @Test
    void abbreviationsFoundWithoutStringsAsWithThem() {
        String[] words = {"Mr", "MR", "mR", "Mrs", "Gen", "U.S", "u.s", "e.g", "E.G", "i.e", "a.m", "P.M", "approx",
            "Approx", "Approxi", "Sept", "THURS", "Thursday", "etc", "vs", "v", "V", "No", "NO", "al", ".a", "..", ".U.S",
            "U.S.A", "U.S.A.B", "A", "a", "\u0130nc", "\u212Ao", "Dr\u00E9", "\u00C9st", "Sen", "senator", "x", "co",
            "Co", "Corp", "corps", "Blvd", "Ave", "Rd", "Ft", "ca", "cf", "d.c", "D.C", "fig", "Fig", "said", "it",
            "Smith", "F", "f", "Bros", "jr", "Jr", "JR"};
        Random random = new Random(11);
        List<String> tried = new ArrayList<>(List.of(words));
        for (int n = 0; n < 3000; n++) {
            tried.add(words[random.nextInt(words.length)]
                    + (random.nextBoolean() ? "" : words[random.nextInt(words.length)]));
        }
        for (String w : tried) {
            for (String before : List.of("", " ", "3", "(")) {
                char[] text = (before + w + ". Next").toCharArray();
                int dot = before.length() + w.length();
                assertEquals(referenceIsAbbreviation(text, dot), SentenceSplitter.isAbbreviation(text, dot),
                        before + w);
            }
        }
    }

    @Test
    void nestedAndCurlyQuotesAbbreviationsAndBlankLines() {
        assertEquals(List.of("\u201CHe said \u2018go.\u2019\u201D", "Then Dr. Lee left at 5 p.m. Monday.",
                        "\u00ABNon.\u00BB", "(Yes.)", "Ms. \u0130nce and Approx. 3 others?!", "\u201CNo.\u201D"),
                split("\u201CHe said \u2018go.\u2019\u201D Then Dr. Lee left at 5 p.m. Monday. \u00ABNon.\u00BB (Yes.) "
                        + "Ms. \u0130nce and Approx. 3 others?! \u201CNo.\u201D"));
        assertEquals(List.of("It was the U.S. He left.", "\"We won.\"", "- He said.", "e.g. this"),
                split("It was the U.S. He left.\n \n\"We won.\" - He said.\t\r\n\ne.g. this"));
    }

    /** {@code isAbbreviation} as it was, with a string per word. */
    private static boolean referenceIsAbbreviation(char[] text, int dot) {
        int j = dot;
        while (j > 0 && (Character.isLetter(text[j - 1]) || text[j - 1] == '.')) {
            j--;
        }
        String word = new String(text, j, dot - j);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') > 0 && word.length() <= 5) {
            return true;
        }
        return SentenceSplitter.ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
