/**
 * Not API: the view models the HTML report templates take, the output that escapes them, and (generated at build
 * time into this package) the compiled templates themselves.
 *
 * <p>The templates are jte files under {@code report/src/main/jte}; the jte-maven-plugin's {@code generate} goal
 * turns them into Java classes of this package before compiling (content type Html, control structures trimmed),
 * so the runtime needs only {@code jte-runtime}. Conventions:
 * <ul>
 *   <li>Each page template ({@code report.jte}, {@code weekly.jte}, {@code compare.jte}) takes one record: built by
 *       the writers in {@code org.corroborate.report.html}, or for the comparison the public
 *       {@code OutletComparison} the CLI fills. Every number is formatted there (Locale.ROOT), so templates only lay
 *       out and escape.</li>
 *   <li>Every {@code ${...}} is escaped by {@link org.corroborate.report.html.internal.EscapingHtmlOutput}. The one
 *       {@code $unsafe} is the weekly report's constant script, which its CSP admits by hash.</li>
 *   <li>Partials (every template but the three pages) end without a newline: the line that calls them supplies it,
 *       so the output stays as it was written by hand before templates.</li>
 * </ul>
 */
package org.corroborate.report.html.internal;
