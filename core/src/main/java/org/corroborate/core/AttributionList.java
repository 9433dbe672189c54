package org.corroborate.core;

import java.util.AbstractList;
import java.util.List;
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

    /**
     * The content texts of the attributions, in order: {@code get(k).contentText()} for each {@code k}. An
     * implementation that reads the texts back from a store may read them all at once.
     */
    public List<String> contentTexts() {
        String[] texts = new String[size()];
        for (int k = 0; k < texts.length; k++) {
            texts[k] = get(k).contentText();
        }
        return List.of(texts);
    }

    /**
     * The content texts of {@code attributions}, in order: {@link #contentTexts()} for an {@code AttributionList},
     * else each attribution's {@link Attribution#contentText()}.
     */
    public static List<String> contentTexts(List<Attribution> attributions) {
        if (attributions instanceof AttributionList list) {
            return list.contentTexts();
        }
        String[] texts = new String[attributions.size()];
        for (int k = 0; k < texts.length; k++) {
            texts[k] = attributions.get(k).contentText();
        }
        return List.of(texts);
    }
}
