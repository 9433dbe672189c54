package org.corroborate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corroborate train ...}: trains statistical models on annotated corpora given as folders. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on an annotated corpus given as an argument.",
        subcommands = {
            TrainAttributionCommand.class,
            TrainStanceCommand.class,
            TrainClaimPriorCommand.class,
        })
public final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing model; see 'corroborate help train'");
    }
}
