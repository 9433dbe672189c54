package org.corroborate.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Evidence;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.Source;
import org.corroborate.core.Verdict;
import org.corroborate.report.ReportInput;
import org.corroborate.report.html.internal.Bar;
import org.corroborate.report.html.internal.ClaimView;
import org.corroborate.report.html.internal.IngestView;
import org.corroborate.report.html.internal.Segment;
import org.corroborate.report.html.internal.SourceRow;
import org.corroborate.scoring.SourceSummary;

/** Builds the view models both reports share; every number is formatted here, with Locale.ROOT. */
final class Views {

    private Views() {
    }

    static Map<String, Article> articlesById(List<AnnotatedArticle> articles) {
        Map<String, Article> byId = new HashMap<>();
        for (AnnotatedArticle aa : articles) {
            byId.put(aa.article().id(), aa.article());
        }
        return byId;
    }

    /**
     * One claim with its evidence: all of it, or in an abridged report the first {@link ReportInput#EVIDENCE_SHOWN}
     * rows and a count of the pieces left out. The same sentence reprinted by other outlets (a wire copy: same role,
     * same source, same cue and content) is one row that names where else it appeared; the row shows the counted
     * copy when one of them was counted, else the first.
     */
    static ClaimView claim(Assessment a, Map<String, Article> articles, boolean abridged, OptionalDouble joint,
                           boolean subheading, Optional<Verdict> verdict) {
        return claim(a, articles::get, abridged, ReportInput.explanationShown(a, abridged), joint, subheading,
                verdict);
    }

    /**
     * As above, with the articles (bodies included) looked up by id (null for an unknown id) and the explanation
     * lines shown given ({@link ReportInput#explanationShown(Assessment)}).
     */
    static ClaimView claim(Assessment a, java.util.function.Function<String, Article> articles, boolean abridged,
                           List<String> explanation, OptionalDouble joint, boolean subheading,
                           Optional<Verdict> verdict) {
        List<List<Evidence>> rows = sameSentenceRows(a.evidence());
        List<ClaimView.Evidence> evidence = new ArrayList<>();
        int more = 0;
        for (List<Evidence> row : rows) {
            if (abridged && evidence.size() >= ReportInput.EVIDENCE_SHOWN) {
                more += row.size();
                continue;
            }
            evidence.add(evidence(row, articles));
        }
        return new ClaimView(subheading, a.claim().id(), a.claim().statement(), a.status().name(),
                a.status().label(a.origins()), f2(a.probability()), Bar.of(a.probability(), a.interval().lower(),
                a.interval().upper()), Math.round(a.interval().level() * 100), a.grade().reliabilityMeaning(),
                a.grade().credibilityMeaning(), a.grade().toString(),
                a.origins() + (a.origins() == 1 ? " independent origin" : " independent origins"),
                joint.isPresent() ? f2(joint.getAsDouble()) : "", names(a.claim().parties()),
                a.claim().parties().isEmpty() ? "" : names(a.silentParties()),
                a.claim().values().size() > 1 ? String.join(" / ", a.claim().values())
                        + (a.valuesDisputed() ? " (values disputed: the figure is not corroborated)" : "") : "", evidence, more,
                explanation, verdict.map(Views::verdict));
    }

    /**
     * The evidence grouped into rows of the same sentence, in the order each row first appears; the shown piece
     * (the counted one, else the first) leads its row.
     */
    static List<List<Evidence>> sameSentenceRows(List<Evidence> pieces) {
        Map<List<Object>, List<Evidence>> rows = new java.util.LinkedHashMap<>();
        for (Evidence e : pieces) {
            Attribution at = e.attribution();
            List<Object> key = List.of(e.role(), at.source().source().id(), at.source().text(), at.cue().text(),
                    at.contentText(), at.stance());
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<List<Evidence>> out = new ArrayList<>(rows.size());
        for (List<Evidence> row : rows.values()) {
            for (int i = 1; i < row.size(); i++) {
                if (row.get(i).counted() && !row.get(0).counted()) {
                    row.add(0, row.remove(i));
                    break;
                }
            }
            out.add(List.copyOf(row));
        }
        return out;
    }

    private static ClaimView.Evidence evidence(List<Evidence> row,
                                               java.util.function.Function<String, Article> articles) {
        Evidence e = row.get(0);
        Article art = articles.apply(e.attribution().articleId());
        Attribution at = e.attribution();
        String symbol = switch (e.role()) {
            case SUPPORTS -> "+";
            case OPPOSES -> "\u2212";
            case SILENT -> "\u25CB";
        };
        List<String> also = new ArrayList<>(row.size() - 1);
        for (Evidence other : row.subList(1, row.size())) {
            Article oa = articles.apply(other.attribution().articleId());
            String when = oa == null ? "" : oa.published().map(p -> p.date().toString()).orElse("");
            also.add(other.outlet() + (when.isEmpty() ? "" : " (" + when + ")")
                    + (other.counted() ? ", counted, weight " + f2(other.weight()) : ""));
        }
        return new ClaimView.Evidence(e.role().name(), e.role().name().toLowerCase(Locale.ROOT), symbol,
                art == null ? List.of(new Segment("", at.contentText()))
                        : SentencePainter.paint(at, art.body()),
                at.source().source().name(), e.outlet(), art == null ? "" : art.title(),
                art == null ? "" : art.published().map(Object::toString).orElse(""), e.reason(),
                e.counted() ? f2(e.weight()) : "", String.join(", ", also));
    }

    private static ClaimView.Verdict verdict(Verdict v) {
        return new ClaimView.Verdict(v.outcome().label(), v.reviewer(), v.decidedAt().toLocalDate().toString(),
                v.note());
    }

    static IngestView ingest(IngestSummary s, List<Diagnostic> diagnostics) {
        List<IngestView.Row> rows = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            rows.add(new IngestView.Row(d.location().toString(), d.severity().name().toLowerCase(Locale.ROOT),
                    d.kind(), d.message(), d.snippet()));
        }
        return new IngestView(s.files(), s.filesFailed(), s.articles(), s.duplicates(), s.skipped(), s.errors(),
                s.warnings(), rows);
    }

    static SourceRow source(SourceSummary s) {
        return new SourceRow(s.source().name(), s.source().kind().label(), s.source().country(), s.source().root(),
                s.mentions(), s.claims(), f2(s.reliability()), Bar.of(s.reliability(), s.interval().lower(),
                s.interval().upper()), s.letter(), s.resolved(), f4(s.interval().width()));
    }

    static String names(List<Source> sources) {
        List<String> n = new ArrayList<>();
        for (Source s : sources) {
            n.add(s.name());
        }
        return String.join(", ", n);
    }

    /** A share in [0, 1] as a whole percentage, e.g. {@code 42%}. */
    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
