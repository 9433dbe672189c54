package org.corroborate.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.Claim;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Decimals;
import org.corroborate.core.Evidence;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.Grade;
import org.corroborate.core.Interval;
import org.corroborate.core.Published;
import org.corroborate.core.Quantities;
import org.corroborate.core.Quantity;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.Stance;
import org.corroborate.scoring.cluster.ClaimMatcher;
import org.corroborate.scoring.cluster.Polarity;
import org.corroborate.scoring.independence.Wire;
import org.corroborate.scoring.independence.WireCopies;
import org.corroborate.scoring.internal.OrderStatistics;
import org.corroborate.scoring.internal.StageClock;
import org.corroborate.scoring.reliability.Reliability;
import org.corroborate.scoring.reliability.TrackRecord;
import org.corroborate.scoring.reliability.TrackRecords;

/**
 * Assesses how well each claim is corroborated.
 *
 * <p>The method, per claim:
 * <ol>
 *   <li>Every carrier is a piece of evidence: asserting or confirming supports, denying opposes, not confirming or
 *   declining to comment is silence (recorded and shown, never counted as a denial). Asserting or confirming the
 *   claim negated ({@link Claim#negations()}: "North Korea did not send troops" for "North Korea sent troops", a
 *   rival version of the claim) opposes, as a denial does; denying the claim's opposite supports it, the
 *   denial's polarity composed with what it rejects (the Kremlin dismissing "reports that soldiers were fighting",
 *   or denying them "saying the soldiers were not fighting", for "soldiers had not been engaged in combat"; but
 *   "denied that the soldiers had not been engaged in combat" opposes that claim).</li>
 *   <li>Evidence is grouped by independent origin: the first source of its relay chain, taken up to the body it
 *   speaks for (an agency and its government are one origin); a source not named counts as its article's story,
 *   and copies of one wire story are one story. Per origin and role, only the strongest piece counts.</li>
 *   <li>A counted piece adds {@code w · f · ln(r / (1 − r))} to the claim's log-odds, where {@code r} is the
 *   origin's reliability (Beta prior of its kind plus its track record, never below 0.5 for this purpose, so a
 *   doubtful source's word is no evidence rather than evidence of the opposite), {@code w = 1 − hedge strength},
 *   and {@code f} is 1, or for a party to the claim 1.5 for a confirmation (an admission weighs most) and 0.5 for a
 *   denial (strong but self-interested; also a party's assertion of the claim negated, or its denial of a negated
 *   claim's opposite: the speech act, not the side it counts on, decides). Polarity does not change the weight: a
 *   party asserting a negatively stated claim ("we sent no troops") is denying, at 0.5, and one asserting its
 *   opposite plainly is admitting, at 1.5, as on the plainly stated claim ({@link #admission}). Opposing pieces
 *   subtract.</li>
 *   <li>The probability is the logistic of the prior log-odds (0) plus the sum. Its credible interval comes from
 *   Monte Carlo: each origin's vote drawn from its reliability's Beta posterior and the prior from Beta(2, 2) (by
 *   {@link QuantileTable stratified quantiles}, {@link ScoringConfig#samples()} draws), with a generator seeded by
 *   the claim's id, so the result is reproducible. With a claim prior model ({@link #withClaimPrior}) the prior is
 *   the model's probability {@code q} for the claim: the sum starts at {@code ln(q / (1 - q))} and the prior is
 *   drawn from Beta(4q, 4(1 - q)), the same four pseudo-observations around the model's mean.</li>
 *   <li>The status and the grade, decided together so that they never contradict each other. A claim is
 *   <em>confirmed</em> when two or more independent origins support it, none opposes it, at least one of them is
 *   named, and its probability is at least {@link #CONFIRMED} (0.75, odds of 3 to 1). A confirmed claim is
 *   {@link ClaimStatus#CORROBORATED} with credibility 1 (confirmed by other independent sources); a claim that
 *   several independent origins back without confirming it (two governments of reliability 0.6 give 0.69) is
 *   {@link ClaimStatus#BACKED_NOT_CONFIRMED}, graded by its probability like any other: credibility 2 (probably
 *   true) from 0.7, 3 (possibly true) from 0.55, 4 (doubtful) from 0.4, 5 (improbable) below, and 6 (truth cannot
 *   be judged) when nothing but silence or unnamed sources carries it. The probability is not raised for the
 *   number of origins: each independent origin already adds its own likelihood ratio, and counting independence
 *   again would count the same evidence twice. The other statuses: disputed when an origin opposes, single source
 *   (or not confirmed by parties, when a party is silent) with one origin, unsupported with none. The letter is the
 *   Admiralty letter of the most reliable supporting origin. When the claim's rival values disagree
 *   ({@link #valuesDisagree}: 4,000 against 1,000 casualties) the assessment says the values are disputed
 *   ({@link Assessment#valuesDisputed()}, a line of the explanation), and credibility 1 becomes 2: the origins back
 *   the event, not one figure; the status still goes by the event (a confirmed event is corroborated). The
 *   explanation's last line gives the rule's reason for a claim backed by several origins.</li>
 * </ol>
 *
 * <p>Pure and thread-safe; the result does not depend on the order of the input.
 */
public final class Corroborator {

    static final Set<SourceKind> PARTY_KINDS = Set.of(SourceKind.GOVERNMENT, SourceKind.MILITARY,
            SourceKind.STATE_MEDIA, SourceKind.OFFICIAL, SourceKind.INTELLIGENCE_AGENCY, SourceKind.NAMED_PERSON);
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Corroborator.class);
    private static final double MAX_LOG_ODDS = 12;
    /**
     * Two rival values of a claim disagree when their bounds ({@link Quantity#agreesWith}: {@code about} allows
     * 15 %, {@code more than 10,000} allows 12,000) do not meet and they differ by more than this share of the
     * larger: {@code 10,000} and {@code 10,500} are one figure rounded two ways, {@code 4,000} and {@code 1,000}
     * are not.
     */
    static final double VALUE_TOLERANCE = 0.1;
    /**
     * The probability from which independent origins confirm a claim (credibility 1, status corroborated): odds of
     * 3 to 1, which two intelligence agencies of the default prior reach (0.84) and two governments do not (0.69).
     */
    public static final double CONFIRMED = 0.75;
    /** Credibility 2, probably true, from this probability (below {@link #CONFIRMED}, or without confirmation). */
    static final double PROBABLY_TRUE = 0.7;
    /** Credibility 3, possibly true, from this probability. */
    static final double POSSIBLY_TRUE = 0.55;
    /** Credibility 4, doubtful, from this probability; 5, improbable, below it. */
    static final double DOUBTFUL = 0.4;
    /** The explanation spells out at most this many pieces of evidence, so a claim carried by thousands stays short. */
    static final int EXPLAINED_EVIDENCE = 200;
    /** Pieces of evidence an abridged report shows per claim (and explains: see {@link #abridgedExplanation}). */
    public static final int ABRIDGED_EVIDENCE = 20;
    /** Explanation lines kept before the lines left out of an abridged explanation. */
    private static final int ABRIDGED_HEAD = ABRIDGED_EVIDENCE + 3;

    private final ScoringConfig config;
    private final Reliability reliability;
    private final boolean abridgedExplanations;
    private final int threads;
    /** The claims' priors from a model; null: every claim's prior is {@link ScoringConfig#claimPrior()}. */
    private final ClaimPrior claimPrior;

    /** A corroborator that matches claims on the calling thread ({@link #Corroborator(ScoringConfig, TrackRecords, int)}). */
    public Corroborator(ScoringConfig config, TrackRecords records) {
        this(config, records, 1);
    }

    /**
     * @param threads threads claims are matched on (the calling thread included), at least 1; the result is the
     *                same whatever their number ({@link ClaimMatcher#ClaimMatcher(double, int)})
     */
    public Corroborator(ScoringConfig config, TrackRecords records, int threads) {
        this.config = Objects.requireNonNull(config, "config");
        this.reliability = new Reliability(config, records);
        this.abridgedExplanations = false;
        this.claimPrior = null;
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    private Corroborator(Corroborator base, boolean abridgedExplanations, ClaimPrior claimPrior) {
        this.config = base.config;
        this.reliability = base.reliability;
        this.abridgedExplanations = abridgedExplanations;
        this.threads = base.threads;
        this.claimPrior = claimPrior;
    }

    /**
     * This corroborator, with each assessment's {@link Assessment#explanation() explanation} kept as an abridged
     * report shows it ({@link #abridgedExplanation}) instead of whole: for a large corpus, whose whole explanations
     * (up to {@value #EXPLAINED_EVIDENCE} lines of evidence per claim) are longer than anything shows. Everything
     * else is the same. Either way an explanation's lines are made when asked for, not kept
     * ({@link org.corroborate.core.ExplanationLines}).
     */
    public Corroborator withAbridgedExplanations() {
        return new Corroborator(this, true, claimPrior);
    }

    /**
     * This corroborator, with each claim's probability before evidence taken from {@code prior} (the model applied
     * to the claim's statement and speaker: {@link ClaimPrior}) instead of {@link ScoringConfig#claimPrior()}. The
     * prior enters as the default one does: its log-odds start the claim's sum, and the interval draws it from a
     * Beta of the same strength (four pseudo-observations) whose mean is the model's probability. Each
     * explanation then says the prior, the model's name and the speaker (a line after the claim's).
     */
    public Corroborator withClaimPrior(ClaimPrior prior) {
        return new Corroborator(this, abridgedExplanations, Objects.requireNonNull(prior, "prior"));
    }

    /**
     * The lines of an explanation an abridged report shows: all of them when there are at most
     * {@code ABRIDGED_EVIDENCE + 6}, else the first {@code ABRIDGED_EVIDENCE + 3} (the claim and the first pieces of
     * evidence), a line saying how many were left out, and the last 2 (the totals and the grade). Abridging an
     * abridged explanation gives it back unchanged. The abridged lines are an immutable view whose lines are made
     * when asked for, from {@code lines} (held as it is when it is an {@link org.corroborate.core.ExplanationLines},
     * else copied).
     */
    public static List<String> abridgedExplanation(List<String> lines) {
        if (lines.size() <= ABRIDGED_HEAD + 3) {
            return lines;
        }
        return new Explanation.Abridged(lines, ABRIDGED_HEAD);
    }

    /** Scores a whole corpus. */
    public Corroboration score(List<AnnotatedArticle> input) {
        return score(input, List.of());
    }

    /** Scores a whole corpus, following the user's tracked claims (see {@link ClaimMatcher#match(List, List)}). */
    public Corroboration score(List<AnnotatedArticle> input, List<org.corroborate.core.TrackedClaim> tracked) {
        WireCopies copies = new WireCopies(config.wireThreshold());
        Map<Article, long[]> signatures = new IdentityHashMap<>();
        for (AnnotatedArticle aa : input) {
            signatures.put(aa.article(), copies.signature(aa.article().body()));
        }
        return score(input, signatures::get, tracked);
    }

    /**
     * Scores a whole corpus whose articles' {@link WireCopies#signature wire signatures} were computed beforehand
     * (the bodies may since have been shortened), following the user's tracked claims. {@code signatures} may be
     * asked for an article's signature more than once (see {@link WireCopies#groups(List,
     * Function)}). Claims are assessed in parallel; the result is the same.
     */
    public Corroboration score(List<AnnotatedArticle> input, Function<Article, long[]> signatures,
                               List<org.corroborate.core.TrackedClaim> tracked) {
        StageClock clock = StageClock.start(LOG);
        List<AnnotatedArticle> articles = new ArrayList<>(input);
        articles.sort(Comparator.comparing(AnnotatedArticle::article, Wire.EARLIEST_FIRST));
        Map<String, Article> byId = new HashMap<>();
        List<Article> plain = new ArrayList<>();
        for (AnnotatedArticle aa : articles) {
            byId.put(aa.article().id(), aa.article());
            plain.add(aa.article());
        }
        Map<String, String> wire = new WireCopies(config.wireThreshold()).groups(plain, signatures);
        clock.lap("wire copies (" + articles.size() + " articles)");
        List<Claim> claims = new ClaimMatcher(config.matchThreshold(), threads).match(articles, tracked);
        clock.lap("claim matching (" + claims.size() + " claims)");
        // Each assessment is a pure function of its claim: in parallel, collected in claim order.
        // Reasons repeat between claims (a named origin's reason names no article): each distinct text kept once.
        Map<String, String> reasons = new ConcurrentHashMap<>();
        List<Assessment> assessments = new ArrayList<>(claims.parallelStream()
                .map(c -> assess(c, byId, wire, reasons)).toList());
        assessments.sort(Comparator.comparing((Assessment a) -> a.status().ordinal())
                .thenComparing(Assessment::origins, Comparator.reverseOrder())
                .thenComparing(Assessment::probability, Comparator.reverseOrder())
                .thenComparing(a -> a.claim().id()));
        clock.lap("claim assessment");
        Summaries summaries = Summaries.of(articles, wire, claims, reliability, config.intervalLevel());
        List<SourceSummary> sources = summaries.sources();
        List<OutletSummary> outlets = summaries.outlets();
        JointEstimate joint = JointEstimate.of(assessments);
        clock.lap("source and outlet summaries");
        return new Corroboration(articles, assessments, sources, outlets, wire, joint);
    }

    /**
     * Scores {@code input} as {@link #score(List)} does, then keeps what concerns the articles in {@code focus}: the
     * claims with at least one piece of evidence in them (each assessed with all its evidence in {@code input}),
     * the focus articles and the other articles that hold evidence of those claims (in their order), and the
     * sources, outlets and joint estimate of what is kept. When every article of {@code input} is in focus, the
     * result is {@link #score(List)}'s.
     */
    public Corroboration score(List<AnnotatedArticle> input, Predicate<Article> focus) {
        Corroboration all = score(input);
        if (input.stream().allMatch(aa -> focus.test(aa.article()))) {
            return all;
        }
        Set<String> focusIds = new HashSet<>();
        for (AnnotatedArticle aa : all.articles()) {
            if (focus.test(aa.article())) {
                focusIds.add(aa.article().id());
            }
        }
        List<Assessment> kept = new ArrayList<>();
        Set<String> carriers = new HashSet<>(focusIds);
        for (Assessment a : all.assessments()) {
            if (a.claim().attributions().stream().anyMatch(t -> focusIds.contains(t.articleId()))) {
                kept.add(a);
                for (Attribution t : a.claim().attributions()) {
                    carriers.add(t.articleId());
                }
            }
        }
        List<AnnotatedArticle> articles = new ArrayList<>();
        for (AnnotatedArticle aa : all.articles()) {
            if (carriers.contains(aa.article().id())) {
                articles.add(aa);
            }
        }
        Summaries summaries = Summaries.of(articles, all.wireGroups(), kept.stream().map(Assessment::claim).toList(),
                reliability, config.intervalLevel());
        return new Corroboration(articles, kept, summaries.sources(), summaries.outlets(), all.wireGroups(),
                JointEstimate.of(kept));
    }

    /**
     * The outlets of {@code scored}'s articles that {@code of} keeps, summarised as the scoring summarises them, with
     * the claims of {@code scored} that those articles carry: what the outlets published in a range of weeks when
     * {@code scored} also holds earlier articles ({@link #score(List, Predicate)}). {@code scored}'s own outlets
     * when {@code of} keeps every article.
     */
    public List<OutletSummary> outlets(Corroboration scored, Predicate<Article> of) {
        List<AnnotatedArticle> kept = new ArrayList<>();
        for (AnnotatedArticle aa : scored.articles()) {
            if (of.test(aa.article())) {
                kept.add(aa);
            }
        }
        if (kept.size() == scored.articles().size()) {
            return scored.outlets();
        }
        return Summaries.of(kept, scored.wireGroups(), scored.assessments().stream().map(Assessment::claim).toList(),
                reliability, config.intervalLevel()).outlets();
    }

    /** Assesses one claim. */
    public Assessment assess(Claim claim, Map<String, Article> articles, Map<String, String> wireGroups) {
        return assess(claim, articles, wireGroups, null);
    }

    /** Assesses one claim; equal reasons are taken from (and added to) {@code reasons} when it is not null. */
    private Assessment assess(Claim claim, Map<String, Article> articles, Map<String, String> wireGroups,
                              Map<String, String> reasons) {
        Set<String> partyRoots = new LinkedHashSet<>();
        for (Source p : claim.parties()) {
            partyRoots.add(p.root());
        }
        List<Evidence> evidence = new ArrayList<>();
        Map<String, Integer> bestByOriginRole = new LinkedHashMap<>();
        Map<String, Source> originSource = new LinkedHashMap<>();
        List<Source> silentParties = new ArrayList<>();
        Set<String> negations = new HashSet<>(claim.negations());
        boolean statedNegated = Polarity.negated(claim.statement());
        // evidence k is carrier k, held by its place among the claim's carriers (made again when asked for)
        List<Attribution> carriers = claim.attributions();
        // each carrier read once here (a large run makes it again at each read): its article and origin kept
        Article[] artOf = new Article[carriers.size()];
        Source[] originOf = new Source[artOf.length];
        for (int k = 0; k < artOf.length; k++) {
            Attribution a = carriers.get(k);
            Article art = articles.get(a.articleId());
            artOf[k] = art;
            String outlet = art == null ? "" : art.outlet();
            boolean negation = (a.stance().supports() || a.stance() == Stance.DENIES) && !negations.isEmpty()
                    && negations.contains(a.id());
            EvidenceRole role = a.stance().supports() ? (negation ? EvidenceRole.OPPOSES : EvidenceRole.SUPPORTS)
                    : a.stance() == Stance.DENIES ? (negation ? EvidenceRole.SUPPORTS : EvidenceRole.OPPOSES)
                    : EvidenceRole.SILENT;
            Source origin = a.origin();
            originOf[k] = origin;
            boolean named = !origin.id().equals(Source.UNNAMED.id());
            String originKey = named ? origin.root()
                    : "story:" + wireGroups.getOrDefault(a.articleId(), a.articleId());
            boolean party = named && partyRoots.contains(a.source().source().root())
                    && PARTY_KINDS.contains(a.source().source().kind());
            double hedge = a.hedgeStrength();
            double w = role == EvidenceRole.SILENT ? 0 : 1 - hedge;
            // a denial of a negatively stated claim in its own polarity ("rejected reports that it had not paid")
            // holds the opposite: the explanation says why a negated denial counts against a negated claim
            boolean deniesNegatedStatement = role == EvidenceRole.OPPOSES && a.stance() == Stance.DENIES
                    && statedNegated && Polarity.deniedNegated(a);
            // a party's assertion in a negatively stated claim: say how it is weighed, which its side alone does not
            String partyWeight = !party || !statedNegated || !a.stance().supports() ? ""
                    : admission(a.stance(), role, true) ? "; a party stating the plain proposition: an admission,"
                    + " weighed most" : "; a party stating the negation: self-interested, weighed as its denial";
            String reason = reason(a, role, party, hedge, origin, originKey, art, wireGroups, negation,
                    deniesNegatedStatement) + partyWeight;
            Evidence e = new Evidence(carriers, k, outlet, originKey, role, w, false, shared(reasons, reason), false);
            evidence.add(e);
            if (role == EvidenceRole.SILENT) {
                if (party && silentParties.stream().noneMatch(s -> s.id().equals(a.source().source().id()))) {
                    silentParties.add(a.source().source());
                }
            }
        }
        // An origin that changed its position (denied, then confirmed) counts with its latest one; the earlier
        // pieces are marked superseded, not forgotten: the origin's track record still counts the position it left.
        Map<String, Integer> latest = new LinkedHashMap<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            if (e.role() == EvidenceRole.SILENT) {
                continue;
            }
            Integer cur = latest.get(e.origin());
            if (cur == null || instant(artOf[i]).compareTo(instant(artOf[cur])) > 0) {
                latest.put(e.origin(), i);
            }
        }
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            if (e.role() == EvidenceRole.SILENT) {
                continue;
            }
            int lastIndex = latest.get(e.origin());
            Evidence last = evidence.get(lastIndex);
            if (last.role() != e.role()) {
                evidence.set(i, new Evidence(carriers, i, e.outlet(), e.origin(), e.role(), e.weight(), false,
                        shared(reasons, e.reason() + "; superseded: the same origin later "
                                + (last.role() == EvidenceRole.SUPPORTS ? "confirmed" : "denied") + " it ("
                                + last.outlet() + ", " + dateOf(artOf[lastIndex]) + ")"), true));
                continue;
            }
            String key = e.origin() + "|" + e.role();
            Integer prev = bestByOriginRole.get(key);
            if (prev == null || evidence.get(prev).weight() < e.weight()) {
                bestByOriginRole.put(key, i);
                originSource.put(key, originOf[i]);
            }
        }
        // A party that has since spoken is no longer silent.
        silentParties.removeIf(p -> latest.keySet().contains(p.root()));
        // mark the counted pieces
        Set<Integer> counted = new LinkedHashSet<>(bestByOriginRole.values());
        for (int i : counted) {
            Evidence e = evidence.get(i);
            evidence.set(i, new Evidence(carriers, i, e.outlet(), e.origin(), e.role(), e.weight(), true,
                    e.reason(), false));
        }
        for (int i = 0; i < evidence.size(); i++) {
            Evidence e = evidence.get(i);
            if (!e.counted() && e.role() != EvidenceRole.SILENT && !e.superseded()) {
                evidence.set(i, new Evidence(carriers, i, e.outlet(), e.origin(), e.role(), e.weight(), false,
                        shared(reasons, e.reason() + "; not counted again: origin " + e.origin()
                                + " already counted"), false));
            }
        }

        // the log-odds terms of the counted evidence
        List<double[]> terms = new ArrayList<>(); // {sign * w * f, alpha, beta}
        Set<String> supportOrigins = new LinkedHashSet<>();
        Set<String> opposeOrigins = new LinkedHashSet<>();
        char bestLetter = 'F';
        double bestMean = -1;
        boolean namedSupport = false;
        for (Map.Entry<String, Integer> en : bestByOriginRole.entrySet()) {
            Evidence e = evidence.get(en.getValue());
            Source origin = originSource.get(en.getKey());
            Attribution piece = carriers.get(en.getValue());
            boolean party = partyRoots.contains(piece.source().source().root())
                    && PARTY_KINDS.contains(piece.source().source().kind());
            double f = 1;
            if (party) {
                // an admission weighs most; a denial, or a party's word against the claim however it is put, is
                // self-interested: the speech act decides, not the side it ends up on
                f = admission(piece.stance(), e.role(), statedNegated) ? config.partyConfirmation()
                        : config.partyDenial();
            }
            TrackRecord r = reliability.of(origin);
            double sign = e.role() == EvidenceRole.SUPPORTS ? 1 : -1;
            terms.add(new double[] {sign * e.weight() * f, r.posteriorAlpha(), r.posteriorBeta()});
            if (e.role() == EvidenceRole.SUPPORTS) {
                supportOrigins.add(e.origin());
                if (!e.origin().startsWith("story:")) {
                    namedSupport = true;
                    if (r.posteriorMean() > bestMean) {
                        bestMean = r.posteriorMean();
                        bestLetter = reliability.letter(origin);
                    }
                }
            } else {
                opposeOrigins.add(e.origin());
            }
        }
        ClaimPrior.Estimate before = claimPrior == null ? null : claimPrior.of(claim, articles);
        double prior = before == null ? config.claimPrior() : before.probability();
        double logOdds = Math.log(prior / (1 - prior));
        for (double[] t : terms) {
            logOdds += t[0] * vote(t[1] / (t[1] + t[2]));
        }
        double p = logistic(logOdds);
        Interval interval = interval(claim.id(), terms, p, prior);

        // Status and credibility from one rule, so they cannot contradict each other: confirmed (credibility 1,
        // corroborated) needs independent origins enough, none against, and a probability that reaches the
        // confirmation level; two origins whose combined word leaves the claim only possibly true back it
        // without confirming it.
        boolean severalOrigins = supportOrigins.size() >= 2 && opposeOrigins.isEmpty();
        boolean confirmed = severalOrigins && namedSupport && p >= CONFIRMED;
        ClaimStatus status;
        if (!opposeOrigins.isEmpty()) {
            status = ClaimStatus.DISPUTED;
        } else if (confirmed) {
            status = ClaimStatus.CORROBORATED;
        } else if (severalOrigins) {
            status = ClaimStatus.BACKED_NOT_CONFIRMED;
        } else if (supportOrigins.isEmpty()) {
            status = ClaimStatus.UNSUPPORTED;
        } else if (!silentParties.isEmpty()) {
            status = ClaimStatus.NOT_CONFIRMED_BY_PARTIES;
        } else {
            status = ClaimStatus.SINGLE_SOURCE;
        }
        int credibility;
        if (!namedSupport && opposeOrigins.isEmpty()) {
            credibility = 6;
        } else if (confirmed) {
            credibility = 1;
        } else if (p >= PROBABLY_TRUE) {
            credibility = 2;
        } else if (p >= POSSIBLY_TRUE) {
            credibility = 3;
        } else if (p >= DOUBTFUL) {
            credibility = 4;
        } else {
            credibility = 5;
        }
        // independent origins that back the event with figures that disagree do not confirm the figure
        boolean valuesDisputed = valuesDisagree(claim.values());
        boolean capped = valuesDisputed && credibility == 1;
        if (capped) {
            credibility = 2;
        }
        Grade grade = new Grade(bestLetter, credibility);
        // the explanation's lines are made when a report asks for them, from the lists the assessment holds anyway
        List<Evidence> held = org.corroborate.core.EvidenceList.copyOf(evidence);
        List<Source> silent = List.copyOf(silentParties);
        List<String> explanation = new Explanation(claim, held, silent, supportOrigins, opposeOrigins, p, interval,
                grade, status, valuesDisputed, capped, namedSupport, before, config.claimPrior());
        return new Assessment(claim, p, interval, grade, status, supportOrigins.size(), held, silent,
                abridgedExplanations ? abridgedExplanation(explanation) : explanation, valuesDisputed);
    }

    /**
     * True when two of a claim's rival values disagree: their bounds do not meet ({@code about 4,000} allows 3,400
     * to 4,600, {@code more than 10,000} anything from 10,000) and the gap between them is more than
     * {@link #VALUE_TOLERANCE} of the larger value. Values that do not read as a number are passed over.
     */
    static boolean valuesDisagree(List<String> values) {
        List<Quantity> qs = new ArrayList<>();
        for (String v : values) {
            List<Quantity> found = Quantities.find(v);
            if (!found.isEmpty()) {
                qs.add(found.get(0));
            }
        }
        for (int i = 0; i < qs.size(); i++) {
            for (int j = i + 1; j < qs.size(); j++) {
                Quantity a = qs.get(i);
                Quantity b = qs.get(j);
                double gap = Math.max(a.lowerBound(), b.lowerBound()) - Math.min(a.upperBound(), b.upperBound());
                if (gap > VALUE_TOLERANCE * Math.max(a.high(), b.high())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String shared(Map<String, String> pool, String s) {
        if (pool == null) {
            return s;
        }
        String known = pool.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** When article {@code a} (null: not known) was published; {@link java.time.Instant#MIN} when not known. */
    private static java.time.Instant instant(Article a) {
        return a == null ? java.time.Instant.MIN : a.published().map(Published::toInstant)
                .orElse(java.time.Instant.MIN);
    }

    private static String dateOf(Article a) {
        return a == null ? "undated" : a.published().map(p -> p.date().toString()).orElse("undated");
    }

    /** Log-odds vote of a source of reliability {@code r}, with {@code r} held within {@code [floor, 0.999]}. */
    private double vote(double r) {
        double q = Math.max(config.voteFloor(), Math.min(r, 0.999));
        q = Math.max(q, 0.001);
        return Math.log(q / (1 - q));
    }

    private static double logit(double q) {
        return Math.log(q / (1 - q));
    }

    private static double logistic(double x) {
        double c = Math.max(-MAX_LOG_ODDS, Math.min(MAX_LOG_ODDS, x));
        return 1 / (1 + Math.exp(-c));
    }

    /**
     * Monte Carlo credible interval; always contains the point estimate {@code p}. When {@value #CLT_GROUP} or more
     * counted origins share one weight and one reliability prior (typically many unnamed sources, one per story),
     * their summed vote is drawn from its normal approximation (central limit) instead of one Beta draw each, so a
     * claim carried by thousands of stories costs no more than one carried by a few; claims without such a group
     * draw every term as before.
     */
    private Interval interval(String claimId, List<double[]> terms, double p, double claimPrior) {
        SplittableRandom rng = new SplittableRandom(claimId.hashCode());
        // the prior's uncertainty: Beta with mean claimPrior and four pseudo-observations, as log-odds
        double[] prior = QuantileTable.of(4 * claimPrior, 4 * (1 - claimPrior), "logit", Corroborator::logit);
        String voteKey = "vote/" + config.voteFloor();
        Map<TermKey, double[]> groups = new LinkedHashMap<>(); // {coef, alpha, beta, count}
        for (double[] t : terms) {
            groups.computeIfAbsent(new TermKey(t[0], t[1], t[2]), k -> new double[] {t[0], t[1], t[2], 0})[3]++;
        }
        boolean grouped = groups.values().stream().anyMatch(g -> g[3] >= CLT_GROUP);
        int n = config.samples();
        int levels = QuantileTable.LEVELS;
        double[] draws = new double[n];
        if (!grouped) {
            double[][] tables = new double[terms.size()][];
            double[] coef = new double[terms.size()];
            for (int k = 0; k < tables.length; k++) {
                double[] t = terms.get(k);
                coef[k] = t[0];
                tables[k] = QuantileTable.of(t[1], t[2], voteKey, this::vote);
            }
            for (int s = 0; s < n; s++) {
                double x = prior[rng.nextInt(levels)];
                for (int k = 0; k < tables.length; k++) {
                    x += coef[k] * tables[k][rng.nextInt(levels)];
                }
                draws[s] = logistic(x);
            }
        } else {
            List<double[]> gs = new ArrayList<>(groups.values());
            double[][] tables = new double[gs.size()][];
            List<double[]> moments = new ArrayList<>();
            for (int k = 0; k < gs.size(); k++) {
                double[] g = gs.get(k);
                tables[k] = QuantileTable.of(g[1], g[2], voteKey, this::vote);
                moments.add(g[3] >= CLT_GROUP ? voteMoments(g[1], g[2]) : null);
            }
            for (int s = 0; s < n; s++) {
                double x = prior[rng.nextInt(levels)];
                for (int k = 0; k < gs.size(); k++) {
                    double[] g = gs.get(k);
                    double[] m = moments.get(k);
                    if (m != null) {
                        x += g[0] * (g[3] * m[0] + Math.sqrt(g[3] * m[1]) * rng.nextGaussian());
                    } else {
                        for (int c = 0; c < g[3]; c++) {
                            x += g[0] * tables[k][rng.nextInt(levels)];
                        }
                    }
                }
                draws[s] = logistic(x);
            }
        }
        // the two order statistics of the sorted draws, found without sorting them
        double tail = (1 - config.intervalLevel()) / 2;
        int loIndex = (int) Math.floor(tail * (n - 1));
        int hiIndex = (int) Math.ceil((1 - tail) * (n - 1));
        OrderStatistics.select(draws, 0, n, loIndex);
        if (hiIndex > loIndex) {
            OrderStatistics.select(draws, loIndex + 1, n, hiIndex); // what lies after loIndex is not smaller
        }
        double lo = draws[loIndex];
        double hi = draws[hiIndex];
        return new Interval(Math.min(lo, p), Math.max(hi, p), config.intervalLevel());
    }

    /**
     * A log-odds term's coefficient and Beta parameters as a map key: equal exactly when the three doubles are
     * ({@link Double#compare}), as their decimal strings were, without formatting them.
     */
    private record TermKey(double coef, double alpha, double beta) {
    }

    /** From this many identical terms on, their sum is drawn from its normal approximation. */
    static final int CLT_GROUP = 10;

    private static final ConcurrentHashMap<String, double[]> MOMENTS =
            new ConcurrentHashMap<>();

    /** Mean and variance of {@link #vote} of a Beta(alpha, beta) reliability, by the midpoint rule (deterministic). */
    private double[] voteMoments(double alpha, double beta) {
        return MOMENTS.computeIfAbsent(alpha + "/" + beta, k -> {
            BetaDistribution d = new BetaDistribution(null, alpha, beta);
            int steps = 4000;
            double mass = 0;
            double sum = 0;
            double sum2 = 0;
            for (int i = 0; i < steps; i++) {
                double r = (i + 0.5) / steps;
                double w = d.density(r);
                double v = vote(r);
                mass += w;
                sum += w * v;
                sum2 += w * v * v;
            }
            double mean = sum / mass;
            return new double[] {mean, Math.max(0, sum2 / mass - mean * mean)};
        });
    }

    /**
     * True when a party's piece is an admission, which weighs most ({@link ScoringConfig#partyConfirmation}): it
     * asserts or confirms the proposition plainly, as support of a plainly stated claim or as the rival version of a
     * negatively stated one. A party's word that something did not happen is its denial however it is put (a denial,
     * or an assertion of a negation) and weighs as one ({@link ScoringConfig#partyDenial}) on either claim: the same
     * words count as much whichever polarity their claim is stated in.
     */
    static boolean admission(Stance stance, EvidenceRole role, boolean claimStatedNegated) {
        return stance.supports() && (role == EvidenceRole.SUPPORTS) != claimStatedNegated;
    }

    private String reason(Attribution a, EvidenceRole role, boolean party, double hedge, Source origin,
                          String originKey, Article art, Map<String, String> wire, boolean negation,
                          boolean deniesNegatedStatement) {
        StringBuilder sb = new StringBuilder();
        Source s = a.source().source();
        sb.append(switch (a.stance()) {
            case ASSERTS -> "asserts";
            case CONFIRMS -> "confirms";
            case DENIES -> "denies";
            case DOES_NOT_CONFIRM -> "has not confirmed";
            case DECLINES_COMMENT -> "declined to comment";
            case UNKNOWN -> "unclear stance";
        });
        sb.append(" (").append(s.kind().label());
        if (party) {
            sb.append(", party to the claim");
        }
        sb.append(')');
        if (negation && a.stance() == Stance.DENIES) {
            sb.append("; denies the claim's opposite, so it counts for it");
        } else if (negation) {
            sb.append("; states the claim negated (a rival version), so it counts against it");
        } else if (deniesNegatedStatement) {
            sb.append("; denies the claim as stated, negation included (it holds the opposite), so it counts against"
                    + " it");
        }
        if (!a.relay().isEmpty()) {
            sb.append("; relayed ");
            for (int i = 0; i < a.relay().size(); i++) {
                sb.append(i == 0 ? "" : " \u2192 ").append(a.relay().get(i).name());
            }
        }
        if (role == EvidenceRole.SILENT) {
            sb.append("; silence is recorded, not counted as a denial");
            return sb.toString();
        }
        sb.append("; origin ").append(originKey.startsWith("story:") ? "unnamed source in story "
                + originKey.substring(6) : originKey);
        if (!origin.id().equals(s.id())) {
            sb.append(" (").append(origin.name()).append(')');
        }
        if (hedge > 0) {
            sb.append("; hedged (").append(Decimals.two(hedge)).append("): ").append(hedgeWords(a));
        }
        TrackRecord r = reliability.of(origin);
        sb.append("; reliability ").append(Decimals.two(r.posteriorMean()));
        if (art != null && !wire.getOrDefault(art.id(), art.id()).equals(art.id())) {
            sb.append("; article is a copy of ").append(wire.get(art.id()));
        }
        return sb.toString();
    }

    private static String hedgeWords(Attribution a) {
        List<String> w = new ArrayList<>();
        a.hedges().forEach(h -> w.add("\u201C" + h.text() + "\u201D"));
        return String.join(", ", w);
    }

    /**
     * True when the attribution names nobody, or only describes its source: a source the registry does not know,
     * that is not a news outlet and whose name is neither an acronym nor a proper name of two or more capitalised
     * words.
     */
    static boolean isAnonymous(Attribution a) {
        Source s = a.source().source();
        if (!a.source().isNamed() || s.id().equals(Source.UNNAMED.id())) {
            return true;
        }
        if (!s.aliases().isEmpty() || s.kind() == SourceKind.NEWS_OUTLET || s.kind() == SourceKind.NAMED_PERSON) {
            return false;
        }
        // the name's words, split at whitespace as the regular expression \s+ splits (no pattern compiled)
        String name = s.name();
        int caps = 0;
        int i = 0;
        while (i < name.length()) {
            if (isSpace(name.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean allUpper = true;
            while (i < name.length() && !isSpace(name.charAt(i))) {
                allUpper &= Character.isUpperCase(name.charAt(i));
                i++;
            }
            if (i - start >= 2 && allUpper) {
                return false; // an acronym names a body: "NIS", "KCNA"
            }
            if (Character.isUpperCase(name.charAt(start))) {
                caps++;
            }
        }
        return caps < 2;
    }

    /** Whether {@code c} is whitespace as {@code \s} means it: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
