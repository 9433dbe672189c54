package org.corroborate.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.corroborate.core.Attribution;
import org.corroborate.core.Claim;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Decimals;
import org.corroborate.core.Evidence;
import org.corroborate.core.ExplanationLines;
import org.corroborate.core.Grade;
import org.corroborate.core.Interval;
import org.corroborate.core.Source;
import org.corroborate.core.Texts;

/**
 * The explanation of one assessment, each line made when it is asked for from what the assessment holds anyway (its
 * claim, evidence and silent parties) and a few figures: the claim (its parties and rival values, and its prior
 * when a {@link ClaimPrior model} gave it), a line per piece
 * of evidence (at most {@link Corroborator#EXPLAINED_EVIDENCE}, then a line counting the rest), the silent parties,
 * why credibility was capped if it was, the independent origins, and the probability, grade and status.
 * Immutable and safe to read from any thread.
 */
final class Explanation extends ExplanationLines {

    private final Claim claim;
    private final List<Evidence> evidence;
    private final List<Source> silentParties;
    private final List<String> supportOrigins;
    private final List<String> opposeOrigins;
    private final double p;
    private final Interval interval;
    private final Grade grade;
    private final ClaimStatus status;
    private final boolean valuesDisputed;
    private final boolean capped;
    private final boolean namedSupport;
    /** The prior from a claim prior model; null when the claim's prior is the default. */
    private final ClaimPrior.Estimate prior;
    /** The default prior, which the prior line compares the model's with. */
    private final double defaultPrior;
    /**
     * Lines before the evidence: the claim, its parties if any, its rival values if several, the prior if it came
     * from a model.
     */
    private final int head;
    private final int size;

    /**
     * @param evidence      the assessment's evidence, held (an immutable list: pass the assessment's own)
     * @param silentParties the assessment's silent parties, held (idem)
     * @param prior         the claim's prior from a model, or null when it is the default
     * @param defaultPrior  the default prior
     */
    Explanation(Claim claim, List<Evidence> evidence, List<Source> silentParties, Set<String> supportOrigins,
                Set<String> opposeOrigins, double p, Interval interval, Grade grade, ClaimStatus status,
                boolean valuesDisputed, boolean capped, boolean namedSupport, ClaimPrior.Estimate prior,
                double defaultPrior) {
        this.claim = Objects.requireNonNull(claim, "claim");
        this.evidence = org.corroborate.core.EvidenceList.copyOf(evidence);
        this.silentParties = List.copyOf(silentParties);
        this.supportOrigins = List.copyOf(supportOrigins);
        this.opposeOrigins = List.copyOf(opposeOrigins);
        this.p = p;
        this.interval = Objects.requireNonNull(interval, "interval");
        this.grade = Objects.requireNonNull(grade, "grade");
        this.status = Objects.requireNonNull(status, "status");
        this.valuesDisputed = valuesDisputed;
        this.capped = capped;
        this.namedSupport = namedSupport;
        this.prior = prior;
        this.defaultPrior = defaultPrior;
        this.head = 1 + (claim.parties().isEmpty() ? 0 : 1) + (claim.values().size() > 1 ? 1 : 0)
                + (prior == null ? 0 : 1);
        this.size = head + Math.min(evidence.size(), Corroborator.EXPLAINED_EVIDENCE)
                + (evidence.size() > Corroborator.EXPLAINED_EVIDENCE ? 1 : 0) + silentParties.size()
                + (capped ? 1 : 0) + 2;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String get(int index) {
        int i = Objects.checkIndex(index, size);
        if (i < head) {
            return headLine(i);
        }
        i -= head;
        int explained = Math.min(evidence.size(), Corroborator.EXPLAINED_EVIDENCE);
        if (i < explained) {
            return evidenceLine(evidence.get(i));
        }
        i -= explained;
        if (evidence.size() > Corroborator.EXPLAINED_EVIDENCE) {
            if (i == 0) {
                return String.format(Locale.ROOT, "\u2026 and %d more pieces of evidence (all are in the evidence"
                        + " list)", evidence.size() - Corroborator.EXPLAINED_EVIDENCE);
            }
            i--;
        }
        if (i < silentParties.size()) {
            return "Silent party: " + silentParties.get(i).name() + " has not confirmed (recorded; not a denial)";
        }
        i -= silentParties.size();
        if (capped) {
            if (i == 0) {
                return "Credibility 2, not 1: the independent origins back the claim with values that disagree";
            }
            i--;
        }
        if (i == 0) {
            return String.format(Locale.ROOT, "Independent origins supporting: %d (%s); opposing: %d%s",
                    supportOrigins.size(), String.join(", ", supportOrigins), opposeOrigins.size(),
                    opposeOrigins.isEmpty() ? "" : " (" + String.join(", ", opposeOrigins) + ")");
        }
        return String.format(Locale.ROOT, "Probability %.2f, %d%% interval [%.2f, %.2f]; grade %s (%s, %s);"
                        + " status: %s%s", p, Math.round(interval.level() * 100), interval.lower(), interval.upper(),
                grade, grade.reliabilityMeaning(), grade.credibilityMeaning(), status.label(),
                statusReason(status, supportOrigins.size(), p, namedSupport));
    }

    /**
     * Line {@code i} of the head: the claim, then its parties if any, then its rival values if several, then the
     * prior if it came from a model.
     */
    private String headLine(int i) {
        if (i == 0) {
            return "Claim: " + claim.statement();
        }
        if (prior != null && i == head - 1) {
            return priorLine();
        }
        if (i == 1 && !claim.parties().isEmpty()) {
            List<String> names = new ArrayList<>();
            claim.parties().forEach(s -> names.add(s.name()));
            return "Parties to the claim: " + String.join(", ", names);
        }
        return "Rival values: " + String.join(" / ", claim.values()) + (valuesDisputed
                ? " (values disputed: they disagree, so the figure is not corroborated even where the event is)"
                : " (they agree within their bounds)");
    }

    /** The prior from the model: its value, the model, and whom the model took as the speaker. */
    private String priorLine() {
        String speaker = prior.speaker().isEmpty() ? "no named speaker"
                : "speaker " + prior.speaker() + (prior.knownSpeaker() ? ", whose record the model holds"
                : ", unknown to the model");
        return String.format(Locale.ROOT, "Prior before evidence: %.3f, from the claim prior model %s (the"
                + " statement; %s), in place of the default %.2f", prior.probability(), prior.model(), speaker,
                defaultPrior);
    }

    private static String evidenceLine(Evidence e) {
        String mark = switch (e.role()) {
            case SUPPORTS -> "+";
            case OPPOSES -> "\u2212";
            case SILENT -> "\u25CB";
        };
        Attribution a = e.attribution();
        // concatenated, not formatted: the line is made for every piece a report explains
        return mark + ' ' + (a.source().text().isEmpty() ? "(unnamed)" : a.source().text()) + " [" + e.outlet()
                + "] \u201C" + a.cue().text() + "\u201D " + a.source().source().name() + ": \u201C"
                + Texts.abbreviate(a.contentText(), 160) + "\u201D \u2014 " + e.reason()
                + (e.counted() ? "; counted, weight " + Decimals.two(e.weight()) : "");
    }

    /**
     * Why a claim backed by several independent origins is, or is not, corroborated (the rule of
     * {@link ClaimStatus#CORROBORATED}); empty for the other statuses, which the counts of origins explain.
     */
    private static String statusReason(ClaimStatus status, int origins, double p, boolean namedSupport) {
        return switch (status) {
            case CORROBORATED -> String.format(Locale.ROOT, " (confirmed: %d independent origins, none against,"
                    + " probability %.2f, at least %.2f)", origins, p, Corroborator.CONFIRMED);
            case BACKED_NOT_CONFIRMED -> !namedSupport
                    ? String.format(Locale.ROOT, " (%d independent origins, none against, but none of them named:"
                    + " unnamed sources do not confirm)", origins)
                    : String.format(Locale.ROOT, " (%d independent origins, none against, but together they give a"
                    + " probability of %.2f, below the %.2f that confirms)", origins, p, Corroborator.CONFIRMED);
            default -> "";
        };
    }


    /**
     * An explanation as an abridged report shows it (see {@link Corroborator#abridgedExplanation}): the first
     * {@code head} lines of the whole, a line saying how many were left out, and its last 2; each made when asked for.
     */
    static final class Abridged extends ExplanationLines {
        private final List<String> whole;
        private final int head;

        /** @param whole more than {@code head + 3} lines; kept as it is if an {@link ExplanationLines}, else copied */
        Abridged(List<String> whole, int head) {
            this.whole = whole instanceof ExplanationLines ? whole : List.copyOf(whole);
            if (whole.size() <= head + 3) {
                throw new IllegalArgumentException("nothing to abridge in " + whole.size() + " lines");
            }
            this.head = head;
        }

        @Override
        public int size() {
            return head + 3;
        }

        @Override
        public String get(int index) {
            int i = Objects.checkIndex(index, head + 3);
            if (i < head) {
                return whole.get(i);
            }
            if (i == head) {
                return "\u2026 " + (whole.size() - head - 2) + " lines left out of this abridged report";
            }
            return whole.get(whole.size() - (head + 3 - i));
        }
    }
}
