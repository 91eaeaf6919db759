package vn.dvhc.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.AGENCY_RUN;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.common.ExitStatuses;
import vn.dvhc.common.ProvinceAgencyCodes;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.agency.Severity;
import vn.dvhc.testing.JobChecks;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.Samples;

/**
 * {@code agenciesValidateJob} in a Spring Batch test, on H2 and PostgreSQL: the sample register with one typical
 * mistake per row completes with findings (exit status for exit code 1), its run stored, its settings read back.
 */
class AgenciesValidateJobIT {

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, AgenciesValidateJobConfig.class})
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnPostgreSQL.class, AgenciesValidateJobConfig.class})
    class OnPostgreSQL extends Checks {
    }

    abstract static class Checks extends JobChecks {

        @Test
        void theRegisterWithMistakesCompletesWithFindingsAndIsStored() throws Exception {
            Path register = Samples.path("agencies/lao-cai-with-mistakes.csv");
            AgencySettings settings = new AgencySettings(register, Sha256.of(register), null,
                    ProvinceAgencyCodes.builtInSha256(), LocalDate.of(2026, 7, 1), "2026-04-30", StandardCharsets.UTF_8,
                    Severity.ERROR);
            JobExecution execution = jobs.startJob(AgenciesValidateJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(execution.getExitStatus().getExitCode())
                    .isEqualTo(ExitStatuses.COMPLETED_WITH_FINDINGS.getExitCode());
            ValidationSummary summary = AgenciesValidateJob.JOB.summary(execution, ValidationSummary.class);
            assertThat(summary.errors()).isPositive();
            assertThat(summary.agencies()).isEqualTo(Files.readAllLines(register).size() - 1);
            assertThat(database.dsl().fetchCount(AGENCY_RUN, AGENCY_RUN.JOB_EXECUTION_ID.eq(execution.getId()))).isOne();
            assertThat(AgenciesValidateJob.JOB.settings(execution.getJobParameters())).isEqualTo(settings);
        }
    }
}
