package vn.dvhc.cli.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.agencies.AgenciesAllocateJob;
import vn.dvhc.agencies.AgenciesValidateJob;
import vn.dvhc.common.JobParams;
import vn.dvhc.common.ProvinceAgencyCodes;
import vn.dvhc.common.Sha256;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.ExitCode;
import vn.dvhc.procedures.ProceduresRepublishJob;
import vn.dvhc.procedures.RepublishSettings;
import vn.dvhc.referenceimport.ReferenceImportJob;
import vn.dvhc.report.ReportJob;

/**
 * Every data command but remap (its own test) with a fake job runner: the options become the job's parameters,
 * identifying or not as the job decides, and the outcome becomes the exit code and the printed result.
 */
class JobCommandsTest {

    @TempDir
    Path temp;

    @Test
    void agenciesValidate() throws IOException {
        Path register = Files.writeString(temp.resolve("register.csv"), "code,name\nH38.1,UBND\n");
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.validation(register.toString()), ExitCode.FINDINGS);
        FastCli.Result result = FastCli.run(temp, runner, "agencies", "validate", register.toString(), "--as-of",
                "2026-07-01", "--fail-on", "warning", "--show", "error");
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(runner.request().job()).isSameAs(AgenciesValidateJob.JOB);
        assertThat(runner.parameters()).anyMatch(p -> p.startsWith("run.id=")).contains(
                "agencies.register~" + register.toAbsolutePath(), "agencies.register.sha256=" + Sha256.of(register),
                "agencies.as.of=2026-07-01", "agencies.release=2026-04-30", "agencies.encoding=UTF-8",
                "agencies.fail.on~warning", "agencies.h.codes.sha256=" + ProvinceAgencyCodes.builtInSha256());
        assertThat(result.out()).contains("Findings: 2 errors, 1 warnings, 99 infos");

        FastCli.Result bad = FastCli.run(temp, new FakeJobRunner(), "agencies", "validate", register.toString(),
                "--format", "xml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("dvhc: error: Invalid value for option '--format': 'xml' is not one of text, "
                + "json, csv, junit");
    }

    @Test
    void agenciesValidateReplacesAnOutputFileOnlyIfAnEarlierValidationWroteItOrWithOverwrite() throws IOException {
        Path register = Files.writeString(temp.resolve("register.csv"), "code,name\nH38.1,UBND\n");
        Path output = Files.writeString(temp.resolve("junit.xml"), "someone's report\n");
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.validation(register.toString()), ExitCode.OK);
        FastCli.Result refused = FastCli.run(temp, runner, "agencies", "validate", "--input", register.toString(),
                "--format", "junit", "--output", output.toString());
        assertThat(refused.exitCode()).isEqualTo(6);
        assertThat(refused.err()).isEqualTo("dvhc: error: " + output.toAbsolutePath()
                + ": the file exists and no earlier run of this command wrote it\n"
                + "  hint: choose another --output, or add --overwrite to replace it\n");
        assertThat(output).hasContent("someone's report");

        FastCli.Result replaced = FastCli.run(temp, runner, "agencies", "validate", "--input", register.toString(),
                "--format", "junit", "--output", output.toString(), "--overwrite");
        assertThat(replaced.exitCode()).as(replaced.toString()).isZero();
        assertThat(Files.readString(output)).startsWith("<?xml");
        assertThat(runner.parameters()).contains("result.file~" + output.toAbsolutePath());

        Path earlier = Files.writeString(temp.resolve("earlier.xml"), "<testsuites/>\n");
        StoredExecutions.wrote(AgenciesValidateJob.JOB, JobParams.RESULT_FILE, earlier.toAbsolutePath());
        FastCli.Result again = FastCli.run(temp, new FakeJobRunner().completing(Summaries.validation(register.toString()),
                ExitCode.OK), "agencies", "validate", "--input", register.toString(), "--format", "junit", "--output",
                earlier.toString());
        assertThat(again.exitCode()).as("a report an earlier validation wrote: " + again).isZero();
        assertThat(Files.readString(earlier)).startsWith("<?xml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"agencies validate", "agencies allocate --output o.csv",
            "reference import --format bundle"})
    void theInputIsGivenAsInputAndAPositionalFileStillWorksButNotBoth(String command) throws IOException {
        Path file = Files.writeString(temp.resolve("in.csv"), "code,name\nH38.1,UBND\n");
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--input", file.toString()));
        FakeJobRunner byOption = new FakeJobRunner();
        FastCli.run(temp, byOption, args.toArray(String[]::new));
        List<String> positional = new ArrayList<>(List.of(command.split(" ")));
        positional.add(file.toString());
        FakeJobRunner byPosition = new FakeJobRunner();
        FastCli.run(temp, byPosition, positional.toArray(String[]::new));
        assertThat(byOption.parameters().stream().filter(p -> !p.startsWith("run.id=")))
                .isEqualTo(byPosition.parameters().stream().filter(p -> !p.startsWith("run.id=")).toList())
                .anyMatch(p -> p.contains(file.toAbsolutePath().toString()));

        args.add(file.toString());
        FastCli.Result twice = FastCli.run(temp, new FakeJobRunner(), args.toArray(String[]::new));
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).startsWith("dvhc: error: the input is given twice");
    }

    @Test
    void agenciesAllocate() throws IOException {
        Path register = Files.writeString(temp.resolve("register.csv"), "code,name\nH38.1,UBND\n");
        Path output = temp.resolve("proposals.csv");
        FakeJobRunner runner = new FakeJobRunner().completing(
                Summaries.allocation(register.toString(), output.toString()), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "agencies", "allocate", register.toString(), "--output",
                output.toString(), "--as-of", "2026-07-01", "--start", "200");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.request().job()).isSameAs(AgenciesAllocateJob.JOB);
        assertThat(runner.parameters()).noneMatch(p -> p.startsWith("run.id")).contains(
                "agencies.pattern={level1}.{seq:3}", "agencies.start=200", "agencies.output=" + output);
        assertThat(result.out()).startsWith("Proposed 2 codes (pattern {level1}.{seq:3}, release 2026-04-30)");
    }

    @Test
    void proceduresRepublish() throws IOException {
        Path catalogue = Files.writeString(temp.resolve("c.csv"), "x\n");
        Path rules = Files.writeString(temp.resolve("rules.csv"), "y\n");
        Path out = temp.resolve("out");
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.republish(out.toString()), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "procedures", "republish", "--catalog", catalogue.toString(),
                "--rules", rules.toString(), "--output-dir", out.toString(), "--default-district-level", "xa",
                "--fail-on", "conflict", "--rerun");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.request().job()).isSameAs(ProceduresRepublishJob.JOB);
        assertThat(runner.parameters()).anyMatch(p -> p.startsWith("run.id=")).contains(
                "procedures.catalogues.sha256=" + RepublishSettings.combinedSha256(java.util.List.of(Sha256.of(catalogue))),
                "procedures.rules.sha256=" + Sha256.of(rules), "procedures.crosswalk.sha256=none",
                "procedures.default.district.level=xa", "procedures.release=2026-04-30",
                "procedures.output.dir=" + out, "procedures.fail.on~CONFLICT", "procedures.catalogue.1~" + catalogue);
        assertThat(out).isDirectory();
    }

    @Test
    void report() {
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.report(), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "report", "--output", temp.resolve("r").toString(),
                "--formats", "md,JSON", "--province", " 79 ", "--block-reject-percent", "2.5");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.request().job()).isSameAs(ReportJob.JOB);
        assertThat(runner.parameters()).anyMatch(p -> p.startsWith("run.id=")).contains(
                "report.formats=md,json", "report.province=79", "report.block.reject.percent=2.5",
                "report.output.dir=" + temp.resolve("r"));
        assertThat(result.out()).startsWith("1/34 provinces ready (0 at risk, 33 blocked); release 2026-04-30")
                .contains("wrote " + temp.resolve("r/report.md"));
    }

    @Test
    void reportLeavesOutRunsAndDatasetsAndSaysSo() {
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.report(), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "report", "--output", temp.resolve("r").toString(),
                "--exclude-run", "12", "--exclude-run", "14", "--exclude-dataset", "test");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.parameters()).contains("report.exclude.runs=12,14", "report.exclude.datasets=test");
        assertThat(ReportJob.JOB.settings(runner.request().parameters()).excludeRuns()).containsExactly(12L, 14L);
        assertThat(result.out()).contains("1 stored run left out: 1 by --exclude-run.");
        FastCli.Result twoInOne = FastCli.run(temp, new FakeJobRunner(), "report", "--output",
                temp.resolve("r").toString(), "--exclude-dataset", "test,old");
        assertThat(twoInOne.exitCode()).isEqualTo(2);
        assertThat(twoInOne.err()).startsWith("dvhc: error: --exclude-dataset takes one dataset name, not 'test,old'");
        FastCli.Result notANumber = FastCli.run(temp, new FakeJobRunner(), "report", "--output",
                temp.resolve("r").toString(), "--exclude-run", "latest");
        assertThat(notANumber.exitCode()).isEqualTo(2);
    }

    @Test
    void referenceImport() throws IOException {
        Path bundle = Files.createDirectories(temp.resolve("bundle"));
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.imported("gso-1"), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "reference", "import", bundle.toString(), "--format",
                "gso-units", "--release", "gso-1", "--effective", "2025-01-01", "--allow-unmapped");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.request().job()).isSameAs(ReferenceImportJob.JOB);
        assertThat(runner.parameters()).anyMatch(p -> p.startsWith("run.id=")).contains(
                "import.format=gso-units", "release.id=gso-1", "release.effective=2025-01-01",
                "import.allow.unmapped=true", "import.replace=false", "input.file=" + bundle);
        assertThat(result.out()).startsWith("gso-1: imported — 63 provinces, 696 districts, 10,035 communes");
    }

    @Test
    void referenceImportOfAMissingFileOrFolderIsExitThreeBeforeAnyJob() {
        FakeJobRunner runner = new FakeJobRunner();
        Path missing = temp.resolve("nowhere");
        FastCli.Result result = FastCli.run(temp, runner, "reference", "import", "--input", missing.toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("dvhc: error: " + missing + ": no such file or folder\n"
                + "  hint: check the path\n");
        assertThat(runner.started()).isFalse();
    }

    @Test
    void aFailedJobIsExitFiveWithTheCauseAndAHint() {
        FastCli.Result result = FastCli.run(temp, new FakeJobRunner().failing(new DvhcException(ErrorCode.JOB_FAILED,
                "the job failed (execution 9): disk full", null, "fix the cause and run the same command again")),
                "report", "--output", temp.resolve("r").toString());
        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).isEqualTo("""
                dvhc: error: the job failed (execution 9): disk full
                  hint: fix the cause and run the same command again
                """);
    }
}
