package org.corroborate.core;

/** Whether attributed content states something checkable or an opinion. Only factual content is scored. */
public enum ContentKind {
    FACTUAL,
    OPINION
}
