package org.corroborate.ingest.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corroborate.ingest.hostile.HostileCorpus.Expect;
import org.corroborate.ingest.hostile.HostileCorpus.Where;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 100 MB single line, in each line-based format, read with the default limits in a JVM of at most 128 MiB of
 * heap (the {@code low-memory} surefire execution in ingest/pom.xml runs this class alone with {@code -Xmx128m}).
 * A reader that held the whole line would need at least 100 MB for the line plus the copies a growing buffer makes;
 * {@link org.corroborate.core.BoundedLineReader} and the CSV parser hold at most
 * {@code --max-line-chars} (16 M chars) of it, and the text reader at most {@code --max-body-chars}.
 */
class HundredMbLineLowMemoryTest {

    @TempDir
    static Path dir;

    @Test
    void runsWithASmallHeap() {
        long max = Runtime.getRuntime().maxMemory();
        assertTrue(max <= 160L << 20, "this test proves nothing with a heap of " + (max >> 20) + " MiB; run it"
                + " through the low-memory surefire execution");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonl", "csv", "txt"})
    void aHundredMegabyteLineIsCappedNotHeld(String ext) throws IOException {
        Path good = dir.resolve("good-after.jsonl");
        if (!Files.exists(good)) {
            Files.writeString(good, "{\"id\":\"good-article\",\"body\":\"Officials said the talks would resume.\"}\n");
        }
        HostileInputsTest.goodFile(good);
        Path line = HostileCorpus.hundredMbLine(dir, ext);
        assertTrue(Files.size(line) > 100_000_000L);
        HostileInputsTest.check(line, ext.equals("txt") ? Expect.of(Where.FILE, "limit")
                : Expect.of(Where.LINE, "limit"));
        Files.delete(line);
    }
}
