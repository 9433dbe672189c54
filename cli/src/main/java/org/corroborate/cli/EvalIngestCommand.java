package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.IngestSummary;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval ingest PATH...}: reads inputs with the built-in readers and prints what came out (counts,
 * diagnostics by kind, a checksum of the bodies for comparing with another parser) and how fast.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read inputs with the built-in readers and print counts, diagnostics by kind, a SHA-256 of"
                + " the bodies in reading order (joined by newlines) and the speed.")
public final class EvalIngestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or glob patterns.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", converter = InputFormatConverter.class,
            description = "Force a format: text, jsonl, csv, html, feed, warc.")
    InputFormat format;

    @Option(names = "--show", paramLabel = "N", defaultValue = "10",
            description = "Print the first N diagnostics (default: ${DEFAULT-VALUE}).")
    int show;

    @Override
    public Integer call() throws NoSuchAlgorithmException {
        PrintWriter out = spec.commandLine().getOut();
        ReadOptions options = ReadOptions.DEFAULTS;
        if (format != null) {
            options = options.withFormat(format);
        }
        Diagnostics diagnostics = new Diagnostics();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long[] chars = {0};
        long start = System.nanoTime();
        Ingestor ingestor = new Ingestor(options, Readers.defaults(), diagnostics);
        ingestor.readAll(paths, System.in, a -> {
            sha.update(a.body().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            chars[0] += a.body().length();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        IngestSummary s = ingestor.summary();
        out.println(s.oneLine());
        out.printf(java.util.Locale.ROOT, "body chars: %d; bodies sha256: %s%n", chars[0],
                HexFormat.of().formatHex(sha.digest()));
        out.printf(java.util.Locale.ROOT, "time: %.2f s (%.0f articles/s)%n", seconds,
                s.articles() / Math.max(seconds, 1e-9));
        List<Diagnostic> list = diagnostics.list();
        for (int i = 0; i < Math.min(show, list.size()); i++) {
            out.println("  " + list.get(i));
        }
        out.flush();
        return s.filesFailed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
