package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalThroughputCommandTest {

    @Test
    void countsBodiesAndAttributionsAndReportsMedians(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bodies.csv");
        Files.writeString(csv, "Body ID,articleBody\n"
                + "1,\"The ministry said the talks would resume, officials told AFP.\"\n"
                + "2,No one was quoted in this body.\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalThroughputCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(csv.toString(), "--warmup", "2", "--rounds", "3");
        assertEquals(0, code, out.toString());
        String s = out.toString();
        assertTrue(s.startsWith("2 bodies, 0.00 MB UTF-8, "), s);
        assertTrue(s.contains("; 1 thread, 3 timed rounds after 2 warm-up passes"), s);
        assertTrue(s.contains("throughput: ") && s.contains("(median round "), s);
        assertTrue(!s.contains(" 0 attributions"), s);
    }

    @Test
    void aFileWithoutRowsFails(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("empty.csv");
        Files.writeString(csv, "Body ID,articleBody\n", StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new EvalThroughputCommand());
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.FAILED, cli.execute(csv.toString()));
        assertTrue(err.toString().contains("no rows after the header"), err.toString());
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, EvalThroughputCommand.median(new double[] {1, 2, 9}));
        assertEquals(2.5, EvalThroughputCommand.median(new double[] {1, 2, 3, 9}));
    }
}
