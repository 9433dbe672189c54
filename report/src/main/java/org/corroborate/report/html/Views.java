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
import org.corroborate.core.Decimals;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Evidence;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.Source;
import org.corroborate.core.Stance;
import org.corroborate.core.Verdict;
import org.corroborate.report.EarlierEvidence;
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
     * copy when one of them was counted, else the first. In the report of {@code week} when present, a piece of
     * evidence published in another week says which, after its date ({@code 2025-02-27 (2025-W09, an earlier
     * week)}).
     */
    static ClaimView claim(Assessment a, Map<String, Article> articles, boolean abridged, OptionalDouble joint,
                           boolean subheading, Optional<Verdict> verdict, Optional<IsoWeek> week) {
        return claim(a, articles::get, articles::get, abridged, ReportInput.explanationShown(a, abridged), joint,
                subheading, verdict, week.map(w -> new Span(w, w)));
    }

    /**
     * As above, with the articles looked up by id (null for an unknown id): {@code withBodies} gives an article with
     * its body, for the sentence a row paints, and {@code articles} one that may lack it, for the dates of the
     * other outlets that printed the same sentence (a large run reads a body back from disk, so only the bodies
     * painted are read); and the explanation lines shown given ({@link ReportInput#explanationShown(Assessment)}).
     */
    static ClaimView claim(Assessment a, java.util.function.Function<String, Article> withBodies,
                           java.util.function.Function<String, Article> articles, boolean abridged,
                           List<String> explanation, OptionalDouble joint, boolean subheading,
                           Optional<Verdict> verdict) {
        return claim(a, withBodies, articles, abridged, explanation, joint, subheading, verdict, Optional.empty());
    }

    /**
     * One claim of the weeks {@code first} to {@code last} with all its evidence, as the weekly report shows a claim
     * of its week: evidence published in another week says which after its date, and the evidence before
     * {@code first} is summed up ({@link EarlierEvidence}) and, when there is much of it, condensed.
     */
    static ClaimView claim(Assessment a, Map<String, Article> articles, boolean subheading, Optional<Verdict> verdict,
                           IsoWeek first, IsoWeek last) {
        return claim(a, articles::get, articles::get, false, ReportInput.explanationShown(a, false),
                OptionalDouble.empty(), subheading, verdict, Optional.of(new Span(first, last)));
    }

    /** The weeks a report covers: evidence published before {@code first} is earlier, after {@code last} later. */
    private record Span(IsoWeek first, IsoWeek last) {
    }

    private static ClaimView claim(Assessment a, java.util.function.Function<String, Article> withBodies,
                                   java.util.function.Function<String, Article> articles, boolean abridged,
                                   List<String> explanation, OptionalDouble joint, boolean subheading,
                                   Optional<Verdict> verdict, Optional<Span> week) {
        Rows rows = sameSentenceRows(a.evidence(), abridged ? ReportInput.EVIDENCE_SHOWN : Integer.MAX_VALUE);
        Optional<EarlierEvidence> before = week.map(w -> EarlierEvidence.of(a, articles, w.first()))
                .filter(e -> !e.isEmpty());
        List<List<Piece>> shown = rows.shown();
        int earlierRows = 0;
        if (before.isPresent()) {
            for (List<Piece> row : shown) {
                earlierRows += allEarlier(row, articles, before.get().before()) ? 1 : 0;
            }
        }
        // much earlier evidence: the rows that hold some of the weeks' evidence, and of the others those that count
        // or oppose (up to a limit); the rest is condensed by outlet
        boolean condensed = earlierRows > ReportInput.EARLIER_ROWS_SHOWN;
        int rowsLeftOut = 0;
        int piecesLeftOut = 0;
        if (condensed) {
            java.util.Set<List<Piece>> listed = listedEarlierRows(shown, articles, before.get().before());
            List<List<Piece>> kept = new ArrayList<>();
            for (List<Piece> row : shown) {
                if (listed.contains(row) || !allEarlier(row, articles, before.get().before())) {
                    kept.add(row);
                } else {
                    rowsLeftOut++;
                    piecesLeftOut += row.size();
                }
            }
            shown = kept;
        }
        List<ClaimView.Evidence> evidence = new ArrayList<>();
        for (List<Piece> row : shown) {
            evidence.add(evidence(row, withBodies, articles, week, condensed ? ReportInput.EARLIER_ROWS_SHOWN
                    : Integer.MAX_VALUE));
        }
        int more = rows.leftOut();
        Optional<ClaimView.Earlier> earlier = before.isEmpty() ? Optional.empty()
                : Optional.of(earlier(before.get(), condensed, rowsLeftOut, piecesLeftOut));
        return new ClaimView(subheading, a.claim().id(), a.claim().statement(), a.status().name(),
                a.status().label(a.origins()), f2(a.probability()), Bar.of(a.probability(), a.interval().lower(),
                a.interval().upper()), Math.round(a.interval().level() * 100), a.grade().reliabilityMeaning(),
                a.grade().credibilityMeaning(), a.grade().toString(),
                a.origins() + (a.origins() == 1 ? " independent origin" : " independent origins"),
                joint.isPresent() ? f2(joint.getAsDouble()) : "", names(a.claim().parties()),
                a.claim().parties().isEmpty() ? "" : names(a.silentParties()),
                a.claim().values().size() > 1 ? String.join(" / ", a.claim().values())
                        + (a.valuesDisputed() ? " (values disputed: the figure is not corroborated)" : "") : "", evidence, more,
                explanation, verdict.map(Views::verdict), earlier);
    }

    /** Whether every piece of {@code row} was published in a week before {@code before}. */
    private static boolean allEarlier(List<Piece> row, java.util.function.Function<String, Article> articles,
                                      IsoWeek before) {
        for (Piece p : row) {
            if (!EarlierEvidence.isEarlier(articles.apply(p.articleId()), before)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rows of earlier evidence a claim lists when its earlier evidence is condensed, at most
     * {@link ReportInput#EARLIER_ROWS_SHOWN}: those against the claim first, then of those counted the earliest half
     * (who reported it first) and the latest half (the last before the weeks reported). Rows compare by identity.
     */
    private static java.util.Set<List<Piece>> listedEarlierRows(List<List<Piece>> rows,
                                                                java.util.function.Function<String, Article> articles,
                                                                IsoWeek before) {
        List<List<Piece>> against = new ArrayList<>();
        List<List<Piece>> counted = new ArrayList<>();
        for (List<Piece> row : rows) {
            if (!allEarlier(row, articles, before)) {
                continue;
            }
            if (row.get(0).evidence().role() == EvidenceRole.OPPOSES) {
                against.add(row);
            } else if (row.stream().anyMatch(p -> p.evidence().counted())) {
                counted.add(row);
            }
        }
        java.util.Set<List<Piece>> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int max = ReportInput.EARLIER_ROWS_SHOWN;
        listed.addAll(against.subList(0, Math.min(max, against.size())));
        int room = max - listed.size();
        if (counted.size() <= room) {
            listed.addAll(counted);
        } else {
            listed.addAll(counted.subList(0, room - room / 2));
            listed.addAll(counted.subList(counted.size() - room / 2, counted.size()));
        }
        return listed;
    }

    /** A claim's earlier evidence as the claim shows it: its summary and, when condensed, a row per outlet. */
    private static ClaimView.Earlier earlier(EarlierEvidence e, boolean condensed, int rowsLeftOut,
                                             int piecesLeftOut) {
        List<ClaimView.EarlierOutlet> outlets = new ArrayList<>();
        int outletsLeftOut = 0;
        if (condensed) {
            for (EarlierEvidence.Outlet o : e.byOutlet()) {
                if (outlets.size() < ReportInput.EARLIER_OUTLETS_SHOWN) {
                    outlets.add(new ClaimView.EarlierOutlet(o.outlet(), o.pieces(), o.articles(), o.counted(),
                            o.opposing(), o.first().toString(), o.last().toString()));
                } else {
                    outletsLeftOut++;
                }
            }
        }
        return new ClaimView.Earlier(e.before().toString(), e.summary(), condensed, outlets, outletsLeftOut,
                rowsLeftOut, piecesLeftOut);
    }

    /** A piece of evidence and the id of its article, read with its attribution. */
    private record Piece(Evidence evidence, String articleId) {
    }

    /** What the pieces of a row share besides their content: role, source, the source's and the cue's words, stance. */
    private record RowKey(EvidenceRole role, String sourceId, String sourceText, String cue, Stance stance) {
    }

    /**
     * The rows a claim shows, and how many pieces the rows left out hold.
     *
     * @param shown    each row's pieces, the shown piece first
     * @param leftOut  the pieces of the rows after the first {@code maxRows}
     */
    private record Rows(List<List<Piece>> shown, int leftOut) {
    }

    /**
     * The evidence grouped into rows of the same sentence (the same role, source, source words, cue, content and
     * stance), in the order each row first appears: the first {@code maxRows} rows, the shown piece (the counted
     * one, else the first) leading each, and the number of pieces in the rows after them. Each piece's attribution
     * is read once; the content of a piece that can only belong to a row left out is not read at all (a large run
     * reads it back from disk), and the rows left out are counted, not kept.
     */
    private static Rows sameSentenceRows(List<Evidence> pieces, int maxRows) {
        Map<RowKey, Map<String, List<Piece>>> byKey = new HashMap<>();
        List<List<Piece>> rows = new ArrayList<>();
        int leftOut = 0;
        for (Evidence e : pieces) {
            Attribution at = e.attribution();
            RowKey key = new RowKey(e.role(), at.source().source().id(), at.source().text(), at.cue().text(),
                    at.stance());
            Map<String, List<Piece>> byContent = byKey.get(key);
            boolean room = rows.size() < maxRows;
            List<Piece> row = null;
            if (byContent != null || room) {
                String content = at.contentText();
                row = byContent == null ? null : byContent.get(content);
                if (row == null && room) {
                    row = new ArrayList<>();
                    byKey.computeIfAbsent(key, k -> new HashMap<>()).put(content, row);
                    rows.add(row);
                }
            }
            if (row == null) {
                leftOut++;
            } else {
                row.add(new Piece(e, at.articleId()));
            }
        }
        for (List<Piece> row : rows) {
            for (int i = 1; i < row.size(); i++) {
                if (row.get(i).evidence().counted() && !row.get(0).evidence().counted()) {
                    row.add(0, row.remove(i));
                    break;
                }
            }
        }
        return new Rows(rows, leftOut);
    }

    private static ClaimView.Evidence evidence(List<Piece> row,
                                               java.util.function.Function<String, Article> withBodies,
                                               java.util.function.Function<String, Article> articles,
                                               Optional<Span> week, int alsoShown) {
        Evidence e = row.get(0).evidence();
        Attribution at = e.attribution();
        Article art = withBodies.apply(at.articleId());
        String symbol = switch (e.role()) {
            case SUPPORTS -> "+";
            case OPPOSES -> "\u2212";
            case SILENT -> "\u25CB";
        };
        List<String> also = new ArrayList<>(Math.min(row.size() - 1, 64));
        int alsoLeftOut = Math.max(0, row.size() - 1 - alsoShown);
        for (Piece piece : row.subList(1, row.size() - alsoLeftOut)) {
            Evidence other = piece.evidence();
            Article oa = articles.apply(piece.articleId());
            String when = oa == null ? "" : oa.published().map(p -> p.date().toString()
                    + (otherWeek(p, week).isEmpty() ? "" : ", " + otherWeek(p, week)))
                    .orElse("");
            also.add(other.outlet() + (when.isEmpty() ? "" : " (" + when + ")")
                    + (other.counted() ? ", counted, weight " + f2(other.weight()) : ""));
        }
        return new ClaimView.Evidence(e.role().name(), e.role().name().toLowerCase(Locale.ROOT), symbol,
                art == null ? List.of(new Segment("", at.contentText()))
                        : SentencePainter.paint(at, art.body()),
                at.source().source().name(), e.outlet(), art == null ? "" : art.title(),
                art == null ? "" : art.published().map(p -> p
                        + (otherWeek(p, week).isEmpty() ? "" : " (" + otherWeek(p, week) + ")")).orElse(""), e.reason(),
                e.counted() ? f2(e.weight()) : "", String.join(", ", also) + (alsoLeftOut == 0 ? ""
                : ", and " + String.format(Locale.ROOT, "%,d", alsoLeftOut) + " more"));
    }

    /** {@code 2025-W09, an earlier week} when {@code p} is not in the weeks {@code week}; else empty. */
    private static String otherWeek(org.corroborate.core.Published p, Optional<Span> week) {
        if (week.isEmpty()) {
            return "";
        }
        IsoWeek w = IsoWeek.of(p.date());
        return w.compareTo(week.get().first()) < 0 ? w + ", an earlier week"
                : w.compareTo(week.get().last()) > 0 ? w + ", a later week" : "";
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
        return Decimals.two(v);
    }

    static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
