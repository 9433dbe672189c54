package org.corroborate.core;

/** How an attribution is signalled in the text. */
public enum CueKind {
    /** A verb of saying: {@code said}, {@code told}, {@code confirmed}, {@code denied}, {@code warned}, ... */
    REPORTING_VERB,
    /** {@code according to X}. */
    ACCORDING_TO,
    /** A negated or withheld statement: {@code have not confirmed}, {@code declined to comment}. */
    NEGATED,
    /** A noun or other construction: {@code in a statement}, {@code in a letter}, a colon after a name. */
    OTHER
}
