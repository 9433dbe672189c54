package org.corroborate.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where a claim stands, in the order a report lists them. The status and the grade's credibility are decided
 * together: a claim is {@link #CORROBORATED} exactly when its credibility is 1, confirmed by other independent
 * sources (or 2 only because its rival values disagree), so a report never calls a claim corroborated that its
 * grade calls only possibly true.
 */
public enum ClaimStatus {
    /** At least one independent origin denies it. */
    DISPUTED("disputed"),
    /**
     * Confirmed by independent origins: backed by two or more, denied by none, at least one of them named, and
     * together strong enough that the claim is probably true at the confirmation level (credibility 1).
     */
    CORROBORATED("corroborated"),
    /**
     * Backed by two or more independent origins and denied by none, but not confirmed: together they leave the
     * claim's probability below the confirmation level (two fairly reliable origins, hedged reports, or unnamed
     * sources only), so its credibility is 2 to 6, never 1.
     */
    BACKED_NOT_CONFIRMED("backed by independent origins, not confirmed"),
    /** Backed by one origin; parties to it have been asked or are said not to confirm. */
    NOT_CONFIRMED_BY_PARTIES("not confirmed by involved parties"),
    /** Backed by one origin only, however many outlets repeat it. */
    SINGLE_SOURCE("single source"),
    /** Carried only by silence or unclear stances: nobody asserts it. */
    UNSUPPORTED("unsupported");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The label of a claim with {@code origins} independent supporting origins: the {@link #label()}, with the
     * number for {@link #BACKED_NOT_CONFIRMED} ({@code backed by 2 independent origins, not confirmed}).
     */
    public String label(int origins) {
        if (origins < 0) {
            throw new IllegalArgumentException("origins must be >= 0, got " + origins);
        }
        return this == BACKED_NOT_CONFIRMED ? "backed by " + origins + " independent origins, not confirmed" : label;
    }

    /**
     * How many of {@code statuses} stand at each status, in report order, statuses with none left out, separated
     * by semicolons since labels contain commas: {@code 1 corroborated; 2 backed by independent origins, not
     * confirmed; 8 single source}. Empty when there are none.
     */
    public static String tally(Iterable<ClaimStatus> statuses) {
        Map<ClaimStatus, Integer> by = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus s : statuses) {
            by.merge(s, 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        by.forEach((s, n) -> parts.add(n + " " + s.label()));
        return String.join("; ", parts);
    }
}
