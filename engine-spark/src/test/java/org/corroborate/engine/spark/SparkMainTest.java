package org.corroborate.engine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corroborate.core.SourceKind;
import org.corroborate.ingest.InputFormat;
import org.junit.jupiter.api.Test;

class SparkMainTest {

    @Test
    void parsesTheOptionsThatShapeTheReport() throws Exception {
        SparkMain.Options o = SparkMain.parse(new String[] {"--as-of", "2025-03-01T00:00:00Z", "-o", "x",
            "--prior", "state_media=3,7", "--format=jsonl", "--outlet", "AFP", "--max-body-chars", "5000",
            "--max-line-chars=7000", "--max-depth", "40", "--claim-prior", "prior.model", "a", "b"});
        assertEquals(List.of("a", "b"), o.inputs());
        assertEquals("x", o.out());
        assertEquals("2025-03-01T00:00Z", o.generatedAt());
        assertEquals(3.0, o.scoring().prior(SourceKind.STATE_MEDIA)[0]);
        assertEquals(InputFormat.JSONL, o.read().format().orElseThrow());
        assertEquals("AFP", o.read().outlet().orElseThrow());
        assertEquals(5000, o.read().maxBodyChars());
        assertEquals(7000, o.read().maxLineChars());
        assertEquals(40, o.read().maxDepth());
        assertEquals(java.nio.file.Path.of("prior.model"), o.claimPrior().orElseThrow());
    }

    @Test
    void aClaimPriorThatIsNoModelFailsBeforeSparkStarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path bad = dir.resolve("bad.model");
        java.nio.file.Files.writeString(bad, "no model");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, SparkMain.run(new String[] {"--claim-prior", bad.toString(), "in"}, new PrintStream(
                new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad + ": not a claim prior model"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        SparkMain.UsageException e = assertThrows(SparkMain.UsageException.class,
                () -> SparkMain.parse(new String[] {"--as-of", "yesterday", "in"}));
        assertTrue(e.getMessage().contains("'yesterday'"), e.getMessage());
        assertThrows(SparkMain.UsageException.class, () -> SparkMain.parse(new String[] {"--prior", "state_media=3"}));
        assertThrows(SparkMain.UsageException.class, () -> SparkMain.parse(new String[] {"--out"}));
        assertThrows(SparkMain.UsageException.class, () -> SparkMain.parse(new String[] {"--bogus", "1", "in"}));
        assertThrows(SparkMain.UsageException.class, () -> SparkMain.parse(new String[] {"-o", "x"}));
        assertThrows(SparkMain.UsageException.class,
                () -> SparkMain.parse(new String[] {"--max-depth", "3000000000", "in"}));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, SparkMain.run(new String[] {"--max-file-bytes", "-5", "in"}, new PrintStream(
                new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--max-file-bytes '-5'"));
    }
}
