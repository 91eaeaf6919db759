package vn.dvhc.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.common.ProvinceAgencyCodes;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.procedure.DistrictDefault;
import vn.dvhc.testing.JobChecks;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.Samples;

/**
 * {@code proceduresRepublishJob} in a Spring Batch test, on H2 and PostgreSQL: the sample catalogues of Lào Cai and
 * Yên Bái become one list for the new Lào Cai, every old procedure accounted for.
 */
class ProceduresRepublishJobIT {

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, ProceduresRepublishJobConfig.class})
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnPostgreSQL.class, ProceduresRepublishJobConfig.class})
    class OnPostgreSQL extends Checks {
    }

    abstract static class Checks extends JobChecks {

        @Test
        void theSampleCataloguesBecomeOneListForLaoCai() throws Exception {
            List<Path> catalogues = List.of(Samples.path("procedures/lao-cai-10.csv"),
                    Samples.path("procedures/yen-bai-15.csv"));
            Path rules = Samples.path("procedures/rules.csv");
            RepublishSettings settings = new RepublishSettings(catalogues,
                    RepublishSettings.combinedSha256(catalogues.stream().map(Sha256::of).toList()), rules,
                    Sha256.of(rules), null, null, null, ProvinceAgencyCodes.builtInSha256(), DistrictDefault.ORPHAN,
                    "2026-04-30", null, temp, StandardCharsets.UTF_8, RepublishSettings.FailOn.NEVER);
            JobExecution execution = jobs.startJob(ProceduresRepublishJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            RepublishSummary summary = ProceduresRepublishJob.JOB.summary(execution, RepublishSummary.class);
            assertThat(summary.provinces()).singleElement().extracting(RepublishSummary.Province::code).isEqualTo("15");
            assertThat(summary.changes().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(summary.oldProcedures());
            assertThat(temp.resolve("15/procedures.csv")).isNotEmptyFile();
            assertThat(temp.resolve("changes.csv")).isNotEmptyFile();
            assertThat(ProceduresRepublishJob.JOB.settings(execution.getJobParameters())).isEqualTo(settings);
        }
    }
}
