package org.corroborate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corroborate eval ...}: measures Corroborate on public data sets given as folders or files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure accuracy on a data set given as an argument; prints the figures.",
        subcommands = {
            EvalEmergentCommand.class,
            EvalClaimsCommand.class,
            EvalIngestCommand.class,
            EvalHtmlCommand.class,
            EvalBooksCommand.class,
            EvalLiarCommand.class,
            EvalFuseSpeedCommand.class,
            EvalAttributionCommand.class,
            EvalThroughputCommand.class,
            EvalStanceCommand.class,
        })
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation; see 'corroborate help eval'");
    }
}
