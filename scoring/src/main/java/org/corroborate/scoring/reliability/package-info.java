/**
 * Reliability of sources and outlets from their track record: Beta-Binomial posteriors of the chance that their
 * next claim is true, with credible intervals.
 */
package org.corroborate.scoring.reliability;
