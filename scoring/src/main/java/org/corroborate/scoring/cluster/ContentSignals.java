package org.corroborate.scoring.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.core.Quantities;
import org.corroborate.core.Quantity;

/**
 * What claim matching compares in a claim's content besides its words: the countries and names it mentions, the
 * years and months it dates itself by, the events it reports (its verbs, folded: {@code sent}, {@code dispatched},
 * {@code re-deployed} → {@code deploy}) and its quantities. Also its terms for similarity, with each quantity
 * replaced by a token of its unit ({@code #soldier}), so {@code 10,000 soldiers} and {@code 12,000 troops} weigh
 * alike.
 *
 * @param terms      content terms ({@link Terms}) with quantities folded to unit tokens, in text order
 * @param countries  ISO codes of the countries named (as found by the extractor)
 * @param names      capitalised words other than the first of a title-case text, lower-case and stemmed; empty
 *                   for a title-case text (a headline), where capitals tell nothing
 * @param years      four-digit years named
 * @param months     month names named, lower-case, full form
 * @param events     folded verbs: past forms and gerunds ({@code -ed}, {@code -ing}), common irregular past forms
 *                   and the event words {@link Terms} folds ({@code deploy}, {@code kill}, {@code capture},
 *                   {@code withdraw}, {@code fight})
 * @param quantities the quantities stated, in text order
 */
record ContentSignals(List<String> terms, Set<String> countries, Set<String> names, Set<String> years,
                      Set<String> months, Set<String> events, List<Quantity> quantities) {

    private static final Set<String> EVENT_WORDS = Set.of("deploy", "kill", "capture", "withdraw", "fight");
    private static final Set<String> IRREGULAR_PAST = Set.of("sent", "fought", "won", "lost", "shot", "hit", "held",
            "seen", "made", "taken", "given", "struck", "stolen", "built", "sold", "bought", "met", "fled", "began",
            "begun", "broke", "broken", "fell", "fallen", "led", "left", "froze", "frozen", "wrote", "written",
            "spent", "paid", "caught", "ran", "died", "dead");
    /** Words ending like a past form or a gerund that report no event of their own. */
    private static final Set<String> NOT_EVENTS = Set.of("according", "including", "following", "during",
            "regarding", "concerning", "morning", "evening", "something", "nothing", "anything", "everything",
            "thing", "king", "ring", "spring", "string", "alleged", "reported", "united", "armed", "based",
            "related", "named", "unnamed", "detailed", "limited", "advanced", "supposed", "so-called", "called",
            "interested", "concerned", "involved", "expected", "red", "bed", "need", "feed", "seed", "speed",
            "shed", "hundred", "wed", "bring", "sing", "wing", "ceiling", "sibling", "darling", "ongoing", "going",
            "being", "having", "doing", "saying");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    ContentSignals {
        terms = List.copyOf(terms);
        countries = Collections.unmodifiableSet(new LinkedHashSet<>(countries));
        names = Collections.unmodifiableSet(new LinkedHashSet<>(names));
        years = Collections.unmodifiableSet(new LinkedHashSet<>(years));
        months = Collections.unmodifiableSet(new LinkedHashSet<>(months));
        events = Collections.unmodifiableSet(new LinkedHashSet<>(events));
        quantities = List.copyOf(quantities);
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
        int n = text.length();
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
            i = j;
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
            if (w.matches("(?:19|20)\\d\\d")) {
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
            if (!titleCase && capital.get(i) && !WEEKDAYS.contains(lower) && !Terms.isStopWord(lower)
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

    /** The unit a quantity counts, folded like terms; {@code +} marks an increment, {@code n} a bare number. */
    static String unitKey(Quantity q) {
        String unit = q.unit().isEmpty() ? "n" : Terms.normalise(q.unit());
        return (q.increment() ? "+" : "") + unit;
    }

    /** The folded event a lower-case word reports, or empty. */
    static String event(String lower) {
        if (NOT_EVENTS.contains(lower)) {
            return "";
        }
        String folded = Terms.normalise(lower);
        if (EVENT_WORDS.contains(folded)) {
            return folded;
        }
        if (IRREGULAR_PAST.contains(lower)) {
            return lower;
        }
        String w = lower.startsWith("re-") ? lower.substring(3) : lower;
        int dash = w.lastIndexOf('-');
        if (dash >= 0) {
            return ""; // North Korean-led, Seoul-based: compounds, not verbs
        }
        String stem;
        if (w.length() > 4 && w.endsWith("ed")) {
            stem = w.substring(0, w.length() - 2);
        } else if (w.length() > 5 && w.endsWith("ing")) {
            stem = w.substring(0, w.length() - 3);
        } else {
            return "";
        }
        if (stem.endsWith("i")) {
            stem = stem.substring(0, stem.length() - 1) + "y"; // carried, carrying: carry
        }
        if (stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && "aeiouls".indexOf(stem.charAt(stem.length() - 1)) < 0) {
            stem = stem.substring(0, stem.length() - 1); // stopped: stop
        }
        if (stem.endsWith("e")) {
            stem = stem.substring(0, stem.length() - 1); // fired, firing: fir
        }
        return stem;
    }

    /**
     * True when two contents can state the same claim: neither names a country the other lacks while the other
     * also names one it lacks; their names, when both have some and their countries do not already agree, share
     * one; their years and their months, when both give some, share one; their events, when both report some,
     * share one. Quantities never disagree here: different values of one quantity are rival values of one claim.
     * Symmetric.
     */
    static boolean agree(ContentSignals a, ContentSignals b) {
        if (!a.countries.containsAll(b.countries) && !b.countries.containsAll(a.countries)) {
            return false;
        }
        boolean sameCountries = !a.countries.isEmpty() && a.countries.equals(b.countries);
        if (!sameCountries && disjoint(a.names, b.names)) {
            return false;
        }
        return !disjoint(a.years, b.years) && !disjoint(a.months, b.months) && !disjoint(a.events, b.events);
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
