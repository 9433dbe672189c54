/**
 * Writing what Corroborate found: {@code report.json} ({@link org.corroborate.report.json}) and the
 * self-contained {@code report.html} ({@link org.corroborate.report.html}). Output is a pure function of a
 * {@link org.corroborate.report.ReportInput}: the same input gives byte-identical files.
 */
package org.corroborate.report;
