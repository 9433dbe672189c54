package org.corroborate.core;

/** Where a claim stands, in the order a report lists them. */
public enum ClaimStatus {
    /** At least one independent origin denies it. */
    DISPUTED("disputed"),
    /** Backed by two or more independent origins and denied by none. */
    CORROBORATED("corroborated"),
    /** Backed by one origin; parties to it have been asked or are said not to confirm. */
    NOT_CONFIRMED_BY_PARTIES("not confirmed by involved parties"),
    /** Backed by one origin only, however many outlets repeat it. */
    SINGLE_SOURCE("single source"),
    /** Carried only by silence or unclear stances: nobody asserts it. */
    UNSUPPORTED("unsupported");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
