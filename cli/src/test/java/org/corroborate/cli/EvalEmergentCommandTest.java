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

class EvalEmergentCommandTest {

    /** Made-up rumours in Emergent's layout: a model that finds "aliens" false ranks them with the truth. */
    @Test
    void aClaimPriorModelAddsItsOwnLinesAndItsPriorAloneRanksTheClaims(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("claimId,claimHeadline,articleHeadline,articleHeadlineStance,source,"
                + "claimTruth\n");
        for (int c = 0; c < 6; c++) {
            boolean aliens = c % 2 == 0;
            String claim = aliens ? "Aliens landed in town " + c : "The council approved the budget " + c;
            for (int h = 0; h < 3; h++) {
                csv.append(c).append(',').append(claim).append(',').append(claim).append(" says report,for,Outlet ")
                        .append(h).append(',').append(aliens ? "false" : "true").append('\n');
            }
        }
        Path file = dir.resolve("rumours.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        StringBuilder tsv = new StringBuilder("source\tstatement\tverdict\n");
        for (int i = 0; i < 10; i++) {
            tsv.append("blog\tAliens landed in a field\tfalse\n");
            tsv.append("paper\tThe council approved the plan\ttrue\n");
        }
        Path table = dir.resolve("verdicts.tsv");
        Files.writeString(table, tsv, StandardCharsets.UTF_8);
        Path model = dir.resolve("m.model");
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cl.execute("train", "claim-prior", table.toString(), "--out", model.toString(),
                "--min-count", "2"));
        out.getBuffer().setLength(0);
        assertEquals(0, cl.execute("eval", "emergent", file.toString(), "--claim-prior", model.toString()));
        String alone = out.toString().lines().filter(l -> l.startsWith("claim prior model alone (m.model)"))
                .findFirst().orElseThrow(() -> new AssertionError(out.toString()));
        assertTrue(alone.split("\\s+")[5].equals("1.000"), alone);
        assertTrue(out.toString().contains("Corroborator, outlets' records, prior from the model"), out.toString());
    }
}
