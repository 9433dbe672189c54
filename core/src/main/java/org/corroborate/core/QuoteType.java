package org.corroborate.core;

/** Whether the content is given in the source's own words. */
public enum QuoteType {
    DIRECT,
    INDIRECT
}
