/**
 * Measuring the HTML reader against pages with known main text and metadata
 * ({@link org.corroborate.ingest.html.eval.HtmlEvaluation}, run by {@code corroborate eval html DIR}).
 */
package org.corroborate.ingest.html.eval;
