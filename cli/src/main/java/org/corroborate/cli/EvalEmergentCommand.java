package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.core.Article;
import org.corroborate.core.Assessment;
import org.corroborate.core.Attribution;
import org.corroborate.core.Claim;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.ContentKind;
import org.corroborate.core.Cue;
import org.corroborate.core.CueKind;
import org.corroborate.core.Hedge;
import org.corroborate.core.QuoteType;
import org.corroborate.core.Source;
import org.corroborate.core.SourceKind;
import org.corroborate.core.SourceMention;
import org.corroborate.core.Span;
import org.corroborate.core.Stance;
import org.corroborate.ingest.csv.CsvParser;
import org.corroborate.scoring.ClaimPrior;
import org.corroborate.scoring.Corroborator;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.eval.Auc;
import org.corroborate.scoring.reliability.TrackRecords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval emergent FILE}: how well the corroboration score separates true from false rumours in the
 * Emergent data (Ferreira and Vlachos 2016), from the headlines' stances and their outlets alone.
 *
 * <p>Each headline becomes one attribution of its claim by its outlet: {@code for} asserts, {@code against} denies,
 * {@code observing} asserts with distance (a hedge). Outlets' track records are learned from the other resolved
 * claims only (leave one claim out), then the very same {@link Corroborator} used for news scores the claim. AUC
 * is computed over claims whose truth is known (true against false); unknown claims are left out.
 */
@Command(name = "emergent", mixinStandardHelpOptions = true,
        description = "AUC of claim probabilities for true against false Emergent claims (leave one claim out).")
final class EvalEmergentCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Emergent CSV, e.g. ../shared/data/emergent/edata-train.csv")
    Path file;

    @Option(names = "--observing-hedge", paramLabel = "H", description = "Hedge strength of an observing headline"
            + " (default ${DEFAULT-VALUE}).")
    double observingHedge = 0.6;

    @Option(names = "--claim-prior", paramLabel = "MODEL", description = "Also score each claim with its prior from"
            + " this claim prior model (as 'run --claim-prior'; the speaker is the outlet of its first supporting"
            + " headline), and the model's prior alone.")
    Path claimPrior;

    /** One headline: its claim, outlet and stance. */
    record Row(String claimId, String claim, String headline, String outlet, String stance, String truth) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ClaimPrior prior = null;
        if (claimPrior != null) {
            try {
                prior = ClaimPrior.read(claimPrior);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--claim-prior " + e.getMessage());
            }
        }
        List<Row> rows = read(file);
        Map<String, List<Row>> byClaim = new LinkedHashMap<>();
        for (Row r : rows) {
            byClaim.computeIfAbsent(r.claimId(), k -> new ArrayList<>()).add(r);
        }
        List<String> resolved = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byClaim.entrySet()) {
            String t = e.getValue().get(0).truth();
            if (t.equals("true") || t.equals("false")) {
                resolved.add(e.getKey());
            }
        }
        int n = resolved.size();
        boolean[] truth = new boolean[n];
        double[] withRecords = new double[n];
        double[] withoutRecords = new double[n];
        double[] majority = new double[n];
        double[] accu = new double[n];
        double[] modelled = new double[n];
        double[] priorAlone = new double[n];
        // per status of the records-learned assessment: {claims, true claims}
        Map<ClaimStatus, int[]> byStatus = new java.util.EnumMap<>(ClaimStatus.class);
        for (int i = 0; i < n; i++) {
            String id = resolved.get(i);
            List<Row> claimRows = byClaim.get(id);
            truth[i] = claimRows.get(0).truth().equals("true");
            TrackRecords records = recordsWithout(id, resolved, byClaim);
            Assessment assessed = assess(id, claimRows, records, ScoringConfig.DEFAULTS, null);
            withRecords[i] = assessed.probability();
            if (prior != null) {
                Assessment withPrior = assess(id, claimRows, records, ScoringConfig.DEFAULTS, prior);
                modelled[i] = withPrior.probability();
                Headlines h = headlines(id, claimRows);
                priorAlone[i] = prior.of(h.claim(), h.articles()).probability();
            }
            int[] st = byStatus.computeIfAbsent(assessed.status(), k -> new int[2]);
            st[0]++;
            st[1] += truth[i] ? 1 : 0;
            withoutRecords[i] = score(id, claimRows, TrackRecords.empty());
            // Accu-style: the base rate of truth and outlets' records both learned without this claim, and a bad
            // record counting against what an outlet says
            int trueOthers = 0;
            for (String other : resolved) {
                if (!other.equals(id) && byClaim.get(other).get(0).truth().equals("true")) {
                    trueOthers++;
                }
            }
            double baseRate = (trueOthers + 1.0) / (n - 1 + 2.0);
            accu[i] = score(id, claimRows, records, ScoringConfig.DEFAULTS.withClaimPrior(baseRate).withVoteFloor(0));
            int f = 0;
            int a = 0;
            for (Row r : claimRows) {
                f += r.stance().equals("for") ? 1 : 0;
                a += r.stance().equals("against") ? 1 : 0;
            }
            majority[i] = (f + 1.0) / (f + a + 2.0);
        }
        int pos = 0;
        for (boolean b : truth) {
            pos += b ? 1 : 0;
        }
        out.printf(Locale.ROOT, "Emergent: %d headlines, %d claims, %d resolved (%d true, %d false)%n", rows.size(),
                byClaim.size(), n, pos, n - pos);
        out.printf(Locale.ROOT, "%-58s %6s %9s %6s%n", "method", "AUC", "accuracy", "ECE");
        line(out, "share of for among for+against (baseline)", majority, truth);
        line(out, "Corroborator, prior reliability by kind only", withoutRecords, truth);
        line(out, "Corroborator, outlets' records learned leaving the claim out", withRecords, truth);
        line(out, "... plus base rate learned, bad records count against (Accu-style)", accu, truth);
        if (prior != null) {
            line(out, "claim prior model alone (" + prior.name() + ")", priorAlone, truth);
            line(out, "Corroborator, outlets' records, prior from the model", modelled, truth);
        }
        // the status rule: how often a claim of each status is true (outlets' records learned leaving it out)
        out.printf(Locale.ROOT, "%-58s %6s %9s%n", "status (records learned leaving the claim out)", "claims",
                "true");
        int[] backed = new int[2];
        for (Map.Entry<ClaimStatus, int[]> e : byStatus.entrySet()) {
            out.printf(Locale.ROOT, "%-58s %6d %9.3f%n", e.getKey().name(), e.getValue()[0],
                    e.getValue()[1] / (double) e.getValue()[0]);
            if (e.getKey() == ClaimStatus.CORROBORATED || e.getKey() == ClaimStatus.BACKED_NOT_CONFIRMED) {
                backed[0] += e.getValue()[0];
                backed[1] += e.getValue()[1];
            }
        }
        if (backed[0] > 0) {
            out.printf(Locale.ROOT, "%-58s %6d %9.3f%n", "2+ origins, none against (corroborated by origins alone)",
                    backed[0], backed[1] / (double) backed[0]);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void line(PrintWriter out, String name, double[] p, boolean[] y) {
        int correct = 0;
        for (int i = 0; i < p.length; i++) {
            correct += (p[i] >= 0.5) == y[i] ? 1 : 0;
        }
        out.printf(Locale.ROOT, "%-58s %6.3f %9.3f %6.3f%n", name, Auc.of(p, y), correct / (double) p.length,
                Auc.expectedCalibrationError(p, y, 10));
    }

    /** Outlets' records from every resolved claim but {@code leftOut}. */
    private static TrackRecords recordsWithout(String leftOut, List<String> resolved, Map<String, List<Row>> byClaim) {
        Map<String, int[]> counts = new HashMap<>();
        for (String id : resolved) {
            if (id.equals(leftOut)) {
                continue;
            }
            for (Row r : byClaim.get(id)) {
                boolean isTrue = r.truth().equals("true");
                int[] c = counts.computeIfAbsent(Source.idFor(r.outlet()), k -> new int[2]);
                if (r.stance().equals("for")) {
                    c[isTrue ? 0 : 1]++;
                } else if (r.stance().equals("against")) {
                    c[isTrue ? 1 : 0]++;
                }
            }
        }
        Map<String, TrackRecords.Counts> m = new HashMap<>();
        counts.forEach((k, v) -> m.put(k, new TrackRecords.Counts(v[0], v[1])));
        return TrackRecords.of(m);
    }

    /** The claim's probability from its headlines, scored like news attributions. */
    private double score(String claimId, List<Row> rows, TrackRecords records) {
        return score(claimId, rows, records, ScoringConfig.DEFAULTS);
    }

    private double score(String claimId, List<Row> rows, TrackRecords records, ScoringConfig config) {
        return assess(claimId, rows, records, config, null).probability();
    }

    /**
     * The claim's assessment from its headlines, scored like news attributions; with its prior from {@code prior}
     * when it is not null.
     */
    private Assessment assess(String claimId, List<Row> rows, TrackRecords records, ScoringConfig config,
                              ClaimPrior prior) {
        Headlines h = headlines(claimId, rows);
        Corroborator c = new Corroborator(config.withSamples(100), records);
        return (prior == null ? c : c.withClaimPrior(prior)).assess(h.claim(), h.articles(), Map.of());
    }

    /** A claim made of its headlines, each one article of its outlet. */
    private record Headlines(Claim claim, Map<String, Article> articles) {
    }

    /** The claim of {@code rows}: each headline one attribution of the claim by its outlet. */
    private Headlines headlines(String claimId, List<Row> rows) {
        Map<String, Article> articles = new HashMap<>();
        List<Attribution> attrs = new ArrayList<>();
        int k = 0;
        for (Row r : rows) {
            String articleId = claimId + "/" + (k++);
            String body = r.headline().isBlank() ? "(no headline)" : r.headline();
            articles.put(articleId, Article.builder().id(articleId).outlet(r.outlet()).title(body).body(body)
                    .build());
            Source outlet = Source.adHoc(r.outlet(), SourceKind.NEWS_OUTLET, "");
            Stance stance = switch (r.stance()) {
                case "for", "observing" -> Stance.ASSERTS;
                case "against" -> Stance.DENIES;
                default -> Stance.UNKNOWN;
            };
            Span all = Span.of(0, body.length());
            List<Hedge> hedges = r.stance().equals("observing")
                    ? List.of(new Hedge(all, "observing", observingHedge)) : List.of();
            attrs.add(new Attribution(articleId + "#1", articleId, new SourceMention(Span.NONE, r.outlet(), outlet),
                    new Cue(Span.NONE, "", "headline", CueKind.OTHER), all, body, all, stance, hedges, List.of(),
                    QuoteType.INDIRECT, ContentKind.FACTUAL, List.of()));
        }
        return new Headlines(new Claim("c-" + claimId, rows.get(0).claim(), attrs, List.of(), List.of()), articles);
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvParser p = new CsvParser(r, 1 << 20);
            CsvParser.Record header = p.next();
            if (header == null) {
                throw new IOException(file + " is empty; expected the Emergent CSV header");
            }
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.fields().size(); i++) {
                col.put(header.fields().get(i), i);
            }
            for (String need : List.of("claimId", "claimHeadline", "articleHeadline", "articleHeadlineStance",
                    "source", "claimTruth")) {
                if (!col.containsKey(need)) {
                    throw new IOException(file + ":1: no column '" + need + "'; expected the Emergent CSV header");
                }
            }
            CsvParser.Record rec;
            while ((rec = p.next()) != null) {
                if (rec.problem() != CsvParser.Problem.NONE || rec.fields().size() < header.fields().size()) {
                    continue;
                }
                List<String> f = rec.fields();
                rows.add(new Row(f.get(col.get("claimId")), f.get(col.get("claimHeadline")),
                        f.get(col.get("articleHeadline")), f.get(col.get("source")),
                        f.get(col.get("articleHeadlineStance")).toLowerCase(Locale.ROOT),
                        f.get(col.get("claimTruth")).toLowerCase(Locale.ROOT)));
            }
        }
        return rows;
    }
}
