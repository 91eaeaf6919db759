package vn.dvhc.cli.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.output.JobViews;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobStore;
import vn.dvhc.common.Json;

/** {@code dvhc jobs show ID}: one job execution with its parameters and steps. */
@Command(name = "show", mixinStandardHelpOptions = true,
        header = "Show one job execution: status, reason, parameters and every step with its counts.",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc jobs show 42", "  dvhc jobs show 42 --format json"})
public final class JobsShowCommand implements Callable<Integer> {

    @Mixin
    FormatOption format;

    @Parameters(index = "0", paramLabel = "<id>", description = "The job execution ID ('dvhc jobs list').")
    long id;

    private final CliContext cli;

    public JobsShowCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (JobStore store = new JobStore(cli.database())) {
            JobViews.Execution execution = JobViews.view(JobQueries.find(store.repository(), id), true);
            if (format.json()) {
                cli.out().println(Json.writePretty(execution));
            } else {
                JobViews.printOne(cli.out(), execution);
            }
        }
        return 0;
    }
}
