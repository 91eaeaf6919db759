package vn.dvhc.remap;

import java.nio.file.Path;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

import vn.dvhc.common.ExitStatuses;
import vn.dvhc.common.JobParams;
import vn.dvhc.common.Json;
import vn.dvhc.error.DvhcException;

/**
 * Keeps part files only while a restart may need them. A completed run removes its own; a run that completes, or
 * starts with {@code --rerun}, supersedes the earlier runs of the same output: their part files are removed and a
 * failed or stopped one is marked ABANDONED (a restart could only overwrite the newer output, and would find its
 * parts gone). Also turns findings at or above {@code --fail-on} into the exit status that makes the CLI exit 1.
 */
final class RemapJobListener implements JobExecutionListener {

    private static final Logger LOG = LogManager.getLogger(RemapJobListener.class);

    private final JobRepository repository;
    private final DSLContext dsl;

    RemapJobListener(JobRepository repository, DSLContext dsl) {
        this.repository = repository;
        this.dsl = dsl;
    }

    @Override
    public void beforeJob(JobExecution job) {
        if (job.getJobParameters().getString(JobParams.RUN_ID) != null) {
            supersedeEarlierRuns(job, "started with --rerun");
        }
    }

    @Override
    public void afterJob(JobExecution job) {
        if (job.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        deleteParts(job, job.getJobInstance().getInstanceId());
        supersedeEarlierRuns(job, "completed");
        RemapSettings settings = RemapJob.JOB.settings(job.getJobParameters());
        RemapSummary summary = Json.read(job.getExecutionContext().getString(RemapJob.SUMMARY), RemapSummary.class);
        boolean findings = switch (settings.failOn()) {
            case REJECT -> summary.rowsRejected() > 0;
            case SPLIT -> summary.rowsRejected() > 0 || summary.byStatus().getOrDefault("SPLIT", 0L) > 0;
            case NEVER -> false;
        };
        if (findings) {
            job.setExitStatus(ExitStatuses.COMPLETED_WITH_FINDINGS);
        }
    }

    // Other instances of remapJob writing the same output. A running one (here or elsewhere) is left alone: its
    // own command decides about it.
    private void supersedeEarlierRuns(JobExecution job, String how) {
        String output = job.getJobParameters().getString(RemapJob.OUTPUT_FILE);
        long self = job.getJobInstance().getInstanceId();
        for (long id : instancesNaming(output)) {
            JobInstance instance = id == self ? null : repository.getJobInstance(id);
            JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
            if (last == null || last.isRunning() || !output.equals(last.getJobParameters().getString(RemapJob.OUTPUT_FILE))) {
                continue;
            }
            deleteParts(last, instance.getInstanceId());
            if (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
                LOG.info("execution {} of the same output is abandoned: execution {} {}", last.getId(), job.getId(), how);
                last.setStatus(BatchStatus.ABANDONED);
                last.setExitStatus(new ExitStatus(last.getExitStatus().getExitCode(), "abandoned: execution "
                        + job.getId() + ", a later run of the same output, " + how + System.lineSeparator()
                        + last.getExitStatus().getExitDescription()));
                repository.update(last);
            }
        }
    }

    // The instances that ever named this output, from the parameters' table: asking the repository for the last
    // execution of every remap instance ever run (with its steps and contexts) made each small run slower than the
    // one before it (issue 17, docs/benchmarks.md).
    private List<Long> instancesNaming(String output) {
        return dsl.selectDistinct(DSL.field("e.job_instance_id", Long.class))
                .from(DSL.table("batch_job_execution_params").as("p"))
                .join(DSL.table("batch_job_execution").as("e"))
                .on(DSL.field("e.job_execution_id").eq(DSL.field("p.job_execution_id")))
                .join(DSL.table("batch_job_instance").as("i"))
                .on(DSL.field("i.job_instance_id").eq(DSL.field("e.job_instance_id")))
                .where(DSL.field("i.job_name").eq(RemapJob.NAME))
                .and(DSL.field("p.parameter_name").eq(RemapJob.OUTPUT_FILE))
                .and(DSL.field("p.parameter_value").eq(output))
                .fetch(DSL.field("e.job_instance_id", Long.class));
    }

    // A part that cannot be deleted is worth a warning, not a failed run: the output is already in place.
    private static void deleteParts(JobExecution execution, long instanceId) {
        try {
            List<Path> deleted = RemapJob.JOB.deleteRestartFiles(execution.getJobParameters(), instanceId);
            if (!deleted.isEmpty()) {
                LOG.info("deleted the part files of execution {}: {}", execution.getId(), deleted);
            }
        } catch (DvhcException e) {
            LOG.warn("{}", e.describe());
        }
    }
}
