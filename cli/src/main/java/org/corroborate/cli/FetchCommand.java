package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.fetch.FeedList;
import org.corroborate.ingest.fetch.FetchIndex;
import org.corroborate.ingest.fetch.FetchOptions;
import org.corroborate.ingest.fetch.FetchSummary;
import org.corroborate.ingest.fetch.Fetcher;
import org.corroborate.ingest.fetch.Pacing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate fetch FEEDS.txt --out DIR}: downloads the listed feeds and the pages their items link into
 * DIR, for reading offline later. Exit 0 when every URL was fetched (or was still current), 1 when some failed
 * (the rest is saved), 2 on wrong usage.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Download feeds and the article pages their items link into a folder, to read offline"
                + " later with 'corroborate run DIR'.",
            "Obeys robots.txt (User-agent 'corroborate', else '*'), waits between requests to the same host,"
                + " retries 5xx/429/network failures with backoff, and on a rerun asks only for what changed"
                + " (ETag/Last-Modified)."})
public final class FetchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FEEDS.txt",
            description = "Feed URLs, one per line; blank lines and lines starting with # are ignored.")
    Path feedList;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder to save into: feeds/, pages/, and the index files " + FetchIndex.INDEX_FILE
                    + " and " + FetchIndex.STATE_FILE + ". Created if missing.")
    Path out;

    @Option(names = "--host-delay-ms", paramLabel = "MS", defaultValue = "1000",
            description = "Least time between two requests to the same host (default: ${DEFAULT-VALUE}).")
    long hostDelayMs;

    @Option(names = "--timeout-s", paramLabel = "S", defaultValue = "30",
            description = "Timeout of one request in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutS;

    @Option(names = "--connect-timeout-s", paramLabel = "S", defaultValue = "10",
            description = "Connect timeout in seconds (default: ${DEFAULT-VALUE}).")
    long connectTimeoutS;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
            description = "Retries after a 5xx, 429 or network failure, with exponential backoff from 1 s"
                    + " (default: ${DEFAULT-VALUE}, at most 20).")
    int retries;

    @Option(names = "--max-pages-per-feed", paramLabel = "N", defaultValue = "200",
            description = "Fetch at most N item pages per feed; 0 fetches feeds only (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outw = spec.commandLine().getOut();
        FetchOptions options;
        try {
            options = FetchOptions.DEFAULTS.withHostDelay(Duration.ofMillis(hostDelayMs))
                    .withRequestTimeout(Duration.ofSeconds(timeoutS))
                    .withConnectTimeout(Duration.ofSeconds(connectTimeoutS))
                    .withMaxRetries(retries).withMaxPagesPerFeed(maxPages);
        } catch (IllegalArgumentException e) {
            err.println("Invalid option: " + e.getMessage() + "; see 'corroborate help fetch'");
            return ExitCodes.USAGE;
        }
        Diagnostics diagnostics = new Diagnostics();
        List<URI> feeds;
        try (Reader r = Files.newBufferedReader(feedList, StandardCharsets.UTF_8)) {
            feeds = FeedList.parse(feedList.toString(), r, diagnostics);
        } catch (NoSuchFileException e) {
            err.println(feedList + ": no such file; expected a list of feed URLs, one per line");
            return ExitCodes.FAILED;
        } catch (IOException e) {
            err.println(feedList + ": cannot read: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (feeds.isEmpty()) {
            diagnostics.list().forEach(err::println);
            err.println(feedList + ": no feed URL listed; expected one http(s) URL per line");
            return ExitCodes.FAILED;
        }
        FetchSummary summary;
        try {
            summary = new Fetcher(Fetcher.client(options), options, Pacing.system(), Clock.systemUTC(),
                    diagnostics).fetch(feeds, out);
        } catch (IOException e) {
            diagnostics.list().forEach(err::println);
            err.println(out + ": cannot write the output folder: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        for (Diagnostic d : diagnostics.list()) {
            err.println(d);
        }
        outw.println(summary.oneLine());
        outw.println("saved into " + out + "; read it with: corroborate run " + out);
        outw.flush();
        err.flush();
        return summary.failed() == 0 && !diagnostics.hasErrors() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
