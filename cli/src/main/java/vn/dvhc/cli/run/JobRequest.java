package vn.dvhc.cli.run;

import org.springframework.batch.core.job.parameters.JobParameters;

/** Which job to run, with which configuration class and parameters. */
public record JobRequest(Class<?> jobConfig, String jobName, JobParameters parameters) {
}
