package org.corroborate.ingest.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corroborate.core.Article;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.ingest.Ingestor;
import org.corroborate.ingest.ReadOptions;
import org.corroborate.ingest.Readers;
import org.corroborate.ingest.hostile.HostileCorpus.Expect;
import org.corroborate.ingest.hostile.HostileCorpus.Where;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every hostile input of the corpus (committed under {@code hostile/generated} and {@code hostile/handwritten},
 * plus the huge and empty ones written at test time) in a batch with a good article after it, with the default readers and
 * limits, and checks that the input is reported (a diagnostic of an expected kind naming it, with a line or offset
 * where that makes sense), that nothing escapes, that the batch finishes, and that the good article is read.
 */
class HostileInputsTest {

    /**
     * A hang guard, not a speed target: every input here takes well under a second when nothing is wrong, but a
     * 100 MB input on a saturated shared machine (load 25 on 2 cores) was seen to take over 20 s.
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    /** Exceptions that may be named in an {@code unreadable} diagnostic: the stream failed, not the reader. */
    private static final Set<String> STREAM_FAILURES = Set.of("IOException", "EOFException", "ZipException",
            "MalformedInputException", "CharacterCodingException", "LimitExceededException");

    private static final Pattern EXCEPTION_NAME = Pattern.compile("\\b([A-Z][A-Za-z]{0,60}(?:Exception|Error))\\b");

    @TempDir
    static Path tmp;

    private static Path good;

    @BeforeAll
    static void goodArticle() throws IOException {
        good = tmp.resolve("good-after.jsonl");
        Files.writeString(good, "{\"id\":\"good-article\",\"outlet\":\"Harbor Daily\",\"title\":\"Good\",\"body\":"
                + "\"Officials in Seoul said on Monday that the talks would resume next week.\"}\n",
                StandardCharsets.UTF_8);
    }

    /** Uses {@code file} as the good article read after each hostile input. */
    static void goodFile(Path file) {
        good = file;
    }

    static Path resources(String folder) {
        try {
            return Path.of(HostileInputsTest.class.getResource(folder).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The committed generated inputs, and the empty ones written now into the temporary folder. */
    static Stream<Arguments> generated() throws IOException {
        Map<String, HostileCorpus.Entry> all = HostileCorpus.generated();
        Path dir = resources("generated");
        Path written = Files.createDirectories(tmp.resolve("generated"));
        List<Arguments> out = new ArrayList<>();
        for (HostileCorpus.Entry e : all.values()) {
            Path file = (e.committed() ? dir : written).resolve(e.name());
            if (!e.committed()) {
                Files.write(file, e.bytes());
            }
            out.add(Arguments.of(file, e.expect()));
        }
        return out.stream();
    }

    static Stream<Arguments> handwritten() throws IOException {
        Path dir = resources("handwritten");
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(Arguments.of(dir.resolve(f[0]), f[2].equals("-") ? HostileCorpus.Expect.CLEAN
                    : new Expect(Set.copyOf(Arrays.asList(f[2].split(","))),
                    Where.valueOf(f[1]))));
        }
        return out.stream();
    }

    static Stream<Arguments> huge() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("huge"));
        return HostileCorpus.huge(dir).stream().map(h -> Arguments.of(h.file(), h.expect()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void generatedInput(Path file, Expect expect) {
        check(file, expect);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handwritten")
    void handwrittenInput(Path file, Expect expect) {
        check(file, expect);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("huge")
    void hugeInput(Path file, Expect expect) {
        check(file, expect);
    }

    @Test
    void theCorpusHasAtLeast200Inputs() throws IOException {
        long committedFiles;
        try (Stream<Path> s = Files.list(resources("generated"))) {
            // empty files left in the build folder by an older corpus are not committed inputs
            committedFiles = s.filter(p -> p.toFile().length() > 0).count();
        }
        long committed = HostileCorpus.generated().values().stream().filter(HostileCorpus.Entry::committed).count();
        assertEquals(committed, committedFiles, "committed generated files match the generator");
        long generated = HostileCorpus.generated().size();
        long handwritten = handwritten().count();
        assertTrue(generated + handwritten >= 200, generated + " + " + handwritten);
    }

    /** Reads {@code file} then the good article in one batch and checks what the issue asks. */
    static void check(Path file, Expect expect) {
        Diagnostics d = new Diagnostics();
        List<Article> articles = new ArrayList<>();
        assertTimeoutPreemptively(HANG_GUARD, () -> new Ingestor(ReadOptions.DEFAULTS, Readers.defaults(), d)
                .readAll(List.of(file.toString(), good.toString()), new ByteArrayInputStream(new byte[0]),
                        articles::add), () -> "reading " + file + " did not finish");
        String name = file.toString();
        List<Diagnostic> mine = d.list().stream().filter(x -> x.location().file().startsWith(name)).toList();
        String all = mine.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
        assertTrue(articles.stream().anyMatch(a -> a.id().equals("good-article")),
                () -> "the good article after " + file + " was read\n" + all);
        if (!expect.kinds().isEmpty()) {
            assertFalse(mine.isEmpty(), () -> "a diagnostic names " + file);
            assertTrue(mine.stream().anyMatch(x -> expect.kinds().contains(x.kind()) && placed(x, expect.where())),
                    () -> "a diagnostic of kind " + expect.kinds() + " at a " + expect.where() + " for " + file
                            + ", got:\n" + all);
        }
        for (Diagnostic x : d.list()) {
            Matcher m = EXCEPTION_NAME.matcher(x.message());
            while (m.find()) {
                String ex = m.group(1);
                assertTrue(STREAM_FAILURES.contains(ex), () -> "a reader failed with " + ex + ": " + x);
            }
        }
        for (Article a : articles) {
            assertFalse(a.body().contains("root:") || a.title().contains("root:"),
                    () -> "no local file content leaks into an article: " + a.location());
            assertFalse(a.body().toLowerCase(java.util.Locale.ROOT).contains("<script"),
                    () -> "no script element survives into an article: " + a.location());
        }
    }

    private static boolean placed(Diagnostic x, Where where) {
        return switch (where) {
            case ANY, FILE -> true;
            case LINE -> x.location().line() > 0;
            case OFFSET -> x.location().offset() >= 0;
        };
    }
}
