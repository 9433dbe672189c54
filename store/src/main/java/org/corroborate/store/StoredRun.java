package org.corroborate.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.corroborate.core.Diagnostic;

/**
 * One run as stored.
 *
 * @param id            the run's number, increasing
 * @param startedAt     when it ran
 * @param inputs        the inputs as the user named them
 * @param files         inputs opened
 * @param filesFailed   inputs that could not be read
 * @param articlesRead  articles read
 * @param articlesNew   articles stored for the first time by this run
 * @param articlesKnown articles already stored (same id, canonical URL, or outlet and body)
 * @param attributions  attributions stored by this run
 * @param claims        claims assessed
 * @param errors        diagnostics of severity error
 * @param warnings      diagnostics of severity warning
 * @param diagnostics   the diagnostics kept (capped as in the run)
 */
public record StoredRun(long id, OffsetDateTime startedAt, List<String> inputs, long files, long filesFailed,
                        long articlesRead, long articlesNew, long articlesKnown, long attributions, long claims,
                        long errors, long warnings, List<Diagnostic> diagnostics) {

    public StoredRun {
        Objects.requireNonNull(startedAt, "startedAt");
        inputs = List.copyOf(inputs);
        diagnostics = List.copyOf(diagnostics);
    }
}
