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

    /** The source's reliability estimate. */
    public BetaEstimate of(Source s) {
        double[] ab = config.prior(s.kind());
        TrackRecords.Counts c = records.of(s.id());
        return new BetaEstimate(ab[0], ab[1], 0).plus(c.confirmed(), c.refuted());
    }

    /** The Admiralty letter of a source. */
    public char letter(Source s) {
        return of(s).letter(s.kind() != SourceKind.UNKNOWN);
    }

    public TrackRecords records() {
        return records;
    }
}
