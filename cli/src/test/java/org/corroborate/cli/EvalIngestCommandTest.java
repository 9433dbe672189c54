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

class EvalIngestCommandTest {

    @Test
    void printsCountsAndTheBodiesChecksum(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("a.csv");
        Files.writeString(csv, "id,body\n1,Hello\n2,\"unclosed\n3,World\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("eval", "ingest", csv.toString()));
        String text = out.toString();
        assertTrue(text.startsWith("1 file, 2 articles, 0 duplicates, 0 skipped, 1 error"), text);
        // SHA-256 of "Hello\nWorld\n"
        assertTrue(text.contains("body chars: 10; bodies sha256: "
                + "cc37937f1366919e300be784838d0f648684e2934fde66cd97e333ae51239761"), text);
    }
}
