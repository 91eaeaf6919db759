package vn.dvhc.cli.command;

import picocli.CommandLine.Command;

/** {@code dvhc jobs}: the Spring Batch job repository, for operators. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        header = "List, inspect, restart, stop or abandon the job executions stored in the database.",
        description = {
                "Every data command (remap, procedures republish, reference import …) runs as a Spring Batch job "
                        + "whose executions, steps, counts and parameters are stored in the database (--db or the "
                        + "embedded H2 file of --home). These commands read and manage them; IDs are job execution "
                        + "IDs, as printed by the commands and by 'dvhc jobs list'."},
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc jobs list --status FAILED", "  dvhc jobs show 42", "  dvhc jobs restart 42", "  dvhc jobs stop 42"},
        subcommands = {JobsListCommand.class, JobsShowCommand.class, JobsRestartCommand.class, JobsStopCommand.class,
                JobsAbandonCommand.class})
public final class JobsCommand extends CommandGroup {
}
