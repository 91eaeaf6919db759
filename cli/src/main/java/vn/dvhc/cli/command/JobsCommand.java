package vn.dvhc.cli.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.dvhc.cli.CliContext;
import vn.dvhc.error.ExitCode;

/** {@code dvhc jobs}: the Spring Batch job repository, for operators. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        header = "List, inspect, restart, stop or abandon the job executions stored in the database.",
        description = {
                "Every data command (remap, procedures republish, reference import …) runs as a Spring Batch job "
                        + "whose executions, steps, counts and parameters are stored in the database (--db or the "
                        + "embedded H2 file of --home). These commands read and manage them; IDs are job execution "
                        + "IDs, as printed by the commands and by 'dvhc jobs list'."},
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {JobsListCommand.class, JobsShowCommand.class, JobsRestartCommand.class, JobsStopCommand.class,
                JobsAbandonCommand.class})
public final class JobsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(CliContext.of(spec).err());
        return ExitCode.USAGE.value();
    }
}
