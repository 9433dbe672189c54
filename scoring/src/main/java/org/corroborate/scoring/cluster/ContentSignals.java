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
 * What claim matching compares in a claim's content besides its words: the countries and names it mentions (a
 * country however it is written, {@link CountryForms}), the years and months it dates itself by, the events it
 * reports (folded into classes: {@code sent}, {@code dispatched}, {@code re-deployed} → {@code deploy}), its
 * quantities and its polarity (whether it states its proposition negated). Also its terms for similarity, with each quantity replaced by a token of its unit
 * ({@code #soldier}), so {@code 10,000 soldiers} and {@code 12,000 troops} weigh alike, and each country named
 * added as a token ({@code @CA} for {@code Canada} and {@code Canadian} alike).
 *
 * @param terms      content terms ({@link Terms}) with quantities folded to unit tokens, in text order
 * @param countries  ISO codes of the countries named (as found by the extractor)
 * @param names      capitalised words that do not start a sentence and are not countries, lower-case and
 *                   stemmed; empty for a title-case text (a headline), where capitals tell nothing
 * @param capitals   the other capitalised words (starting a sentence, or in a title-case text), lower-case and
 *                   stemmed: they may be names, so another content's names are looked up among them as well
 * @param years      four-digit years named
 * @param months     month names named, lower-case, full form
 * @param events     classes of the events reported, from a curated lexicon ({@link #event(String)}), in text
 *                   order (the first is the main event)
 * @param quantities the quantities stated, in text order
 * @param negated    whether the content states its proposition negated ({@link Polarity}): {@code not},
 *                   being a stop word, leaves the terms of {@code North Korea did not send troops} those of
 *                   {@code North Korea sent troops}; the claim it joins counts it as a rival version, against
 *                   the claim, when it is asserted ({@link ClaimMatcher})
 * @param negatedTerms what a negated content negates ({@link Polarity#negatedTerms}: {@code engag},
 *                   {@code fight} for {@code had not been engaged in combat}); empty when it is not negated
 */
record ContentSignals(List<String> terms, Set<String> countries, Set<String> names, Set<String> capitals,
                      Set<String> years, Set<String> months, Set<String> events, List<Quantity> quantities,
                      boolean negated, List<String> negatedTerms) {

    /** Two words that look like an event but are not one ("cardiac arrest" is no capture). */
    private static final Set<String> NOT_EVENTS = Set.of("cardiac arrest", "respiratory arrest", "house arrest");
    /** The second words of {@link #NOT_EVENTS}: only these need the pair of words made to be looked up. */
    private static final Set<String> NOT_EVENT_ENDS = secondWords(NOT_EVENTS);

    private static final Set<String> EVENT_WORDS = Set.of("deploy", "kill", "capture", "withdraw", "fight");
    private static final java.util.Map<String, String> EVENT_CLASSES = classes(
            "kill", "behead beheads beheaded beheading execute executes executed executing execution slain murder"
                    + " murders murdered killing killings martyr martyrs martyred assassinate assassinated"
                    + " assassination massacre massacred slaughter slaughtered",
            "capture", "detain detains detained detention arrest arrests arrested captive captives kidnap kidnaps"
                    + " kidnapped kidnapping abduct abducts abducted abduction hostage hostages",
            "wound", "wound wounds wounded injure injures injured injury injuries",
            "withdraw", "withdrawal withdrawals retreat retreats retreated",
            "deploy", "reinforcement reinforcements",
            "acquire", "buy buys bought buying acquire acquires acquired acquiring acquisition takeover purchase"
                    + " purchases purchased",
            "resign", "resign resigns resigned resigning resignation quit quits",
            "marry", "marry marries married marrying wedding",
            "sue", "sue sues sued suing lawsuit lawsuits");

    private static Set<String> secondWords(Set<String> pairs) {
        Set<String> out = new java.util.HashSet<>();
        for (String p : pairs) {
            out.add(p.substring(p.indexOf(' ') + 1));
        }
        return Set.copyOf(out);
    }

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
        capitals = SmallSet.copyOf(capitals);
        years = SmallSet.copyOf(years);
        months = SmallSet.copyOf(months);
        events = SmallSet.copyOf(events);
        quantities = List.copyOf(quantities);
        negatedTerms = List.copyOf(negatedTerms);
    }

    /**
     * The same signals without their terms, once the vector and band keys are made from them (less memory), with
     * each set replaced by {@code share}'s equal one (same elements in the same order), so statements that name the
     * same things hold one copy.
     */
    ContentSignals withoutTerms(UnaryOperator<Set<String>> share) {
        return new ContentSignals(List.of(), share.apply(countries), share.apply(names), share.apply(capitals),
                share.apply(years), share.apply(months), share.apply(events), quantities, negated, negatedTerms);
    }

    /** The signals of a claim's content {@code text} that names {@code countries}. */
    static ContentSignals of(String text, List<String> countries) {
        List<Quantity> quantities = Quantities.find(text);
        // the content's chars, read by the scans below (no index check per char of a UTF-16 string)
        char[] cs = text.toCharArray();
        char[] masked = cs.clone();
        List<String> unitTokens = new ArrayList<>();
        for (Quantity q : quantities) {
            java.util.Arrays.fill(masked, q.span().start(), q.span().end(), ' ');
            unitTokens.add("#" + unitKey(q));
        }
        // a country is one token however it is written: "Canada", "Canadian", "Canadians" are @CA
        List<CountryForms.Mention> named = CountryForms.find(text, cs);
        Set<String> allCountries = new LinkedHashSet<>(countries);
        boolean[] inCountry = new boolean[text.length()];
        for (CountryForms.Mention m : named) {
            allCountries.add(m.code());
            for (int i = m.start(); i < m.end(); i++) {
                inCountry[i] = true;
            }
        }
        List<String> terms = new ArrayList<>(Terms.of(new String(masked), masked, List.of()));
        terms.addAll(unitTokens);
        for (String cc : allCountries) {
            terms.add("@" + cc);
        }
        List<String> words = new ArrayList<>();
        // by word: capitalised, at a sentence's start, in a country's name (no more words than chars)
        int n = cs.length;
        boolean[] capital = new boolean[n];
        boolean[] sentenceStart = new boolean[n];
        boolean[] country = new boolean[n];
        boolean atStart = true;
        for (int i = 0; i < n; ) {
            if (!Character.isLetterOrDigit(cs[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(cs[j]) || cs[j] == '-' && j + 1 < n
                    && Character.isLetter(cs[j + 1]))) {
                j++;
            }
            int w = words.size();
            words.add(text.substring(i, j)); // a copy of bytes for a Latin-1 text, where chars would be packed
            capital[w] = Character.isUpperCase(cs[i]);
            sentenceStart[w] = atStart; // a capital there says nothing about a name
            country[w] = inCountry[i];
            atStart = false;
            i = j;
            int k = j;
            while (k < n && (cs[k] == '"' || cs[k] == '\u201D' || cs[k] == '\'')) {
                k++;
            }
            if (k < n && (cs[k] == '.' || cs[k] == '!' || cs[k] == '?' || cs[k] == ':')) {
                atStart = true;
            }
        }
        return fromWords(text, quantities, named, allCountries, terms, words, capital, sentenceStart, country);
    }

    /**
     * The signals of {@link #of}'s content {@code text} from what its scans found: its quantities, the countries
     * named and all its countries, its terms, and its words with, by word, whether it is capitalised, starts a
     * sentence and lies in a country's name.
     */
    static ContentSignals fromWords(String text, List<Quantity> quantities, List<CountryForms.Mention> named,
                                   Set<String> allCountries, List<String> terms, List<String> words,
                                   boolean[] capital, boolean[] sentenceStart, boolean[] country) {
        int longWords = 0;
        int capitalised = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).length() > 3 && Character.isLetter(words.get(i).charAt(0))) {
                longWords++;
                if (capital[i]) {
                    capitalised++;
                }
            }
        }
        boolean titleCase = longWords >= 3 && capitalised >= 0.6 * longWords;
        Set<String> names = new LinkedHashSet<>();
        Set<String> capitals = new LinkedHashSet<>();
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
            if (MONTHS.contains(monthPart) && (capital[i] || lower.startsWith("mid-"))) {
                months.add(monthPart);
                continue;
            }
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (capital[i] && !country[i] && !WEEKDAYS.contains(lower) && !Terms.isStopWord(lower)
                    && lower.length() > 1) {
                if (!titleCase && !sentenceStart[i]) {
                    names.add(Terms.normalise(lower));
                } else {
                    capitals.add(Terms.normalise(lower));
                }
            }
            // a word has no space in it: the pair is one of NOT_EVENTS only when this word ends one
            String event = i > 0 && NOT_EVENT_ENDS.contains(lower)
                    && NOT_EVENTS.contains(words.get(i - 1).toLowerCase(Locale.ROOT) + " " + lower)
                    ? "" : event(lower);
            if (!event.isEmpty()) {
                events.add(event);
            }
        }
        capitals.removeAll(names);
        boolean negated = Polarity.negated(text);
        List<String> negatedTerms = List.of();
        if (negated) {
            Set<String> countryWords = new java.util.HashSet<>();
            for (CountryForms.Mention m : named) {
                for (String w : text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) {
                    countryWords.add(w);
                }
            }
            negatedTerms = Polarity.negatedTerms(text, w -> countryWords.contains(w)
                    || w.endsWith("'s") && countryWords.contains(w.substring(0, w.length() - 2)));
        }
        return new ContentSignals(terms, allCountries, names, capitals, years, months, events, quantities,
                negated, negatedTerms);
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
     * {@code withdraw}, {@code fight}, and for general news {@code acquire}, {@code resign}, {@code marry},
     * {@code sue}), or empty. Only this curated lexicon counts: other verbs are too often paraphrased
     * ({@code snapped} a selfie, an {@code unauthorized} selfie) to tell claims apart.
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
     * some, {@linkplain #sameName match} one of the other's names or capitalised words; their years and their
     * months, when both give some, share one; and when both report events, each one's main event (its first) is
     * among the other's ({@code sent ... to fight} and {@code sent} agree, {@code fighting} and
     * {@code sent ... to fight} do not). Quantities never disagree here: different values of one quantity are rival
     * values of one claim. Symmetric.
     */
    static boolean agree(ContentSignals a, ContentSignals b) {
        if (!a.countries.containsAll(b.countries) && !b.countries.containsAll(a.countries)) {
            return false;
        }
        boolean countriesAgree = !a.countries.isEmpty() && !b.countries.isEmpty();
        if (!countriesAgree && !a.names.isEmpty() && !b.names.isEmpty() && !namesMeet(a, b) && !namesMeet(b, a)) {
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

    /**
     * True when two contents that {@link #agree} report one event by the same actors and at least one of them
     * gives its size: the same main event, at least two countries in common (who acts and where: {@code North
     * Korea} sent soldiers to {@code Russia}) with one content's countries among the other's, and a stated
     * quantity, of one unit when both state one ({@code more than 10,000 soldiers were sent to Russia} against
     * {@code North Korea has sent more soldiers to Russia}). Such a content is a version of the same event claim
     * with a figure, which words alone understate: the figure's details ("last year", "to help it fight a shock
     * offensive") make its wording differ. Symmetric.
     */
    static boolean sameEventWithFigure(ContentSignals a, ContentSignals b) {
        if (a.events.isEmpty() || b.events.isEmpty()
                || !a.events.iterator().next().equals(b.events.iterator().next())) {
            return false;
        }
        if (a.quantities.isEmpty() && b.quantities.isEmpty()) {
            return false;
        }
        if (!a.quantities.isEmpty() && !b.quantities.isEmpty()
                && !unitKey(a.quantities.get(0)).equals(unitKey(b.quantities.get(0)))) {
            return false;
        }
        if (!a.countries.containsAll(b.countries) && !b.countries.containsAll(a.countries)) {
            return false;
        }
        int shared = 0;
        for (String c : a.countries) {
            if (b.countries.contains(c)) {
                shared++;
            }
        }
        return shared >= 2;
    }

    /**
     * True when two contents that may be worded far apart are close enough in what they name and report to be one
     * claim as wholes ({@link ClaimMatcher}'s merging of claims): they {@link #agree}, have one polarity, either both
     * report an event or neither does, and, when both have names, each of either's names is one of the other's names
     * or capitalised words ({@code the Osttra corps moving towards Kortelan} and {@code the Osttra brigade moving
     * towards Lorzamir} share a name, not the place), written the same or one a prefix of the other
     * ({@link #sameNameExactly}: {@code Tanori} and {@code Tanora} may be two towns). Symmetric.
     */
    static boolean agreeAsWholes(ContentSignals a, ContentSignals b) {
        if (a.negated != b.negated || a.events.isEmpty() != b.events.isEmpty() || !agree(a, b)) {
            return false;
        }
        return a.names.isEmpty() || b.names.isEmpty() || allNamesMet(a, b) && allNamesMet(b, a);
    }

    /**
     * True when each of {@code a}'s names is one of {@code b}'s names or capitalised words, written the same or one a
     * prefix of the other ({@link #sameNameExactly}).
     */
    private static boolean allNamesMet(ContentSignals a, ContentSignals b) {
        for (String x : a.names) {
            boolean met = false;
            for (String y : b.names) {
                met |= sameNameExactly(x, y);
            }
            for (String y : b.capitals) {
                met |= sameNameExactly(x, y);
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /** True when one of {@code a}'s names is one of {@code b}'s names or capitalised words. */
    private static boolean namesMeet(ContentSignals a, ContentSignals b) {
        for (String x : a.names) {
            for (String y : b.names) {
                if (sameName(x, y)) {
                    return true;
                }
            }
            for (String y : b.capitals) {
                if (sameName(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when two lower-case names may be the same name written differently: equal, one a prefix of the other
     * of at least 4 letters ({@code afghan}/{@code afghani}, {@code kurd}/{@code kurdish}), or, from 5 letters, one
     * letter apart ({@code kobani}/{@code kobane}, a transliteration). Symmetric.
     */
    static boolean sameName(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        int shorter = Math.min(x.length(), y.length());
        if (shorter >= 4 && (x.startsWith(y) || y.startsWith(x))) {
            return true;
        }
        return shorter >= 5 && Math.abs(x.length() - y.length()) <= 1 && oneEditApart(x, y);
    }

    /**
     * True when two lower-case names are one name as claims are merged as wholes: equal, or one a prefix of the
     * other of at least 4 letters ({@code kurd}/{@code kurdish}); never one letter apart as {@link #sameName} allows
     * ({@code tanori}/{@code tanora} may be two towns, and two claims about them two claims). Symmetric.
     */
    static boolean sameNameExactly(String x, String y) {
        return x.equals(y) || Math.min(x.length(), y.length()) >= 4 && (x.startsWith(y) || y.startsWith(x));
    }

    /** True when {@code x} becomes {@code y} by one substitution, insertion or deletion (lengths differ by ≤ 1). */
    private static boolean oneEditApart(String x, String y) {
        if (x.length() > y.length()) {
            String t = x;
            x = y;
            y = t;
        }
        int i = 0;
        while (i < x.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        // the rest after the first difference is the same (compared in place, no substring made)
        if (x.length() == y.length()) {
            return x.regionMatches(i + 1, y, i + 1, x.length() - i - 1);
        }
        return x.regionMatches(i, y, i + 1, x.length() - i);
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
