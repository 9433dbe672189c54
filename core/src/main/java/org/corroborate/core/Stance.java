package org.corroborate.core;

/** What a source does with the content it is attributed. */
public enum Stance {
    /** States the content as true on its own account. */
    ASSERTS,
    /** Confirms content that others put forward. */
    CONFIRMS,
    /** Says the content is false. */
    DENIES,
    /** Has not confirmed it: silence, not a denial. */
    DOES_NOT_CONFIRM,
    /** Explicitly declines to comment. */
    DECLINES_COMMENT,
    /** Could not be told. */
    UNKNOWN;

    /** True for stances that back the content. */
    public boolean supports() {
        return this == ASSERTS || this == CONFIRMS;
    }

    /** True for stances that are silence rather than support or denial. */
    public boolean silent() {
        return this == DOES_NOT_CONFIRM || this == DECLINES_COMMENT;
    }
}
