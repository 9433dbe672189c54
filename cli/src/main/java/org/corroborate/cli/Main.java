package org.corroborate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code corroborate} command line. Exit codes: 0 everything read and written; 1 something failed (an input
 * could not be read, or an output could not be written) though the rest was done; 2 wrong usage.
 */
@Command(name = "corroborate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Tells how well each claim in the news is corroborated and how reliable each source and"
                + " outlet has been.",
        subcommands = {
            CommandLine.HelpCommand.class,
            RunCommand.class,
            ReportCommand.class,
            ReviewCommand.class,
            CompareCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
            TrainCommand.class,
            PriorCommand.class,
            FetchCommand.class,
            FuseCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        versionEverywhere(cl);
        // picocli asks this mapper for usage errors too: keep them at 2
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? ExitCodes.USAGE
                : ExitCodes.FAILED);
        // a file that cannot be read or written is said in one line naming it, not with a stack trace
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
            if (!(cause instanceof java.io.IOException io)) {
                throw e;
            }
            command.getErr().println("corroborate " + command.getCommandSpec().qualifiedName(" ")
                    .replaceFirst("^corroborate ?", "") + ": " + describe(io));
            return ExitCodes.FAILED;
        });
        return cl;
    }

    /** Every command's {@code -V} prints the version, not only the top command's. */
    private static void versionEverywhere(CommandLine cl) {
        cl.getCommandSpec().versionProvider(new Version());
        cl.getSubcommands().values().forEach(Main::versionEverywhere);
    }

    /** What went wrong with which file, in words. */
    static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            String what = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.NotDirectoryException ? "not a folder"
                    : f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
            return f.getFile() + ": " + what;
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command; see 'corroborate help'");
    }

    /** Version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"corroborate " + (v == null ? "(development build)" : v)};
        }
    }
}
