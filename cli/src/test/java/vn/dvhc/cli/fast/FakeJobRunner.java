package vn.dvhc.cli.fast;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.job.parameters.JobParameters;

import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.JobRunner;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.common.Json;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ExitCode;

/**
 * A job runner that runs nothing: it keeps the request the command made and answers as the test says — a completed
 * execution carrying a given summary, with a given exit code, or a failure. What a command does with the options
 * (the job parameters) and with the outcome (exit code, output, stderr) is then checked in milliseconds.
 */
final class FakeJobRunner implements JobRunner {

    private final List<JobRequest> requests = new ArrayList<>();
    private Object summary;
    private ExitCode exitCode = ExitCode.OK;
    private DvhcException failure;

    FakeJobRunner completing(Object runSummary, ExitCode code) {
        this.summary = runSummary;
        this.exitCode = code;
        return this;
    }

    FakeJobRunner failing(DvhcException error) {
        this.failure = error;
        return this;
    }

    @Override
    public RunResult run(JobRequest request) {
        requests.add(request);
        if (failure != null) {
            throw failure;
        }
        JobExecution execution = new JobExecution(7, new JobInstance(3, request.job().name()), request.parameters());
        execution.setStatus(BatchStatus.COMPLETED);
        if (summary != null) {
            execution.getExecutionContext().putString(request.job().summaryKey(), Json.write(summary));
        }
        return new RunResult(execution, exitCode);
    }

    /** The one request the command made. */
    JobRequest request() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one job request, got " + requests);
        }
        return requests.get(0);
    }

    /** Whether the command asked for a run at all. */
    boolean started() {
        return !requests.isEmpty();
    }

    /** The parameters of the request as {@link #describe} writes them. */
    List<String> parameters() {
        return describe(request().parameters());
    }

    /** Parameters as {@code key=value} for identifying ones, {@code key~value} for the others, sorted by key. */
    static List<String> describe(JobParameters parameters) {
        return parameters.parameters().stream().sorted(java.util.Comparator.comparing(JobParameter::name))
                .map(p -> p.name() + (p.identifying() ? "=" : "~") + p.value()).toList();
    }
}
