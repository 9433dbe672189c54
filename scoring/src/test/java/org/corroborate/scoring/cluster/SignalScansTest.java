package org.corroborate.scoring.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.corroborate.core.Quantities;
import org.corroborate.core.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The scans of a claim's content that read its chars from an array ({@link ContentSignals#of}, {@link Terms#of},
 * {@link CountryForms#find}) against copies of the earlier scans that read the string, on random contents: the
 * same signals.
 */
class SignalScansTest {

    /** Words and marks of contents: countries in several forms, names, months, years, events, numbers, quotes. */
    private static final String[] PIECES = {"North", "Korea", "Korean", "South", "north", "korea", "U.S.", "U.K.",
        "United", "States", "Canadian", "Israeli-Canadian", "T\u00FCrkiye", "Turkey", "turkey", "\u0130stanbul",
        "Kursk", "Kobani", "Kobane", "Tanori", "February", "mid-February", "May", "may", "2025", "1999", "3000",
        "10,000", "12 000", "1.5", "million", "more", "than", "troops", "soldiers", "sent", "re-deployed",
        "cardiac", "arrest", "House", "Arrest", "killed", "beheaded", "captured", "withdrew", "fighting", "not",
        "didn't", "never", "no", "The", "the", "Monday", "monday", "said", "It", "He", "and", ",", ".", "!", "?", ":",
        ";", "\"", "\u201C", "\u201D", "'", "\u2019", "-", "\u00A0", " ", " ", " ", "  ", "\n", "A", "e.g.", "x-ray",
        "\u03A3\u039F\u03A3", "Stra\u00DFe", "\u212Aelvin", "9/11", "%", "$5bn", "about", "some"};

    private static String randomContent(Random r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(16);
        for (int k = 0; k < n; k++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(4) != 0) {
                b.append(' ');
            }
        }
        return b.toString().strip();
    }

    @Test
    void signalsAreThoseOfTheEarlierScans() {
        Random r = new Random(17);
        for (int n = 0; n < 5_000; n++) {
            String text = randomContent(r);
            if (text.isEmpty()) {
                continue;
            }
            List<String> countries = r.nextBoolean() ? List.of() : List.of("RU");
            assertEquals(earlierSignals(text, countries), ContentSignals.of(text, countries), text);
        }
    }

    @Test
    void termsAreThoseOfTheEarlierScan() {
        Random r = new Random(19);
        for (int n = 0; n < 5_000; n++) {
            String text = randomContent(r);
            assertEquals(earlierTerms(text), Terms.of(text, List.of()), text);
        }
    }

    @Test
    void aFormsKeyIsItsWordsJoined() {
        Random r = new Random(23);
        String[] parts = {"North", "KOREA", "u.s.", "T\u00FCrkiye", "\u0130", "\u03A3\u039F\u03A3", "\u212A", "a", "S"};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder(parts[r.nextInt(parts.length)]);
            for (int k = r.nextInt(4); k > 0; k--) {
                for (int s = 1 + r.nextInt(3); s > 0; s--) {
                    b.append(r.nextBoolean() ? ' ' : '\u00A0');
                }
                b.append(parts[r.nextInt(parts.length)]);
            }
            String form = b.toString();
            assertEquals(String.join(" ", CountryForms.words(form)), CountryForms.key(form.toCharArray(), 0,
                    form.length()), form);
        }
    }

    /** {@link Terms#of} as it read the string, char by char. */
    private static List<String> earlierTerms(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || (text.charAt(j) == '-'
                    || text.charAt(j) == ',' || text.charAt(j) == '.') && j + 1 < n
                    && Character.isLetterOrDigit(text.charAt(j + 1)) && (text.charAt(j) == '-'
                    || Character.isDigit(text.charAt(j - 1))))) {
                j++;
            }
            String w = text.substring(i, j).toLowerCase(Locale.ROOT);
            i = j;
            if (Character.isDigit(w.charAt(0))) {
                out.add(w.replace(",", ""));
            } else if (w.length() >= 2 && !Terms.isStopWord(w)) {
                out.add(Terms.normalise(w));
            }
        }
        return out;
    }

    /** {@link ContentSignals#of} as it read the string: a masked copy, lists of flags by word. */
    private static ContentSignals earlierSignals(String text, List<String> countries) {
        List<Quantity> quantities = Quantities.find(text);
        StringBuilder masked = new StringBuilder(text);
        List<String> unitTokens = new ArrayList<>();
        for (Quantity q : quantities) {
            for (int i = q.span().start(); i < q.span().end(); i++) {
                masked.setCharAt(i, ' ');
            }
            unitTokens.add("#" + ContentSignals.unitKey(q));
        }
        List<CountryForms.Mention> named = CountryForms.find(text);
        Set<String> allCountries = new LinkedHashSet<>(countries);
        boolean[] inCountry = new boolean[text.length()];
        for (CountryForms.Mention m : named) {
            allCountries.add(m.code());
            for (int i = m.start(); i < m.end(); i++) {
                inCountry[i] = true;
            }
        }
        List<String> terms = new ArrayList<>(earlierTerms(masked.toString()));
        terms.addAll(unitTokens);
        for (String cc : allCountries) {
            terms.add("@" + cc);
        }
        List<String> words = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        List<Boolean> sentenceStart = new ArrayList<>();
        List<Boolean> country = new ArrayList<>();
        int n = text.length();
        boolean atStart = true;
        for (int i = 0; i < n; ) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-' && j + 1 < n
                    && Character.isLetter(text.charAt(j + 1)))) {
                j++;
            }
            words.add(text.substring(i, j));
            capital.add(Character.isUpperCase(text.charAt(i)));
            sentenceStart.add(atStart);
            country.add(inCountry[i]);
            atStart = false;
            i = j;
            int k = j;
            while (k < n && (text.charAt(k) == '"' || text.charAt(k) == '\u201D' || text.charAt(k) == '\'')) {
                k++;
            }
            if (k < n && (text.charAt(k) == '.' || text.charAt(k) == '!' || text.charAt(k) == '?'
                    || text.charAt(k) == ':')) {
                atStart = true;
            }
        }
        // from here on the method reads words and flags only: the same code as before, given these lists
        boolean[] cap = new boolean[words.size()];
        boolean[] start = new boolean[words.size()];
        boolean[] inC = new boolean[words.size()];
        for (int w = 0; w < words.size(); w++) {
            cap[w] = capital.get(w);
            start[w] = sentenceStart.get(w);
            inC[w] = country.get(w);
        }
        return ContentSignals.fromWords(text, quantities, named, allCountries, terms, words, cap, start, inC);
    }
}
