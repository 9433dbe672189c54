/**
 * Scoring: matching the same claim across articles ({@code cluster}), telling independent origins from copies and
 * relays ({@code independence}), source and outlet reliability from priors and track records
 * ({@code reliability}), truth discovery on structured claims ({@code truth}: true values and source trust
 * estimated together), and the corroboration of each claim ({@link org.corroborate.scoring.Corroborator}).
 *
 * <p>Everything here is a pure function of its inputs: the same articles and attributions give the same result,
 * whatever the order they arrive in and however many threads run.
 */
package org.corroborate.scoring;
