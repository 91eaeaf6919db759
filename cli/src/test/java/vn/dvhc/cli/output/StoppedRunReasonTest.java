package vn.dvhc.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameters;

/** {@code dvhc jobs show} of a run stopped by Ctrl-C or {@code dvhc jobs stop}: why, in words, and how to resume. */
class StoppedRunReasonTest {

    @Test
    void aStoppedRunSaysItWasStoppedAndHowToResumeNotTheExceptionsClassName() {
        // As Spring Batch leaves a job stopped at a commit: STOPPED, described by the exception's stack trace.
        JobExecution stopped = new JobExecution(42, new JobInstance(3, "someJob"), new JobParameters());
        stopped.setStatus(BatchStatus.STOPPED);
        stopped.setExitStatus(ExitStatus.STOPPED.addExitDescription(new JobInterruptedException("Job interrupted")));

        JobViews.Execution view = JobViews.view(stopped, true);
        StringWriter text = new StringWriter();
        JobViews.printOne(new PrintWriter(text, true), view);

        assertThat(view.cause()).isEqualTo("stopped (Ctrl-C or 'dvhc jobs stop') before it finished; resume it with "
                + "'dvhc jobs restart 42' or by running the same command again");
        assertThat(text.toString()).contains("  reason   " + view.cause() + "\n").doesNotContain("JobInterruptedException");
    }

    @Test
    void aCompletedRunHasNoReason() {
        JobExecution completed = new JobExecution(43, new JobInstance(4, "someJob"), new JobParameters());
        completed.setStatus(BatchStatus.COMPLETED);
        completed.setExitStatus(ExitStatus.COMPLETED);
        assertThat(JobViews.view(completed, false).cause()).isNull();
    }
}
