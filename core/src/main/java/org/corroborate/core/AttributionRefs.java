package org.corroborate.core;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Attributions of any articles (a claim's carriers) as an immutable list that holds references to them, e.g. an
 * article's number and the attribution's index in its {@link AttributionList}, and makes each element when it is
 * asked for: {@link Claim} keeps such a list as it is instead of copying it, so a large run does not hold an
 * {@link Attribution} object per carrier of every claim. Each call of {@link #get} may give a new, equal instance;
 * implementations must give equal attributions at every call, from any thread.
 */
public abstract class AttributionRefs extends AbstractList<Attribution> implements RandomAccess {

    /** Constructor for implementations. */
    protected AttributionRefs() {
    }
}
