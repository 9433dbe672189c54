package org.corroborate.scoring.truth;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;

/**
 * Jazzer fuzz target for {@link ObservationReader}: any bytes give observations and diagnostics naming the file,
 * never an exception (reading from a byte array cannot fail, so even an {@link IOException} is a bug here).
 *
 * <p>Plain {@code mvn verify} runs the committed inputs under
 * {@code src/test/resources/org/corroborate/scoring/truth/ObservationReaderFuzzTestInputs/read/}. To fuzz it
 * (Linux x86-64), see docs/SECURITY.md:
 *
 * <pre>JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -B -pl scoring -am test -Dtest='ObservationReaderFuzzTest' \
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class ObservationReaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void read(byte[] data) {
        Diagnostics d = new Diagnostics();
        List<Observation> out = new ArrayList<>();
        try {
            ObservationReader.read("f.tsv", new ByteArrayInputStream(data), d, out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("the reader threw on in-memory bytes", e);
        }
        for (Diagnostic x : d.list()) {
            if (!x.location().file().equals("f.tsv")) {
                throw new AssertionError("diagnostic does not name its input: " + x);
            }
        }
        if (out.isEmpty() && d.list().isEmpty()) {
            throw new AssertionError("no observation and no diagnostic");
        }
    }
}
