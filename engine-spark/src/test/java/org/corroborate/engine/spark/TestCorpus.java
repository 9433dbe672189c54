package org.corroborate.engine.spark;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corroborate.bench.CorpusGenerator;

/** A generated corpus (bench's {@link CorpusGenerator}) split into several JSON Lines files, as a cluster reads it. */
final class TestCorpus {

    private TestCorpus() {
    }

    /**
     * Writes {@code articles} generated articles (seeded) into {@code files} files {@code part-NNNNN.jsonl} of
     * {@code dir}, in order; with {@code flaws}, one line of the first file is repeated in the last (a duplicate
     * across files) and one file gets a line that is not JSON, so that the engines must agree on diagnostics too.
     */
    static Path write(Path dir, int articles, long seed, int files, boolean flaws) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CorpusGenerator(articles, seed).write(bytes);
        List<String> lines = new ArrayList<>(List.of(bytes.toString(StandardCharsets.UTF_8).split("\n")));
        Files.createDirectories(dir);
        int per = (lines.size() + files - 1) / files;
        for (int f = 0; f < files; f++) {
            Path p = dir.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", f));
            try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                for (int i = f * per; i < Math.min(lines.size(), (f + 1) * per); i++) {
                    w.write(lines.get(i));
                    w.write('\n');
                    if (flaws && f == files / 2 && i == f * per + 1) {
                        w.write("{\"id\": \"broken\", \"body\": \n");
                    }
                }
                if (flaws && f == files - 1) {
                    w.write(lines.get(0));
                    w.write('\n');
                }
            }
        }
        return dir;
    }
}
