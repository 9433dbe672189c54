package org.corroborate.scoring;

import java.util.Objects;
import org.corroborate.core.Interval;
import org.corroborate.core.Source;

/**
 * What the corpus says about one source.
 *
 * @param source      the source
 * @param mentions    attributions that name it (as speaker or origin)
 * @param claims      claims it carries
 * @param reliability posterior mean reliability, in {@code (0, 1)}
 * @param interval    credible interval of the reliability
 * @param letter      Admiralty reliability letter A–F
 * @param resolved    resolved claims in its track record
 */
public record SourceSummary(Source source, int mentions, int claims, double reliability, Interval interval,
                            char letter, int resolved) {

    public SourceSummary {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(interval, "interval");
    }
}
