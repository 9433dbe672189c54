package org.corroborate.core;

/** What a piece of evidence does to a claim. */
public enum EvidenceRole {
    SUPPORTS,
    OPPOSES,
    /** A source, usually a party, that has not confirmed or declined to comment: recorded, not counted. */
    SILENT
}
