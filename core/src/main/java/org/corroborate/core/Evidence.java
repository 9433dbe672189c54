package org.corroborate.core;

import java.util.Objects;

/**
 * One attribution seen as evidence for or against a claim, with the weight it was given and why.
 *
 * @param attribution the attribution
 * @param outlet      the outlet of the article it was found in
 * @param origin      key of the independent origin it belongs to; evidence sharing an origin counts once
 * @param role        supports, opposes or silent
 * @param weight      the weight it contributed, in {@code [0, 1]}; 0 for evidence not counted (silence, or a
 *                    repeat of an origin already counted)
 * @param counted     true for the one piece per origin and role that was counted
 * @param reason      why it got this weight, in words, for the explanation
 * @param superseded  true when its origin later took the other position on the claim (denied, then confirmed, or
 *                    the reverse): not counted for the claim, which goes by the latest position, but still a
 *                    position the origin took, which its track record keeps
 */
public record Evidence(Attribution attribution, String outlet, String origin, EvidenceRole role, double weight,
                       boolean counted, String reason, boolean superseded) {

    public Evidence {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(role, "role");
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("Evidence weight must be in [0, 1], got " + weight);
        }
        Objects.requireNonNull(reason, "reason");
        if (counted && superseded) {
            throw new IllegalArgumentException("Evidence cannot be both counted and superseded: " + reason);
        }
    }

    /** Evidence that no later position of its origin superseded. */
    public Evidence(Attribution attribution, String outlet, String origin, EvidenceRole role, double weight,
                    boolean counted, String reason) {
        this(attribution, outlet, origin, role, weight, counted, reason, false);
    }
}
