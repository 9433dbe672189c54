package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.ingest.extract.Presentation;
import org.corroborate.ingest.extract.PresentationClassifier;
import org.corroborate.ingest.extract.PresentationClassifier.Options;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval stance FILE}: headline presentation against Emergent's headline stance labels
 * (ASSERTED = for, ATTRIBUTED = observing, DENIED = against).
 */
@Command(name = "stance",
        description = "Score the headline presentation classifier on an Emergent CSV (claimHeadline,"
                + " articleHeadline, articleHeadlineStance): accuracy and confusion matrix, with the default options"
                + " and by k-fold cross-validation over the options (folds by claim).")
public final class EvalStanceCommand implements Callable<Integer> {

    private static final String[] LABELS = {"for", "observing", "against"};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Emergent CSV (url-versions-2015-06-14-clean-train.csv).")
    Path file;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "10",
            description = "Cross-validation folds, by claim id (default: ${DEFAULT-VALUE}; 0 = none).")
    int folds;

    @Option(names = "--dev-every", paramLabel = "N", defaultValue = "5",
            description = "Also score a train and a dev part: claims in order of first appearance, every N-th"
                    + " held out as dev (default: ${DEFAULT-VALUE}; 0 = no split). Tune on train, report dev.")
    int devEvery;

    @Option(names = "--misses", paramLabel = "FILE",
            description = "Write every headline the default options get wrong (gold, predicted, claim, headline) as"
                    + " TSV, for error analysis.")
    java.nio.file.Path misses;

    private record Row(String claim, String headline, int gold, String claimId) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<List<String>> csv = SimpleCsv.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (csv.isEmpty()) {
            err.println(file + ": empty");
            return ExitCodes.FAILED;
        }
        List<String> header = csv.get(0);
        int ch = header.indexOf("claimHeadline");
        int ah = header.indexOf("articleHeadline");
        int st = header.indexOf("articleHeadlineStance");
        int ci = header.indexOf("claimId");
        if (ch < 0 || ah < 0 || st < 0) {
            err.println(file + ": expected columns claimHeadline, articleHeadline, articleHeadlineStance; got "
                    + header);
            return ExitCodes.FAILED;
        }
        List<Row> rows = new ArrayList<>();
        int skipped = 0;
        for (List<String> r : csv.subList(1, csv.size())) {
            int gold = r.size() > st ? List.of(LABELS).indexOf(r.get(st).trim()) : -1;
            if (gold < 0 || r.size() <= Math.max(ch, ah)) {
                skipped++;
                continue;
            }
            rows.add(new Row(r.get(ch), r.get(ah), gold, ci >= 0 && r.size() > ci ? r.get(ci) : r.get(ch)));
        }
        java.util.Set<String> devClaims = new java.util.HashSet<>();
        if (devEvery >= 2) {
            java.util.Set<String> order = new java.util.LinkedHashSet<>();
            rows.forEach(r -> order.add(r.claimId));
            int k = 0;
            for (String id : order) {
                if (++k % devEvery == 0) {
                    devClaims.add(id);
                }
            }
        }
        int[][] cm = new int[3][3];
        int right = score(rows, Options.DEFAULTS, cm);
        if (misses != null) {
            PresentationClassifier c = new PresentationClassifier(Options.DEFAULTS);
            List<String> lines = new ArrayList<>();
            lines.add("gold\tpredicted\tpart\tclaim\theadline");
            for (Row r : rows) {
                int p = label(c.classify(r.headline, "", r.claim));
                if (p != r.gold) {
                    lines.add(LABELS[r.gold] + "\t" + LABELS[p] + "\t" + (devClaims.contains(r.claimId) ? "dev"
                            : "train") + "\t" + r.claim.replaceAll("\\s+", " ") + "\t"
                            + r.headline.replaceAll("\\s+", " "));
                }
            }
            Files.write(misses, lines, StandardCharsets.UTF_8);
        }
        out.printf(Locale.ROOT, "headlines: %d (%d rows skipped)%n", rows.size(), skipped);
        out.printf(Locale.ROOT, "default options %s: accuracy %.3f (%d/%d)%n", Options.DEFAULTS,
                (double) right / rows.size(), right, rows.size());
        out.printf(Locale.ROOT, "confusion (rows gold, columns predicted): %-10s %10s %10s %10s%n", "", LABELS[0],
                LABELS[1], LABELS[2]);
        for (int g = 0; g < 3; g++) {
            out.printf(Locale.ROOT, "%41s %-10s %10d %10d %10d%n", "", LABELS[g], cm[g][0], cm[g][1], cm[g][2]);
        }
        if (!devClaims.isEmpty()) {
            List<Row> train = new ArrayList<>();
            List<Row> dev = new ArrayList<>();
            for (Row r : rows) {
                (devClaims.contains(r.claimId) ? dev : train).add(r);
            }
            out.printf(Locale.ROOT, "split by claim (claims in file order, every %d%s held out as dev): %d claims in"
                    + " dev%n", devEvery, ordinal(devEvery), devClaims.size());
            for (List<Row> part : List.of(train, dev)) {
                int[][] pm = new int[3][3];
                int pr = score(part, Options.DEFAULTS, pm);
                out.printf(Locale.ROOT, "  %-5s default options: accuracy %.3f (%d/%d)%n", part == train ? "train"
                        : "dev", (double) pr / part.size(), pr, part.size());
                for (int g = 0; g < 3; g++) {
                    out.printf(Locale.ROOT, "%41s %-10s %10d %10d %10d%n", "", LABELS[g], pm[g][0], pm[g][1],
                            pm[g][2]);
                }
            }
        }
        if (folds >= 2) {
            int cvRight = 0;
            int[][] cvm = new int[3][3];
            for (int f = 0; f < folds; f++) {
                List<Row> train = new ArrayList<>();
                List<Row> test = new ArrayList<>();
                for (Row r : rows) {
                    (Math.floorMod(r.claimId.hashCode(), folds) == f ? test : train).add(r);
                }
                Options best = Options.DEFAULTS;
                int bestScore = -1;
                for (Options o : Options.all()) {
                    int s = score(train, o, new int[3][3]);
                    if (s > bestScore) {
                        bestScore = s;
                        best = o;
                    }
                }
                cvRight += score(test, best, cvm);
                out.printf(Locale.ROOT, "  fold %d: %d test headlines, options chosen on the rest: %s%n", f,
                        test.size(), best);
            }
            out.printf(Locale.ROOT, "%d-fold cross-validation (folds by claim, options tuned on the other folds):"
                    + " accuracy %.3f (%d/%d)%n", folds, (double) cvRight / rows.size(), cvRight, rows.size());
            for (int g = 0; g < 3; g++) {
                out.printf(Locale.ROOT, "%41s %-10s %10d %10d %10d%n", "", LABELS[g], cvm[g][0], cvm[g][1],
                        cvm[g][2]);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String ordinal(int n) {
        return n % 10 == 1 && n % 100 != 11 ? "st" : n % 10 == 2 && n % 100 != 12 ? "nd"
                : n % 10 == 3 && n % 100 != 13 ? "rd" : "th";
    }

    private static int score(List<Row> rows, Options o, int[][] cm) {
        PresentationClassifier c = new PresentationClassifier(o);
        int right = 0;
        for (Row r : rows) {
            int p = label(c.classify(r.headline, "", r.claim));
            cm[r.gold][p]++;
            right += p == r.gold ? 1 : 0;
        }
        return right;
    }

    private static int label(Presentation p) {
        return switch (p) {
            case ASSERTED -> 0;
            case ATTRIBUTED -> 1;
            case DENIED -> 2;
        };
    }
}
