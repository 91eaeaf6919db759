package vn.dvhc.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.common.ProvinceAgencyCodes;
import vn.dvhc.common.Sha256;
import vn.dvhc.testing.JobChecks;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.Samples;

/**
 * {@code agenciesAllocateJob} in a Spring Batch test, on H2 and PostgreSQL: proposals for the communes the clean
 * register leaves without a code are written, the register untouched; a second identical run is refused.
 */
class AgenciesAllocateJobIT {

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, AgenciesAllocateJobConfig.class})
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnPostgreSQL.class, AgenciesAllocateJobConfig.class})
    class OnPostgreSQL extends Checks {
    }

    abstract static class Checks extends JobChecks {

        @Test
        void proposalsAreWrittenAndTheSameRunIsNotRepeated() throws Exception {
            Path register = Samples.path("agencies/lao-cai-with-mistakes.csv");
            byte[] before = Files.readAllBytes(register);
            AgencySettings agencies = new AgencySettings(register, Sha256.of(register), null,
                    ProvinceAgencyCodes.builtInSha256(), LocalDate.of(2026, 7, 1), "2026-04-30", StandardCharsets.UTF_8,
                    null);
            AllocationSettings settings = new AllocationSettings(agencies, "{level1}.{seq:3}", 0,
                    temp.resolve("proposals.csv"));
            JobExecution execution = jobs.startJob(AgenciesAllocateJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            AllocationSummary summary = AgenciesAllocateJob.JOB.summary(execution, AllocationSummary.class);
            assertThat(summary.proposed()).isPositive();
            assertThat(Files.readAllLines(settings.output())).hasSizeGreaterThan(summary.proposed());
            assertThat(Files.readAllBytes(register)).isEqualTo(before);
            assertThatThrownBy(() -> jobs.startJob(AgenciesAllocateJob.JOB.parameters(settings, false)))
                    .isInstanceOf(JobInstanceAlreadyCompleteException.class);
        }
    }
}
