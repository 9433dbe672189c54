/**
 * The local engine: runs the pipeline (read, extract, score) in one process on every core. Other engines (Spark)
 * run the very same stages from {@code ingest} and {@code scoring}.
 */
package org.corroborate.engine;
