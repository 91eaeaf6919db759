package vn.dvhc.cli.run;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Stops the job this process runs when Ctrl-C asks, the way {@code dvhc jobs stop} does: the execution is marked
 * STOPPING in the repository and every step reads that at its next commit, then ends STOPPED with its last commit
 * kept for the restart. A request before the job has started stops it before its first step.
 */
final class StopOnInterrupt implements JobExecutionListener, Interruption.Stoppable {

    private final JobRepository repository;
    private JobExecution execution;
    private boolean requested;

    StopOnInterrupt(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public synchronized void beforeJob(JobExecution started) {
        execution = started;
        if (requested) {
            started.setStatus(BatchStatus.STOPPING);
        }
    }

    @Override
    public synchronized void stop() {
        requested = true;
        if (execution == null) {
            return;
        }
        // A copy of the repository's row: the running job's own object is updated by its threads only.
        JobExecution current = repository.getJobExecution(execution.getId());
        if (current != null && current.isRunning()) {
            current.setStatus(BatchStatus.STOPPING);
            repository.update(current);
        }
    }
}
