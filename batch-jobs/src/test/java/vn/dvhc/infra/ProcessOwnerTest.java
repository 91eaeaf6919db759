package vn.dvhc.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Whose an execution is, when a kill came before the job's listener recorded it: the owner the execution was
 * created with (non-identifying parameters) tells a dead process from a live one.
 */
class ProcessOwnerTest {

    private static final JobParameters JOB = new JobParametersBuilder().addString("input.sha256", "ab").toJobParameters();

    @Test
    void anExecutionCreatedByThisProcessIsAliveBeforeItsListenerRan() {
        JobExecution execution = new JobExecution(1, new JobInstance(1, "remapJob"), ProcessOwner.owned(JOB));
        assertThat(ProcessOwner.liveness(execution)).isEqualTo(ProcessOwner.Liveness.ALIVE);
        assertThat(ProcessOwner.describe(execution)).startsWith("pid " + ProcessHandle.current().pid() + " on ");
        assertThat(execution.getJobParameters().getIdentifyingParameters()).isEqualTo(JOB.getIdentifyingParameters());
        assertThat(execution.getJobParameters().parameters()).filteredOn(p -> ProcessOwner.isOwnerParameter(p.name()))
                .hasSize(3).noneMatch(p -> p.identifying());
    }

    @Test
    void anExecutionCreatedByAProcessThatIsGoneIsDead() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        JobParameters owned = new JobParametersBuilder(ProcessOwner.owned(JOB))
                .addLong("dvhc.owner.pid", gone.pid(), false).toJobParameters();
        JobExecution execution = new JobExecution(2, new JobInstance(2, "remapJob"), owned);
        assertThat(ProcessOwner.liveness(execution)).isEqualTo(ProcessOwner.Liveness.DEAD);
    }

    @Test
    void anExecutionWithoutAnOwnerIsUnknown() {
        JobExecution execution = new JobExecution(3, new JobInstance(3, "remapJob"), JOB);
        assertThat(ProcessOwner.liveness(execution)).isEqualTo(ProcessOwner.Liveness.UNKNOWN);
        assertThat(ProcessOwner.describe(execution)).isEqualTo("an unknown process");
    }
}
