package vn.dvhc.common;

import java.util.function.Predicate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Turns a completed run whose findings reach {@code --fail-on} into the exit status that makes the CLI exit 1. */
public final class FailOnListener implements JobExecutionListener {

    private final Predicate<JobExecution> failed;

    /** @param failed whether a completed execution has findings at or above its {@code --fail-on} */
    public FailOnListener(Predicate<JobExecution> failed) {
        this.failed = failed;
    }

    @Override
    public void afterJob(JobExecution job) {
        if (job.getStatus() == BatchStatus.COMPLETED && failed.test(job)) {
            job.setExitStatus(ExitStatuses.COMPLETED_WITH_FINDINGS);
        }
    }
}
