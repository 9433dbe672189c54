/**
 * Truth discovery: from {@link org.corroborate.scoring.truth.Observation}s in which sources give values of an
 * object's property, estimate the true value of each (object, property) and the trust of each source together.
 *
 * <p>Build a {@link org.corroborate.scoring.truth.Dataset} (an int-indexed, immutable view of the observations),
 * run a {@link org.corroborate.scoring.truth.TruthDiscovery} method on it ({@link
 * org.corroborate.scoring.truth.TruthMethod#DEFAULT} or one of {@link org.corroborate.scoring.truth.MajorityVote},
 * {@link org.corroborate.scoring.truth.TruthFinder}, {@link org.corroborate.scoring.truth.Accu}) and read the
 * {@link org.corroborate.scoring.truth.Result}. Every method is deterministic, linear in the number of observations
 * per iteration, never yields NaN, and reports how many iterations it took and whether it converged.
 */
package org.corroborate.scoring.truth;
