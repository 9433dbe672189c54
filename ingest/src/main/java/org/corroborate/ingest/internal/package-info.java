/** Helpers of the ingest module that are not API: they may change without notice. */
package org.corroborate.ingest.internal;
