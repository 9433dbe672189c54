package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.ingest.html.HtmlArticleReader;
import org.corroborate.ingest.html.eval.HtmlEvaluation;
import org.corroborate.ingest.html.eval.HtmlEvaluation.Field;
import org.corroborate.ingest.html.eval.HtmlEvaluation.FieldResult;
import org.corroborate.ingest.html.eval.HtmlEvaluation.PageResult;
import org.corroborate.ingest.html.eval.HtmlEvaluation.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code corroborate eval html DIR}: main-text and metadata extraction against Readability-style test pages. */
@Command(name = "html", mixinStandardHelpOptions = true,
        description = {"Score the HTML article reader on a folder of page folders, each with source.html,"
                + " expected.html and expected-metadata.json (as Mozilla Readability's test pages).",
            "Prints body token F1 (mean, median, worst pages), exact-match rates of title, byline, site name and"
                + " published time, and the reader's throughput."})
public final class EvalHtmlCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "folder of page folders")
    Path dir;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "3",
            description = "times each page is read for timing; the first of several only warms up (default 3)")
    int passes;

    @Option(names = "--worst", defaultValue = "10", description = "how many lowest-F1 pages to list (default 10)")
    int worst;

    @Option(names = "--details", description = "also list every metadata mismatch")
    boolean details;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("eval html: " + dir + " is not a folder; expected a folder of page folders");
            return ExitCodes.USAGE;
        }
        if (passes < 1) {
            err.println("eval html: --passes must be at least 1, got " + passes);
            return ExitCodes.USAGE;
        }
        Summary s;
        try {
            s = new HtmlEvaluation(new HtmlArticleReader()).run(dir, passes);
        } catch (IOException e) {
            err.println("eval html: cannot read " + dir + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (s.pages().isEmpty()) {
            err.println("eval html: no page folders with source.html, expected.html and expected-metadata.json in "
                    + dir);
            return ExitCodes.FAILED;
        }
        out.printf(Locale.ROOT, "HTML article extraction: %s (%d pages", dir, s.pages().size());
        out.println(s.skipped().isEmpty() ? ")" : ", skipped " + s.skipped().size() + ": " + s.skipped() + ")");
        out.println("data sha256: " + s.dataSha256());
        out.printf(Locale.ROOT, "body token F1: mean %.3f, median %.3f (mean precision %.3f, mean recall %.3f)%n",
                s.meanF1(), s.medianF1(), s.meanPrecision(), s.meanRecall());
        out.println("worst pages by F1:");
        for (PageResult p : s.worst(worst)) {
            out.printf(Locale.ROOT, "  %-40s F1 %.3f  P %.3f  R %.3f%n", p.name(), p.body().f1(),
                    p.body().precision(), p.body().recall());
        }
        for (Field f : Field.values()) {
            HtmlEvaluation.Rate r = s.rate(f);
            out.printf(Locale.ROOT, "%-15s exact %3d / %3d = %.3f%n", f.jsonName(), r.matched(), r.applicable(),
                    r.value());
        }
        out.printf(Locale.ROOT, "throughput: %d page reads, %.1f MB in %.2f s: %.1f pages/s, %.2f MB/s"
                        + " (single thread, %s)%n", s.timedPages(), s.timedBytes() / 1e6, s.timedNanos() / 1e9,
                s.pagesPerSecond(), s.megabytesPerSecond(),
                s.passes() == 1 ? "one cold pass" : "passes 2-" + s.passes() + " of " + s.passes());
        if (s.timedCpuNanos() > 0) {
            out.printf(Locale.ROOT, "per CPU second: %.1f pages/s, %.2f MB/s (%.2f s of thread CPU time)%n",
                    s.pagesPerCpuSecond(), s.megabytesPerCpuSecond(), s.timedCpuNanos() / 1e9);
        }
        if (details) {
            out.println("metadata mismatches:");
            for (PageResult p : s.pages()) {
                for (FieldResult r : p.fields()) {
                    if (!r.match()) {
                        out.printf(Locale.ROOT, "  %-32s %-13s expected \"%s\" got \"%s\"%n", p.name(),
                                r.field().jsonName(), r.expected(), r.got());
                    }
                }
            }
        }
        return ExitCodes.OK;
    }
}
