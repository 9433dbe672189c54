/** Evaluations of Corroborate on public data sets, run by {@code corroborate eval ...}. */
package org.corroborate.cli.eval;
