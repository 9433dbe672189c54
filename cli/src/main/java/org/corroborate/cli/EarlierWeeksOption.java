package org.corroborate.cli;

import java.util.Locale;
import org.corroborate.report.WeeklyInput;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --earlier-weeks N|all} option of {@code report --week} and {@code compare}. */
final class EarlierWeeksOption {

    @Option(names = "--earlier-weeks", paramLabel = "N|all", description = "Count the evidence published before the"
            + " weeks reported too: their claims (those with evidence published in them) are assessed with their"
            + " evidence of the N weeks before (default: 4; 0: the weeks' articles alone), or, with 'all', with"
            + " every earlier article that a stored run found carrying them (the claims' stored history, however"
            + " old); earlier evidence is marked with its week, and evidence published after the last week reported"
            + " never counts.")
    String earlierWeeks = "4";

    /**
     * The weeks given: a number of weeks, or {@link WeeklyInput#EVERY_EARLIER_WEEK} for {@code all}.
     *
     * @throws CommandLine.ParameterException when it is neither a number of weeks (0 or more) nor {@code all}
     */
    int weeks(CommandLine.Model.CommandSpec spec) {
        String text = earlierWeeks.strip();
        if (text.toLowerCase(Locale.ROOT).equals("all")) {
            return WeeklyInput.EVERY_EARLIER_WEEK;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--earlier-weeks " + earlierWeeks
                + ": expected 0 or more weeks, or 'all'");
    }
}
