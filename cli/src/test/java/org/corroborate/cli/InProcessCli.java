package org.corroborate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code corroborate} commands in this JVM and keeps what the last one printed. */
final class InProcessCli {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs one command; its exit code. What an earlier command printed is forgotten. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** What the last command printed on standard output. */
    String out() {
        return out.toString();
    }

    /** What the last command printed on standard error. */
    String err() {
        return err.toString();
    }
}
