package vn.dvhc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.domain.readiness.ProgressTable;
import vn.dvhc.domain.readiness.Thresholds;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ExitCode;
import vn.dvhc.testing.AgencyRuns;
import vn.dvhc.testing.JobChecks;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.StoredRunRows;

/**
 * {@code reportJob} in a Spring Batch test, on H2 and PostgreSQL: with one stored agency run, the report names the
 * 34 provinces and writes the files asked for; with stored runs of every kind and a checklist, the national progress
 * table counts what was done by the as-of date, and keeps each report's figures as history.
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

    abstract static class Checks extends JobChecks {

        @Test
        void theReportOfTheStoredRunsIsWritten() throws Exception {
            AgencyRuns.insert(database.dsl(), 900, "15", 121, 0, 0, 99, 99);
            Path output = temp.resolve("reports/cutover");   // made by the job, once the report is made
            ReportSettings settings = new ReportSettings(output, List.of("html", "json"), null, LocalDate.of(2026, 7, 1),
                    Thresholds.DEFAULTS, List.of(), List.of(), null);
            JobExecution execution = jobs.startJob(ReportJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            CutoverReport report = ReportJob.JOB.summary(execution, CutoverReport.class);
            assertThat(report.provinces()).hasSize(34);
            assertThat(report.national().line()).endsWith("/34 provinces ready");
            assertThat(output.resolve("report.html")).isNotEmptyFile();
            assertThat(output.resolve("report.json")).isNotEmptyFile();
            assertThat(output.resolve("report.md")).doesNotExist();
            assertThat(Files.readString(output.resolve("report.html"))).contains("Tỉnh Lào Cai");
        }

        @Test
        void theProgressTableCountsWhatWasDoneByTheDate() throws Exception {
            var dsl = database.dsl();
            AgencyRuns.insert(dsl, 911, "15", 121, 0, 2, 99, 99);                      // finished 2026-07-01 08:00
            AgencyRuns.insert(dsl, 912, "79", 300, 3, 0, 168, 168);                    // errors: not done
            StoredRunRows.remap(dsl, 913, "01", 100, 0, 0, LocalDate.of(2026, 6, 30)); // nothing open
            StoredRunRows.remap(dsl, 914, "04", 100, 5, 0, LocalDate.of(2026, 6, 30)); // splits open
            StoredRunRows.procedures(dsl, 915, "15", 30, 10, LocalDate.of(2026, 7, 2));
            Path checklist = Files.writeString(temp.resolve("progress.csv"), """
                    indicator,label
                    staff-trained,commune staff trained

                    province_code,indicator,done_on,evidence,note
                    01,forms,2026-06-30,QĐ 1/QĐ-UBND,
                    15,forms,02/07/2026,QĐ 2/QĐ-UBND,
                    10,hotlines,2026-06-01,https://example.org,old Lào Cai
                    79,staff-trained,,,
                    """);

            CutoverReport july1 = report(checklist, LocalDate.of(2026, 7, 1), List.of("json", "md"));
            // No procedure list was re-published by 1 July: its two indicators are left out, not 0/34.
            assertThat(july1.indicators()).extracting(ProgressTable.Row::id).containsExactly("data-remapped",
                    "agency-codes", "dc-infrastructure",
                    "network", "procedures-announced", "commune-instructions", "forms", "centre-addresses",
                    "hotlines", "staff-trained");
            assertThat(row(july1, "data-remapped").missing()).hasSize(33).noneMatch(p -> p.code().equals("01"));
            assertThat(done(july1, "agency-codes")).isEqualTo(1);
            assertThat(row(july1, "agency-codes").source()).isEqualTo("derived");
            assertThat(done(july1, "forms")).isEqualTo(1);
            assertThat(row(july1, "forms").source()).isEqualTo("checklist");
            assertThat(done(july1, "hotlines")).isEqualTo(1);
            assertThat(row(july1, "hotlines").missing()).noneMatch(p -> p.code().equals("15"));
            assertThat(row(july1, "staff-trained").label()).isEqualTo("commune staff trained");
            assertThat(row(july1, "forms").total()).isEqualTo(34);
            // The ratings keep the latest runs: Lào Cai's list of 2 July is rated in the report as of 1 July.
            assertThat(july1.provinces()).filteredOn(p -> p.code().equals("15")).singleElement()
                    .extracting(CutoverReport.Province::procedures).isNotNull();
            assertThat(july1.progressNotes()).containsExactly(
                    "procedures-published not counted: no stored procedures republish run covers a province by 2026-07-01",
                    "commune-procedures-published not counted: no stored procedures republish run covers a province "
                            + "by 2026-07-01",
                    "progress.csv line 7: province 10 (Tỉnh Lào Cai, pre-2025) counted as 15 Tỉnh Lào Cai");
            assertThat(Files.readString(temp.resolve("report.json"))).contains("\"indicators\"", "\"history\"",
                    "\"source\" : \"checklist\"");
            assertThat(Files.readString(temp.resolve("report.md"))).contains("| forms | procedures and forms | "
                    + "checklist | 1/34 |", "Weakest indicator: data centre and cloud infrastructure: 0/34.");

            CutoverReport july2 = report(checklist, LocalDate.of(2026, 7, 2), List.of("html"));
            assertThat(done(july2, "procedures-published")).isEqualTo(1);
            assertThat(done(july2, "commune-procedures-published")).isEqualTo(1);
            assertThat(done(july2, "forms")).isEqualTo(2);
            assertThat(row(july2, "forms").history()).containsExactly(
                    new ProgressTable.Point(LocalDate.of(2026, 7, 1), 1), new ProgressTable.Point(LocalDate.of(2026, 7, 2), 2));
            String html = Files.readString(temp.resolve("report.html"));
            // Before the reorganisation took effect, the provinces are the 34 being formed, not the 63 in force.
            CutoverReport before = report(checklist, LocalDate.of(2025, 6, 27), List.of("json"));
            assertThat(before.releaseId()).isEqualTo("2025-07-01");
            assertThat(before.provinces()).hasSize(34);
            assertThat(done(before, "hotlines")).isZero();
            // What was known on 27 June: the reports of July, made earlier, are not in its history.
            assertThat(row(before, "forms").history())
                    .containsExactly(new ProgressTable.Point(LocalDate.of(2025, 6, 27), 0));
            CutoverReport july1Again = report(checklist, LocalDate.of(2026, 7, 1), List.of("json"));
            assertThat(row(july1Again, "forms").history()).containsExactly(
                    new ProgressTable.Point(LocalDate.of(2025, 6, 27), 0),
                    new ProgressTable.Point(LocalDate.of(2026, 7, 1), 1));
            assertThat(html).contains("id=\"progress\"", "<svg class=\"chart\"",
                    "aria-label=\"2026-07-01: 1/34; 2026-07-02: 2/34\"", "weakest indicator: ");
        }

        @Test
        void eachProvinceCountsItsLatestProcedureRun() throws Exception {
            // The database is the class's: ids above the other tests' runs and dates after theirs keep these the
            // latest of their provinces, whichever test ran first.
            var dsl = database.dsl();
            StoredRunRows.procedures(dsl, 921, "15", 30, 10, LocalDate.of(2026, 8, 1));
            StoredRunRows.procedures(dsl, 922, "79", 40, 0, LocalDate.of(2026, 8, 2));  // no commune-level rows
            StoredRunRows.procedures(dsl, 923, "15", 30, 0, LocalDate.of(2026, 8, 4));

            // Republishing Hồ Chí Minh's catalogue leaves Lào Cai's list of the day before as its evidence.
            CutoverReport aug3 = report(null, LocalDate.of(2026, 8, 3), List.of("json"));
            assertThat(done(aug3, "procedures-published")).isEqualTo(2);
            assertThat(row(aug3, "procedures-published").missing()).extracting(ProgressTable.Province::code)
                    .hasSize(32).doesNotContain("15", "79");
            assertThat(row(aug3, "commune-procedures-published").missing()).extracting(ProgressTable.Province::code)
                    .doesNotContain("15").contains("79");
            // The ratings take the latest run of each province too: 923 for Lào Cai, 922 for Hồ Chí Minh.
            assertThat(aug3.provinces()).filteredOn(p -> p.code().equals("15") || p.code().equals("79"))
                    .extracting(p -> p.procedures().published()).containsExactly(30, 40);
            assertThat(aug3.runs()).filteredOn(r -> r.kind().equals("procedures"))
                    .extracting(CutoverReport.SourceRun::executionId).containsExactly(922L, 923L);
            assertThat(aug3.leftOut()).filteredOn(r -> r.executionId() == 921)
                    .extracting(CutoverReport.LeftOutRun::reason)
                    .containsExactly("replaced by later runs for its provinces");

            // Leaving out the latest run of Lào Cai brings back its earlier one, commune-level rows and all.
            JobExecution execution = jobs.startJob(ReportJob.JOB.parameters(new ReportSettings(temp, List.of("json"),
                    null, LocalDate.of(2026, 8, 5), Thresholds.DEFAULTS, List.of(923L), List.of(), null), false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            CutoverReport excluded = ReportJob.JOB.summary(execution, CutoverReport.class);
            assertThat(row(excluded, "commune-procedures-published").missing())
                    .extracting(ProgressTable.Province::code).doesNotContain("15");
            assertThat(excluded.leftOut()).filteredOn(r -> r.executionId() == 923)
                    .extracting(CutoverReport.LeftOutRun::reason).containsExactly("--exclude-run");
        }

        @Test
        void aBadChecklistLineFailsTheReportWithAnInputError() throws Exception {
            Path checklist = Files.writeString(temp.resolve("bad.csv"),
                    "province_code,indicator,done_on,evidence\n01,forms,2026-13-01,x\n");
            Path output = temp.resolve("cutover");
            JobExecution execution = jobs.startJob(ReportJob.JOB.parameters(new ReportSettings(output, List.of("json"),
                    null, LocalDate.of(2026, 7, 1), Thresholds.DEFAULTS, List.of(), List.of(), checklist), false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
            DvhcException error = DvhcException.find(execution.getAllFailureExceptions().get(0));
            assertThat(error.exitCode()).isEqualTo(ExitCode.INPUT);
            assertThat(error.describe()).isEqualTo("bad.csv line 2: done_on '2026-13-01' is not a date");
            assertThat(output).as("the folder is created once the report is made").doesNotExist();
        }

        private CutoverReport report(Path checklist, LocalDate asOf, List<String> formats) throws Exception {
            JobExecution execution = jobs.startJob(ReportJob.JOB.parameters(new ReportSettings(temp, formats, null,
                    asOf, Thresholds.DEFAULTS, List.of(), List.of(), checklist), false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            return ReportJob.JOB.summary(execution, CutoverReport.class);
        }

        private static ProgressTable.Row row(CutoverReport report, String id) {
            return report.indicators().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        }

        private static int done(CutoverReport report, String id) {
            return row(report, id).done();
        }
    }
}
