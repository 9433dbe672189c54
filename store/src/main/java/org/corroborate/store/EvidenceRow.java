package org.corroborate.store;

import java.util.Objects;
import org.corroborate.core.EvidenceRole;

/**
 * One piece of a claim snapshot's evidence, flattened for review and track records.
 *
 * @param attributionId  the attribution
 * @param articleId      the article it was found in
 * @param outlet         that article's outlet
 * @param published      that article's publication time as text, or empty
 * @param originKey      the independent origin it was grouped under
 * @param originSourceId the id of the source the content originates from ({@code unnamed} when nobody is named)
 * @param sourceName     the display name of the source quoted
 * @param role           supports, opposes or silent
 * @param weight         weight given, in {@code [0, 1]}
 * @param counted        whether it was counted
 * @param hedged         whether it carried a hedge (the outlet distanced itself from it)
 * @param contentText    the content attributed
 * @param reason         why it got its weight
 * @param superseded     whether its origin later took the other position on the claim (not counted, but a position
 *                       the source took, which its track record keeps; {@link org.corroborate.core.Evidence#superseded})
 * @param negation       whether its content states the claim negated, the claim's rival version
 *                       ({@link org.corroborate.core.Claim#negations}): asserted, it counts against the claim; a denial
 *                       of a negatively stated claim's opposite counts for it ({@code role} says which)
 */
public record EvidenceRow(String attributionId, String articleId, String outlet, String published, String originKey,
                          String originSourceId, String sourceName, EvidenceRole role, double weight, boolean counted,
                          boolean hedged, String contentText, String reason, boolean superseded,
                          boolean negation) {

    public EvidenceRow {
        Objects.requireNonNull(attributionId, "attributionId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(originKey, "originKey");
        Objects.requireNonNull(originSourceId, "originSourceId");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(contentText, "contentText");
        Objects.requireNonNull(reason, "reason");
        if (counted && superseded) {
            throw new IllegalArgumentException("evidence " + attributionId + " cannot be both counted and superseded");
        }
    }
}
