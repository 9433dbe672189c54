package org.corroborate.ingest.html.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.corroborate.core.Diagnostics;
import org.corroborate.core.Published;
import org.corroborate.ingest.Input;
import org.corroborate.ingest.ReadContext;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.html.HtmlArticleReader;
import org.corroborate.ingest.html.HtmlExtraction;
import org.corroborate.ingest.html.HtmlMetadata;
import org.corroborate.ingest.html.internal.HtmlDecoding;
import org.corroborate.ingest.html.internal.LenientDates;
import org.corroborate.ingest.html.internal.Text;
import org.jsoup.Jsoup;

/**
 * Measures the HTML reader against pages with known main text and metadata, laid out as Mozilla Readability's test
 * pages: one folder per page holding {@code source.html}, {@code expected.html} (the main content) and
 * {@code expected-metadata.json} ({@code title, byline, siteName, publishedTime, ...}).
 *
 * <p>Body: {@link TokenF1} of the extracted text against the text of {@code expected.html}. Metadata: exact match
 * per field over the pages whose expected value is not null or empty, after normalisation ({@link #matches}).
 */
public final class HtmlEvaluation {

    /** The base URL the pages are read with (the one Readability's test suite uses). */
    public static final String BASE_URL = "http://fakehost/test/page.html";

    /** The metadata fields compared. */
    public enum Field {
        TITLE("title"), BYLINE("byline"), SITE_NAME("siteName"), PUBLISHED("publishedTime");

        private final String jsonName;

        Field(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }
    }

    /**
     * One field of one page.
     *
     * @param expected the expected value
     * @param got      the extracted value, empty when none
     * @param match    whether they match after normalisation
     */
    public record FieldResult(Field field, String expected, String got, boolean match) {
        public FieldResult {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(got, "got");
        }
    }

    /**
     * One page's result.
     *
     * @param name   the page's folder name
     * @param body   body text score
     * @param fields the fields that had an expected value
     * @param bytes  size of {@code source.html}
     */
    public record PageResult(String name, TokenF1 body, List<FieldResult> fields, long bytes) {
        public PageResult {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(body, "body");
            fields = List.copyOf(fields);
        }
    }

    /**
     * Rate of exact matches of one field.
     *
     * @param matched    pages where it matched
     * @param applicable pages with an expected value
     */
    public record Rate(int matched, int applicable) {
        public double value() {
            return applicable == 0 ? Double.NaN : matched / (double) applicable;
        }
    }

    /**
     * The whole run.
     *
     * @param pages         each page's result, in folder order
     * @param skipped       folders without the three files
     * @param passes        how many times every page was read for timing
     * @param timedNanos    reader time (decode, parse, extract) summed over the timed passes: all but the first
     *                      when there is more than one
     * @param timedCpuNanos CPU time of the reading thread over the same reads (unaffected by other processes
     *                      competing for the cores), or 0 when the JVM cannot measure it
     * @param timedPages    pages read in the timed passes
     * @param timedBytes    bytes read in the timed passes
     * @param dataSha256    first 16 hex digits of a SHA-256 over every page's folder name and three files, in
     *                      folder order, so that a figure can be tied to the exact data it came from
     */
    public record Summary(List<PageResult> pages, List<String> skipped, int passes, long timedNanos,
                          long timedCpuNanos, long timedPages, long timedBytes, String dataSha256) {
        public Summary {
            pages = List.copyOf(pages);
            skipped = List.copyOf(skipped);
            Objects.requireNonNull(dataSha256, "dataSha256");
        }

        public double meanF1() {
            return pages.stream().mapToDouble(p -> p.body().f1()).average().orElse(Double.NaN);
        }

        public double medianF1() {
            double[] f = pages.stream().mapToDouble(p -> p.body().f1()).sorted().toArray();
            if (f.length == 0) {
                return Double.NaN;
            }
            return f.length % 2 == 1 ? f[f.length / 2] : (f[f.length / 2 - 1] + f[f.length / 2]) / 2;
        }

        public double meanPrecision() {
            return pages.stream().mapToDouble(p -> p.body().precision()).average().orElse(Double.NaN);
        }

        public double meanRecall() {
            return pages.stream().mapToDouble(p -> p.body().recall()).average().orElse(Double.NaN);
        }

        /** The {@code n} pages with the lowest body F1, lowest first. */
        public List<PageResult> worst(int n) {
            return pages.stream().sorted(Comparator.comparingDouble((PageResult p) -> p.body().f1())
                    .thenComparing(PageResult::name)).limit(n).toList();
        }

        public Rate rate(Field f) {
            int m = 0;
            int a = 0;
            for (PageResult p : pages) {
                for (FieldResult r : p.fields()) {
                    if (r.field() == f) {
                        a++;
                        m += r.match() ? 1 : 0;
                    }
                }
            }
            return new Rate(m, a);
        }

        public double pagesPerSecond() {
            return timedNanos == 0 ? Double.NaN : timedPages / (timedNanos / 1e9);
        }

        public double megabytesPerSecond() {
            return timedNanos == 0 ? Double.NaN : timedBytes / 1e6 / (timedNanos / 1e9);
        }

        /** Pages per second of the reading thread's CPU time; NaN when not measured. */
        public double pagesPerCpuSecond() {
            return timedCpuNanos == 0 ? Double.NaN : timedPages / (timedCpuNanos / 1e9);
        }

        /** Megabytes (10^6 bytes) per second of the reading thread's CPU time; NaN when not measured. */
        public double megabytesPerCpuSecond() {
            return timedCpuNanos == 0 ? Double.NaN : timedBytes / 1e6 / (timedCpuNanos / 1e9);
        }
    }

    private final HtmlArticleReader reader;
    private final ObjectMapper json = new ObjectMapper();

    public HtmlEvaluation(HtmlArticleReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * Evaluates every page folder directly under {@code dir}, in name order.
     *
     * @param passes how many times to read each page (at least 1); with more than one, the first pass warms up the
     *               JIT and only the later ones are timed
     * @throws IOException when {@code dir} cannot be listed
     */
    public Summary run(Path dir, int passes) throws IOException {
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be >= 1, got " + passes);
        }
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        List<PageResult> results = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Path f : folders) {
            Path src = f.resolve("source.html");
            Path exp = f.resolve("expected.html");
            Path meta = f.resolve("expected-metadata.json");
            String name = String.valueOf(f.getFileName());
            if (!Files.isRegularFile(src) || !Files.isRegularFile(exp) || !Files.isRegularFile(meta)) {
                skipped.add(name);
                continue;
            }
            byte[] bytes = Files.readAllBytes(src);
            sources.add(bytes);
            digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path file : new Path[] {src, exp, meta}) {
                digest.update(Files.readAllBytes(file));
            }
            HtmlExtraction got = extract(bytes);
            String expectedText = Jsoup.parse(Files.readString(exp, StandardCharsets.UTF_8), BASE_URL).text();
            JsonNode m = json.readTree(Files.readString(meta, StandardCharsets.UTF_8));
            results.add(score(name, got, expectedText, expectedFields(m), bytes.length));
        }
        long nanos = 0;
        long pages = 0;
        long bytes = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long cpu0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
        for (int pass = passes == 1 ? 0 : 1; pass < passes; pass++) {
            for (byte[] b : sources) {
                long t0 = System.nanoTime();
                reader.parse(Input.ofBytes("page", b), b, BASE_URL, Optional.empty(),
                        new ReadContext(ReadOptions.DEFAULTS, new Diagnostics(0)));
                nanos += System.nanoTime() - t0;
                pages++;
                bytes += b.length;
            }
        }
        long cpuNanos = cpu ? threads.getCurrentThreadCpuTime() - cpu0 : 0;
        return new Summary(results, skipped, passes, nanos, cpuNanos, pages, bytes, hex16(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static String hex16(byte[] d) {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return sb.toString();
    }

    private HtmlExtraction extract(byte[] bytes) {
        String text = HtmlDecoding.decode(bytes, Optional.empty()).text();
        return reader.extract(text, BASE_URL, ReadOptions.DEFAULTS.maxDepth());
    }

    /** The non-null, non-empty expected values of {@code metadata}. */
    public static Map<Field, String> expectedFields(JsonNode metadata) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            JsonNode v = metadata.get(f.jsonName());
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                m.put(f, v.asText());
            }
        }
        return m;
    }

    /** Scores one page's extraction. */
    public static PageResult score(String name, HtmlExtraction got, String expectedText, Map<Field, String> expected,
                                   long bytes) {
        List<FieldResult> fields = new ArrayList<>();
        HtmlMetadata md = got.metadata();
        for (Map.Entry<Field, String> e : expected.entrySet()) {
            String value = switch (e.getKey()) {
                case TITLE -> md.title();
                case BYLINE -> md.byline();
                case SITE_NAME -> md.siteName();
                case PUBLISHED -> md.published().map(Published::toString).orElse("");
            };
            fields.add(new FieldResult(e.getKey(), e.getValue(), value, matches(e.getKey(), e.getValue(), value)));
        }
        return new PageResult(name, TokenF1.of(got.body(), expectedText), fields, bytes);
    }

    /**
     * Whether an extracted value matches the expected one. Text fields: equal after collapsing whitespace runs to
     * one space, stripping, and lower-casing ({@link Locale#ROOT}). Published time: both parse
     * ({@link LenientDates}) to the same instant, a time without an offset being UTC and a date alone midnight UTC.
     */
    public static boolean matches(Field f, String expected, String got) {
        if (f == Field.PUBLISHED) {
            Optional<Published> a = LenientDates.parse(expected);
            Optional<Published> b = LenientDates.parse(got);
            return a.isPresent() && b.isPresent() && LenientDates.sameInstant(a.get(), b.get());
        }
        return norm(expected).equals(norm(got));
    }

    private static String norm(String s) {
        return Text.collapse(s).toLowerCase(Locale.ROOT);
    }
}
