package org.corroborate.ingest.extract;

/** How an article's headline (and lead) presents its claim. */
public enum Presentation {
    /** States the claim as fact ("ISIS beheads Steve Sotloff"). */
    ASSERTED,
    /** Reports it as someone's claim, a rumour or a question ("Apple reportedly buying Path"). */
    ATTRIBUTED,
    /** Denies or debunks it ("City police denies reports of muralist arrest"). */
    DENIED
}
