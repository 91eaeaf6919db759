package vn.dvhc.cli.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.common.JobParams;
import vn.dvhc.common.Json;
import vn.dvhc.common.Sha256;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.ExitCode;
import vn.dvhc.remap.RemapJob;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.remap.SplitOptions;

/** {@code dvhc remap} with a fake job runner: options to job parameters, outcomes to exit codes and messages. */
class RemapCommandTest {

    @TempDir
    Path temp;

    private Path input() throws IOException {
        return Files.writeString(temp.resolve("in.csv"), "ma_xa\n26740\n");
    }

    @Test
    void theOptionsBecomeTheJobParametersIdentifyingWhatTheRunMeans() throws IOException {
        Path input = input();
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remap(input.toString(), "out.csv"), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                temp.resolve("out/new.csv").toString(), "--on-split", "DEFAULT", "--as-of", "2025-12-31",
                "--threads", "2", "--chunk", "500", "--fail-on", "split", "--commune-column", "ma_xa");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.request().job()).isSameAs(RemapJob.JOB);
        assertThat(runner.parameters()).containsExactly(
                "input.file~" + input.toAbsolutePath(),
                "input.sha256=" + Sha256.of(input),
                "output.file=" + temp.resolve("out/new.csv"),
                "rejects.file=" + temp.resolve("out/new.csv.rejects.csv"),
                "release.from=pre-2025",
                "release.to=2025-07-01",
                "remap.as.of~2025-12-31",
                "remap.chunk~500",
                "remap.commune.column=ma_xa",
                "remap.encoding=UTF-8",
                "remap.fail.on~SPLIT",
                "remap.on.split=DEFAULT",
                "remap.threads~2");
        assertThat(temp.resolve("out")).as("a missing output folder is created, as by every command").isDirectory();
        assertThat(result.out()).startsWith("remap: 3 rows read = 2 written + 1 rejected");
    }

    @Test
    void padCodesAndADatasetNameIdentifyTheRunOnlyWhenGiven() throws IOException {
        Path input = input();
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remap(input.toString(), "o.csv"), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString(), "--pad-codes", "--dataset", "ho-khau-2026.06");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.parameters()).contains("remap.pad.codes=true", "remap.dataset=ho-khau-2026.06");
        assertThat(RemapJob.JOB.settings(runner.request().parameters()).padCodes()).isTrue();
        assertThat(result.out()).contains("  dataset    rows " + "3f".repeat(32));

        FakeJobRunner plain = new FakeJobRunner().completing(Summaries.remap(input.toString(), "o.csv"), ExitCode.OK);
        FastCli.run(temp, plain, "remap", "--input", input.toString(), "--output", temp.resolve("o.csv").toString());
        assertThat(plain.parameters()).noneMatch(p -> p.startsWith("remap.pad.codes") || p.startsWith("remap.dataset"));

        FastCli.Result badName = FastCli.run(temp, new FakeJobRunner(), "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString(), "--dataset", "ho khau");
        assertThat(badName.exitCode()).isEqualTo(2);
        assertThat(badName.err()).startsWith("dvhc: error: --dataset must be 1 to 100 letters, digits, '.', '_' or '-', "
                + "not 'ho khau'");
    }

    @Test
    void theSplitOptionsBecomeParametersOnlyWhenGivenAndTheRulesAreIdentifiedByTheirContent() throws IOException {
        Path input = input();
        Path rules = Files.writeString(temp.resolve("rules.csv"), "old_commune_code,match,new_commune_code\n");
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remapWithSplits(input.toString(), "o.csv"),
                ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString(), "--on-split", "population", "--split-rules", rules.toString(),
                "--split-match-column", "dia_chi", "--split-worklist", temp.resolve("wl/worklist.csv").toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(runner.parameters()).contains(
                "remap.on.split=POPULATION",
                "remap.split.rules.sha256=" + Sha256.of(rules),
                "remap.split.rules.file~" + rules.toAbsolutePath(),
                "remap.split.match.column=dia_chi",
                "remap.split.worklist=" + temp.resolve("wl/worklist.csv"));
        assertThat(RemapJob.JOB.settings(runner.request().parameters()).splits()).isEqualTo(new SplitOptions(
                rules.toAbsolutePath(), Sha256.of(rules), "dia_chi", temp.resolve("wl/worklist.csv")));
        assertThat(result.out()).contains(
                "  status     MAPPED 1 · SPLIT 1 · ALIAS 0 · RESOLVED 3\n",
                "  splits     RESOLVED by law 1 · by rule 2 · rules disagree 1 · still open 1\n",
                "  rules      rules.csv, never used: rules.csv line 5: 00553 Thôn 9 → 00541\n",
                "  worklist   worklist.csv (1 line)\n",
                "NEW PROVINCE                    MAPPED  RESOLVED  SPLIT  ALIAS  REJECTED\n");

        FakeJobRunner plain = new FakeJobRunner().completing(Summaries.remap(input.toString(), "p.csv"), ExitCode.OK);
        FastCli.run(temp, plain, "remap", "--input", input.toString(), "--output", temp.resolve("p.csv").toString());
        assertThat(plain.parameters()).noneMatch(p -> p.startsWith("remap.split."));
        assertThat(RemapJob.JOB.settings(plain.request().parameters()).splits()).isEqualTo(SplitOptions.NONE);
    }

    @Test
    void theWorklistMayNotReplaceTheRulesItWasFilledFrom() throws IOException {
        Path input = input();
        Path rules = Files.writeString(temp.resolve("worklist.csv"), "old_commune_code,match,new_commune_code\n");
        FakeJobRunner runner = new FakeJobRunner();
        FastCli.Result result = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString(), "--split-rules", rules.toString(), "--split-worklist", rules.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("dvhc: error: --split-worklist must not be the input or the --split-rules "
                + "file");
    }

    @Test
    void aMissingRulesFileIsAnInputErrorNamingIt() throws IOException {
        Path input = input();
        Path missing = temp.resolve("no-rules.csv");
        FastCli.Result result = FastCli.run(temp, new FakeJobRunner(), "remap", "--input", input.toString(),
                "--output", temp.resolve("o.csv").toString(), "--split-rules", missing.toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith("dvhc: error: " + missing + ": file not found");
    }

    @Test
    void rerunMakesANewInstanceAndABrokerRunsThePartitionsElsewhere() throws IOException {
        Path input = input();
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remap(input.toString(), "o.csv"), ExitCode.OK);
        FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output", temp.resolve("o.csv").toString(),
                "--rerun", "--broker", "tcp://broker:61616", "--partitions", "8");
        assertThat(runner.parameters()).anyMatch(p -> p.startsWith("run.id="))
                .contains("remap.broker~tcp://broker:61616", "remap.partitions~8", "remap.on.split=FLAG");
        assertThat(RemapJob.JOB.configs(runner.request().parameters())).extracting(Class::getSimpleName)
                .containsExactly("RemapJobConfig", "RemapRemotePartitioning");
    }

    @Test
    void findingsExitOneAndARefusalExitsSixWithItsMessage() throws IOException {
        Path input = input();
        String[] args = {"remap", "--input", input.toString(), "--output", temp.resolve("o.csv").toString()};
        FastCli.Result findings = FastCli.run(temp, new FakeJobRunner()
                .completing(Summaries.remap(input.toString(), "o.csv"), ExitCode.FINDINGS), args);
        assertThat(findings.exitCode()).isEqualTo(1);
        FastCli.Result refused = FastCli.run(temp, new FakeJobRunner().failing(new DvhcException(
                ErrorCode.JOB_ALREADY_COMPLETE, "this job already completed as execution 4", null, "pass --rerun")), args);
        assertThat(refused.exitCode()).isEqualTo(6);
        assertThat(refused.err()).isEqualTo("""
                dvhc: error: this job already completed as execution 4
                  hint: pass --rerun
                """);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--on-split guess | Invalid value for option '--on-split': 'guess' is not one of flag, population, default, reject",
            "--split-match-column dia_chi | --split-match-column needs --split-rules or --split-worklist",
            "--fail-on all    | Invalid value for option '--fail-on': 'all' is not one of reject, split, never",
            "--as-of 2025-13-01 | Invalid value for option '--as-of': '2025-13-01' is not a date as YYYY-MM-DD (e.g. 2025-07-01)",
            "--chunk 0        | --chunk must be between 1 and 1,000,000",
            "--threads 65     | --threads must be between 1 and 64",
            "--delimiter ab   | --delimiter must be one character other than a quote or a line break",
            "--encoding klingon | unknown encoding 'klingon'"})
    void badOptionValuesAreUsageErrorsInTheUsersWords(String option, String message) throws IOException {
        Path input = input();
        String[] words = option.trim().split(" ");
        FakeJobRunner runner = new FakeJobRunner();
        FastCli.Result result = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString(), words[0], words[1]);
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).startsWith("dvhc: error: " + message.trim());
        assertThat(result.err()).doesNotContain("vn.dvhc", "java.", "No enum constant");
    }

    @Test
    void addressAndNameColumnsBecomeIdentifyingParametersOnlyWhenGiven() throws IOException {
        Path input = input();
        FakeJobRunner byAddress = new FakeJobRunner().completing(Summaries.remapByAddress(input.toString(), "o.csv",
                false), ExitCode.OK);
        FastCli.run(temp, byAddress, "remap", "--input", input.toString(), "--output", temp.resolve("o.csv").toString(),
                "--address-column", "dia_chi");
        assertThat(byAddress.parameters()).contains("remap.address.column=dia_chi")
                .noneMatch(p -> p.contains("name.column"));
        FakeJobRunner byNames = new FakeJobRunner().completing(Summaries.remapByAddress(input.toString(), "o.csv",
                false), ExitCode.OK);
        FastCli.run(temp, byNames, "remap", "--input", input.toString(), "--output", temp.resolve("o.csv").toString(),
                "--commune-name-column", "Xã/Phường", "--district-name-column", "4", "--province-name-column", "Tỉnh/TP");
        assertThat(byNames.parameters()).contains("remap.commune.name.column=Xã/Phường",
                "remap.district.name.column=4", "remap.province.name.column=Tỉnh/TP")
                .noneMatch(p -> p.startsWith("remap.address.column"));
    }

    @Test
    void theColumnsReadAreSaidOnStderrAndTheMismatchesInTheSummary() throws IOException {
        Path input = input();
        FastCli.Result found = FastCli.run(temp, new FakeJobRunner().completing(Summaries.remapByAddress(
                input.toString(), "o.csv", false), ExitCode.FINDINGS), "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString());
        assertThat(found.exitCode()).isEqualTo(1);
        assertThat(found.err()).isEqualTo("remap: old communes found from the address column 'dia_chi' (found by the "
                + "header)\n");
        assertThat(found.out()).contains("ADDRESS_AMBIGUOUS 1", "ADDRESS_UNRECOGNISED 1",
                "  addresses  address column 'dia_chi' (found by the header); gazetteer built in 312 ms");
        FastCli.Result checked = FastCli.run(temp, new FakeJobRunner().completing(Summaries.remapByAddress(
                input.toString(), "o.csv", true), ExitCode.OK), "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString(), "--address-column", "dia_chi", "--rerun");
        assertThat(checked.err()).contains("checked against the commune codes, which decide");
        assertThat(checked.out()).contains("; the codes decide, 1 row names another unit;");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--address-column a --commune-name-column b | --address-column and --commune-name-column are two ways to find the old commune: give one",
            "--district-name-column b                   | --district-name-column needs --commune-name-column",
            "--province-name-column b                   | --province-name-column needs --commune-name-column"})
    void addressOptionsThatDoNotGoTogetherAreUsageErrors(String options, String message) throws IOException {
        Path input = input();
        List<String> args = new ArrayList<>(List.of("remap", "--input", input.toString(),
                "--output", temp.resolve("o.csv").toString()));
        args.addAll(List.of(options.trim().split(" ")));
        FakeJobRunner runner = new FakeJobRunner();
        FastCli.Result result = FastCli.run(temp, runner, args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).startsWith("dvhc: error: " + message.trim());
    }

    @Test
    void aMissingInputIsAnInputErrorNamingIt() {
        Path missing = temp.resolve("missing.csv");
        FastCli.Result result = FastCli.run(temp, new FakeJobRunner(), "remap", "--input", missing.toString(),
                "--output", temp.resolve("o.csv").toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).startsWith("dvhc: error: " + missing + ": file not found");
    }

    @Test
    void anExistingFileNoRemapWroteIsNotReplacedWithoutOverwrite() throws IOException {
        Path input = input();
        Path output = Files.writeString(temp.resolve("o.csv"), "someone's work\n");
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remap(input.toString(), "o.csv"), ExitCode.OK);
        FastCli.Result refused = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                output.toString());
        assertThat(refused.exitCode()).isEqualTo(6);
        assertThat(refused.err()).isEqualTo("dvhc: error: " + output.toAbsolutePath()
                + ": the file exists and no earlier run of this command wrote it\n"
                + "  hint: choose another --output, or add --overwrite to replace it\n");
        assertThat(output).hasContent("someone's work");

        FastCli.Result replaced = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                output.toString(), "--overwrite");
        assertThat(replaced.exitCode()).as(replaced.toString()).isZero();
        assertThat(runner.request().parameters().getString(RemapJob.OUTPUT_FILE))
                .isEqualTo(output.toAbsolutePath().toString());
    }

    @Test
    void anExistingSummaryFileNoRemapWroteIsNotReplacedWithoutOverwriteAndOneAnEarlierRemapWroteIs() throws IOException {
        Path input = input();
        Path summary = Files.writeString(temp.resolve("notes.json"), "someone's notes\n");
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remap(input.toString(), "o.csv"), ExitCode.OK);
        FastCli.Result refused = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString(), "--summary", summary.toString());
        assertThat(refused.exitCode()).isEqualTo(6);
        assertThat(refused.err()).isEqualTo("dvhc: error: " + summary.toAbsolutePath()
                + ": the file exists and no earlier run of this command wrote it\n"
                + "  hint: choose another --summary, or add --overwrite to replace it\n");
        assertThat(summary).hasContent("someone's notes");

        FastCli.Result replaced = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString(), "--summary", summary.toString(), "--overwrite");
        assertThat(replaced.exitCode()).as(replaced.toString()).isZero();
        assertThat(Json.read(Files.readString(summary), RemapSummary.class).rowsRead()).isEqualTo(3);
        assertThat(runner.parameters()).as("recorded, not identifying: the same run may name another summary file")
                .contains("result.file~" + summary.toAbsolutePath());

        Path earlier = Files.writeString(temp.resolve("run.json"), "{}\n");
        StoredExecutions.wrote(RemapJob.JOB, JobParams.RESULT_FILE, earlier.toAbsolutePath());
        FastCli.Result rerun = FastCli.run(temp, new FakeJobRunner().completing(Summaries.remap(input.toString(),
                "o.csv"), ExitCode.OK), "remap", "--input", input.toString(), "--output", temp.resolve("o.csv").toString(),
                "--summary", earlier.toString());
        assertThat(rerun.exitCode()).as("a summary an earlier remap wrote: " + rerun).isZero();
        assertThat(Json.read(Files.readString(earlier), RemapSummary.class).rowsRead()).isEqualTo(3);

        FastCli.Result same = FastCli.run(temp, new FakeJobRunner(), "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString(), "--summary", temp.resolve("o.csv").toString(), "--overwrite");
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).startsWith("dvhc: error: --summary must not be the input, the output or the rejects file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"--format,json", "--summary,-"})
    void theSummaryCanBeJsonOnStandardOutput(String option, String value) throws IOException {
        Path input = input();
        FakeJobRunner runner = new FakeJobRunner().completing(Summaries.remap(input.toString(), "o.csv"), ExitCode.OK);
        FastCli.Result result = FastCli.run(temp, runner, "remap", "--input", input.toString(), "--output",
                temp.resolve("o.csv").toString(), option, value);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Json.read(result.out(), RemapSummary.class).rowsRead()).isEqualTo(3);
        assertThat(temp.resolve("-")).as("'-' is standard output, not a file").doesNotExist();
    }

    @Test
    void aFileWithAHeaderAndNoRowsIsWarnedAbout() throws IOException {
        Path input = Files.writeString(temp.resolve("empty.csv"), "ma_xa\n");
        // Through JSON, so that the test does not follow every field the summary gains.
        ObjectNode json = Json.mapper().valueToTree(Summaries.remap(input.toString(), "o.csv"));
        json.put("rowsRead", 0).put("rowsWritten", 0).put("rowsRejected", 0);
        RemapSummary empty = Json.mapper().treeToValue(json, RemapSummary.class);
        FastCli.Result result = FastCli.run(temp, new FakeJobRunner().completing(empty, ExitCode.OK), "remap",
                "--input", input.toString(), "--output", temp.resolve("o.csv").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("0 rows: empty.csv has a header and no data; is this the right file?");
    }
}
