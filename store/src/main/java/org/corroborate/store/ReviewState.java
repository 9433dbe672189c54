package org.corroborate.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.Source;
import org.corroborate.core.Verdict;
import org.corroborate.scoring.reliability.TrackRecords;

/**
 * The claims and verdicts of a store as read at one moment ({@link Store#reviewState}), and what follows from them:
 * the current claims, the verdict in force on any claim, and the sources' and outlets' track records. Immutable;
 * every answer is computed from the same read, so they agree with each other.
 */
public final class ReviewState {

    private final List<ClaimSnapshot> latest;
    private final Map<String, Verdict> own;
    private final Map<String, Verdict> byParty;
    private final List<ClaimSnapshot> current;
    /** {@link #resolutions}, computed on first use (the verdicts in force are the costly part). */
    private volatile Map<String, Verdict> resolutions;

    /**
     * @param latest  every claim as its latest run assessed it ({@link Store#latestClaims}), or only the claims on
     *                which the resolutions depend ({@link Store#resolutionState}): the answers other than
     *                {@link #currentClaims} are then the same
     * @param own     each claim's own latest verdict ({@link Store#currentVerdicts})
     * @param byParty the claims a party to them confirmed, as verdicts ({@link Store#partyConfirmations})
     */
    ReviewState(List<ClaimSnapshot> latest, Map<String, Verdict> own, Map<String, Verdict> byParty) {
        this.latest = List.copyOf(latest);
        this.own = Map.copyOf(own);
        this.byParty = Map.copyOf(byParty);
        this.current = current(this.latest);
    }

    /**
     * The claims as they stand: each claim as its latest run assessed it, without the claims a later run
     * superseded. Scoring again can group evidence differently and so give a claim another id; a claim is superseded
     * when a claim of a later run holds at least half of its evidence (by attribution), and its verdicts then carry
     * over to that claim ({@link #verdictsInForce}). In report order (status, then id).
     */
    public List<ClaimSnapshot> currentClaims() {
        return current;
    }

    /**
     * The verdict in force on each of {@code claims} (claim id to the ids of the attributions it holds) that has
     * one: the claim's own latest verdict, or else the verdict on a reviewed claim that shares at least half of its
     * evidence with it (half of either's, by attribution; the reviewed claim as its latest run assessed it), so a
     * verdict survives when scoring again groups the evidence under another id. A carried verdict keeps the id of
     * the claim it was given on ({@link Verdict#claimId()}); among several, the one shared most, then the latest.
     */
    public Map<String, Verdict> verdictsInForce(Map<String, ? extends Collection<String>> claims) {
        Map<String, List<String>> reviewedBy = new HashMap<>(); // attribution -> reviewed claims
        Map<String, Integer> reviewedSize = new HashMap<>();
        for (ClaimSnapshot c : latest) {
            if (own.containsKey(c.claimId())) {
                Set<String> ids = attributionIds(c);
                reviewedSize.put(c.claimId(), ids.size());
                for (String a : ids) {
                    reviewedBy.computeIfAbsent(a, k -> new ArrayList<>()).add(c.claimId());
                }
            }
        }
        Map<String, Verdict> out = new TreeMap<>();
        for (Map.Entry<String, ? extends Collection<String>> e : claims.entrySet()) {
            Verdict v = own.get(e.getKey());
            if (v == null) {
                Set<String> ids = new LinkedHashSet<>(e.getValue());
                Map<String, Integer> shared = new TreeMap<>();
                for (String a : ids) {
                    for (String r : reviewedBy.getOrDefault(a, List.of())) {
                        shared.merge(r, 1, Integer::sum);
                    }
                }
                int best = 0;
                for (Map.Entry<String, Integer> s : shared.entrySet()) {
                    int n = s.getValue();
                    boolean enough = 2 * n >= ids.size() || 2 * n >= reviewedSize.get(s.getKey());
                    Verdict cand = own.get(s.getKey());
                    if (enough && (n > best || n == best && v != null
                            && cand.decidedAt().isAfter(v.decidedAt()))) {
                        best = n;
                        v = cand;
                    }
                }
            }
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    /** The verdict in force on each current claim ({@link #currentClaims}) that has one, by claim id. */
    public Map<String, Verdict> currentClaimVerdicts() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (ClaimSnapshot c : current) {
            m.put(c.claimId(), attributionIds(c));
        }
        return verdictsInForce(m);
    }

    /**
     * How each current claim that is resolved was resolved, by claim id: the reviewers' verdict in force
     * ({@link #currentClaimVerdicts}), or else, when a party to the claim confirmed it (or confirmed its opposite),
     * that confirmation as a {@link Verdict.Outcome#CONFIRMED} (or {@link Verdict.Outcome#REFUTED}) verdict by
     * {@link Store#PARTY_REVIEWER}{@code + party id} ({@link Store#partyConfirmations}). A reviewer's verdict,
     * unresolvable included, always takes precedence.
     */
    public Map<String, Verdict> resolutions() {
        Map<String, Verdict> r = resolutions;
        if (r == null) {
            // computed once: every track record (by week too) and the review queue start from it
            Map<String, Verdict> out = new TreeMap<>(currentClaimVerdicts());
            for (ClaimSnapshot c : current) {
                Verdict p = byParty.get(c.claimId());
                if (p != null) {
                    out.putIfAbsent(c.claimId(), p);
                }
            }
            r = java.util.Collections.unmodifiableMap(out);
            resolutions = r;
        }
        return r;
    }

    /**
     * The current claims resolved by a party's own confirmation and by no reviewer's verdict, by claim id: the
     * {@link #resolutions} whose reviewer is {@link Store#PARTY_REVIEWER}{@code + party id}. They leave the review
     * queue as the claims reviewers decided do.
     */
    public Map<String, Verdict> partyResolutions() {
        Map<String, Verdict> out = new TreeMap<>();
        resolutions().forEach((id, v) -> {
            if (v == byParty.get(id)) { // the party's own verdict object: no reviewer's verdict is in force
                out.put(id, v);
            }
        });
        return out;
    }

    /**
     * Track records from the resolved claims ({@link #resolutions}): for each confirmed or refuted current claim
     * ({@link #currentClaims}, with its own verdict, one carried over (see {@link #verdictsInForce}) or its party's
     * confirmation), each named source gets one trial per distinct position it took on the claim: a success for
     * supporting a confirmed claim or opposing a refuted one, a failure for the reverse. A position is counted
     * supporting or opposing evidence it originated, or such evidence {@linkplain EvidenceRow#superseded superseded}
     * by its own later change of position; repeats of one position count once. Each outlet that carried supporting
     * evidence gets the same under {@link Store#OUTLET_KEY}{@code + outlet}, and an outlet that carried opposing
     * evidence the opposite (one trial per outlet and claim, by the first piece it carried). Unresolvable verdicts
     * count for nobody; a verdict carried over to several claims credits each source once per position.
     *
     * <p>Why each position is a trial. A source's record is a Beta-Binomial model: its chance {@code r} of being
     * right when it takes a position on a claim has the prior Beta(alpha, beta) of its kind, each resolved position
     * is a Bernoulli trial, and after {@code s} right and {@code f} wrong positions the posterior is
     * Beta(alpha + s, beta + f). A source that denied a claim on day 1 and confirmed it on day 3 published two
     * positions, and anyone who read the denial was told something false: the claim being true makes the denial one
     * failure and the confirmation one success (posterior Beta(alpha + 1, beta + 1)), not the single success that
     * crediting only its latest position would give, which would let a source erase its mistakes by reversing itself
     * once the truth is out. Counting only its earliest position would go too far the other way (a correction is
     * also a statement the source stands behind). A source cannot gain by taking both sides: it gets one success
     * and one failure, which moves its posterior mean towards one half. The scoring of the claim itself still goes
     * by the latest position only ({@code Corroborator}): a retraction changes what the source now asserts, not
     * what it asserted.
     *
     * @param upTo only claims first seen in this week or earlier (claims without a dated carrier are left out); empty
     *             for every claim
     */
    public TrackRecords trackRecords(Optional<IsoWeek> upTo) {
        return trackRecords(resolutions(), upTo);
    }

    /** {@link #trackRecords(Optional)} up to each of {@code weeks}. */
    public Map<IsoWeek, TrackRecords> trackRecordsByWeek(List<IsoWeek> weeks) {
        Map<String, Verdict> verdicts = resolutions();
        Map<IsoWeek, TrackRecords> out = new LinkedHashMap<>();
        for (IsoWeek w : weeks) {
            out.put(w, trackRecords(verdicts, Optional.of(w)));
        }
        return out;
    }

    private TrackRecords trackRecords(Map<String, Verdict> verdicts, Optional<IsoWeek> upTo) {
        // a verdict carried over to several claims credits each source once per position: positions are gathered per
        // verdict, as the set of outcomes (right or wrong) of each key
        Map<String, Map<String, Set<Boolean>>> byVerdict = new TreeMap<>();
        for (ClaimSnapshot c : current) {
            Verdict v = verdicts.get(c.claimId());
            if (v == null || v.outcome() == Verdict.Outcome.UNRESOLVABLE) {
                continue;
            }
            if (upTo.isPresent() && (c.week().isEmpty() || c.week().compareTo(upTo.get().toString()) > 0)) {
                continue;
            }
            boolean confirmed = v.outcome() == Verdict.Outcome.CONFIRMED;
            Map<String, Set<Boolean>> credit = byVerdict.computeIfAbsent(v.claimId(), k -> new LinkedHashMap<>());
            for (EvidenceRow e : c.evidence()) {
                if (e.role() == EvidenceRole.SILENT) {
                    continue;
                }
                boolean right = (e.role() == EvidenceRole.SUPPORTS) == confirmed;
                if ((e.counted() || e.superseded()) && !e.originSourceId().equals(Source.UNNAMED.id())) {
                    credit.computeIfAbsent(e.originSourceId(), k -> new LinkedHashSet<>()).add(right);
                }
                // an outlet carries positions, it does not take them: the first piece it carried decides
                credit.computeIfAbsent(Store.OUTLET_KEY + e.outlet(), k -> new LinkedHashSet<>(List.of(right)));
            }
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (Map<String, Set<Boolean>> credit : byVerdict.values()) {
            credit.forEach((k, positions) -> {
                int[] c = counts.computeIfAbsent(k, x -> new int[2]);
                for (boolean right : positions) {
                    c[right ? 0 : 1]++;
                }
            });
        }
        Map<String, TrackRecords.Counts> m = new TreeMap<>();
        counts.forEach((k, c) -> m.put(k, new TrackRecords.Counts(c[0], c[1])));
        return TrackRecords.of(m);
    }

    static List<ClaimSnapshot> current(List<ClaimSnapshot> latest) {
        List<ClaimSnapshot> byRun = new ArrayList<>(latest);
        byRun.sort(Comparator.comparingLong(ClaimSnapshot::runId).reversed().thenComparing(ClaimSnapshot::claimId));
        Map<String, String> claimOf = new HashMap<>();
        Set<String> superseded = new HashSet<>();
        int i = 0;
        while (i < byRun.size()) {
            long run = byRun.get(i).runId();
            int j = i;
            List<ClaimSnapshot> live = new ArrayList<>();
            for (; j < byRun.size() && byRun.get(j).runId() == run; j++) {
                ClaimSnapshot c = byRun.get(j);
                Map<String, Integer> shared = new TreeMap<>();
                Set<String> ids = attributionIds(c);
                for (String a : ids) {
                    String holder = claimOf.get(a);
                    if (holder != null) {
                        shared.merge(holder, 1, Integer::sum);
                    }
                }
                boolean gone = shared.values().stream().anyMatch(n -> 2 * n >= ids.size());
                if (gone && !ids.isEmpty()) {
                    superseded.add(c.claimId());
                } else {
                    live.add(c);
                }
            }
            for (ClaimSnapshot c : live) { // a run's claims supersede only claims of earlier runs
                for (String a : attributionIds(c)) {
                    claimOf.putIfAbsent(a, c.claimId());
                }
            }
            i = j;
        }
        List<ClaimSnapshot> out = new ArrayList<>();
        for (ClaimSnapshot c : latest) {
            if (!superseded.contains(c.claimId())) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> attributionIds(ClaimSnapshot c) {
        Set<String> out = new LinkedHashSet<>();
        for (EvidenceRow e : c.evidence()) {
            out.add(e.attributionId());
        }
        return out;
    }

}
