package vn.dvhc.cli.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.domain.readiness.ProgressTable;
import vn.dvhc.domain.readiness.Thresholds;
import vn.dvhc.error.ExitCode;
import vn.dvhc.report.CutoverReport;
import vn.dvhc.report.ReportJob;

/** {@code dvhc report --checklist … --as-of …} with a fake job runner: the parameters and the printed table. */
class ReportProgressCommandTest {

    @TempDir
    Path temp;

    @Test
    void theChecklistIsAParameterAndTheTableIsPrintedWithTheWeakestIndicator() throws IOException {
        Path checklist = Files.writeString(temp.resolve("progress.csv"), "province_code,indicator,done_on,evidence\n");
        FakeJobRunner runner = new FakeJobRunner().completing(report(), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "report", "--output", temp.resolve("r").toString(),
                "--checklist", checklist.toString(), "--as-of", "2025-06-27");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.request().job()).isSameAs(ReportJob.JOB);
        assertThat(runner.parameters()).contains("report.checklist=" + checklist.toAbsolutePath(),
                "report.as.of=2025-06-27");
        assertThat(result.out()).startsWith("0/34 provinces ready (34 at risk, 0 blocked); release 2025-07-01 in "
                        + "force on 2025-06-27; weakest indicator: procedures and forms: 14/34\n")
                .contains("""
                        Progress as of 2025-06-27:
                        INDICATOR              DONE  MISSING
                        procedures-announced  17/34  missing: 04 Tỉnh Cao Bằng, 08 Tỉnh Tuyên Quang
                        forms                 14/34  missing: 04 Tỉnh Cao Bằng
                        hotlines              34/34  none
                        note: progress.csv line 3: province 10 (Tỉnh Lào Cai, pre-2025) counted as 15 Tỉnh Lào Cai
                        """);
    }

    @Test
    void aMissingChecklistIsAnInputErrorBeforeAnyJob() {
        FakeJobRunner runner = new FakeJobRunner();
        FastCli.Result result = FastCli.run(temp, runner, "report", "--output", temp.resolve("r").toString(),
                "--checklist", temp.resolve("nowhere.csv").toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith("dvhc: error: " + temp.resolve("nowhere.csv") + ": file not found")
                .contains("hint: check --checklist");
        assertThat(temp.resolve("r")).as("no empty output folder left behind").doesNotExist();
    }

    @Test
    void theOutputFolderIsLeftToTheJobButAFileInItsWayIsAnErrorBeforeIt() throws IOException {
        Path checklist = Files.writeString(temp.resolve("progress.csv"), "province_code,indicator,done_on,evidence\n");
        FakeJobRunner runner = new FakeJobRunner().completing(report(), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "report", "--output", temp.resolve("a/b").toString(),
                "--checklist", checklist.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.parameters()).contains("report.output.dir=" + temp.resolve("a/b"));
        assertThat(temp.resolve("a")).as("created by the job once the checklist is read").doesNotExist();

        Path file = Files.writeString(temp.resolve("taken"), "");
        FakeJobRunner none = new FakeJobRunner();
        FastCli.Result blocked = FastCli.run(temp, none, "report", "--output", file.resolve("r").toString());
        assertThat(blocked.exitCode()).isEqualTo(3);
        assertThat(blocked.err()).startsWith("dvhc: error: " + file + ": a file is in the way of the folder")
                .contains("hint: choose another --output");
    }

    // Abridged: the missing lists are shortened; the printer shows what it is given.
    private static CutoverReport report() {
        List<ProgressTable.Point> history = List.of(new ProgressTable.Point(LocalDate.of(2025, 6, 27), 0));
        List<ProgressTable.Province> two = List.of(new ProgressTable.Province("04", "Tỉnh Cao Bằng"),
                new ProgressTable.Province("08", "Tỉnh Tuyên Quang"));
        return new CutoverReport("2025-06-27 16:00", LocalDate.of(2025, 6, 27), "2025-07-01", Thresholds.DEFAULTS,
                new CutoverReport.National(34, 0, 34, 0, 0, 0, 0, 0, 0, 0, "0/34 provinces ready"), List.of(),
                List.of(), List.of(), List.of(
                new ProgressTable.Row("procedures-announced", "new procedures announced", "checklist", 17, 34, two,
                        history),
                new ProgressTable.Row("forms", "procedures and forms", "checklist", 14, 34, two.subList(0, 1),
                        history),
                new ProgressTable.Row("hotlines", "hotlines announced", "checklist", 34, 34, List.of(), history)),
                List.of("progress.csv line 3: province 10 (Tỉnh Lào Cai, pre-2025) counted as 15 Tỉnh Lào Cai"));
    }
}
