package vn.dvhc.cli.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

import vn.dvhc.agencies.AgenciesAllocateJob;
import vn.dvhc.agencies.AgenciesValidateJob;
import vn.dvhc.agencies.AgencySettings;
import vn.dvhc.agencies.AllocationSettings;
import vn.dvhc.common.JobDefinition;
import vn.dvhc.domain.agency.Severity;
import vn.dvhc.domain.procedure.DistrictDefault;
import vn.dvhc.domain.readiness.Thresholds;
import vn.dvhc.error.ExitCode;
import vn.dvhc.jobs.Jobs;
import vn.dvhc.procedures.ProceduresRepublishJob;
import vn.dvhc.procedures.RepublishSettings;
import vn.dvhc.referenceimport.ImportSettings;
import vn.dvhc.referenceimport.ReferenceImportJob;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.RemapJob;
import vn.dvhc.remap.RemapSettings;
import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.remap.table.RemapTableJob;
import vn.dvhc.remap.table.TableSettings;
import vn.dvhc.report.ReportJob;
import vn.dvhc.report.ReportSettings;

/**
 * {@code dvhc jobs restart ID} with a fake job runner, for every job of {@link Jobs#ALL}: a failed execution stored
 * in the job repository is run again with its job's definition and exactly its stored parameters, and the summary
 * of the restarted run is printed; a completed or abandoned one is refused (exit 6) without running anything.
 */
class JobsRestartCommandTest {

    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path temp;

    /** A failed run of a job as its command stores it, the summary its restart leaves and a line of that summary. */
    private record Sample(JobParameters parameters, Object summary, String printed) {
    }

    static Stream<JobDefinition<?>> jobs() {
        return Jobs.ALL.stream();
    }

    @Test
    void thereIsASampleRunOfEveryJob() {
        assertThat(samples().keySet()).containsExactlyInAnyOrderElementsOf(Jobs.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobs")
    void aFailedExecutionIsRunAgainWithItsJobAndItsStoredParameters(JobDefinition<?> job) {
        Sample sample = samples().get(job);
        JobExecution failed = StoredExecutions.store(job, sample.parameters(), BatchStatus.FAILED);
        FakeJobRunner runner = new FakeJobRunner().completing(sample.summary(), ExitCode.OK);

        FastCli.Result result = FastCli.run(temp, runner, "jobs", "restart", String.valueOf(failed.getId()));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.request().job()).isSameAs(job);
        assertThat(runner.request().parameters()).isEqualTo(sample.parameters());
        assertThat(runner.parameters()).isEqualTo(FakeJobRunner.describe(sample.parameters()));
        assertThat(result.out()).startsWith("Execution 7 of " + job.name() + ": COMPLETED (restarted from execution "
                + failed.getId() + "; details: dvhc jobs show 7)\n").contains(sample.printed());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aCompletedExecutionIsRefusedAndNothingRuns() {
        JobDefinition<?> job = RemapJob.JOB;
        JobExecution completed = StoredExecutions.store(job, samples().get(job).parameters(), BatchStatus.COMPLETED);
        FakeJobRunner runner = new FakeJobRunner();

        FastCli.Result result = FastCli.run(temp, runner, "jobs", "restart", String.valueOf(completed.getId()));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(6);
        assertThat(result.err()).isEqualTo("dvhc: error: execution " + completed.getId() + " of remapJob completed: "
                + "there is nothing to restart\n"
                + "  hint: to do it anew, run the command that started it again with --rerun\n");
        assertThat(result.out()).isEmpty();
        assertThat(runner.started()).isFalse();
    }

    @Test
    void anAbandonedExecutionIsRefusedAndNothingRuns() {
        JobDefinition<?> job = ProceduresRepublishJob.JOB;
        JobExecution abandoned = StoredExecutions.store(job, samples().get(job).parameters(), BatchStatus.ABANDONED);
        FakeJobRunner runner = new FakeJobRunner();

        FastCli.Result result = FastCli.run(temp, runner, "jobs", "restart", String.valueOf(abandoned.getId()));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(6);
        assertThat(result.err()).isEqualTo("dvhc: error: execution " + abandoned.getId() + " was abandoned and is "
                + "never restarted\n  hint: run the command that started it again with --rerun to start anew\n");
        assertThat(result.out()).isEmpty();
        assertThat(runner.started()).isFalse();
    }

    // Each run is a job instance of its own (--rerun's random run.id): the database is shared by the whole class.
    private Map<JobDefinition<?>, Sample> samples() {
        Path input = temp.resolve("in.csv");
        Path output = temp.resolve("out.csv");
        AgencySettings agencies = new AgencySettings(input, SHA, null, SHA, LocalDate.of(2026, 7, 1), "2026-04-30",
                StandardCharsets.UTF_8, Severity.ERROR);
        RemapSettings remap = new RemapSettings(input, SHA, output, Path.of(output + ".rejects.csv"), null, null, null,
                "pre-2025", "2026-04-30", null, OnSplit.FLAG, null, "UTF-8", 1_000, 2, RemapSettings.FailOn.NEVER,
                null, 0, false, null, false, null);
        TableSettings table = new TableSettings("jdbc:h2:mem:source", "sa", null, "ho", List.of("id"), "ho_moi",
                null, null, null, AddressColumns.NONE, "pre-2025", "2026-04-30", null, OnSplit.FLAG, false, null, 500,
                RemapSettings.FailOn.NEVER);
        RepublishSettings republish = new RepublishSettings(List.of(input), SHA, temp.resolve("rules.csv"), SHA, null,
                null, null, SHA, DistrictDefault.ORPHAN, "2026-04-30", null, temp.resolve("out"),
                StandardCharsets.UTF_8, RepublishSettings.FailOn.NEVER);
        ReportSettings report = new ReportSettings(temp.resolve("report"), List.of("md"), null, LocalDate.of(2026, 7, 1),
                Thresholds.DEFAULTS, List.of(), List.of(), null);
        ImportSettings imported = new ImportSettings(temp.resolve("bundle"), "bundle", "gso-1", null, null, false, false);
        return Map.of(
                RemapJob.JOB, new Sample(RemapJob.JOB.parameters(remap, true),
                        Summaries.remap(input.toString(), output.toString()), "remap: 3 rows read = 2 written + 1 rejected"),
                RemapTableJob.JOB, new Sample(RemapTableJob.JOB.parameters(table, true),
                        Summaries.remap("ho", "ho_moi"), "  output     ho_moi"),
                AgenciesValidateJob.JOB, new Sample(AgenciesValidateJob.JOB.parameters(agencies, true),
                        Summaries.validation(input.toString()), "Findings: 2 errors, 1 warnings, 99 infos"),
                AgenciesAllocateJob.JOB, new Sample(AgenciesAllocateJob.JOB.parameters(new AllocationSettings(agencies,
                        "{level1}.{seq:3}", 0, output), true), Summaries.allocation(input.toString(), output.toString()),
                        "Proposed 2 codes (pattern {level1}.{seq:3}, release 2026-04-30)"),
                ProceduresRepublishJob.JOB, new Sample(ProceduresRepublishJob.JOB.parameters(republish, true),
                        Summaries.republish(temp.resolve("out").toString()), "for 1 new province of release 2026-04-30"),
                ReportJob.JOB, new Sample(ReportJob.JOB.parameters(report, true), Summaries.report(),
                        "1/34 provinces ready (0 at risk, 33 blocked); release 2026-04-30"),
                ReferenceImportJob.JOB, new Sample(ReferenceImportJob.JOB.parameters(imported, true),
                        Summaries.imported("gso-1"), "gso-1: imported — 63 provinces, 696 districts, 10,035 communes"));
    }
}
