package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Decimals;
import org.corroborate.core.Evidence;
import org.corroborate.core.EvidenceRole;
import org.corroborate.core.IsoWeek;
import org.corroborate.core.Published;
import org.corroborate.core.Verdict;
import org.corroborate.report.EarlierEvidence;
import org.corroborate.report.ReportInput;
import org.corroborate.report.html.CompareHtmlWriter;
import org.corroborate.report.html.OutletComparison;
import org.corroborate.scoring.Corroboration;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.OutletSummary;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;
import org.corroborate.store.ReviewState;
import org.corroborate.store.Store;
import org.corroborate.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate compare OUTLET OUTLET...}: outlets side by side, from the store. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare outlets side by side over the stored weeks: the claims they share, who reported"
                + " first, who presented unconfirmed (or refuted) claims as fact, who later corrected, their"
                + " attribution practice and their reliability week by week. The claims are assessed with their"
                + " evidence published before --from too, as 'report --week' assesses a week's (--earlier-weeks); the"
                + " outlets' rows count what they published from --from to --to. Prints a table; with --out also"
                + " writes compare.html."})
final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Parameters(arity = "2..*", paramLabel = "OUTLET", description = "Outlet names as stored (case-insensitive).")
    List<String> outlets;

    @Option(names = "--from", paramLabel = "WEEK", description = "First ISO week (default: the earliest stored).")
    String from;

    @Option(names = "--to", paramLabel = "WEEK", description = "Last ISO week (default: the latest stored).")
    String to;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Also write compare.html into this folder.")
    Path out;

    @Option(names = "--samples", paramLabel = "N", hidden = true, converter = PositiveNumbers.Samples.class,
            description = "Monte Carlo samples per claim (at least 100).")
    int samples = ScoringConfig.DEFAULTS.samples();

    @Mixin
    EarlierWeeksOption earlier = new EarlierWeeksOption();

    @Mixin
    ClaimPriorOption claimPrior = new ClaimPriorOption();

    @Mixin
    SourcePriorOption sourcePriors = new SourcePriorOption();

    /** What one outlet did. */
    record Column(String outlet, OutletSummary summary, int claims, int first, List<String> asFact,
                  List<String> corrected, Map<IsoWeek, Double> reliability) {
    }

    /** A claim that two or more of the outlets carried, with each one's first carrying article. */
    record Shared(Assessment claim, Map<String, Instant> firstBy, String firstOutlet) {
    }

    /** Outlets of a claim's earlier evidence that the printed table names, the most pieces first. */
    static final int EARLIER_OUTLETS_PRINTED = 5;

    /**
     * The claims the comparison lists (shared, presented as fact, corrected) that have evidence published before
     * {@code --from}, in report order, with the articles that assess them.
     */
    record Earlier(Map<String, Assessment> claims, Map<String, EarlierEvidence> byStatement,
                   Map<String, Article> articles, Map<String, Verdict> verdicts) {
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ClaimPriorOption.Loaded> model = claimPrior.load(spec);
        Optional<String> kinds = sourcePriors.load(spec);
        int earlierWeeks = earlier.weeks(spec);
        List<Column> columns = new ArrayList<>();
        List<Shared> shared = new ArrayList<>();
        Earlier earlierEvidence;
        IsoWeek first;
        IsoWeek last;
        try (Store s = Store.openExisting(store.spec())) {
            List<IsoWeek> weeks = s.weeks();
            if (weeks.isEmpty()) {
                err.println("corroborate: the store " + s.location() + " holds no dated article; store some with"
                        + " 'corroborate run ... --store'");
                return ExitCodes.FAILED;
            }
            first = from == null ? weeks.get(0) : week(from, "--from");
            last = to == null ? weeks.get(weeks.size() - 1) : week(to, "--to");
            if (first.compareTo(last) > 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--from " + first + " is after --to "
                        + last + (to == null ? " (the latest stored week)" : from == null
                        ? " (--from defaults to the earliest stored week)" : ""));
            }
            ReviewState review = s.resolutionState();
            TrackRecords records = review.trackRecords(Optional.empty());
            String what = first.equals(last) ? first.toString() : first + " to " + last;
            ScoringConfig config = sourcePriors.choose(ScoringConfig.DEFAULTS.withSamples(samples), kinds, s, first,
                    last, what, err);
            // the claims with evidence in the range, each assessed with its earlier evidence too, as the weekly
            // report assesses a week's; the outlets' rows count what they published in the range
            IsoWeek rangeFrom = first;
            IsoWeek rangeTo = last;
            Predicate<Article> inRange = a -> a.published().isPresent()
                    && IsoWeek.of(a.published().get().date()).compareTo(rangeFrom) >= 0
                    && IsoWeek.of(a.published().get().date()).compareTo(rangeTo) <= 0;
            Corroborator corroborator = Weekly.withClaimPrior(new Corroborator(config, records), claimPrior.choose(
                    model, s, first, last, what, err));
            Corroboration c = corroborator.score(Weekly.window(s, first, last, earlierWeeks), inRange);
            List<OutletSummary> rangeOutlets = corroborator.outlets(c, inRange);
            Map<String, Verdict> verdicts = Weekly.verdicts(review, c.assessments());
            Map<String, OutletSummary> byName = new LinkedHashMap<>();
            for (OutletSummary o : rangeOutlets) {
                byName.put(o.outlet().toLowerCase(Locale.ROOT), o);
            }
            List<String> names = new ArrayList<>();
            for (String o : outlets) {
                OutletSummary sum = byName.get(o.toLowerCase(Locale.ROOT));
                if (sum == null) {
                    List<String> known = new ArrayList<>();
                    rangeOutlets.forEach(x -> known.add(x.outlet()));
                    err.println("corroborate: no article of outlet '" + o + "' is stored for " + first + " to " + last
                            + "; outlets stored: " + String.join(", ", known));
                    return ExitCodes.FAILED;
                }
                names.add(sum.outlet());
            }
            Map<String, Article> articles = new HashMap<>();
            for (AnnotatedArticle aa : c.articles()) {
                articles.put(aa.article().id(), aa.article());
            }
            Map<String, int[]> firstCount = new HashMap<>();
            Map<String, List<String>> asFact = new HashMap<>();
            Map<String, List<String>> corrected = new HashMap<>();
            Map<String, Integer> carried = new HashMap<>();
            Map<String, Assessment> listed = new LinkedHashMap<>();
            for (Assessment a : c.assessments()) {
                Map<String, Instant> firstBy = new TreeMap<>();
                Map<String, Instant> firstSupport = new HashMap<>();
                Map<String, Instant> laterTurn = new HashMap<>();
                Verdict v = verdicts.get(a.claim().id());
                boolean unconfirmed = v == null ? a.status() != ClaimStatus.CORROBORATED
                        : v.outcome() == Verdict.Outcome.REFUTED;
                for (Evidence e : a.evidence()) {
                    String o = e.outlet();
                    Article art = articles.get(e.attribution().articleId());
                    if (!names.contains(o) || art != null && !inRange.test(art)) {
                        continue; // another outlet, or earlier evidence: it counts for the claim's status only
                    }
                    Instant t = art == null ? Instant.MAX : art.published().map(Published::toInstant)
                            .orElse(Instant.MAX);
                    firstBy.merge(o, t, (x, y) -> x.isBefore(y) ? x : y);
                    if (e.role() == EvidenceRole.SUPPORTS && e.attribution().hedges().isEmpty()) {
                        firstSupport.merge(o, t, (x, y) -> x.isBefore(y) ? x : y);
                        if (unconfirmed) {
                            List<String> l = asFact.computeIfAbsent(o, k -> new ArrayList<>());
                            if (!l.contains(a.claim().statement())) {
                                l.add(a.claim().statement());
                            }
                            listed.put(a.claim().id(), a);
                        }
                    } else if (e.role() == EvidenceRole.OPPOSES || e.role() == EvidenceRole.SUPPORTS) {
                        laterTurn.merge(o, t, (x, y) -> x.isAfter(y) ? x : y);
                    }
                }
                for (Map.Entry<String, Instant> en : firstSupport.entrySet()) {
                    Instant turn = laterTurn.get(en.getKey());
                    if (turn != null && turn.isAfter(en.getValue())) {
                        corrected.computeIfAbsent(en.getKey(), k -> new ArrayList<>()).add(a.claim().statement());
                        listed.put(a.claim().id(), a);
                    }
                }
                firstBy.keySet().forEach(o -> carried.merge(o, 1, Integer::sum));
                if (firstBy.size() >= 2) {
                    String earliest = null;
                    for (Map.Entry<String, Instant> en : firstBy.entrySet()) {
                        if (earliest == null || en.getValue().isBefore(firstBy.get(earliest))) {
                            earliest = en.getKey();
                        }
                    }
                    firstCount.computeIfAbsent(earliest, k -> new int[1])[0]++;
                    shared.add(new Shared(a, firstBy, earliest));
                    listed.put(a.claim().id(), a);
                }
            }
            // the listed claims' evidence before the range, marked and summed up as the weekly report does
            Map<String, Assessment> withEarlier = new LinkedHashMap<>();
            Map<String, EarlierEvidence> byStatement = new HashMap<>();
            for (Assessment a : c.assessments()) {
                if (listed.containsKey(a.claim().id())) {
                    EarlierEvidence e = EarlierEvidence.of(a, articles::get, first);
                    if (!e.isEmpty()) {
                        withEarlier.put(a.claim().id(), a);
                        byStatement.putIfAbsent(a.claim().statement(), e);
                    }
                }
            }
            earlierEvidence = new Earlier(withEarlier, byStatement, articles, verdicts);
            List<IsoWeek> range = new ArrayList<>();
            for (IsoWeek w : weeks) {
                if (w.compareTo(first) >= 0 && w.compareTo(last) <= 0) {
                    range.add(w);
                }
            }
            Map<IsoWeek, TrackRecords> upTo = review.trackRecordsByWeek(range);
            for (String o : names) {
                Map<IsoWeek, Double> rel = new LinkedHashMap<>();
                upTo.forEach((w, r) -> rel.put(w, Weekly.outletReliability(config, r, o).posteriorMean()));
                columns.add(new Column(o, byName.get(o.toLowerCase(Locale.ROOT)), carried.getOrDefault(o, 0),
                        firstCount.getOrDefault(o, new int[1])[0], asFact.getOrDefault(o, List.of()),
                        corrected.getOrDefault(o, List.of()), rel));
            }
        } catch (StoreException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        List<String[]> rows = rows(columns);
        text(stdout, first, last, columns, rows, shared, earlierEvidence.byStatement());
        if (out != null) {
            try {
                Files.createDirectories(out);
                IsoWeek f = first;
                IsoWeek l = last;
                RunCommand.writeAtomically(out.resolve("compare.html"), w -> new CompareHtmlWriter().write(
                        comparison(f, l, columns, rows, shared, earlierEvidence), w));
                stdout.println("Wrote " + out.resolve("compare.html"));
                stdout.flush();
            } catch (IOException e) {
                err.println("corroborate: cannot write " + out.resolve("compare.html") + ": " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        return ExitCodes.OK;
    }

    private IsoWeek week(String text, String option) {
        return IsoWeek.parse(text).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                option + " '" + text + "' is not an ISO week such as 2025-W09"));
    }

    private static List<String[]> rows(List<Column> columns) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Articles", columns, c -> String.valueOf(c.summary().articles())));
        rows.add(row("Claims carried", columns, c -> String.valueOf(c.claims())));
        rows.add(row("Reported a shared claim first", columns, c -> String.valueOf(c.first())));
        rows.add(row("Unconfirmed claims as fact", columns, c -> String.valueOf(c.asFact().size())));
        rows.add(row("Later corrected or hedged", columns, c -> String.valueOf(c.corrected().size())));
        rows.add(row("Named sources", columns, c -> pct(c.summary().namedShare())));
        rows.add(row("Hedged attributions", columns, c -> pct(c.summary().hedgedShare())));
        rows.add(row("Direct quotes", columns, c -> pct(c.summary().directShare())));
        rows.add(row("Wire copies", columns, c -> String.valueOf(c.summary().wireCopies())));
        rows.add(row("State-media relays", columns, c -> String.valueOf(c.summary().stateMediaRelays())));
        if (!columns.isEmpty()) {
            for (IsoWeek w : columns.get(0).reliability().keySet()) {
                rows.add(row("Reliability " + w, columns, c -> Decimals.two(c.reliability().get(w))));
            }
        }
        return rows;
    }

    private static String[] row(String label, List<Column> columns, java.util.function.Function<Column, String> f) {
        String[] r = new String[columns.size() + 1];
        r[0] = label;
        for (int i = 0; i < columns.size(); i++) {
            r[i + 1] = f.apply(columns.get(i));
        }
        return r;
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static void text(PrintWriter out, IsoWeek first, IsoWeek last, List<Column> columns, List<String[]> rows,
                             List<Shared> shared, Map<String, EarlierEvidence> earlier) {
        out.printf("Outlets compared, %s to %s%n%n", first, last);
        int w0 = 30;
        int w = 16;
        for (Column c : columns) {
            w = Math.max(w, c.outlet().length() + 2);
        }
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + w0 + "s", ""));
        for (Column c : columns) {
            head.append(String.format(Locale.ROOT, "%" + w + "s", c.outlet()));
        }
        out.println(head.toString().stripTrailing());
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + w0 + "s", r[0]));
            for (int i = 1; i < r.length; i++) {
                sb.append(String.format(Locale.ROOT, "%" + w + "s", r[i]));
            }
            out.println(sb);
        }
        out.printf("%nShared claims (%d):%n", shared.size());
        for (Shared s : shared) {
            List<String> parts = new ArrayList<>();
            s.firstBy().forEach((o, t) -> parts.add(o + " " + (t.equals(Instant.MAX) ? "undated" : t.toString())
                    + (o.equals(s.firstOutlet()) ? " (first)" : "")));
            out.printf("  - %s [%s]: %s%n", s.claim().claim().statement(), s.claim().status().label(),
                    String.join("; ", parts));
            earlierLines(out, earlier.get(s.claim().claim().statement()));
        }
        for (Column c : columns) {
            if (!c.asFact().isEmpty()) {
                out.printf("%n%s presented as fact, unconfirmed or refuted:%n", c.outlet());
                c.asFact().forEach(x -> {
                    out.println("  - " + x);
                    earlierLines(out, earlier.get(x));
                });
            }
            if (!c.corrected().isEmpty()) {
                out.printf("%n%s later corrected or hedged:%n", c.outlet());
                c.corrected().forEach(x -> {
                    out.println("  - " + x);
                    earlierLines(out, earlier.get(x));
                });
            }
        }
        out.flush();
    }

    /**
     * Under a listed claim with evidence before the range: {@code earlier evidence: 3 pieces in 2 articles of 2
     * outlets, ...}, then the first {@link #EARLIER_OUTLETS_PRINTED} outlets' counts, one a line.
     */
    private static void earlierLines(PrintWriter out, EarlierEvidence e) {
        if (e == null) {
            return;
        }
        out.println("      earlier evidence: " + e.summary());
        for (int i = 0; i < Math.min(EARLIER_OUTLETS_PRINTED, e.byOutlet().size()); i++) {
            out.println("        " + EarlierEvidence.summary(e.byOutlet().get(i)));
        }
        if (e.byOutlet().size() > EARLIER_OUTLETS_PRINTED) {
            out.println("        … " + EarlierEvidence.plural(e.byOutlet().size() - EARLIER_OUTLETS_PRINTED,
                    "more outlet") + " (compare.html lists " + Math.min(e.byOutlet().size(),
                    ReportInput.EARLIER_OUTLETS_SHOWN) + ")");
        }
    }

    private static OutletComparison comparison(IsoWeek first, IsoWeek last, List<Column> columns,
                                               List<String[]> rows, List<Shared> shared, Earlier earlier) {
        List<OutletComparison.Row> measures = new ArrayList<>();
        for (String[] r : rows) {
            measures.add(new OutletComparison.Row(r[0], List.of(r).subList(1, r.length)));
        }
        List<OutletComparison.SharedClaim> claims = new ArrayList<>();
        for (Shared s : shared) {
            claims.add(new OutletComparison.SharedClaim(s.claim().claim().statement(), s.claim().status().label(),
                    s.firstOutlet(), s.claim().claim().id()));
        }
        List<OutletComparison.OutletClaims> byOutlet = new ArrayList<>();
        for (Column c : columns) {
            byOutlet.add(new OutletComparison.OutletClaims(c.outlet(), c.asFact(), c.corrected()));
        }
        List<OutletComparison.EarlierClaim> cards = new ArrayList<>();
        for (Assessment a : earlier.claims().values()) {
            cards.add(OutletComparison.earlierClaim(a, earlier.articles(),
                    Optional.ofNullable(earlier.verdicts().get(a.claim().id())), first, last));
        }
        return new OutletComparison(first.toString(), last.toString(), columns.stream().map(Column::outlet).toList(),
                measures, claims, byOutlet, cards);
    }
}
