package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvhc.jooq.Tables.REMAP_RUN;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.common.Sha256;
import vn.dvhc.testing.JobChecks;
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

    abstract static class Checks extends JobChecks {

        private RemapSettings settings(int threads) throws IOException {
            Path input = temp.resolve("register.csv");
            Registers.generate(input, 5_000, 42, 5);
            Path output = temp.resolve("out-" + threads + ".csv");
            return new RemapSettings(input, Sha256.of(input), output, Path.of(output + ".rejects.csv"), null, null, null,
                    "pre-2025", "2026-04-30", null, OnSplit.FLAG, null, "UTF-8", 1_000, threads,
                    RemapSettings.FailOn.NEVER, null, 0, false, null, false, null);
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
            RemapSettings padded = settings(input("excel.csv", 10, 0), "o.csv", "UTF-8", true, "ho-khau");
            assertThat(RemapJob.JOB.settings(RemapJob.JOB.parameters(padded, false))).isEqualTo(padded);
        }

        private Path input(String name, int rows, int badPerMille) throws IOException {
            Path input = temp.resolve(name);
            Registers.generate(input, rows, 42, badPerMille);
            return input;
        }

        private RemapSettings settings(Path input, String output, String encoding, boolean padCodes, String dataset) {
            Path out = temp.resolve(output);
            return new RemapSettings(input, Sha256.of(input), out, Path.of(out + ".rejects.csv"), null, null, null,
                    "pre-2025", "2026-04-30", null, OnSplit.FLAG, null, encoding, 1_000, 2, RemapSettings.FailOn.NEVER,
                    null, 0, padCodes, dataset, false, null);
        }

        private RemapSummary run(RemapSettings settings) throws Exception {
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            return RemapJob.JOB.summary(execution, RemapSummary.class);
        }

        @Test
        void padCodesRestoresTheZerosAnExcelExportLostAndTheRunStoresHowMany() throws Exception {
            // Every 200th row or so is made bad; a third of those lose the leading zeros of their commune code.
            Path input = input("excel.csv", 5_000, 5);
            long shortCodes = Files.readAllLines(input).stream().skip(1).map(line -> line.split(",", -1))
                    .filter(f -> f[f.length - 2].length() < 5).count();
            assertThat(shortCodes).isPositive();

            RemapSummary without = run(settings(input, "plain.csv", "UTF-8", false, null));
            assertThat(without.padded()).isZero();
            assertThat(without.byRejectReason().get("MALFORMED_CODE")).isEqualTo(shortCodes);
            assertThat(Files.readString(Path.of(without.rejects())))
                    .contains("— if leading zeros were lost (Excel), run with --pad-codes");

            RemapSummary padded = run(settings(input, "padded.csv", "UTF-8", true, null));
            assertThat(padded.padded()).isEqualTo(shortCodes);
            assertThat(padded.byRejectReason()).doesNotContainKey("MALFORMED_CODE");
            assertThat(padded.rowsWritten()).isEqualTo(without.rowsWritten() + shortCodes);
            assertThat(padded.rowsWritten() + padded.rowsRejected()).isEqualTo(padded.rowsRead());
            assertThat(database.dsl().select(REMAP_RUN.PADDED_ROWS).from(REMAP_RUN)
                    .where(REMAP_RUN.JOB_EXECUTION_ID.eq(padded.executionId())).fetchOne(REMAP_RUN.PADDED_ROWS))
                    .isEqualTo(shortCodes);
        }

        @Test
        void aFileWithoutShortCodesGivesTheSameBytesWithAndWithoutPadCodes() throws Exception {
            Path input = input("whole-codes.csv", 3_000, 0);
            RemapSettings plain = settings(input, "plain.csv", "UTF-8", false, null);
            RemapSettings padded = settings(input, "padded.csv", "UTF-8", true, null);
            assertThat(run(padded).padded()).isZero();
            run(plain);
            assertThat(Files.readAllBytes(padded.output())).isEqualTo(Files.readAllBytes(plain.output()));
            assertThat(Files.readAllBytes(padded.rejects())).isEqualTo(Files.readAllBytes(plain.rejects()));
        }

        @Test
        void theRunStoresItsDatasetTheSameRowsInWindows1258AreTheSameDataset() throws Exception {
            Path input = input("register.csv", 2_000, 5);
            Path cp1258 = temp.resolve("register-cp1258.csv");
            Files.write(cp1258, TextEncoding.of("windows-1258").encode(Files.readString(input)));
            RemapSummary utf8 = run(settings(input, "utf8.csv", "UTF-8", false, null));
            RemapSummary windows = run(settings(cp1258, "cp1258.csv", "windows-1258", false, "ho-khau"));
            assertThat(utf8.input().sha256()).isNotEqualTo(windows.input().sha256());
            assertThat(windows.dataset().rowsSha256()).isEqualTo(utf8.dataset().rowsSha256()).hasSize(64);
            assertThat(windows.dataset().name()).isEqualTo("ho-khau");
            var stored = database.dsl().selectFrom(REMAP_RUN)
                    .where(REMAP_RUN.JOB_EXECUTION_ID.in(utf8.executionId(), windows.executionId()))
                    .orderBy(REMAP_RUN.JOB_EXECUTION_ID).fetch();
            assertThat(stored).extracting(r -> r.getRowsSha256()).containsOnly(utf8.dataset().rowsSha256());
            assertThat(stored).extracting(r -> r.getDatasetName()).containsExactly(null, "ho-khau");
        }
    }
}
