package org.corroborate.ingest.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed generated corpus is what {@link HostileCorpus} generates. To regenerate it after changing the
 * generator, run (from the repository root):
 *
 * <pre>mvn -B -q -pl ingest -am test -Dtest=HostileCorpusTest -Dsurefire.failIfNoSpecifiedTests=false
 *     -Dhostile.regenerate=true</pre>
 */
class HostileCorpusTest {

    private static final Path SOURCE_DIR = Path.of("src/test/resources/org/corroborate/ingest/hostile/generated");

    @Test
    void committedFilesAreWhatTheGeneratorMakes() throws IOException {
        if (Boolean.getBoolean("hostile.regenerate")) {
            HostileCorpus.writeAll(SOURCE_DIR);
            HostileCorpus.writeAll(HostileInputsTest.resources("generated"));
        }
        Path dir = HostileInputsTest.resources("generated");
        for (HostileCorpus.Entry e : HostileCorpus.generated().values()) {
            Path f = dir.resolve(e.name());
            if (!e.committed()) {
                Path source = SOURCE_DIR.resolve(e.name());
                assertFalse(Files.exists(source), () -> source + " is written at test time and is not committed");
                continue;
            }
            assertTrue(Files.exists(f), () -> f + " is missing; regenerate the corpus (see this class's javadoc)");
            assertArrayEquals(e.bytes(), Files.readAllBytes(f), () -> f + " differs from the generator's output");
        }
    }
}
