package org.corroborate.engine.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.corroborate.core.Assessment;
import org.corroborate.core.ClaimStatus;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.SourceKind;
import org.corroborate.core.TrackedClaim;
import org.corroborate.engine.Pipeline;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.TrackedClaimsFile;
import org.corroborate.report.ReportInput;
import org.corroborate.scoring.ClaimPrior;
import org.corroborate.scoring.ScoringConfig;
import org.corroborate.scoring.reliability.TrackRecords;

/**
 * The entry point for {@code spark-submit}: {@code corroborate run} on Spark. Reads the inputs (local paths, or any
 * URI Hadoop reads: {@code hdfs://}, {@code s3a://}, {@code file://}), and writes {@code report.json},
 * {@code report.html} and the CSV tables into the output folder; with the same inputs, options and
 * {@code --as-of}, {@code report.json} is byte-identical to the one {@code corroborate run} writes. Exit code 0 when
 * everything was read, 1 when some input could not be (the report covers the rest) or nothing could, 2 for a usage
 * error.
 */
public final class SparkMain {

    static final String USAGE = String.join("\n",
            "Usage: spark-submit --class org.corroborate.engine.spark.SparkMain corroborate-spark.jar [OPTIONS] INPUT...",
            "Read articles (files, folders, globs, or Hadoop URIs such as hdfs://... or s3a://...), find who claims",
            "what, assess each claim, and write report.json, report.html, claims.csv, attributions.csv, sources.csv",
            "and outlets.csv.",
            "  -o, --out DIR            folder for the reports, local or a Hadoop URI (default: out)",
            "      --as-of TIME         the report's time (ISO-8601 with offset); default: now",
            "      --claims FILE        claims to follow (JSON Lines or CSV, as for corroborate run)",
            "      --prior KIND=A,B     reliability prior of a source kind (repeatable)",
            "      --claim-prior MODEL  each claim's prior from a model of corroborate train claim-prior",
            "      --format FORMAT      read every input as text, jsonl, csv, html, feed or warc",
            "      --outlet NAME        outlet of articles whose data names none",
            "      --sources FILE       a source registry (JSON) adding to the built-in one",
            "      --model FILE         find attributions with a trained tagger",
            "      --max-body-chars N   skip articles longer than this",
            "      --max-file-bytes N   stop reading an input after this many bytes",
            "      --max-line-chars N   skip JSON lines and CSV rows longer than this",
            "      --max-depth N        deepest nesting read in JSON, HTML and XML",
            "      --master URL         Spark master when not run by spark-submit (default: local[*])",
            "  -h, --help               show this help");

    /** A usage error: the message, then the usage, and exit code 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The parsed command line. */
    record Options(List<String> inputs, String out, String generatedAt, Optional<Path> claims, ScoringConfig scoring,
                   ReadOptions read, Optional<Path> sources, Optional<Path> model, Optional<String> master,
                   Optional<Path> claimPrior) {
    }

    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
                out.println(USAGE);
                return 0;
            }
            o = parse(args);
        } catch (UsageException e) {
            err.println("corroborate-spark: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<TrackedClaim> tracked = List.of();
        ExtractorSettings extractor;
        ClaimPrior claimPrior = null;
        try {
            if (o.claims().isPresent()) {
                tracked = TrackedClaimsFile.read(o.claims().get());
            }
            if (o.claimPrior().isPresent()) {
                claimPrior = ClaimPrior.read(o.claimPrior().get()); // a bad model fails here, before Spark starts
            }
            extractor = ExtractorSettings.of(o.sources(), o.model());
            extractor.create(); // a bad registry or model fails here, before Spark starts
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            err.println("corroborate-spark: " + e.getMessage());
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("corroborate");
        if (o.master().isPresent()) {
            conf.setMaster(o.master().get());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession session = SparkSession.builder().config(conf).getOrCreate();
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(session.sparkContext());
            SparkEngine engine = new SparkEngine(jsc, o.read(), extractor, o.scoring(), Pipeline.FULL_TEXT_ARTICLES);
            if (claimPrior != null) {
                engine = engine.withClaimPrior(claimPrior);
            }
            Pipeline.Result r = engine.run(o.inputs(), TrackRecords.empty(), tracked, (phase, nanos) -> err.printf(
                            java.util.Locale.ROOT, "corroborate-spark: %s %.1f s%n", phase.equals("driver")
                                    ? "scored on the driver in" : "read and extracted on the executors in",
                            nanos / 1e9));
            err.println(r.ingest().oneLine());
            for (Diagnostic d : r.diagnostics().list()) {
                err.println(d);
            }
            if (r.articles().isEmpty()) {
                err.println("corroborate-spark: no article could be read from " + String.join(" ", o.inputs())
                        + "; nothing to report");
                return 1;
            }
            ReportInput report = new ReportInput(r.corroboration(), r.ingest(), r.diagnostics().list(), o.inputs(),
                    o.generatedAt(), r.abridged());
            try {
                ReportFiles.write(report, o.out(), jsc.hadoopConfiguration());
            } catch (IOException e) {
                err.println("corroborate-spark: cannot write the report to " + o.out() + ": " + e.getMessage()
                        + "; check that the folder is writable or choose another with --out");
                return 1;
            }
            String tally = ClaimStatus.tally(r.corroboration().assessments().stream().map(Assessment::status)
                    .toList());
            out.printf("Wrote %s to %s: %d articles, %d claims%s%n", String.join(", ", ReportFiles.NAMES), o.out(),
                    r.articles().size(), r.corroboration().assessments().size(),
                    tally.isEmpty() ? "" : " (" + tally + ")");
            if (r.ingest().errors() > 0) {
                err.println("corroborate-spark: some input could not be read (see above); the report covers the rest");
                return 1;
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("corroborate-spark: " + e.getMessage());
            return 2;
        } finally {
            session.stop();
        }
    }

    /** Parses the command line. */
    static Options parse(String[] args) throws UsageException {
        List<String> inputs = new ArrayList<>();
        String out = "out";
        String asOf = null;
        Path claims = null;
        ScoringConfig scoring = ScoringConfig.DEFAULTS;
        ReadOptions read = ReadOptions.DEFAULTS;
        Path sources = null;
        Path model = null;
        Path claimPrior = null;
        String master = null;
        boolean onlyInputs = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (onlyInputs || !a.startsWith("-") || a.equals("-")) {
                inputs.add(a);
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (name.equals("--")) {
                onlyInputs = true;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "-o", "--out" -> out = value;
                case "--as-of" -> asOf = value;
                case "--claims" -> claims = Path.of(value);
                case "--prior" -> scoring = prior(scoring, value);
                case "--format" -> {
                    try {
                        read = read.withFormat(InputFormat.parse(value));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--format " + value + ": " + e.getMessage());
                    }
                }
                case "--outlet" -> {
                    if (!value.isBlank()) {
                        read = read.withOutlet(value);
                    }
                }
                case "--sources" -> sources = Path.of(value);
                case "--model" -> model = Path.of(value);
                case "--claim-prior" -> claimPrior = Path.of(value);
                case "--max-body-chars" -> read = read.withMaxBodyChars((int) positive(name, value));
                case "--max-file-bytes" -> read = read.withMaxFileBytes(positive(name, value));
                case "--max-line-chars" -> read = read.withMaxLineChars((int) positive(name, value));
                case "--max-depth" -> read = read.withMaxDepth((int) positive(name, value));
                case "--master" -> master = value;
                default -> throw new UsageException("unknown option " + name);
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("name at least one INPUT");
        }
        return new Options(inputs, out, generatedAt(asOf), Optional.ofNullable(claims), scoring, read,
                Optional.ofNullable(sources), Optional.ofNullable(model), Optional.ofNullable(master),
                Optional.ofNullable(claimPrior));
    }

    private static long positive(String name, String value) throws UsageException {
        try {
            long n = Long.parseLong(value.strip());
            if (n <= 0 || (!name.equals("--max-file-bytes") && n > Integer.MAX_VALUE)) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " '" + value + "' is not a positive whole number");
        }
    }

    /** As {@code corroborate run --prior}. */
    private static ScoringConfig prior(ScoringConfig c, String value) throws UsageException {
        int eq = value.indexOf('=');
        try {
            if (eq < 0) {
                throw new IllegalArgumentException("expected KIND=A,B");
            }
            String[] ab = value.substring(eq + 1).split(",");
            if (ab.length != 2) {
                throw new IllegalArgumentException("expected two numbers A,B");
            }
            return c.withPrior(SourceKind.parse(value.substring(0, eq)), Double.parseDouble(ab[0].strip()),
                    Double.parseDouble(ab[1].strip()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--prior " + value + ": " + e.getMessage() + "; expected KIND=A,B with A, B > 0,"
                    + " e.g. state_media=3,7");
        }
    }

    /** {@code --as-of} as ISO text, else now (UTC, whole seconds), as {@code corroborate run} does. */
    private static String generatedAt(String asOf) throws UsageException {
        if (asOf == null) {
            return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        try {
            return OffsetDateTime.parse(asOf).toString();
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of '" + asOf + "' is not an ISO-8601 date-time with offset, e.g."
                    + " 2025-03-01T00:00:00Z");
        }
    }
}
