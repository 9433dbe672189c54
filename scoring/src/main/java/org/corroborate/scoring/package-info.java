/**
 * Scoring: how well claims are corroborated and how reliable their sources have been.
 *
 * <p>Sub-packages by concept: {@code truth} estimates true values and source trust together from conflicting
 * structured claims; {@code reliability} turns a source's track record into a calibrated probability.
 */
package org.corroborate.scoring;
