package vn.dvhc.cli.command;

import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobStore;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.infra.ProcessOwner;

/**
 * {@code dvhc jobs stop ID}: asks a running execution to stop. The request is a status in the job repository
 * (STOPPING), which the running process reads at its next commit, wherever it runs; it then ends STOPPED and can
 * be restarted. An execution whose process is gone is marked FAILED at once.
 */
@Command(name = "stop", mixinStandardHelpOptions = true,
        header = "Stop a running job execution at its next commit (it can be restarted later).",
        description = {
                "Marks the execution STOPPING in the database; the process running it (here or on another machine, "
                        + "including remap workers) stops at its next commit and the execution ends STOPPED. If the "
                        + "process that ran it on this machine is gone (kill -9), the execution is marked FAILED at "
                        + "once. Either way 'dvhc jobs restart ID' resumes it.",
                "Refused (exit 6) for an execution that is not running."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc jobs list --status STARTED", "  dvhc jobs stop 42"})
public final class JobsStopCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<id>", description = "The job execution ID ('dvhc jobs list').")
    long id;

    private final CliContext cli;

    public JobsStopCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (JobStore store = new JobStore(cli.database())) {
            JobExecution execution = JobQueries.find(store.repository(), id);
            if (!execution.isRunning()) {
                throw new DvhcException(ErrorCode.JOB_NOT_RUNNING, "execution " + id + " is not running (it is "
                        + execution.getStatus() + ")", null, "see 'dvhc jobs show " + id + "'");
            }
            if (ProcessOwner.liveness(execution) == ProcessOwner.Liveness.DEAD) {
                store.operator().recover(execution);
                cli.out().println("Execution " + id + " was left running by " + ProcessOwner.describe(execution)
                        + ", which is gone: marked FAILED. Resume it with: dvhc jobs restart " + id);
                return 0;
            }
            execution.setStatus(BatchStatus.STOPPING);
            store.repository().update(execution);
            cli.out().println("Execution " + id + " (" + ProcessOwner.describe(execution) + ") will stop at its next "
                    + "commit. Follow it with: dvhc jobs show " + id + "; resume it with: dvhc jobs restart " + id);
        }
        return 0;
    }
}
