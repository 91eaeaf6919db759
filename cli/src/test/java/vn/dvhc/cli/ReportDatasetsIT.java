package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.common.Json;
import vn.dvhc.remap.TextEncoding;
import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/**
 * The report counts each dataset once (issue 19.7): the same 32 rows remapped from five files in UTF-8 and
 * windows-1258, with and without a byte-order mark or CRLF line ends, count as 32 rows, by the latest run; a run
 * named with {@code remap --dataset} is left out with {@code --exclude-dataset}, a run with {@code --exclude-run}
 * (an earlier run of its dataset then counts), and the report says what it left out and why.
 */
class ReportDatasetsIT {

    @TempDir
    Path temp;

    @Test
    void theSameRowsInFiveEncodingsCountOnceAndRunsCanBeLeftOut() throws IOException {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path utf8 = temp.resolve("ho-khau.csv");
        Registers.generate(utf8, 32, 19, 0);
        String text = Files.readString(utf8);
        TextEncoding windows = TextEncoding.of("windows-1258");
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(Files.readAllBytes(utf8));
        List<String[]> files = List.of(
                new String[]{utf8.toString(), "UTF-8"},
                new String[]{Files.write(temp.resolve("ho-khau-bom.csv"), bom.toByteArray()).toString(), "UTF-8"},
                new String[]{Files.writeString(temp.resolve("ho-khau-crlf.csv"), text.replace("\n", "\r\n")).toString(), "UTF-8"},
                new String[]{Files.write(temp.resolve("ho-khau-1258.csv"), windows.encode(text)).toString(), "windows-1258"},
                new String[]{Files.write(temp.resolve("ho-khau-1258-crlf.csv"), windows.encode(text.replace("\n", "\r\n")))
                        .toString(), "windows-1258"});
        List<Long> executions = new ArrayList<>();
        for (String[] file : files) {
            executions.add(remap(target, file[0], "--encoding", file[1]));
        }

        JsonNode report = report(target);
        assertThat(report.get("national").get("rows").asLong()).as("32 rows, once").isEqualTo(32);
        assertThat(report.get("runs")).hasSize(1);
        assertThat(report.get("runs").get(0).get("executionId").asLong()).isEqualTo(executions.get(4));
        assertThat(report.get("runs").get(0).get("dataset").asText()).hasSize(12);
        assertThat(report.get("leftOut")).hasSize(4).allSatisfy(run -> assertThat(run.get("reason").asText())
                .isEqualTo("replaced by run " + executions.get(4) + " of the same dataset"));

        Path test = temp.resolve("test-extract.csv");
        Registers.generate(test, 20, 77, 0);
        long testRun = remap(target, test.toString(), "--dataset", "test");
        assertThat(report(target).get("national").get("rows").asLong()).as("a second dataset").isEqualTo(52);

        JsonNode withoutTest = report(target, "--exclude-dataset", "test", "--exclude-run",
                String.valueOf(executions.get(4)));
        assertThat(withoutTest.get("national").get("rows").asLong()).isEqualTo(32);
        assertThat(withoutTest.get("runs")).extracting(r -> r.get("executionId").asLong())
                .as("the earlier run of the dataset counts instead of the excluded one").containsExactly(executions.get(3));
        assertThat(withoutTest.get("leftOut")).extracting(r -> r.get("executionId").asLong() + " " + r.get("reason").asText())
                .containsExactly(executions.get(0) + " replaced by run " + executions.get(3) + " of the same dataset",
                        executions.get(1) + " replaced by run " + executions.get(3) + " of the same dataset",
                        executions.get(2) + " replaced by run " + executions.get(3) + " of the same dataset",
                        executions.get(4) + " --exclude-run",
                        testRun + " --exclude-dataset test");

        CliHarness.Result printed = target.run("report", "--output", temp.resolve("report").toString(), "--formats", "md",
                "--exclude-dataset", "test");
        assertThat(printed.exitCode()).as(printed.toString()).isZero();
        assertThat(printed.out()).contains("5 stored runs left out: 1 by --exclude-dataset test, 4 replaced by a later run.");
        assertThat(Files.readString(temp.resolve("report/report.md"))).contains("5 stored runs left out");
    }

    private long remap(CliHarness.Target target, String input, String... options) throws IOException {
        Path summary = temp.resolve("summary.json");
        List<String> args = new ArrayList<>(List.of("remap", "--input", input, "--output", input + ".new.csv",
                "--summary", summary.toString(), "--fail-on", "never"));
        args.addAll(List.of(options));
        CliHarness.Result run = target.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("  dataset    ");
        return Json.mapper().readTree(Files.readString(summary)).get("executionId").asLong();
    }

    private JsonNode report(CliHarness.Target target, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("report", "--output", temp.resolve("report").toString(),
                "--formats", "json", "--format", "json", "--as-of", "2026-07-01"));
        args.addAll(List.of(options));
        CliHarness.Result run = target.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return Json.mapper().readTree(run.out());
    }
}
