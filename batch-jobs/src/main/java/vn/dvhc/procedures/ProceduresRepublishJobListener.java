package vn.dvhc.procedures;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import vn.dvhc.common.ExitStatuses;
import vn.dvhc.common.Json;

/**
 * Turns findings at or above {@code --fail-on} into the exit status that makes the CLI exit 1: orphans (old
 * district-level procedures nobody handles), or with {@code conflict} also details the merged provinces disagree on.
 */
final class ProceduresRepublishJobListener implements JobExecutionListener {

    @Override
    public void afterJob(JobExecution job) {
        if (job.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        RepublishSettings settings = RepublishSettings.of(job.getJobParameters());
        RepublishSummary summary = Json.read(job.getExecutionContext().getString(ProceduresRepublishJobConfig.SUMMARY),
                RepublishSummary.class);
        boolean findings = switch (settings.failOn()) {
            case ORPHAN -> !summary.orphans().isEmpty();
            case CONFLICT -> !summary.orphans().isEmpty() || !summary.conflicts().isEmpty();
            case NEVER -> false;
        };
        if (findings) {
            job.setExitStatus(ExitStatuses.COMPLETED_WITH_FINDINGS);
        }
    }
}
