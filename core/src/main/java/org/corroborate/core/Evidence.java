package org.corroborate.core;

import java.util.List;
import java.util.Objects;

/**
 * One attribution seen as evidence for or against a claim, with the weight it was given and why.
 *
 * <p>A value, as a record would be (equal when every component is), but the attribution may be held as its place
 * among its claim's carriers ({@link #Evidence(List, int, String, String, EvidenceRole, double, boolean, String,
 * boolean)}) and made when it is asked for, so that a large run does not hold an {@link Attribution} per piece of
 * evidence of every claim ({@link AttributionRefs}); an assessment's evidence so held is itself kept in columns and
 * each piece made again when it is asked for ({@link EvidenceList}).
 */
public final class Evidence {

    /** The attribution itself, or the list it is the {@link #index}-th element of. */
    private final Object attribution;
    private final int index;
    private final String outlet;
    private final String origin;
    private final EvidenceRole role;
    private final double weight;
    private final boolean counted;
    private final String reason;
    private final boolean superseded;

    /**
     * @param attribution the attribution
     * @param outlet      the outlet of the article it was found in
     * @param origin      key of the independent origin it belongs to; evidence sharing an origin counts once
     * @param role        supports, opposes or silent
     * @param weight      the weight it contributed, in {@code [0, 1]}; 0 for evidence not counted (silence, or a
     *                    repeat of an origin already counted)
     * @param counted     true for the one piece per origin and role that was counted
     * @param reason      why it got this weight, in words, for the explanation
     * @param superseded  true when its origin later took the other position on the claim (denied, then confirmed,
     *                    or the reverse): not counted for the claim, which goes by the latest position, but still a
     *                    position the origin took, which its track record keeps
     */
    public Evidence(Attribution attribution, String outlet, String origin, EvidenceRole role, double weight,
                    boolean counted, String reason, boolean superseded) {
        this((Object) Objects.requireNonNull(attribution, "attribution"), -1, outlet, origin, role, weight, counted,
                reason, superseded);
    }

    /** Evidence that no later position of its origin superseded. */
    public Evidence(Attribution attribution, String outlet, String origin, EvidenceRole role, double weight,
                    boolean counted, String reason) {
        this(attribution, outlet, origin, role, weight, counted, reason, false);
    }

    /**
     * Evidence whose attribution is element {@code index} of {@code carriers} (a claim's
     * {@linkplain Claim#attributions() attributions}), asked of the list each time it is needed; the other
     * parameters as for {@link #Evidence(Attribution, String, String, EvidenceRole, double, boolean, String,
     * boolean)}.
     */
    public Evidence(List<Attribution> carriers, int index, String outlet, String origin, EvidenceRole role,
                    double weight, boolean counted, String reason, boolean superseded) {
        this((Object) Objects.requireNonNull(carriers, "carriers"), Objects.checkIndex(index, carriers.size()),
                outlet, origin, role, weight, counted, reason, superseded);
    }

    private Evidence(Object attribution, int index, String outlet, String origin, EvidenceRole role, double weight,
                     boolean counted, String reason, boolean superseded) {
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
        this.attribution = attribution;
        this.index = index;
        this.outlet = outlet;
        this.origin = origin;
        this.role = role;
        this.weight = weight;
        this.counted = counted;
        this.reason = reason;
        this.superseded = superseded;
    }

    /** The attribution (for evidence held by its place among a claim's carriers, made now). */
    @SuppressWarnings("unchecked")
    public Attribution attribution() {
        return attribution instanceof Attribution a ? a : ((List<Attribution>) attribution).get(index);
    }

    /** The list of carriers the attribution is an element of, or null when the attribution is held itself. */
    @SuppressWarnings("unchecked")
    List<Attribution> carriers() {
        return attribution instanceof Attribution ? null : (List<Attribution>) attribution;
    }

    /** The attribution's place among {@link #carriers()}, or -1 when the attribution is held itself. */
    int index() {
        return index;
    }

    /** The outlet of the article it was found in. */
    public String outlet() {
        return outlet;
    }

    /** Key of the independent origin it belongs to; evidence sharing an origin counts once. */
    public String origin() {
        return origin;
    }

    /** Supports, opposes or silent. */
    public EvidenceRole role() {
        return role;
    }

    /** The weight it contributed, in {@code [0, 1]}. */
    public double weight() {
        return weight;
    }

    /** True for the one piece per origin and role that was counted. */
    public boolean counted() {
        return counted;
    }

    /** Why it got this weight, in words. */
    public String reason() {
        return reason;
    }

    /** True when its origin later took the other position on the claim. */
    public boolean superseded() {
        return superseded;
    }

    /** Equal when every component is, as for a record. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Evidence e && Double.compare(weight, e.weight) == 0 && counted == e.counted
                && superseded == e.superseded && role == e.role && outlet.equals(e.outlet)
                && origin.equals(e.origin) && reason.equals(e.reason) && attribution().equals(e.attribution());
    }

    @Override
    public int hashCode() {
        return Objects.hash(attribution(), outlet, origin, role, weight, counted, reason, superseded);
    }

    @Override
    public String toString() {
        return "Evidence[attribution=" + attribution() + ", outlet=" + outlet + ", origin=" + origin + ", role="
                + role + ", weight=" + weight + ", counted=" + counted + ", reason=" + reason + ", superseded="
                + superseded + "]";
    }
}
