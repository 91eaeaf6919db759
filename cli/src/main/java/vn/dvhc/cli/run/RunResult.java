package vn.dvhc.cli.run;

import org.springframework.batch.core.job.JobExecution;

import vn.dvhc.error.ExitCode;

/** A finished job run: its execution (counts, context) and the exit code it means. */
public record RunResult(JobExecution execution, ExitCode exitCode) {

    public long executionId() {
        return execution.getId();
    }
}
