package vn.dvhc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.domain.readiness.Thresholds;
import vn.dvhc.infra.Database;
import vn.dvhc.testing.AgencyRuns;
import vn.dvhc.testing.JobInfra;

/**
 * {@code reportJob} in a Spring Batch test, on H2 and PostgreSQL: with one stored agency run, the report names the
 * 34 provinces and writes the files asked for.
 */
class ReportJobIT {

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, ReportJobConfig.class})
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnPostgreSQL.class, ReportJobConfig.class})
    class OnPostgreSQL extends Checks {
    }

    abstract static class Checks {

        @Autowired
        JobOperatorTestUtils jobs;

        @Autowired
        Database database;

        @TempDir
        Path temp;

        @Test
        void theReportOfTheStoredRunsIsWritten() throws Exception {
            AgencyRuns.insert(database.dsl(), 900, "15", 121, 0, 0, 99, 99);
            ReportSettings settings = new ReportSettings(temp, List.of("html", "json"), null, LocalDate.of(2026, 7, 1),
                    Thresholds.DEFAULTS, List.of(), List.of());
            JobExecution execution = jobs.startJob(ReportJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            CutoverReport report = ReportJob.JOB.summary(execution, CutoverReport.class);
            assertThat(report.provinces()).hasSize(34);
            assertThat(report.national().line()).endsWith("/34 provinces ready");
            assertThat(temp.resolve("report.html")).isNotEmptyFile();
            assertThat(temp.resolve("report.json")).isNotEmptyFile();
            assertThat(temp.resolve("report.md")).doesNotExist();
            assertThat(Files.readString(temp.resolve("report.html"))).contains("Tỉnh Lào Cai");
        }
    }
}
