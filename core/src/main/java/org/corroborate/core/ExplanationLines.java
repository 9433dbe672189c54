package org.corroborate.core;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The lines of an {@linkplain Assessment#explanation() explanation} as an immutable list that holds what they are
 * made of (the assessment's evidence, its silent parties, its figures) and formats each line when it is asked for:
 * {@link Assessment} keeps such a list as it is instead of copying it, so a large run does not hold kilobytes of text
 * per claim that only a report reads, once. Equal, as any list, to a list of the same lines, line by line (each line
 * is made again for the comparison, and for {@link #hashCode}). Implementations must give equal lines at every call,
 * from any thread.
 */
public abstract class ExplanationLines extends AbstractList<String> implements RandomAccess {

    /** Constructor for implementations. */
    protected ExplanationLines() {
    }
}
