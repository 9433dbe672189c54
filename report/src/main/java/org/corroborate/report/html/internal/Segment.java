package org.corroborate.report.html.internal;

/**
 * A run of an evidence sentence with the same marks.
 *
 * @param classes the CSS classes of its marks ({@code m-src}, {@code m-cue}, {@code m-content}, {@code m-hedge}),
 *                space-separated; empty for unmarked text
 * @param text    the text, unescaped (the template escapes it)
 */
public record Segment(String classes, String text) {
}
