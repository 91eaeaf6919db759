package vn.dvhc.cli.run;

import org.springframework.batch.core.job.parameters.JobParameters;

import vn.dvhc.common.JobDefinition;
import vn.dvhc.common.ProgressSink;

/** Which job to run, with which parameters, and where its progress goes. */
public record JobRequest(JobDefinition<?> job, JobParameters parameters, ProgressSink progress) {

    public JobRequest(JobDefinition<?> job, JobParameters parameters) {
        this(job, parameters, ProgressSink.NONE);
    }

    /** The run of these settings: its parameters as the job decides them. */
    public static <S> JobRequest of(JobDefinition<S> job, S settings, boolean rerun) {
        return new JobRequest(job, job.parameters(settings, rerun));
    }
}
