package org.corroborate.ingest;

import java.util.Objects;
import org.corroborate.core.Diagnostics;

/**
 * What a reader gets besides its input: the options and where to report problems.
 *
 * @param options     reading options and limits
 * @param diagnostics where problems go
 */
public record ReadContext(ReadOptions options, Diagnostics diagnostics) {

    public ReadContext {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }
}
