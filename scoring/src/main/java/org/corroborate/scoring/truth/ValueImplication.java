package org.corroborate.scoring.truth;

/**
 * How much a source's claiming one value of an item supports (positive) or contradicts (negative) another value of
 * the same item: TruthFinder's {@code imp(f1 -> f2)} and AccuSim's similarity.
 *
 * <p>Contract: {@link #implication} is only asked about two different values of the same item; it returns a finite
 * number in [-1, 1]; it need not be symmetric (a partial author list supports the full list more than the full list
 * supports the partial one); it must be a pure function and thread-safe.
 */
@FunctionalInterface
public interface ValueImplication {

    /** No value says anything about another: every implication is 0. */
    ValueImplication NONE = (from, to) -> 0.0;

    /** The support in [-1, 1] that claiming {@code from} gives to {@code to}. */
    double implication(String from, String to);
}
