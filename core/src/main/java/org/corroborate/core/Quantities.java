package org.corroborate.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds and normalises the quantities stated in an English text: digits with thousands separators
 * ({@code 10,000}, {@code 10 000}), decimals with a scale ({@code 1.5 million}, {@code 12k}, {@code $3bn}), number
 * words ({@code ten thousand}, {@code twenty-five}, {@code a dozen}), vague plurals ({@code thousands of} is at
 * least 2,000), ranges ({@code 10,000 to 12,000}, {@code between 10 and 12 million}, {@code 10-12}), percentages
 * ({@code 5%}, {@code 5 per cent}), and the qualifiers that bound them ({@code more than}, {@code about},
 * {@code some}, {@code up to}, {@code at least}).
 *
 * <p>What is deliberately not a quantity: years ({@code in 2022}: a plain four-digit number from 1000 to 2100 with
 * no qualifier and no counted noun after it), days next to a month name ({@code February 27}), clock times,
 * ordinals ({@code 1st}), and a lone {@code one} (too often a pronoun: {@code one of them}). Pure and thread-safe.
 */
public final class Quantities {

    private static final String SYMBOLS = "%$\u20AC\u00A3~+-\u2013\u2014:/";

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);
    private static final Map<String, Double> SUFFIXES = Map.of("k", 1e3, "m", 1e6, "mn", 1e6, "mln", 1e6,
            "bn", 1e9, "b", 1e9, "tn", 1e12);
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Map<String, Double> VAGUE = Map.of("dozens", 24.0, "scores", 40.0, "hundreds", 200.0,
            "thousands", 2000.0, "millions", 2e6, "billions", 2e9, "tens", 20.0);
    private static final Map<String, String> CURRENCIES = Map.of("$", "usd", "\u20AC", "eur", "\u00A3", "gbp");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** Qualifier phrases, longest first within each starting word. */
    private static final List<Object[]> QUALIFIERS = List.of(
            q(Quantity.Qualifier.AT_LEAST, "no fewer than"), q(Quantity.Qualifier.AT_LEAST, "no less than"),
            q(Quantity.Qualifier.AT_LEAST, "not less than"), q(Quantity.Qualifier.AT_LEAST, "in excess of"),
            q(Quantity.Qualifier.AT_LEAST, "a minimum of"), q(Quantity.Qualifier.AT_LEAST, "just over"),
            q(Quantity.Qualifier.AT_LEAST, "well over"), q(Quantity.Qualifier.AT_LEAST, "more than"),
            q(Quantity.Qualifier.AT_LEAST, "greater than"), q(Quantity.Qualifier.AT_LEAST, "at least"),
            q(Quantity.Qualifier.AT_LEAST, "upwards of"), q(Quantity.Qualifier.AT_LEAST, "over"),
            q(Quantity.Qualifier.AT_LEAST, "above"),
            q(Quantity.Qualifier.AT_MOST, "no more than"), q(Quantity.Qualifier.AT_MOST, "not more than"),
            q(Quantity.Qualifier.AT_MOST, "a maximum of"), q(Quantity.Qualifier.AT_MOST, "just under"),
            q(Quantity.Qualifier.AT_MOST, "as many as"), q(Quantity.Qualifier.AT_MOST, "at the most"),
            q(Quantity.Qualifier.AT_MOST, "up to"), q(Quantity.Qualifier.AT_MOST, "at most"),
            q(Quantity.Qualifier.AT_MOST, "fewer than"), q(Quantity.Qualifier.AT_MOST, "less than"),
            q(Quantity.Qualifier.AT_MOST, "under"), q(Quantity.Qualifier.AT_MOST, "below"),
            q(Quantity.Qualifier.ABOUT, "an estimated"), q(Quantity.Qualifier.ABOUT, "close to"),
            q(Quantity.Qualifier.ABOUT, "more or less"), q(Quantity.Qualifier.ABOUT, "about"),
            q(Quantity.Qualifier.ABOUT, "around"), q(Quantity.Qualifier.ABOUT, "some"),
            q(Quantity.Qualifier.ABOUT, "roughly"), q(Quantity.Qualifier.ABOUT, "approximately"),
            q(Quantity.Qualifier.ABOUT, "approx"), q(Quantity.Qualifier.ABOUT, "nearly"),
            q(Quantity.Qualifier.ABOUT, "almost"), q(Quantity.Qualifier.ABOUT, "estimated"),
            q(Quantity.Qualifier.ABOUT, "circa"), q(Quantity.Qualifier.ABOUT, "~"),
            q(Quantity.Qualifier.EXACT, "between"));

    /** {@link #QUALIFIERS} by their first word, each list in the order of {@link #QUALIFIERS} (longest first). */
    private static final Map<String, List<Object[]>> QUALIFIERS_BY_FIRST = byFirstWord();

    /** Words between a number and its counted noun that do not name the unit. */
    private static final Set<String> MODIFIERS = Set.of("additional", "more", "extra", "further", "fresh", "new",
            "other", "fellow", "total", "odd", "of", "the", "their", "its", "his", "her", "our", "those", "these");
    private static final Set<String> INCREMENTS = Set.of("additional", "more", "extra", "further", "fresh", "new");
    /** Words after a number that show no counted noun follows. */
    private static final Set<String> FUNCTION = Set.of("a", "an", "and", "or", "but", "in", "on", "at", "to", "by",
            "for", "with", "from", "into", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "will", "would", "could", "should", "may", "might", "must", "can", "that", "which", "who", "when",
            "where", "while", "than", "then", "so", "if", "after", "before", "since", "until", "during", "per", "each",
            "it", "they", "he", "she", "we", "you", "i", "this", "not", "no", "said", "says", "say", "told");
    private static final Map<String, String> IRREGULAR = Map.of("people", "person", "men", "man", "women", "woman",
            "children", "child", "feet", "foot", "teeth", "tooth", "mice", "mouse", "police", "police",
            "series", "series", "news", "news");

    private Quantities() {
    }

    private static Map<String, List<Object[]>> byFirstWord() {
        Map<String, List<Object[]>> m = new java.util.HashMap<>();
        for (Object[] q : QUALIFIERS) {
            m.computeIfAbsent(((String[]) q[1])[0], k -> new ArrayList<>()).add(q);
        }
        Map<String, List<Object[]>> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    private static Object[] q(Quantity.Qualifier qualifier, String phrase) {
        return new Object[] {qualifier, phrase.split(" ")};
    }

    private record Token(int start, int end, String text, String lower, Kind kind, String suffix) {
    }

    private enum Kind { NUMBER, WORD, SYMBOL }

    /** A parsed number phrase: its value, scale applied, and the index after its last token. */
    private record Num(double value, boolean scaled, boolean vague, boolean plainYear, int next) {
    }

    /**
     * The lower-case words a quantity can start with: a qualifier's first word, a vague plural, a number word and
     * {@code a} ({@code a dozen}). At any other word without a hyphen {@link #parseAt} finds nothing.
     */
    private static final Set<String> STARTERS = starters();

    private static Set<String> starters() {
        Set<String> s = new java.util.HashSet<>(QUALIFIERS_BY_FIRST.keySet());
        s.addAll(VAGUE.keySet());
        s.addAll(SMALL.keySet());
        s.add("a");
        return Set.copyOf(s);
    }

    /** The quantities of {@code text}, in text order; never null, empty when there are none. */
    public static List<Quantity> find(String text) {
        return find(text, true);
    }

    /**
     * {@link #find(String)}; with {@code skipWords}, a word that starts no quantity ({@link #STARTERS}) is passed
     * over without {@link #parseAt} (the same quantities: a test compares both ways).
     */
    static List<Quantity> find(String text, boolean skipWords) {
        List<Token> tokens = tokenize(text);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (skipWords && t.kind() == Kind.WORD && !STARTERS.contains(t.lower()) && t.lower().indexOf('-') < 0) {
                i++;
                continue;
            }
            int consumed = parseAt(text, tokens, i, out);
            i = consumed > i ? consumed : i + 1;
        }
        return List.copyOf(out);
    }

    /**
     * Numbers (with thousands groups of exactly three digits after a comma or a space, a decimal part and letters
     * stuck to them, {@code 12k}), words (with apostrophes and inner hyphens) and the symbols quantities use. A
     * hand-written scanner, linear in the text: no regular expression to backtrack.
     */
    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        char[] cs = text.toCharArray(); // read char by char below: no index check per char of a UTF-16 string
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (isDigit(c)) {
                char prev = i > 0 ? cs[i - 1] : ' ';
                if (isDigit(prev) || prev == '.' || prev == ',') {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && isDigit(cs[j])) {
                    j++;
                }
                if (j - i <= 3) {
                    while (j + 4 <= n && isGroupSeparator(cs[j]) && isDigit(cs[j + 1])
                            && isDigit(cs[j + 2]) && isDigit(cs[j + 3])
                            && (j + 4 == n || !isDigit(cs[j + 4]))) {
                        j += 4;
                    }
                }
                if (j + 1 < n && cs[j] == '.' && isDigit(cs[j + 1])) {
                    j++;
                    while (j < n && isDigit(cs[j])) {
                        j++;
                    }
                }
                String num = text.substring(i, j);
                int k = j;
                while (k < n && Character.isLetter(cs[k])) {
                    k++;
                }
                tokens.add(new Token(i, k, text.substring(i, k), num, Kind.NUMBER,
                        text.substring(j, k).toLowerCase(Locale.ROOT)));
                i = k;
            } else if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = cs[j];
                    if (Character.isLetter(d) || d == '\'' || d == '\u2019') {
                        j++;
                    } else if (d == '-' && j + 1 < n && Character.isLetter(cs[j + 1])) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                String w = text.substring(i, j);
                tokens.add(new Token(i, j, w, w.toLowerCase(Locale.ROOT), Kind.WORD, ""));
                i = j;
            } else {
                if (SYMBOLS.indexOf(c) >= 0) {
                    String sym = String.valueOf(c);
                    tokens.add(new Token(i, i + 1, sym, sym, Kind.SYMBOL, ""));
                }
                i++;
            }
        }
        return tokens;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** Parses a quantity starting at token {@code i}; returns the index after it, or {@code i} when there is none. */
    private static int parseAt(String text, List<Token> tokens, int i, List<Quantity> out) {
        Quantity.Qualifier qualifier = Quantity.Qualifier.EXACT;
        boolean between = false;
        int j = i;
        for (Object[] q : QUALIFIERS_BY_FIRST.getOrDefault(tokens.get(i).lower(), List.of())) {
            String[] words = (String[]) q[1];
            if (matches(tokens, i, words)) {
                qualifier = (Quantity.Qualifier) q[0];
                between = words[0].equals("between");
                j = i + words.length;
                break;
            }
        }
        boolean qualified = j > i;
        String currency = "";
        if (j < tokens.size() && CURRENCIES.containsKey(tokens.get(j).text())) {
            currency = CURRENCIES.get(tokens.get(j).text());
            j++;
        }
        Num first = number(text, tokens, j);
        if (first == null) {
            return i;
        }
        double low = first.value();
        double high = low;
        int k = first.next();
        boolean vague = first.vague();
        boolean year = first.plainYear() && !qualified && currency.isEmpty();
        // a range: 10-12, 10 to 12, between 10 and 12
        if (!vague && k + 1 < tokens.size() && isRangeWord(tokens.get(k), between)) {
            Num second = number(text, tokens, k + 1);
            if (second != null && !second.vague()) {
                double firstValue = low;
                if (second.scaled() && !first.scaled()) {
                    double scale = scaleOf(tokens, k + 1, second);
                    if (firstValue * scale <= second.value()) {
                        firstValue *= scale;
                    }
                }
                if (second.value() >= firstValue) {
                    low = firstValue;
                    high = second.value();
                    k = second.next();
                    year = year && second.plainYear();
                } else if (between) {
                    return i;
                }
            }
        } else if (between) {
            return i; // "between 10" without its other end is no quantity of ours
        }
        String unit = currency;
        if (k < tokens.size() && tokens.get(k).text().equals("%")) {
            unit = "percent";
            k++;
        } else if (k < tokens.size() && tokens.get(k).lower().equals("percent")) {
            unit = "percent";
            k++;
        } else if (k + 1 < tokens.size() && tokens.get(k).lower().equals("per") && tokens.get(k + 1).lower()
                .equals("cent")) {
            unit = "percent";
            k += 2;
        }
        if (qualifier == Quantity.Qualifier.EXACT && !between && k < tokens.size() && tokens.get(k).text()
                .equals("+") && tokens.get(k).start() == tokens.get(k - 1).end()) {
            qualifier = Quantity.Qualifier.AT_LEAST;
            k++;
        }
        if (vague) {
            qualifier = Quantity.Qualifier.AT_LEAST;
        }
        boolean increment = false;
        if (unit.isEmpty()) {
            int u = k;
            for (int steps = 0; u < tokens.size() && steps < 4; u++, steps++) {
                Token t = tokens.get(u);
                if (t.kind() != Kind.WORD) {
                    break;
                }
                if (MODIFIERS.contains(t.lower())) {
                    increment |= INCREMENTS.contains(t.lower());
                    continue;
                }
                if (Character.isUpperCase(t.text().charAt(0)) && !MONTHS.contains(t.lower())) {
                    continue; // North Korean soldiers: a name qualifies the noun
                }
                if (!FUNCTION.contains(t.lower()) && !MONTHS.contains(t.lower())) {
                    unit = singular(t.lower());
                }
                break;
            }
        }
        if (year && unit.isEmpty()) {
            return first.next(); // a year, not a quantity
        }
        int start = tokens.get(i).start();
        int end = tokens.get(k - 1).end();
        out.add(new Quantity(Span.of(start, end), text.substring(start, end), low, high, qualifier, unit,
                increment));
        return k;
    }

    private static boolean matches(List<Token> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            if (!tokens.get(i + w).lower().equals(words[w])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRangeWord(Token t, boolean between) {
        String s = t.lower();
        return s.equals("-") || s.equals("\u2013") || s.equals("to") || between && s.equals("and");
    }

    private static double scaleOf(List<Token> tokens, int j, Num n) {
        Token t = tokens.get(j);
        double base = t.kind() == Kind.NUMBER ? parseDigits(t.lower()) : 0;
        if (t.kind() == Kind.NUMBER && base > 0) {
            return n.value() / base;
        }
        return 1;
    }

    /** A number phrase at token {@code j}, or null. */
    private static Num number(String text, List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.kind() == Kind.NUMBER) {
            if (ORDINAL_SUFFIXES.contains(t.suffix())) {
                return null;
            }
            if (!t.suffix().isEmpty() && !SUFFIXES.containsKey(t.suffix())) {
                return null; // 5G, F16, 3D: names, not quantities
            }
            // clock times (09:10) and dates (27/02/2025, February 27)
            if (j + 1 < tokens.size() && (tokens.get(j + 1).text().equals(":") || tokens.get(j + 1).text()
                    .equals("/")) && tokens.get(j + 1).start() == t.end()) {
                return null;
            }
            if (j > 0 && (tokens.get(j - 1).text().equals(":") || tokens.get(j - 1).text().equals("/"))
                    && tokens.get(j - 1).end() == t.start()) {
                return null;
            }
            double v = parseDigits(t.lower());
            if (v <= 31 && v == Math.rint(v) && (j > 0 && MONTHS.contains(stripDot(tokens.get(j - 1).lower()))
                    || j + 1 < tokens.size() && MONTHS.contains(tokens.get(j + 1).lower()))) {
                return null;
            }
            boolean scaled = false;
            if (!t.suffix().isEmpty()) {
                v *= SUFFIXES.get(t.suffix());
                scaled = true;
            }
            int k = j + 1;
            while (k < tokens.size() && SCALES.containsKey(tokens.get(k).lower())) {
                v *= SCALES.get(tokens.get(k).lower());
                scaled = true;
                k++;
            }
            boolean plainYear = !scaled && t.lower().length() == 4 && t.lower().chars().allMatch(ch -> ch >= '0' && ch <= '9') && v >= 1000 && v <= 2100;
            return new Num(v, scaled, false, plainYear, k);
        }
        if (t.kind() != Kind.WORD) {
            return null;
        }
        // vague plurals: thousands of, tens of thousands of
        Double vague = VAGUE.get(t.lower());
        if (vague != null) {
            int k = j + 1;
            double v = vague;
            if (k + 1 < tokens.size() && tokens.get(k).lower().equals("of") && VAGUE.containsKey(tokens.get(k + 1)
                    .lower()) && !tokens.get(k + 1).lower().equals("tens")) {
                v = vague * VAGUE.get(tokens.get(k + 1).lower()) / 2; // tens of thousands: 20,000
                k += 2;
            }
            if (k < tokens.size() && tokens.get(k).lower().equals("of")) {
                return new Num(v, true, true, false, k + 1);
            }
            return null;
        }
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean scaled = false;
        int words = 0;
        int k = j;
        while (k < tokens.size()) {
            String w = tokens.get(k).lower();
            if (tokens.get(k).kind() != Kind.WORD) {
                break;
            }
            if (w.equals("a") && !any && k + 1 < tokens.size() && (SCALES.containsKey(tokens.get(k + 1).lower())
                    || tokens.get(k + 1).lower().equals("dozen"))) {
                current = 1;
                any = true;
                k++;
                continue;
            }
            Integer small = smallValue(w);
            if (small != null) {
                current += small;
                any = true;
                words++;
                k++;
                continue;
            }
            if (w.equals("dozen") && any) {
                current = Math.max(current, 1) * 12;
                words++;
                k++;
                continue;
            }
            if (w.equals("hundred") && any) {
                current = Math.max(current, 1) * 100;
                scaled = true;
                words++;
                k++;
                continue;
            }
            Double scale = SCALES.get(w);
            if (scale != null && any) {
                total += Math.max(current, 1) * scale;
                current = 0;
                scaled = true;
                words++;
                k++;
                continue;
            }
            if (w.equals("and") && any && k + 1 < tokens.size() && smallValue(tokens.get(k + 1).lower()) != null) {
                k++;
                continue;
            }
            break;
        }
        if (!any || words == 0) {
            return null;
        }
        if (words == 1 && tokens.get(j).lower().equals("one")) {
            return null; // "one of them", "one official": too ambiguous to count
        }
        return new Num(total + current, scaled, false, false, k);
    }

    private static Integer smallValue(String w) {
        Integer v = SMALL.get(w);
        if (v != null) {
            return v;
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Integer tens = SMALL.get(w.substring(0, dash));
            Integer ones = SMALL.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return tens + ones;
            }
        }
        return null;
    }

    /** The number {@code digits} states, its group separators ({@link #isGroupSeparator}) left out. */
    static double parseDigits(String digits) {
        StringBuilder b = null;
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (isGroupSeparator(c)) {
                if (b == null) {
                    b = new StringBuilder(digits.length()).append(digits, 0, k);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return Double.parseDouble(b == null ? digits : b.toString());
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The singular of a lower-case English plural noun (a light rule set; unknown words are kept as they are). */
    static String singular(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
