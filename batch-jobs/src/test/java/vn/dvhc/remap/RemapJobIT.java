package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvhc.jooq.Tables.REMAP_RUN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.common.Sha256;
import vn.dvhc.infra.Database;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.Registers;

/**
 * {@code remapJob} in a Spring Batch test, on H2 and PostgreSQL, started from typed settings through
 * {@link RemapJob}: read, written and rejected counts, the invariant, the stored run, the refusal of a second run.
 */
class RemapJobIT {

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, RemapJobConfig.class, RemapLocalPartitioning.class})
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnPostgreSQL.class, RemapJobConfig.class, RemapLocalPartitioning.class})
    class OnPostgreSQL extends Checks {
    }

    abstract static class Checks {

        @Autowired
        JobOperatorTestUtils jobs;

        @Autowired
        Database database;

        @TempDir
        Path temp;

        private RemapSettings settings(int threads) throws IOException {
            Path input = temp.resolve("register.csv");
            Registers.generate(input, 5_000, 42, 5);
            Path output = temp.resolve("out-" + threads + ".csv");
            return new RemapSettings(input, Sha256.of(input), output, Path.of(output + ".rejects.csv"), null, null, null,
                    "pre-2025", "2026-04-30", null, OnSplit.FLAG, null, "UTF-8", 1_000, threads,
                    RemapSettings.FailOn.NEVER, null, 0, false, null);
        }

        @Test
        void everyRowIsWrittenOrRejectedAndTheRunIsStored() throws Exception {
            RemapSettings settings = settings(2);
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            RemapSummary summary = RemapJob.JOB.summary(execution, RemapSummary.class);
            assertThat(summary.rowsRead()).isEqualTo(5_000);
            assertThat(summary.rowsRejected()).isPositive();
            assertThat(summary.rowsWritten() + summary.rowsRejected()).isEqualTo(summary.rowsRead());
            assertThat(summary.invariantHolds()).isTrue();
            assertThat(Files.readAllLines(settings.output())).hasSize((int) summary.rowsWritten() + 1);
            assertThat(Files.readAllLines(settings.rejects())).hasSize((int) summary.rowsRejected() + 1);
            assertThat(database.dsl().fetchCount(REMAP_RUN, REMAP_RUN.JOB_EXECUTION_ID.eq(execution.getId()))).isOne();
        }

        @Test
        void theSameRunIsRefusedOnceCompletedAndARerunIsAnInstanceOfItsOwn() throws Exception {
            RemapSettings settings = settings(1);
            assertThat(jobs.startJob(RemapJob.JOB.parameters(settings, false)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThatThrownBy(() -> jobs.startJob(RemapJob.JOB.parameters(settings, false)))
                    .isInstanceOf(JobInstanceAlreadyCompleteException.class);
            assertThat(jobs.startJob(RemapJob.JOB.parameters(settings, true)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        }

        @Test
        void theSettingsReadBackFromTheParametersAreTheSettings() throws Exception {
            RemapSettings settings = settings(2);
            assertThat(RemapJob.JOB.settings(RemapJob.JOB.parameters(settings, true))).isEqualTo(settings);
        }
    }
}
