package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.common.Json;
import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/**
 * {@code dvhc jobs} over a real job repository (H2 and PostgreSQL), with executions made by real runs: completed,
 * killed with kill -9 in a child JVM, stopped while running in another process.
 */
@Tag("slow")
class JobsIT {

    @TempDir
    static Path shared;

    private static Path input;
    private static byte[] referenceOutput;
    private static byte[] referenceRejects;

    @BeforeAll
    static void referenceRun() throws Exception {
        input = shared.resolve("register.csv");
        Registers.generate(input, 150_000, 77, 3);
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, shared.resolve("reference-home"));
        Path output = shared.resolve("reference.csv");
        CliHarness.Result run = target.run(remap(output).toArray(String[]::new));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        referenceOutput = Files.readAllBytes(output);
        referenceRejects = Files.readAllBytes(Path.of(output + ".rejects.csv"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void listsAndShowsARunInTextAndJson(TestDatabases.Kind kind, @TempDir Path temp) {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        assertThat(target.run("jobs", "list").out()).contains("No job executions");
        String samples = CliHarness.projectRoot().resolve("sample-data").toString();
        assertThat(target.run("demo", "--samples", samples).exitCode()).isZero();

        CliHarness.Result list = target.run("jobs", "list");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains("remapJob", "COMPLETED", "ho-khau-trich-xuat.csv →");

        JsonNode executions = json(target.run("jobs", "list", "--job", "remapJob", "--format", "json"));
        assertThat(executions).hasSize(2);
        long id = executions.get(0).get("id").asLong();
        assertThat(executions.get(0).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(executions.get(1).get("id").asLong()).isLessThan(id);
        assertThat(json(target.run("jobs", "list", "--status", "FAILED", "--format", "json"))).isEmpty();

        CliHarness.Result show = target.run("jobs", "show", Long.toString(id));
        assertThat(show.out()).contains("Execution " + id + " of remapJob", "input.sha256 = ", "remapJob.merge");
        JsonNode one = json(target.run("jobs", "show", Long.toString(id), "--format", "json"));
        assertThat(one.get("parameters").get("output.file").asText()).endsWith(".new.csv");
        assertThat(one.get("steps")).extracting(step -> step.get("name").asText())
                .contains("remapJob.prepare", "remapJob.merge");

        CliHarness.Result unknown = target.run("jobs", "show", "9999");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("there is no job execution 9999").doesNotContain("Exception");
        CliHarness.Result completed = target.run("jobs", "restart", Long.toString(id));
        assertThat(completed.exitCode()).isEqualTo(6);
        assertThat(completed.err()).contains("completed: there is nothing to restart", "--rerun");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void restartOfAKilledRemapGivesTheSameBytes(TestDatabases.Kind kind, @TempDir Path temp) throws Exception {
        CliHarness.Target target = CliHarness.target(kind, temp.resolve("home"));
        Path output = temp.resolve("out.csv");
        try (ChildDvhc child = ChildDvhc.startKilledAt(target, temp.resolve("child.out"), remap(output),
                "committed", 40)) {
            assertThat(child.awaitLine("committed", 40)).as(child.log()).isTrue();
            child.kill();
        }
        JsonNode started = json(target.run("jobs", "list", "--status", "STARTED", "--format", "json"));
        assertThat(started).hasSize(1);
        String id = started.get(0).get("id").asText();

        CliHarness.Result restart = target.run("jobs", "restart", id);
        assertThat(restart.exitCode()).as(restart.toString()).isZero();
        assertThat(restart.out()).contains("COMPLETED (restarted from execution " + id, "rows read = ");
        assertThat(Files.readAllBytes(output)).isEqualTo(referenceOutput);
        assertThat(Files.readAllBytes(Path.of(output + ".rejects.csv"))).isEqualTo(referenceRejects);
        assertThat(json(target.run("jobs", "show", id, "--format", "json")).get("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void aRunningJobStopsAtItsNextCommitThenRestartsOrIsAbandoned(@TempDir Path temp) throws Exception {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path output = temp.resolve("out.csv");
        List<String> slow = new java.util.ArrayList<>(remap(output));
        slow.set(slow.indexOf("1000"), "50");
        ChildDvhc child = ChildDvhc.start(target, temp.resolve("child.out"), slow);
        assertThat(child.awaitLine("committed", 5)).as(child.log()).isTrue();
        String id = json(target.run("jobs", "list", "--status", "STARTED", "--format", "json")).get(0).get("id").asText();

        CliHarness.Result stop = target.run("jobs", "stop", id);
        assertThat(stop.exitCode()).as(stop.toString()).isZero();
        assertThat(stop.out()).contains("will stop at its next commit");
        assertThat(child.exitCode()).as(child.log()).isEqualTo(5);
        assertThat(json(target.run("jobs", "show", id, "--format", "json")).get("status").asText()).isEqualTo("STOPPED");
        assertThat(output).doesNotExist();
        assertThat(target.run("jobs", "stop", id).exitCode()).isEqualTo(6);

        CliHarness.Result restart = target.run("jobs", "restart", id);
        assertThat(restart.exitCode()).as(restart.toString()).isZero();
        assertThat(Files.readAllBytes(output)).isEqualTo(referenceOutput);
        assertThat(target.run("jobs", "abandon", id).exitCode()).as("completed instance").isEqualTo(6);
    }

    @Test
    void anAbandonedExecutionIsNeverRestarted(@TempDir Path temp) throws Exception {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path output = temp.resolve("out.csv");
        try (ChildDvhc child = ChildDvhc.startKilledAt(target, temp.resolve("child.out"), remap(output),
                "committed", 10)) {
            assertThat(child.awaitLine("committed", 10)).isTrue();
            child.kill();
        }
        String id = json(target.run("jobs", "list", "--format", "json")).get(0).get("id").asText();
        CliHarness.Result abandon = target.run("jobs", "abandon", id);
        assertThat(abandon.exitCode()).as(abandon.toString()).isZero();
        assertThat(json(target.run("jobs", "show", id, "--format", "json")).get("status").asText()).isEqualTo("ABANDONED");

        CliHarness.Result restart = target.run("jobs", "restart", id);
        assertThat(restart.exitCode()).isEqualTo(6);
        assertThat(restart.err()).contains("abandoned and is never restarted", "--rerun");
        assertThat(output).doesNotExist();
    }

    private static List<String> remap(Path output) {
        return List.of("remap", "--input", input.toString(), "--output", output.toString(), "--fail-on", "never",
                "--chunk", "1000");
    }

    private static JsonNode json(CliHarness.Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        try {
            return Json.mapper().readTree(result.out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + result.out(), e);
        }
    }
}
