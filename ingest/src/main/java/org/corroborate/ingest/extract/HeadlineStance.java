package org.corroborate.ingest.extract;

/**
 * Tells how an article's headline (and lead) presents its claim: the rules ({@link PresentationClassifier}) or a
 * model trained on labelled headlines over the rules' cues ({@link PresentationModel}).
 */
public interface HeadlineStance {

    /**
     * How {@code headline} presents {@code claim} (any may be empty; {@code lead} is the article's first sentence,
     * read when the headline is blank or shows nothing). Never throws for any text.
     */
    Presentation classify(String headline, String lead, String claim);

    /**
     * As {@link #classify(String, String, String)}, for an article of {@code outlet} (its URL's host, else its outlet
     * name; may be empty), which a learned model may weigh (outlets have house styles); the rules read only a URL's
     * slug, for a {@code Report:} kicker the headline has lost.
     */
    default Presentation classify(String headline, String lead, String claim, String outlet) {
        return classify(headline, lead, claim);
    }
}
