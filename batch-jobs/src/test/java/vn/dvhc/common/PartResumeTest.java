package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * A partition resumes after its last commit while its parts hold at least what that commit recorded, and starts over
 * (its context emptied down to its bounds) when one is shorter or gone. {@code RemapKillIT} and {@code RemapTableKillIT}
 * run it for real.
 */
class PartResumeTest {

    @TempDir
    Path temp;

    @Test
    void partsAtLeastAsLongAsTheCommitKeepTheContext() throws IOException {
        Path part = Files.write(temp.resolve("part0"), new byte[120]);
        StepExecution step = step(Map.of("bound", 7L, "length", 100L, "reader", 55L));
        resume(part).beforeStep(step);
        assertThat(step.getExecutionContext().toMap()).containsOnly(Map.entry("bound", 7L), Map.entry("length", 100L),
                Map.entry("reader", 55L));
    }

    @Test
    void aShorterPartEmptiesTheContextDownToTheBounds() throws IOException {
        Path part = Files.write(temp.resolve("part0"), new byte[99]);
        StepExecution step = step(Map.of("bound", 7L, "length", 100L, "reader", 55L));
        resume(part).beforeStep(step);
        assertThat(step.getExecutionContext().toMap()).containsOnly(Map.entry("bound", 7L));
    }

    @Test
    void aMissingPartStartsThePartitionOverToo() {
        StepExecution step = step(Map.of("bound", 7L, "length", 0L, "reader", 55L));
        resume(temp.resolve("gone")).beforeStep(step);
        assertThat(step.getExecutionContext().toMap()).containsOnly(Map.entry("bound", 7L));
    }

    @Test
    void aFirstRunHasNothingToCheck() {
        StepExecution step = step(Map.of("bound", 7L));
        resume(temp.resolve("not yet written")).beforeStep(step);
        assertThat(step.getExecutionContext().toMap()).containsOnly(Map.entry("bound", 7L));
    }

    private static PartResume resume(Path part) {
        return new PartResume(step -> List.of(new PartResume.Part(part, "length")), Set.of("bound"));
    }

    private static StepExecution step(Map<String, Object> context) {
        StepExecution step = new StepExecution(1, "job.rows:partition0",
                new JobExecution(1, new JobInstance(1, "job"), new JobParametersBuilder().toJobParameters()));
        context.forEach(step.getExecutionContext()::put);
        return step;
    }
}
