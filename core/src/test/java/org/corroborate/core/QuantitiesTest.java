package org.corroborate.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

    private static Quantity one(String text) {
        List<Quantity> qs = Quantities.find(text);
        assertEquals(1, qs.size(), () -> "expected one quantity in '" + text + "', got " + qs);
        return qs.get(0);
    }

    /** text | canonical key | text of the quantity as written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "more than 10,000 soldiers were sent | >=10000 soldier | more than 10,000",
        "10,000 soldiers | =10000 soldier | 10,000",
        "10 000 soldiers | =10000 soldier | 10 000",
        "10\u00A0000 soldiers | =10000 soldier | 10\u00A0000",
        "ten thousand soldiers | =10000 soldier | ten thousand",
        "twenty-five people died | =25 person | twenty-five",
        "two hundred and fifty thousand people | =250000 person | two hundred and fifty thousand",
        "a dozen eggs | =12 egg | a dozen",
        "a hundred troops | =100 troop | a hundred",
        "12k followers | =12000 follower | 12k",
        "1.5 million barrels | =1500000 barrel | 1.5 million",
        "1.5m barrels | =1500000 barrel | 1.5m",
        "$3bn in aid | =3000000000 usd | $3bn",
        "about 3,000 additional troops | ~3000 +troop | about 3,000",
        "some 500 more soldiers | ~500 +soldier | some 500",
        "around 40 casualties | ~40 casualty | around 40",
        "nearly 1,000 houses | ~1000 house | nearly 1,000",
        "an estimated 4,000 North Korean soldiers | ~4000 soldier | an estimated 4,000",
        "at least 12 people | >=12 person | at least 12",
        "over 300 vehicles | >=300 vehicle | over 300",
        "10,000+ protesters | >=10000 protester | 10,000+",
        "up to 20 boats | <=20 boat | up to 20",
        "fewer than 50 children | <=50 child | fewer than 50",
        "as many as 7 ships | <=7 ship | as many as 7",
        "no more than 3 tanks | <=3 tank | no more than 3",
        "10,000 to 12,000 troops | =10000-12000 troop | 10,000 to 12,000",
        "10-12 million people | =10000000-12000000 person | 10-12 million",
        "between 10 and 12 million people | =10000000-12000000 person | between 10 and 12 million",
        "about 10,000-12,000 troops | ~10000-12000 troop | about 10,000-12,000",
        "5% of voters | =5 percent | 5%",
        "5 percent of voters | =5 percent | 5 percent",
        "5.5 per cent of voters | =5.5 percent | 5.5 per cent",
        "more than 40% of voters | >=40 percent | more than 40%",
        "thousands of protesters | >=2000 protester | thousands of",
        "tens of thousands of protesters | >=20000 protester | tens of thousands of",
        "dozens of journalists | >=24 journalist | dozens of",
        "1,500 soldiers | =1500 soldier | 1,500",
        "1500 soldiers | =1500 soldier | 1500",
        "4,000 of the soldiers | =4000 soldier | 4,000",
        "3 boxes | =3 box | 3",
    })
    void normalises(String text, String key, String written) {
        Quantity q = one(text);
        assertEquals(key, q.key());
        assertEquals(written, q.text());
        assertEquals(written, text.substring(q.span().start(), q.span().end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Russia invaded Ukraine in February 2022.",
        "He said 2025 would be the year of victory",
        "on February 27 the agency said",
        "on 27 February the agency said",
        "published at 09:10 on Thursday",
        "the 1st Infantry Division",
        "one of the soldiers said",
        "5G networks",
        "some additional troop deployments appearing to have taken place",
        "between friends",
        "a few soldiers and several tanks",
    })
    void findsNoQuantityIn(String text) {
        assertEquals(List.of(), Quantities.find(text), text);
    }

    @Test
    void findsEveryQuantityInOrder() {
        List<Quantity> qs = Quantities.find(
                "About 4,000 soldiers were killed or wounded, while Ukraine said 1,000 had been killed in 2024.");
        assertEquals(List.of("~4000 soldier", "=1000 "), qs.stream().map(Quantity::key).toList());
    }

    @Test
    void rivalValuesDoNotAgreeButBoundsDo() {
        Quantity more = one("more than 10,000 soldiers");
        Quantity twelve = one("12,000 soldiers");
        Quantity ten = one("10,000 troops");
        Quantity tenSoldiers = one("10,000 soldiers");
        assertTrue(more.agreesWith(twelve));
        assertTrue(twelve.agreesWith(more), "symmetric");
        assertFalse(tenSoldiers.agreesWith(twelve));
        assertFalse(ten.agreesWith(tenSoldiers), "the unit noun is compared as written; synonyms are the caller's");
        assertTrue(one("about 10,000 soldiers").agreesWith(one("11,000 soldiers")));
        assertFalse(one("about 10,000 soldiers").agreesWith(one("12,000 soldiers")));
        assertTrue(one("up to 12,000 soldiers").agreesWith(tenSoldiers));
        assertFalse(one("3,000 additional soldiers").agreesWith(one("3,000 soldiers")), "an increment is another"
                + " quantity");
        assertTrue(one("10,000 to 12,000 soldiers").agreesWith(one("11,500 soldiers")));
    }

    @Test
    void boundsFollowTheQualifier() {
        assertEquals(10000, one("more than 10,000 soldiers").lowerBound());
        assertEquals(Double.POSITIVE_INFINITY, one("more than 10,000 soldiers").upperBound());
        assertEquals(0, one("up to 20 boats").lowerBound());
        assertEquals(20, one("up to 20 boats").upperBound());
        assertEquals(8500, one("about 10,000 boats").lowerBound(), 1e-9);
        assertEquals(11500, one("about 10,000 boats").upperBound(), 1e-9);
    }

    @Test
    void rejectsImpossibleValues() {
        Span s = Span.of(0, 1);
        try {
            new Quantity(s, "x", 5, 4, Quantity.Qualifier.EXACT, "", false);
            throw new AssertionError("accepted low > high");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("'x'"), e.getMessage());
        }
    }

    @Test
    void sameUnderATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals(">=10000 soldier", one("MORE THAN 10,000 soldiers").key());
            assertEquals("=5 percent", one("5 PERCENT").key());
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Words, numbers and marks of quantities and of what is no quantity, for random texts. */
    private static final String[] WORDS = {"more", "than", "no", "fewer", "not", "less", "at", "least", "most", "up",
        "to", "about", "some", "between", "and", "a", "an", "dozen", "hundred", "thousand", "million", "bn", "tens",
        "of", "thousands", "twenty-five", "forty-two", "one", "two", "ten", "three", "soldiers", "Troops", "people",
        "North", "Korean", "per", "cent", "percent", "%", "$", "\u20AC", "\u00A3", "~", "+", "-", "\u2013", ":", "/",
        "February", "27", "10,000", "12 000", "1.5", "12k", "3bn", "2022", "1st", "5G", "09", "10", "9", "3,5",
        "well-known", "re-deploy", "said", "Only", "over", "under", "Some", "\u201C", ",", ".", "In", "1\u202F000",
        "7\u00A0500", "2\u2009000", "additional", "new", "the", "estimated", "Up"};

    @Test
    void passingOverWordsThatStartNoQuantityFindsTheSameQuantities() {
        Random r = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = 1 + r.nextInt(12);
            for (int k = 0; k < words; k++) {
                b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(5) == 0 ? "" : " ");
            }
            String text = b.toString();
            assertEquals(Quantities.find(text, false), Quantities.find(text, true), text);
        }
    }

    @Test
    void digitsAreParsedAsWithoutTheirSeparators() {
        Random r = new Random(5);
        String chars = "0123456789,. \u00A0\u202F\u2009";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder().append((char) ('0' + r.nextInt(10)));
            for (int k = r.nextInt(12); k > 0; k--) {
                b.append(chars.charAt(r.nextInt(chars.length())));
            }
            String digits = b.toString();
            String plain = digits.replaceAll("[, \\u00A0\\u202F\\u2009]", "");
            double expected;
            try {
                expected = Double.parseDouble(plain);
            } catch (NumberFormatException e) {
                continue;
            }
            assertEquals(expected, Quantities.parseDigits(digits), digits);
        }
    }
}
