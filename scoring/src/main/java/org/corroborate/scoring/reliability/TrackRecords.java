package org.corroborate.scoring.reliability;

import java.util.Map;
import java.util.TreeMap;

/**
 * Resolved claims per source or outlet key: how many of the claims it backed were confirmed and how many refuted
 * (by reviewers' verdicts or later evidence). Immutable.
 */
public final class TrackRecords {

    /** Counts of one key. */
    public record Counts(int confirmed, int refuted) {
        public Counts {
            if (confirmed < 0 || refuted < 0) {
                throw new IllegalArgumentException("counts must be >= 0, got " + confirmed + "/" + refuted);
            }
        }
    }

    private static final TrackRecords EMPTY = new TrackRecords(Map.of());

    private final Map<String, Counts> byKey;

    private TrackRecords(Map<String, Counts> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static TrackRecords empty() {
        return EMPTY;
    }

    public static TrackRecords of(Map<String, Counts> counts) {
        return new TrackRecords(counts);
    }

    public Counts of(String key) {
        return byKey.getOrDefault(key, new Counts(0, 0));
    }

    /** A copy with one more resolved claim for {@code key}. */
    public TrackRecords with(String key, boolean confirmed) {
        Map<String, Counts> m = new TreeMap<>(byKey);
        Counts c = of(key);
        m.put(key, confirmed ? new Counts(c.confirmed() + 1, c.refuted()) : new Counts(c.confirmed(),
                c.refuted() + 1));
        return new TrackRecords(m);
    }

    public Map<String, Counts> asMap() {
        return new TreeMap<>(byKey);
    }
}
