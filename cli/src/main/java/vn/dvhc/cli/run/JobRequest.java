package vn.dvhc.cli.run;

import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import vn.dvhc.common.ProgressSink;

/**
 * Which job to run: its configuration classes (the job's own and any variant, such as how partitions are run),
 * the job's name, its parameters, and where its progress goes.
 */
public record JobRequest(List<Class<?>> configs, String jobName, JobParameters parameters, ProgressSink progress) {

    public JobRequest {
        configs = List.copyOf(configs);
    }

    public JobRequest(Class<?> jobConfig, String jobName, JobParameters parameters) {
        this(List.of(jobConfig), jobName, parameters, ProgressSink.NONE);
    }
}
