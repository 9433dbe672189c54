package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalHtmlCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void printsFiguresForAFolderOfPages(@TempDir Path dir) throws IOException {
        Path p = Files.createDirectories(dir.resolve("page-1"));
        Files.writeString(p.resolve("source.html"), "<html><head><title>Hello world again</title></head><body>"
                + "<p>The only paragraph of this page, long enough to be read as text.</p></body></html>");
        Files.writeString(p.resolve("expected.html"),
                "<p>The only paragraph of this page, long enough to be read as text.</p>");
        Files.writeString(p.resolve("expected-metadata.json"), "{\"title\": \"Hello world again\"}");
        Run r = run("eval", "html", dir.toString(), "--passes", "1", "--details");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("body token F1: mean 1.000, median 1.000"), r.out());
        assertTrue(r.out().contains("title           exact   1 /   1 = 1.000"), r.out());
        assertTrue(r.out().contains("pages/s"), r.out());
    }

    @Test
    void notAFolderIsAUsageError(@TempDir Path dir) {
        Run r = run("eval", "html", dir.resolve("missing").toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("is not a folder"), r.err());
    }

    @Test
    void folderWithoutPagesFails(@TempDir Path dir) {
        Run r = run("eval", "html", dir.toString());
        assertEquals(ExitCodes.FAILED, r.exit());
    }
}
