package vn.dvhc.cli.run;

import org.springframework.batch.core.job.parameters.JobParameters;

import vn.dvhc.common.ProgressSink;

/** Which job to run, with which configuration class and parameters, and where its progress goes. */
public record JobRequest(Class<?> jobConfig, String jobName, JobParameters parameters, ProgressSink progress) {

    public JobRequest(Class<?> jobConfig, String jobName, JobParameters parameters) {
        this(jobConfig, jobName, parameters, ProgressSink.NONE);
    }
}
