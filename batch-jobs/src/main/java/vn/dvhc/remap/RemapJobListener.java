package vn.dvhc.remap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
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
        // The last step's summary, also when the job lost its record of it after that step completed (JobKeys).
        RemapSummary summary = Json.read(new JobKeys(repository).get(job, RemapJob.SUMMARY, RemapJob.SHEET_OUTPUT_STEP,
                RemapJob.MERGE_STEP), RemapSummary.class);
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
        for (long id : unsettledRunsNaming(output, self)) {
            JobInstance instance = repository.getJobInstance(id);
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

    /**
     * The other instances that named this output and may still have part files or need abandoning, from the
     * parameters' table with their last execution's status, so that the repository loads only those (each load
     * reads the execution's steps and contexts). Asking for every instance made each run of the same output slower
     * than the one before it (issue 17, docs/benchmarks.md). Left out: an abandoned run (its parts went when it was
     * abandoned) and a completed one older than the newest completed one (the newer one's completion removed its
     * parts, or its own did). The newest completed one stays in: a process killed between its completion and the
     * removal of its parts leaves them to this run.
     */
    private List<Long> unsettledRunsNaming(String output, long self) {
        Field<Long> instance = DSL.field("e.job_instance_id", Long.class);
        Field<Long> execution = DSL.field("e.job_execution_id", Long.class);
        Field<String> status = DSL.field("e.status", String.class);
        Table<?> named = DSL.selectDistinct(DSL.field("x.job_instance_id", Long.class).as("instance_id"))
                .from(DSL.table("batch_job_execution_params").as("p"))
                .join(DSL.table("batch_job_execution").as("x"))
                .on(DSL.field("x.job_execution_id").eq(DSL.field("p.job_execution_id")))
                .join(DSL.table("batch_job_instance").as("i"))
                .on(DSL.field("i.job_instance_id").eq(DSL.field("x.job_instance_id")))
                .where(DSL.field("i.job_name").eq(RemapJob.NAME))
                .and(DSL.field("p.parameter_name").eq(RemapJob.OUTPUT_FILE))
                .and(DSL.field("p.parameter_value").eq(output))
                .asTable("n");
        List<Record3<Long, Long, String>> runs = dsl.select(instance, execution, status)
                .from(DSL.table("batch_job_execution").as("e"))
                .join(named).on(instance.eq(named.field("instance_id", Long.class)))
                .where(execution.eq(DSL.select(DSL.max(DSL.field("l.job_execution_id", Long.class)))
                        .from(DSL.table("batch_job_execution").as("l"))
                        .where(DSL.field("l.job_instance_id", Long.class).eq(instance))))
                .and(instance.ne(self))
                .orderBy(execution.desc())
                .fetch();
        List<Long> unsettled = new ArrayList<>();
        boolean newestCompleted = true;
        for (Record3<Long, Long, String> run : runs) {
            String last = run.value3();
            if (BatchStatus.ABANDONED.name().equals(last)) {
                continue;
            }
            if (BatchStatus.COMPLETED.name().equals(last)) {
                if (!newestCompleted) {
                    continue;
                }
                newestCompleted = false;
            }
            unsettled.add(run.value1());
        }
        return unsettled;
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
