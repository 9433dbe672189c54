/**
 * The store: runs, articles, attributions, claim snapshots and reviewers' verdicts, kept in an embedded H2 file
 * database or in PostgreSQL, with one schema for both (Flyway migrations under
 * {@code org/corroborate/store/migration}).
 *
 * <p>Articles are stored once: an article whose id, canonical URL, or outlet and body hash is already stored is
 * counted as known and left as it is, so storing the same input twice changes nothing. Each batch of articles is
 * written in one transaction. Verdicts are never updated in place: a new verdict on a claim supersedes the earlier
 * one, and the history is kept.
 */
package org.corroborate.store;
