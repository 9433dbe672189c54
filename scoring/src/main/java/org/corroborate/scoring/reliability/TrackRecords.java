package org.corroborate.scoring.reliability;

import java.util.Map;
import java.util.TreeMap;

/**
 * Resolved claims per source or outlet key: how often the positions it took on claims later resolved (by reviewers'
 * verdicts or later evidence) were right and how often wrong, the successes and failures of its Beta-Binomial
 * {@link TrackRecord}. A source that changed its position on a claim (denied it, then confirmed it) took two
 * positions, and each counts once: the one its change superseded as well, so a source that was wrong before it
 * was right has one failure and one success on that claim (the store's review state builds the counts this way and
 * says why). Immutable.
 */
public final class TrackRecords {

    /**
     * Counts of one key.
     *
     * @param confirmed positions that turned out right (it backed a claim later confirmed, or opposed one later
     *                  refuted), >= 0
     * @param refuted   positions that turned out wrong, >= 0
     */
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
