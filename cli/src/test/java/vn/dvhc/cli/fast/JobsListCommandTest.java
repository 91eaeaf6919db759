package vn.dvhc.cli.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

import vn.dvhc.domain.readiness.Thresholds;
import vn.dvhc.report.ReportJob;
import vn.dvhc.report.ReportSettings;

/**
 * {@code dvhc jobs list --status --job}: the values are a Spring Batch status and a job of {@code Jobs.ALL}, any
 * case of the status; a misspelt one is a usage error listing what is allowed, not an empty list.
 */
class JobsListCommandTest {

    @TempDir
    Path temp;

    @Test
    void aMisspeltStatusIsAUsageErrorListingTheStatuses() {
        FastCli.Result result = FastCli.run(temp, new FakeJobRunner(), "jobs", "list", "--status", "FAILD");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).startsWith("dvhc: error: Invalid value for option '--status': 'FAILD' is not one of "
                + "completed, starting, started, stopping, stopped, failed, abandoned, unknown\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anUnknownJobIsAUsageErrorListingTheJobs() {
        FastCli.Result result = FastCli.run(temp, new FakeJobRunner(), "jobs", "list", "--job", "remap");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).startsWith("dvhc: error: Invalid value for option '--job': 'remap' is not one of "
                + "referenceImportJob, remapJob, agenciesValidateJob, agenciesAllocateJob, proceduresRepublishJob, "
                + "reportJob, remapTableJob\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void theStatusInAnyCaseAndTheJobSelectTheExecutions() {
        JobParameters parameters = ReportJob.JOB.parameters(new ReportSettings(temp.resolve("r"), List.of("md"), null,
                LocalDate.of(2026, 7, 1), Thresholds.DEFAULTS, List.of(), List.of(), null), true);
        JobExecution failed = StoredExecutions.store(ReportJob.JOB, parameters, BatchStatus.FAILED);
        JobExecution completed = StoredExecutions.store(ReportJob.JOB, ReportJob.JOB.parameters(
                ReportJob.JOB.settings(parameters), true), BatchStatus.COMPLETED);

        FastCli.Result result = FastCli.run(temp, new FakeJobRunner(), "jobs", "list", "--status", "failed", "--job",
                "reportJob", "--format", "json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("\"id\" : " + failed.getId() + ",").doesNotContain(
                "\"id\" : " + completed.getId() + ",").doesNotContain("COMPLETED").doesNotContain("remapJob");
    }
}
