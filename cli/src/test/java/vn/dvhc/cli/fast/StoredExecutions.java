package vn.dvhc.cli.fast;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.cli.run.JobStore;
import vn.dvhc.common.JobDefinition;

/**
 * Job executions written straight into the job repository of {@link FastCli}'s database, as a run that ended with
 * the given status would have left them: what {@code dvhc jobs …} then finds, without running a job.
 */
final class StoredExecutions {

    private StoredExecutions() {
    }

    /** A completed run of the job that wrote {@code file}, named by the non-identifying parameter {@code key}. */
    static JobExecution wrote(JobDefinition<?> job, String key, Path file) {
        JobParameters parameters = new JobParametersBuilder()
                .addString("test.run", UUID.randomUUID().toString())
                .addString(key, file.toString(), false)
                .toJobParameters();
        return store(job, parameters, BatchStatus.COMPLETED);
    }

    /** A new job instance of the job with these parameters, and its one execution, ended with this status. */
    static JobExecution store(JobDefinition<?> job, JobParameters parameters, BatchStatus status) {
        try (JobStore store = new JobStore(FastCli.database())) {
            JobRepository repository = store.repository();
            JobInstance instance = repository.createJobInstance(job.name(), parameters);
            JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
            LocalDateTime started = LocalDateTime.now().withNano(0);
            execution.setStartTime(started);
            execution.setEndTime(started.plusSeconds(3));
            execution.setStatus(status);
            execution.setExitStatus(new ExitStatus(status.name()));
            repository.update(execution);
            return execution;
        }
    }
}
