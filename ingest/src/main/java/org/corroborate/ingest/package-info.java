/**
 * Reading articles from the user's inputs and extracting who claims what.
 *
 * <p>Every reader streams: it hands articles to a sink one at a time and never holds an input whole. Bad input is
 * data, not an exception: a reader reports it as a {@link org.corroborate.core.Diagnostic} with the file and
 * position and carries on with the rest. Readers throw only for mistakes in setup or code.
 */
package org.corroborate.ingest;
