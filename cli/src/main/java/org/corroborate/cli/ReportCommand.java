package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.core.IsoWeek;
import org.corroborate.report.WeeklyInput;
import org.corroborate.report.csv.CsvTables;
import org.corroborate.report.html.WeeklyHtmlWriter;
import org.corroborate.report.json.ClaimReviewWriter;
import org.corroborate.report.json.WeeklyJsonWriter;
import org.corroborate.scoring.ClaimPrior;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.store.Store;
import org.corroborate.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code corroborate report --week 2025-W09}: the weekly report from the store. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the weekly report of the stored articles published in one ISO week: report.html"
                + " (self-contained, with charts), report.json, claims.csv, attributions.csv, sources.csv,"
                + " outlets.csv and claimreview.jsonld (ClaimReview for every claim with a verdict)."})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--week", required = true, paramLabel = "WEEK", description = "ISO week, e.g. 2025-W09.")
    String week;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder for the report (default: out).")
    Path out = Path.of("out");

    @Option(names = "--as-of", paramLabel = "TIME",
            description = "The report's time (ISO-8601 with offset); same store and time give byte-identical"
                    + " reports. Default: now.")
    String asOf;

    @Option(names = "--threads", paramLabel = "N", converter = PositiveNumbers.Int.class,
            description = "Weeks scored at once (default: all cores); the report does not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--samples", paramLabel = "N", hidden = true, converter = PositiveNumbers.Samples.class,
            description = "Monte Carlo samples per claim (at least 100).")
    int samples = ScoringConfig.DEFAULTS.samples();

    @Mixin
    EarlierWeeksOption earlier = new EarlierWeeksOption();

    @Mixin
    ClaimPriorOption claimPrior = new ClaimPriorOption();

    @Mixin
    SourcePriorOption sourcePriors = new SourcePriorOption();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        IsoWeek w = IsoWeek.parse(week).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "--week '" + week + "' is not an ISO week such as 2025-W09"));
        String generated = generatedAt(spec, asOf);
        int earlierWeeks = earlier.weeks(spec);
        Optional<ClaimPriorOption.Loaded> model = claimPrior.load(spec);
        Optional<String> kinds = sourcePriors.load(spec);
        WeeklyInput in;
        try (Store s = Store.openExisting(store.spec())) {
            if (!s.weeks().contains(w)) {
                err.println("corroborate: the store " + s.location() + " holds no article published in " + w
                        + (s.weeks().isEmpty() ? " (it is empty; store articles with 'corroborate run ... --store')"
                        : " (weeks stored: " + s.weeks().get(0) + " to " + s.weeks().get(s.weeks().size() - 1) + ")")
                        + "; the report says so");
            }
            long undated = s.undatedArticles();
            if (undated > 0) {
                err.println("corroborate: " + undated + " stored article" + (undated == 1 ? " has" : "s have")
                        + " no publication date and belong" + (undated == 1 ? "s" : "") + " to no week's report");
            }
            Optional<ClaimPrior> prior = claimPrior.choose(model, s, w, w, w.toString(), err);
            ScoringConfig config = sourcePriors.choose(ScoringConfig.DEFAULTS.withSamples(samples), kinds, s, w, w,
                    w.toString(), err);
            in = Weekly.assemble(s, w, generated, config, prior, earlierWeeks,
                    Progress.of(err, "scoring weeks", Math.min(WeeklyInput.TREND_WEEKS, s.weeks().size() + 1)),
                    threads);
        } catch (StoreException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        try {
            Files.createDirectories(out);
            RunCommand.writeAtomically(out.resolve("report.html"), wr -> new WeeklyHtmlWriter().write(in, wr));
            RunCommand.writeAtomically(out.resolve("report.json"), wr -> new WeeklyJsonWriter().write(in, wr));
            RunCommand.writeAtomically(out.resolve("claims.csv"), wr -> CsvTables.claims(in.report(), in.verdicts(),
                    wr));
            RunCommand.writeAtomically(out.resolve("attributions.csv"), wr -> CsvTables.attributions(in.report(),
                    wr));
            RunCommand.writeAtomically(out.resolve("sources.csv"), wr -> CsvTables.sources(
                    in.report().corroboration().sources(), wr));
            RunCommand.writeAtomically(out.resolve("outlets.csv"), wr -> CsvTables.outlets(
                    in.report().corroboration().outlets(), wr));
            RunCommand.writeAtomically(out.resolve("claimreview.jsonld"), wr -> new ClaimReviewWriter().write(in,
                    wr));
        } catch (IOException e) {
            err.println("corroborate: cannot write the report to " + out + ": " + e.getMessage()
                    + "; check that the folder is writable or choose another with --out");
            return ExitCodes.FAILED;
        }
        int earlierArticles = in.earlierArticles().size();
        stdout.printf("Wrote the %s report to %s: %d articles%s, %d claims, %d waiting for review, %d verdicts%n", w,
                out, in.report().corroboration().articles().size(), earlierArticles == 0 ? "" : " ("
                        + earlierArticles + " of earlier weeks)", in.report().corroboration().assessments().size(),
                WeeklyHtmlWriter.reviewQueue(in).size(), in.verdicts().size());
        stdout.flush();
        return ExitCodes.OK;
    }

    /** {@code --as-of} as ISO text, else now (UTC, whole seconds). */
    static String generatedAt(CommandLine.Model.CommandSpec spec, String asOf) {
        if (asOf == null) {
            return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        try {
            return OffsetDateTime.parse(asOf).toString();
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--as-of '" + asOf
                    + "' is not an ISO-8601 date-time with offset, e.g. 2025-03-01T00:00:00Z");
        }
    }

}
