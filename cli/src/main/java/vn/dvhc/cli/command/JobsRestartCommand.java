package vn.dvhc.cli.command;

import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import vn.dvhc.cli.output.SummaryPrinters;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.JobStore;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.common.JobDefinition;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.jobs.Jobs;

/**
 * {@code dvhc jobs restart ID}: runs a failed, stopped or killed execution's job instance again, from where it
 * stopped, exactly as the same command would (same parameters, same configuration).
 */
@Command(name = "restart", mixinStandardHelpOptions = true,
        header = "Restart a failed, stopped or killed job execution from where it stopped.",
        description = {
                "Same as running the command that started it again: the job resumes from its last commit and its "
                        + "output is the same as an uninterrupted run's. An execution left marked running by a "
                        + "process that is gone (kill -9, power loss) on this machine is recovered first.",
                "Refused (exit 6) for a completed execution (run the command again with --rerun to do it anew), an "
                        + "abandoned one, or one whose process is still running."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc jobs list --status FAILED", "  dvhc jobs restart 42"})
public final class JobsRestartCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<id>", description = "The job execution ID ('dvhc jobs list').")
    long id;

    private final CliContext cli;

    public JobsRestartCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        String job;
        JobParameters parameters;
        try (JobStore store = new JobStore(cli.database())) {
            JobExecution execution = JobQueries.find(store.repository(), id);
            JobExecution last = store.repository().getLastJobExecution(execution.getJobInstance());
            if (last != null && last.getId() != id) {
                cli.err().println("dvhc: execution " + id + " is not the last of its job instance; restarting from "
                        + "the last one, " + last.getId() + " (" + last.getStatus() + ")");
                execution = last;
            }
            refuseFinished(execution);
            job = execution.getJobInstance().getJobName();
            parameters = execution.getJobParameters();
        }
        JobDefinition<?> definition = Jobs.named(job).orElseThrow(() -> new DvhcException(ErrorCode.USAGE,
                "this version of dvhc does not know the job '" + job + "'", null,
                "restart it with the dvhc version that started it"));
        RunResult result = cli.jobRunner().run(new JobRequest(definition, parameters));
        JobExecution restarted = result.execution();
        cli.out().println("Execution " + restarted.getId() + " of " + job + ": " + restarted.getStatus()
                + " (restarted from execution " + id + "; details: dvhc jobs show " + restarted.getId() + ")");
        SummaryPrinters.print(cli.out(), definition.summary(restarted),
                cli.global().environment().workingDirectory().toAbsolutePath().normalize());
        return result.exitCode().value();
    }

    private static void refuseFinished(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new DvhcException(ErrorCode.JOB_ALREADY_COMPLETE, "execution " + execution.getId() + " of "
                    + execution.getJobInstance().getJobName() + " completed: there is nothing to restart", null,
                    "to do it anew, run the command that started it again with --rerun");
        }
        if (execution.getStatus() == BatchStatus.ABANDONED) {
            throw new DvhcException(ErrorCode.JOB_ABANDONED, "execution " + execution.getId()
                    + " was abandoned and is never restarted", null,
                    "run the command that started it again with --rerun to start anew");
        }
    }
}
