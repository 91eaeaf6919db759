package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.common.Json;
import vn.dvhc.testing.TestDatabases;

/**
 * Issue 19.5: the hidden part files of a remap stay only while a restart needs them, and {@code dvhc jobs show}
 * says so and gives the input error that failed the run. A run that fails on an undecodable byte keeps its parts;
 * they go with {@code jobs abandon}, a later completed run of the same output, a {@code --rerun}, and a refused run.
 */
class RemapLeftoversIT {

    @TempDir
    Path temp;

    private CliHarness.Target target;
    private Path bad;
    private Path good;
    private Path output;

    @BeforeEach
    void files() throws IOException {
        target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        good = temp.resolve("ho-khau.csv");
        Files.copy(CliHarness.projectRoot().resolve("sample-data/remap/ho-khau-trich-xuat.csv"), good);
        // Line 5 gets a byte that is not UTF-8.
        List<String> lines = Files.readAllLines(good, StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i).getBytes(StandardCharsets.UTF_8);
            if (i == 4) {
                bytes.write(line, 0, 20);
                bytes.write(0xFF);
                bytes.write(line, 20, line.length - 20);
            } else {
                bytes.write(line, 0, line.length);
            }
            bytes.write('\n');
        }
        bad = Files.write(temp.resolve("ho-khau-bad.csv"), bytes.toByteArray());
        output = temp.resolve("out/ho-khau.new.csv");
        Files.createDirectories(output.getParent());
    }

    @Test
    void aFailedRunKeepsItsPartsAndJobsShowSaysWhyAndWhichUntilAbandon() throws IOException {
        String id = failOnTheBadByte();
        CliHarness.Result show = target.run("jobs", "show", id);
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("  reason   " + bad + " line 5", "(step remapJob.remapPartition:partition0)",
                        "kept for restart", "'dvhc jobs abandon " + id + "' removes them", parts().get(0).toString())
                .doesNotContain("Partition handler returned an unsuccessful step", "DvhcException");
        JsonNode json = json(target.run("jobs", "show", id, "--format", "json"));
        assertThat(json.get("cause").asText()).startsWith(bad + " line 5");
        assertThat(json.get("keptForRestart")).hasSize(parts().size());

        CliHarness.Result abandon = target.run("jobs", "abandon", id);
        assertThat(abandon.exitCode()).as(abandon.toString()).isZero();
        assertThat(abandon.out()).contains("Removed the files kept for its restart: ");
        assertThat(parts()).isEmpty();
        assertThat(target.run("jobs", "show", id).out()).doesNotContain("kept for restart");

        CliHarness.Result refused = remap(bad);
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(6);
        assertThat(refused.err()).contains("execution " + id + " of the same job", "abandoned", "--rerun");
        assertThat(parts()).isEmpty();
    }

    @Test
    void aLaterCompletedRunOfTheSameOutputRemovesThemAndEndsTheEarlierRun() throws IOException {
        String id = failOnTheBadByte();
        CliHarness.Result fixed = remap(good);
        assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
        assertThat(parts()).isEmpty();
        JsonNode earlier = json(target.run("jobs", "show", id, "--format", "json"));
        assertThat(earlier.get("status").asText()).isEqualTo("ABANDONED");
        assertThat(earlier.get("exitDescription").asText()).startsWith("abandoned: execution ")
                .endsWith("a later run of the same output, completed");
        assertThat(target.run("jobs", "restart", id).exitCode()).isEqualTo(6);
    }

    @Test
    void aCompletedRunOfAnotherOutputLeavesTheFailedRunAndItsPartsAlone() throws IOException {
        String id = failOnTheBadByte();
        List<Path> kept = parts();
        Path other = temp.resolve("other/ho-khau.new.csv");
        Files.createDirectories(other.getParent());
        CliHarness.Result done = target.run("remap", "--input", good.toString(), "--output", other.toString(),
                "--fail-on", "never");
        assertThat(done.exitCode()).as(done.toString()).isZero();
        assertThat(parts()).isEqualTo(kept);
        assertThat(json(target.run("jobs", "show", id, "--format", "json")).get("status").asText()).isEqualTo("FAILED");
        CliHarness.Result fixed = remap(good);
        assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
        assertThat(parts()).isEmpty();
        assertThat(json(target.run("jobs", "show", id, "--format", "json")).get("status").asText()).isEqualTo("ABANDONED");
    }

    @Test
    void aRerunRemovesTheEarlierRunsParts() throws IOException {
        String id = failOnTheBadByte();
        List<Path> first = parts();
        CliHarness.Result rerun = remap(bad, "--rerun");
        assertThat(rerun.exitCode()).as(rerun.toString()).isEqualTo(3);
        assertThat(parts()).as("only the parts of the rerun, which failed too").isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(json(target.run("jobs", "show", id, "--format", "json")).get("status").asText()).isEqualTo("ABANDONED");
    }

    @Test
    void aRefusedRunRemovesPartsLeftByACompletedOne() throws IOException {
        CliHarness.Result done = remap(good);
        assertThat(done.exitCode()).as(done.toString()).isZero();
        long instance = json(target.run("jobs", "list", "--format", "json")).get(0).get("instanceId").asLong();
        // What a crash between the final rename and the removal of the parts leaves.
        Path left = Files.writeString(output.resolveSibling("." + output.getFileName() + ".dvhc-" + instance
                + "-part1.tmp"), "x");
        CliHarness.Result refused = remap(good);
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(6);
        assertThat(left).doesNotExist();
    }

    @Test
    void aRerunRemovesPartsLeftByTheLastCompletedRunOfTheSameOutput() throws IOException {
        assertThat(remap(good).exitCode()).isZero();
        assertThat(remap(good, "--rerun").exitCode()).isZero();
        long instance = json(target.run("jobs", "list", "--format", "json")).get(0).get("instanceId").asLong();
        // What a crash between the final rename and the removal of the parts leaves.
        Path left = Files.writeString(output.resolveSibling("." + output.getFileName() + ".dvhc-" + instance
                + "-part0.tmp"), "x");
        CliHarness.Result rerun = remap(good, "--rerun");
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(left).doesNotExist();
        assertThat(parts()).isEmpty();
    }

    private String failOnTheBadByte() throws IOException {
        CliHarness.Result failed = remap(bad);
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(3);
        assertThat(failed.err()).contains(bad + " line 5");
        assertThat(output).doesNotExist();
        assertThat(parts()).as("kept for a restart").isNotEmpty();
        return json(target.run("jobs", "list", "--format", "json")).get(0).get("id").asText();
    }

    private CliHarness.Result remap(Path input, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("remap", "--input", input.toString(), "--output",
                output.toString(), "--fail-on", "never"));
        args.addAll(List.of(more));
        return target.run(args.toArray(String[]::new));
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(output.getParent())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).sorted().toList();
        }
    }

    private static JsonNode json(CliHarness.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        try {
            return Json.mapper().readTree(result.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + result.out(), e);
        }
    }
}
