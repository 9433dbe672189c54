package org.corroborate.core;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The attributions of one article as an immutable list whose elements are made when they are asked for, e.g. from
 * the columns a large run keeps instead of one object per attribution: {@link AnnotatedArticle} keeps such a list as
 * it is instead of copying it. Each call of {@link #get} may give a new, equal instance; implementations must give
 * equal attributions at every call, from any thread, each with {@link Attribution#articleId()} equal to
 * {@link #articleId()}.
 */
public abstract class AttributionList extends AbstractList<Attribution> implements RandomAccess {

    /** Constructor for implementations. */
    protected AttributionList() {
    }

    /** The id of the article whose attributions these are. */
    public abstract String articleId();
}
