package org.corroborate.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.IngestSummary;
import org.corroborate.core.Location;
import org.corroborate.ingest.fetch.FetchIndex;

/**
 * Reads a batch of inputs into articles: resolves files, folders (recursively), globs and {@code -} (standard
 * input), decompresses {@code .gz} transparently (a gzip bomb, which inflates more than {@link #MAX_GZIP_RATIO}
 * times past {@link #GZIP_RATIO_FREE} bytes, is cut off with a {@code limit} diagnostic), tells each input's format by its content (the extension as a
 * hint, {@link ReadOptions#format()} to force it), and hands every article to a sink as it is read.
 *
 * <p>An input that cannot be read is a diagnostic; the batch goes on. Articles already read by the same
 * {@code Ingestor} with the same id, the same canonical URL, or the same outlet and body are counted as
 * duplicates, reported, and not passed on again; identical bodies from different outlets (wire copies) are kept,
 * since scoring needs to see them.
 *
 * <p>Not thread-safe: use one per batch.
 */
public final class Ingestor {

    /** Most bytes a gzip input may inflate to per compressed byte, once past {@link #GZIP_RATIO_FREE}. */
    static final long MAX_GZIP_RATIO = 100;

    /** Bytes a gzip input may inflate to at any ratio (small files of repeated text compress very well). */
    static final long GZIP_RATIO_FREE = 16L << 20;

    private final ReadOptions options;
    private final Readers readers;
    private final Diagnostics diagnostics;
    /** Empty when duplicates are left to the caller ({@link #keepingDuplicates}). */
    private final Optional<DuplicateFilter> duplicateFilter;
    private final Map<Path, Optional<Map<String, String>>> fetchedUrls = new HashMap<>();
    private long files;
    private long filesFailed;
    private long articles;
    private long duplicates;

    public Ingestor(ReadOptions options, Readers readers, Diagnostics diagnostics) {
        this(options, readers, diagnostics, Optional.of(new DuplicateFilter()));
    }

    private Ingestor(ReadOptions options, Readers readers, Diagnostics diagnostics,
                     Optional<DuplicateFilter> duplicateFilter) {
        this.options = Objects.requireNonNull(options, "options");
        this.readers = Objects.requireNonNull(readers, "readers");
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
        this.duplicateFilter = duplicateFilter;
    }

    /**
     * An ingestor that passes on every article it reads, duplicates included, for an engine that reads a batch in
     * pieces and leaves out duplicates afterwards with one {@link DuplicateFilter} over all pieces in input order.
     * Its {@link #summary()} counts every article read as kept.
     */
    public static Ingestor keepingDuplicates(ReadOptions options, Readers readers, Diagnostics diagnostics) {
        return new Ingestor(options, readers, diagnostics, Optional.empty());
    }

    /**
     * Reads every input that {@code specs} name, in order; folders in sorted order.
     *
     * @param specs paths, folders, globs such as {@code news/*.jsonl}, or {@code -} for standard input
     * @param stdin what {@code -} reads
     * @param sink  receives each article that is not a duplicate
     */
    public void readAll(List<String> specs, InputStream stdin, Consumer<Article> sink) {
        for (String spec : specs) {
            for (Input input : resolve(spec, stdin)) {
                read(input, sink);
            }
        }
    }

    /** The inputs a spec names; problems (no such file, empty folder) become diagnostics. */
    public List<Input> resolve(String spec, InputStream stdin) {
        if (spec.equals("-")) {
            return List.of(new Input("-", () -> stdin, Optional.empty()));
        }
        if (isGlob(spec)) {
            return glob(spec);
        }
        Path p = Paths.get(spec);
        if (Files.isDirectory(p)) {
            List<Input> found = walk(p, path -> true);
            if (found.isEmpty()) {
                diagnostics.warning(Location.ofFile(spec), "empty", "folder has no files to read", "");
            }
            return found;
        }
        if (!Files.exists(p)) {
            files++;
            filesFailed++;
            diagnostics.error(Location.ofFile(spec), "unreadable", "no such file or folder; check the path", "");
            return List.of();
        }
        return List.of(input(p));
    }

    /**
     * The input of a file, with the URL it was downloaded from when a folder above it holds the index of
     * {@code corroborate fetch} ({@value FetchIndex#INDEX_FILE}) naming it: a saved page then keeps its URL (base of
     * its links, its URL when it names no canonical one, its outlet by domain), as a page in a WARC record does.
     */
    private Input input(Path file) {
        Input in = Input.of(file);
        Path abs = file.toAbsolutePath().normalize();
        for (Path d = abs.getParent(); d != null; d = d.getParent()) {
            Optional<Map<String, String>> urls = fetchedUrls.computeIfAbsent(d, Ingestor::loadFetchIndex);
            if (urls.isPresent()) {
                String url = urls.get().get(d.relativize(abs).toString().replace('\\', '/'));
                return url == null ? in : in.withUrl(url);
            }
        }
        return in;
    }

    /** The saved files' URLs by their path in {@code dir}'s fetch index, or empty when it has none. */
    private static Optional<Map<String, String>> loadFetchIndex(Path dir) {
        if (!Files.isRegularFile(dir.resolve(FetchIndex.INDEX_FILE))) {
            return Optional.empty();
        }
        Map<String, String> urls = new HashMap<>();
        try {
            for (FetchIndex.Entry e : FetchIndex.load(dir).entries()) {
                if (!e.file().isEmpty()) {
                    urls.put(e.file(), e.url());
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable index only costs the saved pages their URLs
        }
        return Optional.of(urls);
    }

    private static boolean isGlob(String spec) {
        return spec.indexOf('*') >= 0 || spec.indexOf('?') >= 0 || spec.indexOf('[') >= 0 || spec.indexOf('{') >= 0;
    }

    private List<Input> glob(String spec) {
        // The folder part before the first wildcard is walked; the whole pattern is matched against each path.
        int wild = firstWildcard(spec);
        int slash = spec.lastIndexOf('/', wild);
        Path base = slash < 0 ? Paths.get(".") : Paths.get(spec.substring(0, Math.max(1, slash)));
        String pattern = slash < 0 ? spec : spec;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Input> found = Files.isDirectory(base)
                ? walk(base, path -> matcher.matches(slash < 0 ? base.relativize(path) : path))
                : List.of();
        if (found.isEmpty()) {
            diagnostics.warning(Location.ofFile(spec), "empty", "pattern matches no file", "");
        }
        return found;
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private List<Input> walk(Path dir, java.util.function.Predicate<Path> accept) {
        List<Input> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> p.getFileName() != null && !p.getFileName().toString().startsWith("."))
                    .filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(accept)
                    .sorted(FEEDS_LAST)
                    .forEach(p -> {
                        if (!isFileToRead(p)) {
                            return;
                        }
                        if (isDocumentation(p)) {
                            diagnostics.warning(Location.ofFile(p.toString()), "skipped",
                                    "documentation file in a folder is not read as an article; name it on the"
                                            + " command line to read it", "");
                        } else {
                            out.add(input(p));
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            diagnostics.error(Location.ofFile(dir.toString()), "unreadable", "cannot list folder: " + e.getMessage(),
                    "");
        }
        return out;
    }

    /**
     * True for a regular file (or a link to one); anything else a folder holds is a diagnostic, never passed over in
     * silence: a broken link is an {@code unreadable} error (a file was meant to be there), a link to a folder, a pipe
     * or a device a {@code skipped} warning.
     */
    private boolean isFileToRead(Path p) {
        if (Files.isRegularFile(p)) {
            return true;
        }
        Location where = Location.ofFile(p.toString());
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            files++;
            filesFailed++;
            diagnostics.error(where, "unreadable", "broken link: its target does not exist", "");
        } else if (Files.isDirectory(p)) {
            diagnostics.warning(where, "skipped", "link to a folder is not followed; name the folder to read it", "");
        } else {
            diagnostics.warning(where, "skipped", "not a regular file (a pipe, socket or device) is not read", "");
        }
        return false;
    }

    /**
     * Folder order: by path, except that feeds come last, so a page saved in full (for example by
     * {@code corroborate fetch}) is read before the same story's summary in a feed, and the summary is the one
     * counted as a duplicate of its URL.
     */
    private static final java.util.Comparator<Path> FEEDS_LAST = java.util.Comparator
            .comparing((Path p) -> isFeed(p.getFileName().toString()))
            .thenComparing(java.util.Comparator.naturalOrder());

    /** True when a file of this name is a feed by its extension ({@code .gz} aside): read last in a folder. */
    public static boolean isFeed(String fileName) {
        return InputFormat.byExtension(fileName.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.gz$", ""))
                .filter(f -> f == InputFormat.FEED).isPresent();
    }

    private static boolean isDocumentation(Path p) {
        return isDocumentation(p.getFileName().toString());
    }

    /**
     * True for README, LICENSE, NOTICE, SOURCE and CHANGES files, and Markdown files, which folders of articles often
     * carry: skipped in a folder (with a warning).
     */
    public static boolean isDocumentation(String fileName) {
        String n = fileName.toUpperCase(java.util.Locale.ROOT);
        return n.startsWith("README") || n.startsWith("LICENSE") || n.startsWith("NOTICE") || n.startsWith("SOURCE")
                || n.startsWith("CHANGES") || n.endsWith(".MD");
    }

    /** Reads one input; any failure becomes a diagnostic naming it. */
    public void read(Input input, Consumer<Article> sink) {
        files++;
        Location where = Location.ofFile(input.name());
        long before = articles;
        long diagnosticsBefore = diagnostics.total();
        SoftEndInputStream soft = null;
        try (InputStream raw = input.open()) {
            // Truncated gzip and over-limit input end the stream softly, so what came before is still read.
            CountingInputStream compressed = new CountingInputStream(raw);
            soft = new SoftEndInputStream(new LimitedInputStream(decompress(new BufferedInputStream(compressed,
                    1 << 16), compressed), options.maxFileBytes(), input.name()));
            BufferedInputStream bin = new BufferedInputStream(soft, 1 << 16);
            bin.mark(FormatSniffer.HEAD_BYTES);
            byte[] head = bin.readNBytes(FormatSniffer.HEAD_BYTES);
            bin.reset();
            if (head.length == 0 && soft.failure() == null) {
                filesFailed++;
                diagnostics.error(where, "empty", "file is empty", "");
                return;
            }
            Optional<InputFormat> format = head.length == 0 ? Optional.empty()
                    : options.format().or(() -> FormatSniffer.sniff(head, head.length, input.baseName()));
            if (format.isEmpty()) {
                if (soft.failure() == null) {
                    filesFailed++;
                    diagnostics.error(where, "unknown-format", "not a format Corroborate reads (binary data?);"
                            + " expected text, JSON Lines, CSV, HTML, RSS/Atom or WARC, or force one with --format",
                            "");
                }
                return;
            }
            Optional<ArticleReader> reader = readers.forFormat(format.get());
            if (reader.isEmpty()) {
                filesFailed++;
                diagnostics.error(where, "unknown-format", "looks like " + format.get().name().toLowerCase(
                        java.util.Locale.ROOT) + ", which this build cannot read yet", "");
                return;
            }
            if (format.get() == InputFormat.TEXT || format.get() == InputFormat.HTML) {
                // One document per input: it is passed on only if the input was read to its end, never cut short.
                List<Article> whole = new ArrayList<>(1);
                reader.get().read(input, bin, new ReadContext(options, diagnostics), whole::add);
                if (soft.failure() == null) {
                    whole.forEach(a -> accept(a, sink));
                }
            } else {
                reader.get().read(input, bin, new ReadContext(options, diagnostics), a -> accept(a, sink));
            }
        } catch (NoSuchFileException e) {
            filesFailed++;
            diagnostics.error(where, "unreadable", "no such file; check the path", "");
        } catch (IOException | RuntimeException e) {
            diagnostics.error(where, "unreadable", "read failed after " + (articles - before) + " article(s): "
                    + describe(e), "");
            if (articles == before) {
                filesFailed++;
            }
        } finally {
            if (soft != null && soft.failure() != null) {
                IOException f = soft.failure();
                if (f instanceof LimitExceededException le) {
                    diagnostics.error(where.atOffset(le.limit), "limit", le.getMessage(), "");
                } else {
                    diagnostics.error(where.atOffset(soft.position()), "unreadable", "input ends early after "
                            + (articles - before) + " article(s): " + describe(f), "");
                }
                if (articles == before) {
                    filesFailed++;
                }
            }
            if (articles == before && diagnostics.total() == diagnosticsBefore) {
                // Whitespace only, a header row only, a feed of empty items...: never silently nothing.
                diagnostics.warning(where, "empty", "no article found in this input", "");
            }
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (e instanceof java.io.EOFException) {
            return "input ends too early (truncated or corrupt file)";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static InputStream decompress(BufferedInputStream in, CountingInputStream compressed)
            throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new RatioLimitedInputStream(new GZIPInputStream(in, 1 << 16), compressed);
        }
        return in;
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /**
     * Stops a gzip bomb: fails with {@link LimitExceededException} once more than {@link #GZIP_RATIO_FREE} bytes
     * have been inflated at more than {@link #MAX_GZIP_RATIO} bytes out per compressed byte in. Text compresses
     * about 3 to 15 times; deflate cannot exceed about 1032.
     */
    private static final class RatioLimitedInputStream extends FilterInputStream {
        private final CountingInputStream compressed;
        private long count;

        RatioLimitedInputStream(InputStream in, CountingInputStream compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                check(n);
            }
            return n;
        }

        private void check(int n) throws LimitExceededException {
            count += n;
            if (count > GZIP_RATIO_FREE && count > MAX_GZIP_RATIO * Math.max(1, compressed.count)) {
                throw new LimitExceededException(count, "compressed input inflates more than " + MAX_GZIP_RATIO
                        + " times (" + compressed.count + " bytes to over " + count + "): a gzip bomb or a"
                        + " damaged file; the rest was not read");
            }
        }
    }

    private void accept(Article a, Consumer<Article> sink) {
        Optional<String> why = duplicateFilter.isEmpty() ? Optional.empty()
                : duplicateFilter.get().offer(DuplicateFilter.Key.of(a));
        if (why.isPresent()) {
            duplicates++;
            diagnostics.add(DuplicateFilter.diagnostic(a, why.get()));
            return;
        }
        articles++;
        sink.accept(a);
    }

    /** The counts so far. */
    public IngestSummary summary() {
        return summary(files, filesFailed, articles, duplicates, diagnostics);
    }

    /** The summary of a batch with these counts and diagnostics (also for a batch read in pieces). */
    public static IngestSummary summary(long files, long filesFailed, long articles, long duplicates,
                                        Diagnostics diagnostics) {
        java.util.Map<String, Long> kinds = diagnostics.countsByKind();
        return new IngestSummary(files, filesFailed, articles, duplicates, kinds.getOrDefault("skipped", 0L),
                diagnostics.errorCount(), diagnostics.warningCount(), kinds);
    }

    /** Thrown when an input is larger than the configured limit. */
    static final class LimitExceededException extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        LimitExceededException(String name, long limit) {
            this(limit, "input is larger than the limit of " + limit + " bytes (after decompression); the rest was"
                    + " not read; raise --max-file-bytes to read it");
        }

        /** @param at the offset in the decompressed input where reading stopped */
        LimitExceededException(long at, String message) {
            super(message);
            this.limit = at;
        }
    }

    /**
     * Ends (returns -1) instead of throwing when the stream below fails, and keeps the failure for the caller to
     * report: readers then finish cleanly with everything that came before.
     */
    private static final class SoftEndInputStream extends FilterInputStream {
        private IOException failure;
        private long position;

        SoftEndInputStream(InputStream in) {
            super(in);
        }

        IOException failure() {
            return failure;
        }

        long position() {
            return position;
        }

        @Override
        public int read() throws IOException {
            if (failure != null) {
                return -1;
            }
            try {
                int b = super.read();
                if (b >= 0) {
                    position++;
                }
                return b;
            } catch (IOException e) {
                failure = e;
                return -1;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (failure != null) {
                return -1;
            }
            try {
                int n = super.read(b, off, len);
                if (n > 0) {
                    position += n;
                }
                return n;
            } catch (IOException e) {
                failure = e;
                return -1;
            }
        }
    }

    /** Fails with {@link LimitExceededException} once more than {@code limit} bytes have been read. */
    private static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private final String name;
        private long count;

        LimitedInputStream(InputStream in, long limit, String name) {
            super(in);
            this.limit = limit;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            if (count >= limit) {
                return overLimit();
            }
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (count >= limit) {
                return overLimit();
            }
            int n = super.read(b, off, (int) Math.min(len, limit - count));
            if (n > 0) {
                count += n;
            }
            return n;
        }

        /** At the limit: the end when nothing follows, else the failure. */
        private int overLimit() throws IOException {
            if (super.read() < 0) {
                return -1;
            }
            throw new LimitExceededException(name, limit);
        }
    }
}
