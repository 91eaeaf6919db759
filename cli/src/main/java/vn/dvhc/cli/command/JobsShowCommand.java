package vn.dvhc.cli.command;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.dvhc.cli.CliContext;
import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.run.JobStore;
import vn.dvhc.common.Json;

/** {@code dvhc jobs show ID}: one job execution with its parameters and steps. */
@Command(name = "show", mixinStandardHelpOptions = true,
        header = "Show one job execution: status, reason, parameters and every step with its counts.",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc jobs show 42", "  dvhc jobs show 42 --format json"})
public final class JobsShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Parameters(index = "0", paramLabel = "<id>", description = "The job execution ID ('dvhc jobs list').")
    long id;

    @Override
    public Integer call() {
        CliContext cli = CliContext.of(spec);
        try (JobStore store = new JobStore(cli.database())) {
            JobViews.Execution execution = JobViews.view(JobViews.find(store.repository(), id), true);
            if (format.json()) {
                cli.out().println(Json.writePretty(execution));
            } else {
                JobViews.printOne(cli.out(), execution);
            }
        }
        return 0;
    }
}
