package vn.dvhc.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.output.JobViews;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobStore;
import vn.dvhc.common.Json;
import vn.dvhc.jobs.Jobs;

/** {@code dvhc jobs show ID}: one job execution with its parameters and steps. */
@Command(name = "show", mixinStandardHelpOptions = true,
        header = "Show one job execution: status, reason, parameters and every step with its counts.",
        description = {"The reason of a failure is the first error of the step that failed first (for remap the "
                + "partition's input error, with file and line). A failed or stopped run lists the files kept for its "
                + "restart; 'dvhc jobs abandon ID' removes them."},
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
            JobExecution found = JobQueries.find(store.repository(), id);
            JobViews.Execution execution = JobViews.view(found, true, keptForRestart(store.repository(), found));
            if (format.json()) {
                cli.out().println(Json.writePretty(execution));
            } else {
                JobViews.printOne(cli.out(), execution);
            }
        }
        return 0;
    }

    // Only the newest execution of a failed or stopped instance resumes from files; a running one is writing them.
    private static List<Path> keptForRestart(JobRepository repository, JobExecution execution) {
        JobExecution last = repository.getLastJobExecution(execution.getJobInstance());
        boolean restartable = execution.getStatus() == BatchStatus.FAILED || execution.getStatus() == BatchStatus.STOPPED;
        if (!restartable || last == null || last.getId() != execution.getId()) {
            return List.of();
        }
        return Jobs.named(execution.getJobInstance().getJobName())
                .map(job -> job.restartFiles(execution.getJobParameters(), execution.getJobInstance().getInstanceId()))
                .orElse(List.of());
    }
}
