package vn.dvhc.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
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
    void anExecutionOfAProcessThatEndedButWasNotCollectedIsDead() throws Exception {
        // The shell starts a child and becomes `sleep`, which never waits for it; the child ends once the shell has
        // become `sleep` (in a subshell $$ is still the shell's pid), and is a zombie from then on. Were it to end
        // before, the shell would collect it.
        String script = "(c=; while [ \"$c\" != sleep ] && read -r c < /proc/$$/comm; do :; done) & echo $!; "
                + "exec sleep 60";
        Process parent = new ProcessBuilder("sh", "-c", script).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(),
                StandardCharsets.US_ASCII))) {
            long zombie = Long.parseLong(out.readLine().trim());
            Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc", Long.toString(zombie))), "Linux's /proc");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!ProcessOwner.ended(zombie) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(ProcessOwner.ended(zombie)).as("pid %d is a zombie", zombie).isTrue();
            assertThat(ProcessHandle.of(zombie).map(ProcessHandle::isAlive)).as("what Java says of it").contains(true);
            JobParameters owned = new JobParametersBuilder(ProcessOwner.owned(JOB))
                    .addLong("dvhc.owner.pid", zombie, false).addString("dvhc.owner.started", "", false)
                    .toJobParameters();
            JobExecution execution = new JobExecution(4, new JobInstance(4, "remapJob"), owned);
            assertThat(ProcessOwner.liveness(execution)).isEqualTo(ProcessOwner.Liveness.DEAD);
            assertThat(ProcessOwner.ended(ProcessHandle.current().pid())).as("this process").isFalse();
        } finally {
            parent.destroyForcibly().waitFor();
        }
    }

    @Test
    void anExecutionWithoutAnOwnerIsUnknown() {
        JobExecution execution = new JobExecution(3, new JobInstance(3, "remapJob"), JOB);
        assertThat(ProcessOwner.liveness(execution)).isEqualTo(ProcessOwner.Liveness.UNKNOWN);
        assertThat(ProcessOwner.describe(execution)).isEqualTo("an unknown process");
    }
}
