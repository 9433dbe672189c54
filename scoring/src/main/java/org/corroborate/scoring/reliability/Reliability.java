package org.corroborate.scoring.reliability;

import java.util.Objects;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.scoring.ScoringConfig;

/**
 * The reliability of sources: the configured Beta prior of the source's kind, updated by its track record.
 * Pure and thread-safe.
 */
public final class Reliability {

    private final ScoringConfig config;
    private final TrackRecords records;

    public Reliability(ScoringConfig config, TrackRecords records) {
        this.config = Objects.requireNonNull(config, "config");
        this.records = Objects.requireNonNull(records, "records");
    }

    /** The source's track record: the Beta prior of its kind and its resolved claims. */
    public TrackRecord of(Source s) {
        double[] ab = config.prior(s.kind());
        TrackRecords.Counts c = records.of(s.id());
        return new TrackRecord(new BetaPrior(ab[0], ab[1]), c.confirmed(), c.refuted());
    }

    /**
     * The Admiralty source-reliability letter: A completely reliable (mean at least 0.9 over at least ten resolved
     * claims), B usually reliable (0.75), C fairly reliable (0.6), D not usually reliable (0.45), E unreliable
     * (below), F cannot be judged (an unknown kind of source with fewer than three resolved claims).
     */
    public char letter(Source s) {
        TrackRecord r = of(s);
        if (s.kind() == SourceKind.UNKNOWN && r.trials() < 3) {
            return 'F';
        }
        double m = r.posteriorMean();
        if (m >= 0.9 && r.trials() >= 10) {
            return 'A';
        }
        if (m >= 0.75) {
            return 'B';
        }
        if (m >= 0.6) {
            return 'C';
        }
        if (m >= 0.45) {
            return 'D';
        }
        return 'E';
    }

    public TrackRecords records() {
        return records;
    }
}
