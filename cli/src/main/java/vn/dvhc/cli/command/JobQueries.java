package vn.dvhc.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

import vn.dvhc.common.JobDefinition;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/** The job executions {@code dvhc jobs} works on, from the job repository. */
final class JobQueries {

    private JobQueries() {
    }

    /** The execution, or a usage error naming what to do. */
    static JobExecution find(JobRepository repository, long id) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            throw new DvhcException(ErrorCode.USAGE, "there is no job execution " + id + " in this database", null,
                    "see 'dvhc jobs list' (and check --db / --home)");
        }
        return execution;
    }

    /**
     * Whether a stored run of the job named this file in its parameter {@code key} (its output): such a file is
     * the job's own and may be written again.
     */
    static boolean wrote(DSLContext dsl, JobDefinition<?> job, String key, Path file) {
        return dsl.fetchExists(DSL.selectOne()
                .from(DSL.table("batch_job_execution_params").as("p"))
                .join(DSL.table("batch_job_execution").as("e"))
                .on(DSL.field("e.job_execution_id").eq(DSL.field("p.job_execution_id")))
                .join(DSL.table("batch_job_instance").as("i"))
                .on(DSL.field("i.job_instance_id").eq(DSL.field("e.job_instance_id")))
                .where(DSL.field("i.job_name").eq(job.name()))
                .and(DSL.field("p.parameter_name").eq(key))
                .and(DSL.field("p.parameter_value").eq(file.toString())));
    }

    /** The newest executions first, of one job or of all. */
    static List<JobExecution> newest(JobRepository repository, JobDefinition<?> job, BatchStatus status, int limit) {
        List<JobExecution> all = new ArrayList<>();
        for (String name : job == null ? repository.getJobNames() : List.of(job.name())) {
            for (JobInstance instance : repository.getJobInstances(name, 0, Integer.MAX_VALUE)) {
                all.addAll(repository.getJobExecutions(instance));
            }
        }
        return all.stream()
                .filter(e -> status == null || e.getStatus() == status)
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(limit)
                .toList();
    }
}
