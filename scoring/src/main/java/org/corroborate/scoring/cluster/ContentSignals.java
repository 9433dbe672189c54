package org.corroborate.scoring.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.corroborate.core.Quantities;
import org.corroborate.core.Quantity;

/**
 * What claim matching compares in a claim's content besides its words: the countries and names it mentions, the
 * years and months it dates itself by, the events it reports (folded into classes: {@code sent},
 * {@code dispatched}, {@code re-deployed} → {@code deploy}) and its quantities. Also its terms for similarity, with each quantity
 * replaced by a token of its unit ({@code #soldier}), so {@code 10,000 soldiers} and {@code 12,000 troops} weigh
 * alike.
 *
 * @param terms      content terms ({@link Terms}) with quantities folded to unit tokens, in text order
 * @param countries  ISO codes of the countries named (as found by the extractor)
 * @param names      capitalised words that do not start a sentence, lower-case and stemmed; empty for a
 *                   title-case text (a headline), where capitals tell nothing
 * @param years      four-digit years named
 * @param months     month names named, lower-case, full form
 * @param events     classes of the events reported, from a curated lexicon ({@link #event(String)})
 * @param quantities the quantities stated, in text order
 */
record ContentSignals(List<String> terms, Set<String> countries, Set<String> names, Set<String> years,
                      Set<String> months, Set<String> events, List<Quantity> quantities) {

    private static final Set<String> EVENT_WORDS = Set.of("deploy", "kill", "capture", "withdraw", "fight");
    private static final java.util.Map<String, String> EVENT_CLASSES = classes(
            "kill", "behead beheads beheaded beheading execute executes executed executing execution slain murder"
                    + " murders murdered killing killings",
            "capture", "detain detains detained detention arrest arrests arrested captive captives",
            "wound", "wound wounds wounded injure injures injured injury injuries",
            "withdraw", "withdrawal withdrawals retreat retreats retreated",
            "deploy", "reinforcement reinforcements");

    private static java.util.Map<String, String> classes(String... pairs) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String w : pairs[i + 1].split(" ")) {
                m.put(w, pairs[i]);
            }
        }
        return java.util.Map.copyOf(m);
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    ContentSignals {
        terms = List.copyOf(terms);
        countries = SmallSet.copyOf(countries);
        names = SmallSet.copyOf(names);
        years = SmallSet.copyOf(years);
        months = SmallSet.copyOf(months);
        events = SmallSet.copyOf(events);
        quantities = List.copyOf(quantities);
    }

    /**
     * The same signals without their terms, once the vector and band keys are made from them (less memory), with
     * each set replaced by {@code share}'s equal one (same elements in the same order), so statements that name the
     * same things hold one copy.
     */
    ContentSignals withoutTerms(UnaryOperator<Set<String>> share) {
        return new ContentSignals(List.of(), share.apply(countries), share.apply(names), share.apply(years),
                share.apply(months), share.apply(events), quantities);
    }

    /** The signals of a claim's content {@code text} that names {@code countries}. */
    static ContentSignals of(String text, List<String> countries) {
        List<Quantity> quantities = Quantities.find(text);
        StringBuilder masked = new StringBuilder(text);
        List<String> unitTokens = new ArrayList<>();
        for (Quantity q : quantities) {
            for (int i = q.span().start(); i < q.span().end(); i++) {
                masked.setCharAt(i, ' ');
            }
            unitTokens.add("#" + unitKey(q));
        }
        List<String> terms = new ArrayList<>(Terms.of(masked.toString(), List.of()));
        terms.addAll(unitTokens);
        for (String cc : countries) {
            terms.add("@" + cc);
        }
        List<String> words = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        List<Boolean> sentenceStart = new ArrayList<>();
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
            sentenceStart.add(atStart); // a capital there says nothing about a name
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
        int longWords = 0;
        int capitalised = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).length() > 3 && Character.isLetter(words.get(i).charAt(0))) {
                longWords++;
                if (capital.get(i)) {
                    capitalised++;
                }
            }
        }
        boolean titleCase = longWords >= 3 && capitalised >= 0.6 * longWords;
        Set<String> names = new LinkedHashSet<>();
        Set<String> years = new LinkedHashSet<>();
        Set<String> months = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            if (isYear(w)) {
                years.add(w);
                continue;
            }
            String monthPart = lower.startsWith("mid-") ? lower.substring(4) : lower;
            if (MONTHS.contains(monthPart) && (capital.get(i) || lower.startsWith("mid-"))) {
                months.add(monthPart);
                continue;
            }
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (!titleCase && capital.get(i) && !sentenceStart.get(i) && !WEEKDAYS.contains(lower) && !Terms.isStopWord(lower)
                    && lower.length() > 1) {
                names.add(Terms.normalise(lower));
            }
            String event = event(lower);
            if (!event.isEmpty()) {
                events.add(event);
            }
        }
        return new ContentSignals(terms, new LinkedHashSet<>(countries), names, years, months, events, quantities);
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
                && Character.isDigit(w.charAt(3));
    }

    /** The unit a quantity counts, folded like terms; {@code +} marks an increment, {@code n} a bare number. */
    static String unitKey(Quantity q) {
        String unit = q.unit().isEmpty() ? "n" : Terms.normalise(q.unit());
        return (q.increment() ? "+" : "") + unit;
    }

    /**
     * The class of event a lower-case word reports ({@code deploy}, {@code kill}, {@code capture}, {@code wound},
     * {@code withdraw}, {@code fight}), or empty. Only this curated lexicon counts: other verbs are too often
     * paraphrased ({@code snapped} a selfie, an {@code unauthorized} selfie) to tell claims apart.
     */
    static String event(String lower) {
        String w = lower.startsWith("re-") ? lower.substring(3) : lower;
        String c = EVENT_CLASSES.get(w);
        if (c != null) {
            return c;
        }
        String folded = Terms.normalise(lower);
        if (EVENT_WORDS.contains(folded)) {
            return folded;
        }
        c = EVENT_CLASSES.get(folded);
        return c == null ? "" : c;
    }

    /**
     * True when two contents can state the same claim: neither names a country the other lacks while the other
     * also names one it lacks; when their countries do not settle it (one names none), their names, when both have
     * some, share one; their years and their months, when both give some, share one; and when both report events,
     * each one's main event (its first) is among the other's ({@code sent ... to fight} and {@code sent} agree,
     * {@code fighting} and {@code sent ... to fight} do not). Quantities never disagree here: different values of
     * one quantity are rival values of one claim. Symmetric.
     */
    static boolean agree(ContentSignals a, ContentSignals b) {
        if (!a.countries.containsAll(b.countries) && !b.countries.containsAll(a.countries)) {
            return false;
        }
        boolean countriesAgree = !a.countries.isEmpty() && !b.countries.isEmpty();
        if (!countriesAgree && disjoint(a.names, b.names)) {
            return false;
        }
        if (disjoint(a.years, b.years) || disjoint(a.months, b.months)) {
            return false;
        }
        if (a.events.isEmpty() || b.events.isEmpty()) {
            return true;
        }
        return b.events.contains(a.events.iterator().next()) && a.events.contains(b.events.iterator().next());
    }

    /** True when both are non-empty and share nothing. */
    private static boolean disjoint(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }
}
