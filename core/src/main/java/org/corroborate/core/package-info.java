/**
 * The data model of Corroborate: articles, sources, attributions, claims and their assessments, as immutable,
 * validated records, plus a few pure functions on them.
 *
 * <p>Conventions for every type in this package:
 * <ul>
 *   <li>No {@code null} crosses a public boundary. Absent text is the empty string; an absent value that is not
 *   text is an {@link java.util.Optional}; absent lists are empty.</li>
 *   <li>Positions are {@link org.corroborate.core.Span}s of UTF-16 char offsets into {@link Article#body()} exactly
 *   as the user gave it, end exclusive. Writers convert them to Unicode code points at the output boundary (see
 *   {@link org.corroborate.core.Span#toCodePoints(String)}).</li>
 *   <li>Case mapping uses {@link java.util.Locale#ROOT}.</li>
 * </ul>
 */
package org.corroborate.core;
