package org.corroborate.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.corroborate.core.Assessment;
import org.corroborate.core.Evidence;
import org.corroborate.core.EvidenceRole;
import org.corroborate.scoring.truth.Observation;
import org.corroborate.scoring.truth.Result;
import org.corroborate.scoring.truth.TruthMethod;

/**
 * Claims and the trust of their origins estimated together by the truth-discovery engine: each counted piece of
 * evidence is an observation "origin says claim holds: yes / no", and Accu with copy detection estimates, jointly,
 * how likely each claim holds and how accurate each origin is across the corpus. An origin that asserts what
 * others deny loses trust; one that copies another's false claims counts less.
 *
 * <p>Only contested claims (some origin says yes, another no) are estimated: on an uncontested claim the engine
 * sees a single value and would call it certain, which says nothing. Origins get a trust only when they spoke on
 * a contested claim.
 *
 * @param claimConfidence probability that each claim holds, by claim id, in {@code [0, 1]}
 * @param originTrust     accuracy of each origin, by origin key, in {@code (0, 1)}
 * @param iterations      iterations the engine ran
 * @param converged       whether it converged
 */
public record JointEstimate(Map<String, Double> claimConfidence, Map<String, Double> originTrust, int iterations,
                            boolean converged) {

    /** Property name of the observations: whether the claim holds. */
    static final String HOLDS = "holds";

    public JointEstimate {
        claimConfidence = Map.copyOf(claimConfidence);
        originTrust = Map.copyOf(originTrust);
    }

    /** Nothing estimated. */
    public static JointEstimate empty() {
        return new JointEstimate(Map.of(), Map.of(), 0, true);
    }

    /** Runs the default truth-discovery method over the counted evidence of {@code assessments}. */
    static JointEstimate of(List<Assessment> assessments) {
        List<Observation> obs = new ArrayList<>();
        List<Assessment> contested = new ArrayList<>();
        for (Assessment a : assessments) {
            boolean yes = false;
            boolean no = false;
            for (Evidence e : a.evidence()) {
                if (e.counted()) {
                    yes |= e.role() == EvidenceRole.SUPPORTS;
                    no |= e.role() == EvidenceRole.OPPOSES;
                }
            }
            if (yes && no) {
                contested.add(a);
            }
        }
        for (Assessment a : contested) {
            for (Evidence e : a.evidence()) {
                if (e.counted() && e.role() != EvidenceRole.SILENT) {
                    obs.add(new Observation(e.origin(), a.claim().id(), HOLDS,
                            e.role() == EvidenceRole.SUPPORTS ? "yes" : "no"));
                }
            }
        }
        if (obs.isEmpty()) {
            return empty();
        }
        Result r = TruthMethod.DEFAULT.create().run(obs);
        Map<String, Double> conf = new TreeMap<>();
        for (Assessment a : contested) {
            var c = r.confidence(a.claim().id(), HOLDS, "yes");
            if (c.isPresent()) {
                conf.put(a.claim().id(), c.getAsDouble());
            }
        }
        Map<String, Double> trust = new TreeMap<>();
        for (Observation o : obs) {
            r.trust(o.source()).ifPresent(t -> trust.put(o.source(), t));
        }
        return new JointEstimate(conf, trust, r.iterations(), r.converged());
    }

    public java.util.OptionalDouble confidence(String claimId) {
        Double d = claimConfidence.get(claimId);
        return d == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JointEstimate j && claimConfidence.equals(j.claimConfidence)
                && originTrust.equals(j.originTrust) && iterations == j.iterations && converged == j.converged;
    }

    @Override
    public int hashCode() {
        return Objects.hash(claimConfidence, originTrust, iterations, converged);
    }
}
