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

class EvalStanceCommandTest {

    @Test
    void everyNthClaimIsHeldOutAsDev(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("e.csv");
        Files.writeString(csv, ",claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n"
                + "0,A man bit a dog,Man bites dog,for,a1,c1\n"
                + "1,A man bit a dog,\"Man reportedly bit a dog, police say\",observing,a2,c1\n"
                + "2,A cat flew,Flying cat story is a hoax,against,a3,c2\n"
                + "3,A cat flew,Cat flies,observing,a4,c2\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new EvalStanceCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute(csv.toString(), "--folds", "0", "--dev-every", "2");
        assertEquals(0, code, out.toString());
        String s = out.toString();
        assertTrue(s.contains("every 2nd held out as dev): 1 claims in dev"), s);
        assertTrue(s.contains("train default options: accuracy 1.000 (2/2)"), s);
        assertTrue(s.contains("dev   default options: accuracy 0.500 (1/2)"), s);
    }
}
