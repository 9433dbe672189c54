package org.corroborate.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.core.AnnotatedArticle;
import org.corroborate.scoring.reliability.TrackRecords;
import org.corroborate.store.ClaimPriorFile;
import org.corroborate.store.RunClaimPrior;
import org.corroborate.store.RunSourcePriors;
import org.corroborate.store.Store;
import org.corroborate.store.StoreException;
import org.corroborate.store.StoredRun;
import org.corroborate.core.Assessment;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.TrackedClaim;
import org.corroborate.report.ReportInput;
import org.corroborate.report.html.HtmlReportWriter;
import org.corroborate.report.json.JsonReportWriter;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.SourcePriors;
import org.corroborate.scoring.internal.StageClock;
import org.corroborate.engine.Pipeline;
import org.corroborate.ingest.TrackedClaimsFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code corroborate run}: the main job, from articles to {@code report.html} and {@code report.json}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Read articles, find who claims what, assess each claim, and write report.html and report.json.")
final class RunCommand implements Callable<Integer> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Folder for the reports (default: out).")
    Path out = Path.of("out");

    @Option(names = "--claims", paramLabel = "FILE",
            description = "Claims to follow (JSON Lines {id, statement, parties} or CSV id,statement,parties):"
                    + " articles are matched to them, or name one with claim_id.")
    Path claims;

    @Option(names = "--prior", paramLabel = "KIND=A,B",
            description = "Reliability prior of a source kind as Beta pseudo-counts of true and false reports, e.g."
                    + " --prior state_media=3,7 (repeatable; kinds: intelligence_agency, government, military,"
                    + " state_media, news_outlet, official, named_person, eyewitness, unknown). With --store the"
                    + " priors are kept with the run, and 'report' and 'compare' score the weeks the run covers with"
                    + " them.")
    java.util.Map<String, String> priors = new java.util.LinkedHashMap<>();

    @Option(names = "--claim-prior", paramLabel = "MODEL",
            description = "Take each claim's probability before evidence from a claim prior model written by 'train"
                    + " claim-prior' (applied to the claim's statement and its speaker) instead of 0.5; each"
                    + " explanation says the prior and the model. With --store the model is kept with the run, and"
                    + " 'report' and 'compare' score the weeks the run covers with it.")
    Path claimPrior;

    @Option(names = "--as-of", paramLabel = "TIME",
            description = "The report's time (ISO-8601, e.g. 2025-03-01T00:00:00Z); same inputs and time give"
                    + " byte-identical reports. Default: now.")
    String asOf;

    @Option(names = "--store", paramLabel = "PATH|JDBC-URL",
            description = "Also store the run, its articles, attributions and assessments in this store (an H2 file"
                    + " path, e.g. ~/.corroborate/store, or a JDBC URL such as jdbc:postgresql://host/db?user=u),"
                    + " and score with the track records of its reviewers' verdicts.")
    String store;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        String generated = ReportCommand.generatedAt(spec, asOf);
        // A large corpus's shortened bodies wait in a temporary file, not the heap, until a report paints them.
        ScoringConfig config = scoringConfig();
        String kinds = SourcePriors.text(config);
        Pipeline pipeline = new Pipeline(input.readOptions(), Extractors.fromOptions(spec.commandLine(), input),
                config, input.threads).withSpill(Path.of(System.getProperty("java.io.tmpdir")));
        Optional<ClaimPriorOption.Loaded> model = Optional.empty();
        if (claimPrior != null) {
            model = Optional.of(ClaimPriorOption.load(spec, claimPrior));
            pipeline = pipeline.withClaimPrior(model.get().prior());
        }
        List<TrackedClaim> tracked = List.of();
        if (claims != null) {
            try {
                tracked = TrackedClaimsFile.read(claims);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--claims: " + e.getMessage());
            }
        }
        Store db = null;
        TrackRecords records = TrackRecords.empty();
        if (store != null) {
            try {
                db = Store.open(store);
                records = db.trackRecords(Optional.empty());
                warnIfOtherPrior(db, model, err);
                warnIfOtherSourcePriors(db, kinds, err);
            } catch (StoreException e) {
                err.println("corroborate: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        try {
            return run(pipeline, records, tracked, db, model.map(ClaimPriorOption.Loaded::file), kinds, generated,
                    err, stdout);
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    /**
     * Warns when the store's latest run scored with another claim prior than this run will: the weekly report and
     * {@code compare} score a week with the claim prior of the latest run covering it.
     */
    private static void warnIfOtherPrior(Store db, Optional<ClaimPriorOption.Loaded> model,
                                         PrintWriter err) {
        List<RunClaimPrior> runs = db.claimPriors();
        String sha = model.map(m -> m.file().sha256()).orElse("");
        if (!runs.isEmpty() && !runs.get(runs.size() - 1).sha256().equals(sha)) {
            RunClaimPrior last = runs.get(runs.size() - 1);
            err.println("corroborate: warning: the store's latest run, " + last.runId() + ", scored with "
                    + last.describe() + "; this run scores with " + model.map(m -> m.file().toString())
                    .orElse("the default prior 0.5") + (model.isEmpty() ? " (give --claim-prior MODEL to keep the"
                    + " model)" : "") + "; 'report --week' and 'compare' score a week with the claim prior of the"
                    + " latest run covering it");
        }
    }

    /**
     * Warns when the store's latest run scored with other source priors than this run will: the weekly report and
     * {@code compare} score a week with the source priors of the latest run covering it.
     */
    private static void warnIfOtherSourcePriors(Store db, String kinds, PrintWriter err) {
        List<RunSourcePriors> runs = db.sourcePriors();
        if (!runs.isEmpty() && !runs.get(runs.size() - 1).priors().equals(kinds)) {
            RunSourcePriors last = runs.get(runs.size() - 1);
            err.println("corroborate: warning: the store's latest run, " + last.runId() + ", scored with "
                    + last.describe() + "; this run scores with " + SourcePriors.describe(kinds) + "; 'report --week'"
                    + " and 'compare' score a week with the source priors of the latest run covering it");
        }
    }

    private int run(Pipeline pipeline, TrackRecords records, List<TrackedClaim> tracked, Store db,
                    Optional<ClaimPriorFile> model, String kinds, String generated, PrintWriter err,
                    PrintWriter stdout) {
        StageClock clock = StageClock.start(LOG);
        try (Pipeline.Result r = pipeline.run(input.inputs, System.in, records, tracked)) {
            clock.lap("read, extract and score (" + r.articles().size() + " articles)");
            return report(r, db, model, kinds, generated, err, stdout, clock);
        }
    }

    private int report(Pipeline.Result r, Store db, Optional<ClaimPriorFile> model, String kinds, String generated,
                       PrintWriter err, PrintWriter stdout, StageClock clock) {
        Summaries.print(err, r.ingest(), r.diagnostics(), "report.json");
        if (r.articles().isEmpty()) {
            err.println("corroborate: no article could be read from " + String.join(" ", input.inputs)
                    + "; nothing to report");
            return ExitCodes.FAILED;
        }
        ReportInput report = new ReportInput(r.corroboration(), r.ingest(), r.diagnostics().list(), input.inputs,
                generated, r.abridged(), r.bodies());
        Path html = out.resolve("report.html");
        Path json = out.resolve("report.json");
        try {
            Files.createDirectories(out);
            writeAtomically(json, w -> new JsonReportWriter().write(report, w));
            clock.lap("report.json");
            writeAtomically(html, w -> new HtmlReportWriter().write(report, w));
            clock.lap("report.html");
        } catch (IOException e) {
            err.println("corroborate: cannot write the report to " + out + ": " + e.getMessage()
                    + "; check that the folder is writable or choose another with --out");
            return ExitCodes.FAILED;
        }
        stdout.printf("Wrote %s and %s: %d articles, %d claims%s%n", html, json, r.articles().size(),
                r.corroboration().assessments().size(), tally(r.corroboration().assessments()));
        stdout.flush();
        if (db != null) {
            List<AnnotatedArticle> arts = r.withBodies(r.corroboration().articles());
            Progress bar = Progress.of(err, "storing", arts.size());
            try {
                StoredRun run = db.record(OffsetDateTime.parse(generated), input.inputs, arts,
                        r.corroboration().assessments(), r.ingest(), r.diagnostics().list(), model, kinds,
                        bar::update);
                bar.done();
                stdout.printf("Stored run %d in %s: %d new articles, %d already stored, %d claims%n", run.id(),
                        db.location(), run.articlesNew(), run.articlesKnown(), run.claims());
                stdout.flush();
            } catch (StoreException e) {
                bar.done();
                err.println("corroborate: " + e.getMessage() + "; the reports were written, the batches stored"
                        + " before the failure are kept whole");
                return ExitCodes.FAILED;
            }
        }
        if (r.ingest().errors() > 0) {
            err.println("corroborate: some input could not be read (see above); the report covers the rest");
            return ExitCodes.FAILED;
        }
        return ExitCodes.OK;
    }

    /** The default scoring settings with the priors given on the command line. */
    private ScoringConfig scoringConfig() {
        return SourcePriorOption.with(spec, ScoringConfig.DEFAULTS, priors);
    }

    /** Something that writes a file's content. */
    interface Content {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes to a temporary file beside {@code target} and moves it into place, so a report is never half-written. */
    static void writeAtomically(Path target, Content content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
            content.writeTo(w);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code " (1 corroborated; 2 single source)"}, or empty without claims ({@link ClaimStatus#tally}). */
    static String tally(List<Assessment> assessments) {
        String t = ClaimStatus.tally(assessments.stream().map(Assessment::status).toList());
        return t.isEmpty() ? "" : " (" + t + ")";
    }
}
