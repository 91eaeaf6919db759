package vn.dvhc.agencies;

import java.util.function.Predicate;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import vn.dvhc.common.ExitStatuses;

/** Turns a completed run whose findings reach {@code --fail-on} into the exit status that makes the CLI exit 1. */
final class FailOnListener implements JobExecutionListener {

    private final Predicate<JobExecution> failed;

    FailOnListener(Predicate<JobExecution> failed) {
        this.failed = failed;
    }

    @Override
    public void afterJob(JobExecution job) {
        if (job.getStatus() == BatchStatus.COMPLETED && failed.test(job)) {
            job.setExitStatus(ExitStatuses.COMPLETED_WITH_FINDINGS);
        }
    }
}
