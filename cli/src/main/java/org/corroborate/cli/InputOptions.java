package org.corroborate.cli;

import java.nio.file.Path;
import java.util.List;
import org.corroborate.ingest.InputFormat;
import org.corroborate.ingest.ReadOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read articles. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, folders (read recursively), globs such as 'news/*.jsonl', or - for standard input."
                    + " .gz is read transparently.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", converter = InputFormatConverter.class,
            description = "Read every input as this format instead of telling it from the content: text, jsonl, csv,"
                    + " html, feed, warc.")
    InputFormat format;

    @Option(names = "--outlet", paramLabel = "NAME",
            description = "Outlet of articles whose data names none (before the URL's domain).")
    String outlet;

    @Option(names = "--sources", paramLabel = "FILE",
            description = "A source registry (JSON) adding to or overriding the built-in one.")
    Path sources;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "Find attributions with a tagger trained by 'corroborate train attribution' (default: the"
                    + " built-in rules).")
    Path model;

    @Option(names = "--vote-model", paramLabel = "MODEL", description = "A further tagger whose tags vote, token by"
            + " token, with those of --model (repeatable; --model's tags break ties and its linker links sources).")
    List<Path> voteModels = List.of();

    @Option(names = "--threads", paramLabel = "N", converter = PositiveNumbers.Int.class,
            description = "Extraction and claim-matching threads (default: all cores); the output is the same"
                    + " whatever the number.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-body-chars", paramLabel = "N", converter = PositiveNumbers.Int.class,
            description = "Skip articles longer than this (default ${DEFAULT-VALUE}).")
    int maxBodyChars = ReadOptions.DEFAULTS.maxBodyChars();

    @Option(names = "--max-file-bytes", paramLabel = "N", converter = PositiveNumbers.Long.class,
            description = "Stop reading an input after this many bytes (default ${DEFAULT-VALUE}).")
    long maxFileBytes = ReadOptions.DEFAULTS.maxFileBytes();

    @Option(names = "--max-line-chars", paramLabel = "N", converter = PositiveNumbers.Int.class,
            description = "Skip JSON lines and CSV rows longer than this (default ${DEFAULT-VALUE}).")
    int maxLineChars = ReadOptions.DEFAULTS.maxLineChars();

    @Option(names = "--max-depth", paramLabel = "N", converter = PositiveNumbers.Int.class,
            description = "Deepest nesting read in JSON, HTML and XML (default ${DEFAULT-VALUE}).")
    int maxDepth = ReadOptions.DEFAULTS.maxDepth();

    ReadOptions readOptions() {
        ReadOptions o = ReadOptions.DEFAULTS.withMaxBodyChars(maxBodyChars).withMaxFileBytes(maxFileBytes)
                .withMaxLineChars(maxLineChars).withMaxDepth(maxDepth);
        if (format != null) {
            o = o.withFormat(format);
        }
        if (outlet != null && !outlet.isBlank()) {
            o = o.withOutlet(outlet);
        }
        return o;
    }
}
