package vn.dvhc.cli.command;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobStore;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.infra.ProcessOwner;
import vn.dvhc.jobs.Jobs;

/** {@code dvhc jobs abandon ID}: gives up a failed or stopped execution for good. */
@Command(name = "abandon", mixinStandardHelpOptions = true,
        header = "Give up a failed or stopped job execution for good: it will never be restarted.",
        description = {
                "Marks the execution ABANDONED and removes the files kept for its restart (remap's part files). "
                        + "Running the command that started it again is then refused; run it with --rerun to start "
                        + "anew. An execution left running by a process that is gone on this machine is recovered "
                        + "first.",
                "Refused (exit 6) for a running or completed execution."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc jobs abandon 42"})
public final class JobsAbandonCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<id>", description = "The job execution ID ('dvhc jobs list').")
    long id;

    private final CliContext cli;

    public JobsAbandonCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (JobStore store = new JobStore(cli.database())) {
            JobExecution execution = JobQueries.find(store.repository(), id);
            JobExecution last = store.repository().getLastJobExecution(execution.getJobInstance());
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                throw new DvhcException(ErrorCode.JOB_ALREADY_COMPLETE, "execution " + id + " belongs to a job "
                        + "instance that completed (execution " + last.getId() + "); only a failed or stopped run "
                        + "can be abandoned", null, null);
            }
            if (execution.isRunning()) {
                if (ProcessOwner.liveness(execution) != ProcessOwner.Liveness.DEAD) {
                    throw new DvhcException(ErrorCode.JOB_RUNNING, "execution " + id + " is running ("
                            + ProcessOwner.describe(execution) + ")", null, "stop it first: dvhc jobs stop " + id);
                }
                execution = store.operator().recover(execution);
            }
            try {
                store.operator().abandon(execution);
            } catch (JobExecutionAlreadyRunningException e) {
                throw new DvhcException(ErrorCode.JOB_RUNNING, "execution " + id + " is running", null,
                        "stop it first: dvhc jobs stop " + id, e);
            }
            cli.out().println("Execution " + id + " abandoned: it will not be restarted.");
            JobExecution abandoned = execution;
            // Only the newest execution's abandon ends the instance: an older one's files are the newest's too.
            boolean newest = last == null || last.getId() == abandoned.getId();
            Jobs.named(abandoned.getJobInstance().getJobName()).filter(job -> newest)
                    .map(job -> job.deleteRestartFiles(abandoned.getJobParameters(), abandoned.getJobInstance().getInstanceId()))
                    .filter(files -> !files.isEmpty())
                    .ifPresent(files -> cli.out().println("Removed the files kept for its restart: " + files.stream()
                            .map(Object::toString).collect(Collectors.joining(", "))));
        }
        return 0;
    }
}
