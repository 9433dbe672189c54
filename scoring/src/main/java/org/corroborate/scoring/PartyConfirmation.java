package org.corroborate.scoring;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.core.Assessment;
import org.corroborate.core.Evidence;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.Source;
import org.corroborate.core.Stance;
import org.corroborate.core.Verdict;

/**
 * A claim resolved by its own party: others reported it, and then a government, military, official or person that
 * the claim is about confirmed it, or confirmed its opposite, as its latest position. An admission against interest
 * settles a claim as a reviewer's verdict would ("North Korea confirmed it had sent troops" resolves "North Korea sent
 * troops", first reported by Seoul's spy agency, as confirmed; it resolves "North Korea has not sent troops", Seoul's
 * claim stated negated, as refuted, the confirmation being its rival version), so track records count it: the
 * sources that backed the claim earn a confirmed claim when it is confirmed and a refuted one when it is refuted,
 * those that opposed it the reverse. What resolves is what the scoring weighs as an admission
 * ({@link Corroborator#admission}), said explicitly: a party's confirmation ({@link Stance#CONFIRMS}) of the plain
 * proposition, as support of a plainly stated claim or as the rival version of a negatively stated one, of a claim
 * some other origin backs. A party asserting its own claim ("Kyiv says it captured two soldiers") is not an
 * admission, a party's denial resolves nothing (it is self-interested), nor does its confirmation of a negatively
 * stated claim ("Pyongyang confirmed it had sent no troops": a denial in other words), and a confirmation the outlet
 * hedges ({@code appeared to confirm}) does not count.
 *
 * @param claimId       the claim resolved
 * @param party         the party that confirmed it, or its opposite
 * @param attributionId the confirming attribution
 * @param outlet        the outlet that reported the confirmation
 * @param outcome       {@link Verdict.Outcome#CONFIRMED} when the party confirmed the claim,
 *                      {@link Verdict.Outcome#REFUTED} when it confirmed the claim's opposite (a negatively stated
 *                      claim's plain rival version); never {@link Verdict.Outcome#UNRESOLVABLE}
 */
public record PartyConfirmation(String claimId, Source party, String attributionId, String outlet,
                                Verdict.Outcome outcome) {

    /** Confirmations weighed below this (hedged by the outlet) do not resolve a claim. */
    public static final double MIN_WEIGHT = 0.5;

    public PartyConfirmation {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(attributionId, "attributionId");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Verdict.Outcome.UNRESOLVABLE) {
            throw new IllegalArgumentException("a party's confirmation resolves claim " + claimId
                    + " one way or the other, not as unresolvable");
        }
    }

    /**
     * The party confirmation that resolves {@code assessment}'s claim, if any: a counted confirmation (so the latest
     * position of its origin) from a named source of a party kind whose root is one of the claim's parties, weighed
     * at least {@link #MIN_WEIGHT}, that the scoring weighs as an admission ({@link Corroborator#admission}: support
     * of a plainly stated claim, which it confirms, or the rival version of a negatively stated one, which it
     * refutes), of a claim that counted supporting evidence of another origin backs. The first such piece in evidence
     * order. Pure.
     */
    public static Optional<PartyConfirmation> of(Assessment assessment) {
        Set<String> parties = new LinkedHashSet<>();
        for (Source p : assessment.claim().parties()) {
            parties.add(p.root());
        }
        if (parties.isEmpty()) {
            return Optional.empty();
        }
        // a party confirming that something did not happen is denying it, not admitting anything; one confirming
        // that it did happen, against a claim stated negated, admits the claim's opposite
        boolean statedNegated = org.corroborate.scoring.cluster.Polarity.negated(assessment.claim().statement());
        Set<String> backers = new LinkedHashSet<>();
        for (Evidence e : assessment.evidence()) {
            if (e.counted() && e.role() == EvidenceRole.SUPPORTS) {
                backers.add(e.origin());
            }
        }
        for (Evidence e : assessment.evidence()) {
            Source s = e.attribution().source().source();
            if (e.counted() && e.role() != EvidenceRole.SILENT && e.attribution().stance() == Stance.CONFIRMS
                    && Corroborator.admission(Stance.CONFIRMS, e.role(), statedNegated)
                    && e.weight() >= MIN_WEIGHT && !s.id().equals(Source.UNNAMED.id()) && parties.contains(s.root())
                    && Corroborator.PARTY_KINDS.contains(s.kind())
                    && backers.stream().anyMatch(o -> !o.equals(e.origin()))) {
                return Optional.of(new PartyConfirmation(assessment.claim().id(), s, e.attribution().id(),
                        e.outlet(), e.role() == EvidenceRole.SUPPORTS ? Verdict.Outcome.CONFIRMED
                        : Verdict.Outcome.REFUTED));
            }
        }
        return Optional.empty();
    }

    /**
     * In words, for reports and track records: {@code Moscow, a party to the claim, confirmed it (Outlet)}, or
     * {@code ... confirmed its opposite (Outlet)} for a refutation.
     */
    public String describe() {
        return describe(party.name(), outlet, outcome);
    }

    /** {@link #describe()} from the party's name, the outlet (empty when unknown) and the outcome, as a store keeps them. */
    public static String describe(String partyName, String outlet, Verdict.Outcome outcome) {
        return partyName + ", a party to the claim, confirmed " + (outcome == Verdict.Outcome.REFUTED ? "its opposite"
                : "it") + (outlet.isEmpty() ? "" : " (" + outlet + ")");
    }
}
