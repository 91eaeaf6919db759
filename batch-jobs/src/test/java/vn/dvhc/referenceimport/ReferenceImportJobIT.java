package vn.dvhc.referenceimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ImportReport;
import vn.dvhc.testing.JobChecks;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.Resources;

/**
 * {@code referenceImportJob} in a Spring Batch test, on H2 and PostgreSQL: the GSO unit exports become a release of
 * 10,794 units in one transaction; every import is a job instance of its own.
 */
class ReferenceImportJobIT {

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, ReferenceImportJobConfig.class})
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnPostgreSQL.class, ReferenceImportJobConfig.class})
    class OnPostgreSQL extends Checks {
    }

    abstract static class Checks extends JobChecks {

        @Test
        void theGsoExportsBecomeAReleaseAndAgainChangeNothing() throws Exception {
            Path exports = Files.createDirectories(temp.resolve("gso"));
            for (String name : java.util.List.of("gso-old-communes-2025-07-18.csv", "gso-old-districts-2025-07-18.csv")) {
                Files.copy(Resources.official(name), exports.resolve(name));
            }
            ImportSettings settings = new ImportSettings(exports, "auto", null, null, null, false, false);
            JobExecution execution = jobs.startJob(ReferenceImportJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            ImportReport report = ReferenceImportJob.JOB.summary(execution, ImportReport.class);
            assertThat(report.releases()).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo("gso-2025-07-18");
                assertThat(r.action()).isEqualTo(ImportReport.Action.CREATED);
                assertThat(r.provinces() + r.districts() + r.communes()).isEqualTo(63 + 696 + 10_035);
            });
            assertThat(new CatalogRepository(database.dsl()).release("gso-2025-07-18")).isPresent();
            JobExecution again = jobs.startJob(ReferenceImportJob.JOB.parameters(settings, false));
            assertThat(ReferenceImportJob.JOB.summary(again, ImportReport.class).releases())
                    .singleElement().extracting(ImportReport.Outcome::action).isEqualTo(ImportReport.Action.UNCHANGED);
        }
    }
}
