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

/**
 * A claim resolved by its own party: others reported it, and then a government, military, official or person that
 * the claim is about confirmed it, as its latest position. An admission against interest settles a claim as a
 * reviewer's confirmation would ("North Korea confirmed it had sent troops" resolves "North Korea sent troops",
 * first reported by Seoul's spy agency), so track records count it: the sources that reported the claim earn a
 * confirmed claim, those that denied it a refuted one. Only an explicit confirmation ({@link Stance#CONFIRMS}) of a
 * claim some other origin backs resolves it: a party asserting its own claim ("Kyiv says it captured two
 * soldiers") is not an admission, a party's denial resolves nothing (it is self-interested), nor does its
 * confirmation of a negatively stated claim ("Pyongyang confirmed it had sent no troops": a denial in other words,
 * {@link Corroborator#admission}), and a confirmation the outlet hedges ({@code appeared to confirm}) does not count.
 *
 * @param claimId     the claim confirmed
 * @param party       the party that confirmed it
 * @param attributionId the confirming attribution
 * @param outlet      the outlet that reported the confirmation
 */
public record PartyConfirmation(String claimId, Source party, String attributionId, String outlet) {

    /** Confirmations weighed below this (hedged by the outlet) do not resolve a claim. */
    public static final double MIN_WEIGHT = 0.5;

    public PartyConfirmation {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(attributionId, "attributionId");
        Objects.requireNonNull(outlet, "outlet");
    }

    /**
     * The party confirmation that resolves {@code assessment}'s claim, if any: a counted confirmation (so the latest
     * position of its origin) from a named source of a party kind whose root is one of the claim's parties, weighed
     * at least {@link #MIN_WEIGHT}, of a claim that counted supporting evidence of another origin backs. The first
     * such piece in evidence order. Pure.
     */
    public static Optional<PartyConfirmation> of(Assessment assessment) {
        Set<String> parties = new LinkedHashSet<>();
        for (Source p : assessment.claim().parties()) {
            parties.add(p.root());
        }
        if (parties.isEmpty()) {
            return Optional.empty();
        }
        // a party confirming that something did not happen is denying it, not admitting anything
        boolean statedNegated = org.corroborate.scoring.cluster.Polarity.negated(assessment.claim().statement());
        Set<String> backers = new LinkedHashSet<>();
        for (Evidence e : assessment.evidence()) {
            if (e.counted() && e.role() == EvidenceRole.SUPPORTS) {
                backers.add(e.origin());
            }
        }
        for (Evidence e : assessment.evidence()) {
            Source s = e.attribution().source().source();
            if (e.counted() && e.role() == EvidenceRole.SUPPORTS && e.attribution().stance() == Stance.CONFIRMS
                    && Corroborator.admission(Stance.CONFIRMS, EvidenceRole.SUPPORTS, statedNegated)
                    && e.weight() >= MIN_WEIGHT && !s.id().equals(Source.UNNAMED.id()) && parties.contains(s.root())
                    && Corroborator.PARTY_KINDS.contains(s.kind())
                    && backers.stream().anyMatch(o -> !o.equals(e.origin()))) {
                return Optional.of(new PartyConfirmation(assessment.claim().id(), s, e.attribution().id(),
                        e.outlet()));
            }
        }
        return Optional.empty();
    }

    /** In words, for reports and track records: {@code Moscow, a party to the claim, confirmed it (Outlet)}. */
    public String describe() {
        return describe(party.name(), outlet);
    }

    /** {@link #describe()} from the party's name and the outlet (empty when unknown), as a store keeps them. */
    public static String describe(String partyName, String outlet) {
        return partyName + ", a party to the claim, confirmed it" + (outlet.isEmpty() ? "" : " (" + outlet + ")");
    }
}
