package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FuseCommandTest {

    @TempDir
    Path dir;

    private String[] fuse(Path in, String... more) {
        FuseCommand c = new FuseCommand();
        picocli.CommandLine cl = new picocli.CommandLine(c);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        String[] args = new String[more.length + 1];
        args[0] = in.toString();
        System.arraycopy(more, 0, args, 1, more.length);
        cl.parseArgs(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = c.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void writesOneSortedRowPerItemAndSourceTrusts() throws IOException {
        Path in = dir.resolve("obs.tsv");
        Files.writeString(in, "source\tobject\tproperty\tvalue\n"
                + "a\tz\tcap\tParis\nb\tz\tcap\tParis\nc\tz\tcap\tLyon\n"
                + "a\ty\tcap\tRome\nb\ty\tcap\tRome\n", StandardCharsets.UTF_8);
        Path sources = dir.resolve("sources.tsv");
        String[] r = fuse(in, "--method", "majority", "--sources", sources.toString());
        assertEquals("0", r[0], r[2]);
        assertEquals("object\tproperty\tvalue\tconfidence\ny\tcap\tRome\t1.000000\nz\tcap\tParis\t0.666667\n", r[1]);
        assertTrue(r[2].contains("1 iteration, converged"), r[2]);
        assertEquals("source\ttrust\tobservations\na\t1.000000\t2\nb\t1.000000\t2\nc\t0.000000\t1\n",
                Files.readString(sources, StandardCharsets.UTF_8));
    }

    @Test
    void badLinesAreReportedWithTheirLineAndExitOne() throws IOException {
        Path in = dir.resolve("obs.csv");
        Files.writeString(in, "source,object,property,value\na,x,p,1\nbroken\nb,x,p,1\n", StandardCharsets.UTF_8);
        String[] r = fuse(in);
        assertEquals("1", r[0]);
        assertTrue(r[1].contains("x\tp\t1\t"), r[1]);
        assertTrue(r[2].contains("obs.csv:3"), r[2]);
        assertTrue(r[2].contains("accu:"), r[2]);
        assertTrue(r[2].contains("obs.csv: 1 line(s) could not be read; the rest was fused"), r[2]);
    }

    @Test
    void aFileWithNothingToFuseSaysSoAndExitsOne() throws IOException {
        Path empty = dir.resolve("empty.tsv");
        Files.writeString(empty, "", StandardCharsets.UTF_8);
        for (Path in : new Path[] {empty, dir.resolve("missing.tsv")}) {
            String[] r = fuse(in);
            assertEquals("1", r[0], r[2]);
            assertTrue(r[2].contains(in + ": nothing to fuse: no observation could be read (see above)"), r[2]);
            assertTrue(!r[2].contains("the rest was fused"), "there is no rest: " + r[2]);
        }
    }

    @Test
    void listValuesIgnoreOrderCaseAndSpacingAndPartialListsBackTheFullOne() throws IOException {
        Path in = dir.resolve("books.tsv");
        StringBuilder tsv = new StringBuilder("source\tobject\tproperty\tvalue\n");
        // three stores give the full list, each written its own way; two give only the first author
        tsv.append("s1\tbook\tauthors\tKnuth; Graham; Patashnik\n");
        tsv.append("s2\tbook\tauthors\tpatashnik;GRAHAM;  knuth\n");
        tsv.append("s3\tbook\tauthors\tGraham;Knuth;Patashnik\n");
        for (String s : new String[] {"s4", "s5"}) {
            tsv.append(s).append("\tbook\tauthors\tKnuth\n");
        }
        Files.writeString(in, tsv.toString(), StandardCharsets.UTF_8);
        String[] plain = fuse(in, "--method", "truthfinder");
        assertEquals("0", plain[0], plain[2]);
        assertTrue(plain[1].contains("book\tauthors\tKnuth\t"), plain[1]);
        String[] lists = fuse(in, "--method", "truthfinder", "--list", ";");
        assertEquals("0", lists[0], lists[2]);
        assertTrue(lists[1].contains("book\tauthors\tgraham; knuth; patashnik\t"), lists[1]);
        assertTrue(lists[2].contains("converged"), lists[2]);
        assertEquals("2", fuse(in, "--list", "")[0]);
    }
}
