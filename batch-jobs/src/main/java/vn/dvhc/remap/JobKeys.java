package vn.dvhc.remap;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a step leaves in its job's execution context for the steps after it (the input's layout, a workbook's
 * conversion, the run's summary), kept in the step's own context as well, and taken from there when the job lost its
 * record of it.
 * <p>
 * Killed together with the home's H2 server, the database can lose its newest commits (docs/operations.md). A step's
 * own context is committed in its last chunk's transaction, before its completion; the job's context only after that.
 * So a restart can find a step completed, and skipped, while the job's context lacks what it left: the step after it
 * then had nothing to read (KillStressIT, seed 1796680540887082208, trial 27: the summary). Only a missing key costs
 * a query.
 */
final class JobKeys {

    private static final Logger LOG = LogManager.getLogger(JobKeys.class);

    private final JobRepository repository;

    JobKeys(JobRepository repository) {
        this.repository = repository;
    }

    /** Leaves {@code value} under {@code key} to the job, and in the step's own context, committed with it. */
    static void publish(StepExecution step, String key, String value) {
        step.getJobExecution().getExecutionContext().putString(key, value);
        step.getExecutionContext().putString(key, value);
    }

    /**
     * The value the first of {@code steps} that completed with it left under {@code key}: from the job's context, or,
     * when the job lost it, from that step's own (and put back into the job's).
     *
     * @throws IllegalStateException when neither has it
     */
    String get(JobExecution job, String key, String... steps) {
        if (job.getExecutionContext().containsKey(key)) {
            return job.getExecutionContext().getString(key);
        }
        for (String name : steps) {
            StepExecution step = repository.getLastStepExecution(job.getJobInstance(), name);
            if (step != null && step.getStatus() == BatchStatus.COMPLETED
                    && step.getExecutionContext().containsKey(key)) {
                String value = step.getExecutionContext().getString(key);
                job.getExecutionContext().putString(key, value);
                repository.updateExecutionContext(job);
                LOG.warn("the run's {} comes from its step {}: the job's own record of it was lost", key, name);
                return value;
            }
        }
        throw new IllegalStateException("the run has lost its " + key + ", which its step " + String.join(" or ", steps)
                + " left; run the same command with --rerun to start it over");
    }
}
