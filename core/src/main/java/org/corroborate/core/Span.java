package org.corroborate.core;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into a text.
 *
 * <p>{@link #NONE} ({@code -1, -1}) stands for "no position", for example a source that is not named.
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** The span of something that has no position in the text. */
    public static final Span NONE = new Span(-1, -1);

    public Span {
        if (!(start == -1 && end == -1) && (start < 0 || end < start)) {
            throw new IllegalArgumentException("Span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** True for {@link #NONE}. */
    public boolean isNone() {
        return start == -1;
    }

    public int length() {
        return isNone() ? 0 : end - start;
    }

    /** The covered text of {@code text}; empty for {@link #NONE}. */
    public String in(CharSequence text) {
        if (isNone()) {
            return "";
        }
        if (end > text.length()) {
            throw new IllegalArgumentException("Span " + this + " ends past a text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    public boolean contains(Span other) {
        return !isNone() && !other.isNone() && start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return !isNone() && !other.isNone() && start < other.end && other.start < end;
    }

    /** This span moved right by {@code delta} chars. */
    public Span shift(int delta) {
        return isNone() ? this : new Span(start + delta, end + delta);
    }

    /** The same range in Unicode code points of {@code text} rather than UTF-16 chars. */
    public Span toCodePoints(String text) {
        if (isNone()) {
            return this;
        }
        int s = text.codePointCount(0, start);
        return new Span(s, s + text.codePointCount(start, end));
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    /**
     * Mixes both ends, so that the many spans of a corpus spread over a hash table: a record's default
     * ({@code 31 * start + end}) gives {@code [s, e)} and {@code [s + 1, e - 31)} the same hash, and a pool of all
     * spans of a large run would end in long chains.
     */
    @Override
    public int hashCode() {
        return start * 0x9E3779B1 + end;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
