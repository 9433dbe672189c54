package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command answers {@code --help} with its usage and {@code -V} with the version, with exit code 0 whatever it
 * requires otherwise; a missing input file is said in one line.
 */
class HelpOptionTest {

    @Test
    void everyCommandPrintsItsHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertTrue(paths.size() > 20, "commands found: " + paths);
        for (List<String> path : paths) {
            CommandLine cl = Main.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            int code = cl.execute(args.toArray(String[]::new));
            String name = String.join(" ", path);
            assertEquals(0, code, name + " --help: " + err);
            assertTrue(out.toString().startsWith("Usage: corroborate " + name), name + " --help printed: " + out);
            StringWriter version = new StringWriter();
            CommandLine v = Main.commandLine();
            v.setOut(new PrintWriter(version));
            args.set(args.size() - 1, "-V");
            assertEquals(0, v.execute(args.toArray(String[]::new)), name + " -V");
            assertTrue(version.toString().startsWith("corroborate "), name + " -V printed: " + version);
        }
    }

    @Test
    void aMissingFileIsNamedInOneLineWithExitCodeOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String missing = dir.resolve("nope.csv").toString();
        for (String[] args : new String[][] {{"eval", "claims", missing}, {"eval", "throughput", missing},
                {"train", "stance", missing, "--out", dir.resolve("m").toString()}}) {
            CommandLine cl = Main.commandLine();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(new StringWriter()));
            cl.setErr(new PrintWriter(err));
            assertEquals(1, cl.execute(args), String.join(" ", args));
            String name = "corroborate " + args[0] + " " + args[1] + ": ";
            assertEquals(name + missing + ": no such file", err.toString().strip(), String.join(" ", args));
        }
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> paths) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            paths.add(p);
            collect(e.getValue(), p, paths);
        }
    }
}
