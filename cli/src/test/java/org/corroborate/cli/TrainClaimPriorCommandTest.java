package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.core.Diagnostic;
import org.corroborate.core.Diagnostics;
import org.corroborate.scoring.reliability.ClaimPriorModel;
import org.corroborate.scoring.reliability.LabelledStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainClaimPriorCommandTest {

    @Test
    void aTableOfJudgedStatementsTrainsAModelThatReadsBack(@TempDir Path dir) throws IOException {
        StringBuilder tsv = new StringBuilder("source\tstatement\tverdict\tvenue\tsubject\n");
        for (int i = 0; i < 20; i++) {
            tsv.append("ministry-").append(i % 4).append("\tExports rose 3 percent in March\tconfirmed\tpress release"
                    + "\ttrade|economy\n");
            tsv.append("account-").append(i % 3).append("\tThe port was never closed, everyone saw it\trefuted\tsocial"
                    + " post\ttrade\n");
        }
        tsv.append("ministry-0\tA row with a verdict nobody knows\tmaybe\tpress release\ttrade\n");
        Path table = dir.resolve("verdicts.tsv");
        Files.writeString(table, tsv, StandardCharsets.UTF_8);
        Path model = dir.resolve("prior.model");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new TrainClaimPriorCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(table.toString(), "--out", model.toString(), "--min-count", "2");
        // the bad row is reported with its line, the rest is trained on, and the run says it was not all clean
        assertEquals(ExitCodes.FAILED, code, out + " / " + err);
        assertTrue(out.toString().contains("trained on 40 statements"), out.toString());
        assertTrue(err.toString().contains(":42") && err.toString().contains("maybe"), err.toString());
        ClaimPriorModel m;
        try (InputStream in = Files.newInputStream(model)) {
            m = ClaimPriorModel.read(in);
        }
        List<LabelledStatement.Attribute> release = List.of(new LabelledStatement.Attribute("venue", "press release"));
        assertTrue(m.probability("ministry-1", "Imports rose 2 percent", release) > 0.7);
        assertTrue(m.probability("account-1", "The airport was never closed", List.of()) < 0.3);
    }

    @Test
    void aTrainedModelScoresATableWithOrWithoutVerdicts(@TempDir Path dir) throws IOException {
        StringBuilder tsv = new StringBuilder("source\tstatement\tverdict\n");
        for (int i = 0; i < 20; i++) {
            tsv.append("ministry\tExports rose 3 percent in March\ttrue\n");
            tsv.append("account\tThe port was never closed, everyone saw it\tfalse\n");
        }
        Path table = dir.resolve("verdicts.tsv");
        Files.writeString(table, tsv, StandardCharsets.UTF_8);
        Path model = dir.resolve("prior.model");
        assertEquals(ExitCodes.OK, new CommandLine(new TrainClaimPriorCommand()).execute(table.toString(), "--out",
                model.toString(), "--min-count", "2"));

        Path fresh = dir.resolve("fresh.tsv");
        Files.writeString(fresh, "statement\tsource\nImports rose 2 percent\tministry\nToo short\n"
                + "The bridge was never closed\taccount\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new PriorCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--model", model.toString(), fresh.toString());
        // the short row is reported with its line; the others get a probability each
        assertEquals(ExitCodes.FAILED, code, err.toString());
        assertTrue(err.toString().contains(":3"), err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals("line\tsource\tprobability", lines[0]);
        assertEquals(3, lines.length, out.toString());
        assertTrue(lines[1].startsWith("2\tministry\t") && Double.parseDouble(lines[1].split("\t")[2]) > 0.7,
                lines[1]);
        assertTrue(lines[2].startsWith("4\taccount\t") && Double.parseDouble(lines[2].split("\t")[2]) < 0.3,
                lines[2]);

        StringWriter scored = new StringWriter();
        StringWriter summary = new StringWriter();
        cli = new CommandLine(new PriorCommand());
        cli.setOut(new PrintWriter(scored));
        cli.setErr(new PrintWriter(summary));
        assertEquals(ExitCodes.OK, cli.execute("--model", model.toString(), table.toString()));
        assertTrue(scored.toString().startsWith("line\tsource\tprobability\tverdict\n"), scored.toString());
        assertTrue(summary.toString().contains("40 statements: accuracy 1.000"), summary.toString());

        Path notAModel = dir.resolve("not.model");
        Files.writeString(notAModel, "hello", StandardCharsets.UTF_8);
        StringWriter bad = new StringWriter();
        cli = new CommandLine(new PriorCommand());
        cli.setErr(new PrintWriter(bad));
        assertEquals(ExitCodes.FAILED, cli.execute("--model", notAModel.toString(), table.toString()));
        assertTrue(bad.toString().contains("not.model"), bad.toString());
    }

    /**
     * A table is read as articles are: a byte order mark before a first column {@code source} is skipped, and a
     * line over the limit of a line is reported with its file and line, skipped, and the rest is read.
     */
    @Test
    void aTableWithAByteOrderMarkIsReadAndAnOverLongLineIsReportedAndSkipped(@TempDir Path dir) throws IOException {
        StringBuilder tsv = new StringBuilder("\uFEFFsource\tstatement\tverdict\n");
        for (int i = 0; i < 10; i++) {
            tsv.append("ministry\tExports rose 3 percent in March\ttrue\n");
            tsv.append("account\tThe port was never closed, everyone saw it\tfalse\n");
        }
        int limit = org.corroborate.ingest.ReadOptions.DEFAULTS.maxLineChars();
        tsv.append("account\t").append("w".repeat(limit)).append("\tfalse\n");
        tsv.append("ministry\tImports rose 2 percent in April\ttrue\n");
        Path table = dir.resolve("bom.tsv");
        Files.writeString(table, tsv, StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        List<TrainClaimPriorCommand.Row> rows = TrainClaimPriorCommand.readRows(table, diagnostics, true);
        assertEquals(21, rows.size(), diagnostics.list().toString());
        assertEquals("ministry", rows.get(0).source());
        assertEquals(23, rows.get(20).line(), "lines are counted through the skipped one");
        assertEquals(1, diagnostics.list().size(), diagnostics.list().toString());
        Diagnostic d = diagnostics.list().get(0);
        assertEquals("limit", d.kind());
        assertTrue(d.toString().startsWith(table + ":22: error [limit] line of " + (limit + 14) + " chars is over"
                + " the limit of " + limit + " chars"), d.toString());
    }
}
