package org.corroborate.scoring.truth;

import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Values that are lists of items, such as a book's authors: a canonical form in which the order of the items, their
 * case and their spacing do not matter, and the implication between two lists by the items they share.
 *
 * <p>The canonical form of a list is the sorted set of its items, each stripped, with runs of white space made one
 * space and lower-cased ({@link Locale#ROOT}), joined by {@link #JOINER}; empty items are dropped. So
 * {@code "Knuth; Graham;  patashnik"} and {@code "Patashnik;Graham;Knuth"} are one value.
 */
public final class ListValues {

    /** What joins the items of a canonical list. */
    public static final String JOINER = "; ";

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The implication between two canonical lists, as Yin, Han and Yu (2007) define it for author lists: the share of
     * {@code from}'s items also in {@code to}, minus the base similarity 0.5. A partial list thus supports the full
     * list (+0.5), the full list supports a half of it not at all (0), and disjoint lists count against each other
     * (-0.5). Values that are not canonical lists are compared as one-item lists.
     */
    public static final ValueImplication SHARED_ITEMS = (from, to) -> {
        String[] a = from.split(JOINER, -1);
        String[] b = to.split(JOINER, -1);
        int common = 0;
        for (String x : a) { // lists are short: a nested loop beats hashing
            for (String y : b) {
                if (x.equals(y)) {
                    common++;
                    break;
                }
            }
        }
        return (double) common / a.length - 0.5;
    };

    private ListValues() {
    }

    /**
     * The canonical form of {@code value}, a list whose items are separated by {@code separator} (taken literally).
     *
     * @throws IllegalArgumentException if the separator is empty
     */
    public static String canonical(String value, String separator) {
        if (separator.isEmpty()) {
            throw new IllegalArgumentException("the list separator must not be empty");
        }
        TreeSet<String> items = new TreeSet<>();
        for (String item : value.split(Pattern.quote(separator), -1)) {
            String s = SPACES.matcher(item.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
            if (!s.isEmpty()) {
                items.add(s);
            }
        }
        return String.join(JOINER, items);
    }
}
