package org.corroborate.scoring.cluster;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corroborate.core.Quantity;

/**
 * What a claim is about as a whole, for the merging of claims ({@link ClaimMatcher}): the names, capitalised words
 * and units of quantities that at least half of its statements state. A claim of thousands of statements has
 * central statements that name little ({@code Russia has lost soldiers}); what most of its statements name
 * ({@code near Kortelan}) tells what it is about, so two claims merged by such statements must still be about the
 * same things.
 *
 * @param names    names ({@link ContentSignals#names}) stated by at least half of the statements
 * @param capitals other capitalised words ({@link ContentSignals#capitals}) stated by at least half of them
 * @param units    units of quantities ({@link ContentSignals#unitKey}) stated by at least half of them; a number
 *                 with no unit ({@code the Orvia 6}, a model number or a rank) counts nothing and is left out
 */
record ClaimCore(Set<String> names, Set<String> capitals, Set<String> units) {

    /** The core of nothing: agrees with every core. */
    static final ClaimCore NONE = new ClaimCore(Set.of(), Set.of(), Set.of());

    ClaimCore {
        names = Set.copyOf(names);
        capitals = Set.copyOf(capitals);
        units = Set.copyOf(units);
    }

    /**
     * Counts the signals of a claim's statements, one {@link #add} per statement, and gives the core ({@link #core}).
     * Signals shared by several statements (one vector's) may be added with their count at once.
     */
    static final class Counter {
        private final Map<String, Integer> names = new HashMap<>();
        private final Map<String, Integer> capitals = new HashMap<>();
        private final Map<String, Integer> units = new HashMap<>();
        private int statements;

        /** Counts {@code times} statements whose content has signals {@code sig}. */
        Counter add(ContentSignals sig, int times) {
            if (times <= 0) {
                return this;
            }
            statements += times;
            for (String n : sig.names()) {
                names.merge(n, times, Integer::sum);
            }
            for (String n : sig.capitals()) {
                capitals.merge(n, times, Integer::sum);
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Quantity q : sig.quantities()) {
                String unit = ContentSignals.unitKey(q);
                if (!q.unit().isEmpty() && seen.add(unit)) {
                    units.merge(unit, times, Integer::sum);
                }
            }
            return this;
        }

        /** True when no statement was counted. */
        boolean isEmpty() {
            return statements == 0;
        }

        /** What at least half of the statements counted state; {@link #NONE} when none was counted. */
        ClaimCore core() {
            if (statements == 0) {
                return NONE;
            }
            return new ClaimCore(half(names), half(capitals), half(units));
        }

        private Set<String> half(Map<String, Integer> counts) {
            Set<String> out = new LinkedHashSet<>();
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (2L * e.getValue() >= statements) {
                    out.add(e.getKey());
                }
            }
            return out;
        }
    }

    /** The core of the statements whose contents have signals {@code sigs}, one per statement. */
    static ClaimCore of(List<ContentSignals> sigs) {
        Counter c = new Counter();
        for (ContentSignals s : sigs) {
            c.add(s, 1);
        }
        return c.core();
    }

    /**
     * True when two claims with these cores can be one claim: when both state quantities, they share a unit
     * ({@code 2,774 drones} and {@code 2,887 containers} are two claims; {@code 10,000} and {@code 12,000}
     * soldiers are rival values of one); and when both have names, each name of either is one of the other's names
     * or capitalised words, written the same or one a prefix of the other ({@link ContentSignals#sameNameExactly}:
     * never one letter apart, which two generated towns may well be). Symmetric.
     */
    static boolean agree(ClaimCore a, ClaimCore b) {
        if (!a.units.isEmpty() && !b.units.isEmpty() && java.util.Collections.disjoint(a.units, b.units)) {
            return false;
        }
        if (a.names.isEmpty() || b.names.isEmpty()) {
            return true;
        }
        return allMet(a.names, b) && allMet(b.names, a);
    }

    private static boolean allMet(Set<String> names, ClaimCore other) {
        for (String x : names) {
            boolean met = false;
            for (String y : other.names) {
                met |= ContentSignals.sameNameExactly(x, y);
            }
            for (String y : other.capitals) {
                met |= ContentSignals.sameNameExactly(x, y);
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }
}
