package org.corroborate.core;

/**
 * An Admiralty-style grade (NATO AJP-2.1): source reliability A–F and information credibility 1–6.
 *
 * <p>Reliability: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable,
 * E unreliable, F reliability cannot be judged. Credibility: 1 confirmed by other independent sources, 2 probably
 * true, 3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be judged.
 *
 * @param reliability {@code 'A'} to {@code 'F'}
 * @param credibility 1 to 6
 */
public record Grade(char reliability, int credibility) {

    private static final String[] RELIABILITY = {
        "completely reliable", "usually reliable", "fairly reliable", "not usually reliable", "unreliable",
        "reliability cannot be judged"};
    private static final String[] CREDIBILITY = {
        "confirmed by other sources", "probably true", "possibly true", "doubtful", "improbable",
        "truth cannot be judged"};

    public Grade {
        if (reliability < 'A' || reliability > 'F') {
            throw new IllegalArgumentException("Grade reliability must be A to F, got '" + reliability + "'");
        }
        if (credibility < 1 || credibility > 6) {
            throw new IllegalArgumentException("Grade credibility must be 1 to 6, got " + credibility);
        }
    }

    public String reliabilityMeaning() {
        return RELIABILITY[reliability - 'A'];
    }

    public String credibilityMeaning() {
        return CREDIBILITY[credibility - 1];
    }

    /** {@code B2}. */
    @Override
    public String toString() {
        return "" + reliability + credibility;
    }
}
