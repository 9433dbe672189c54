package org.corroborate.scoring.truth;

import java.util.List;

/**
 * A truth-discovery method: estimates, from conflicting observations, the true value of every (object, property)
 * and the trust of every source together.
 *
 * <p>Contract of every implementation: deterministic for a given dataset; each iteration is linear in the number
 * of observations (plus, for methods comparing values, the square of the number of distinct values per item, and
 * for copy detection a capped number of source pairs); every confidence and trust is a finite number in [0, 1]
 * (never NaN); the result says how many iterations were run and whether they converged. Implementations are
 * immutable and thread-safe.
 */
public interface TruthDiscovery {

    /** A short name, e.g. {@code truthfinder}. */
    String name();

    /** Runs the method on {@code data}. */
    Result run(Dataset data);

    /** Runs the method on {@code observations}, indexed in their order. */
    default Result run(List<Observation> observations) {
        return run(Dataset.of(observations));
    }
}
