package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/**
 * kill -9 for real: dvhc runs in a child JVM, which is killed (SIGKILL, no shutdown hook, no finally) when its log
 * says it reached a chosen point; then the same command runs to the end. The output and the rejects must be
 * byte-identical to an uninterrupted run, and no output may exist under its name while the run is unfinished.
 */
@Tag("slow")
class RemapKillIT {

    @TempDir
    static Path shared;

    private static Path input;
    private static byte[] referenceOutput;
    private static byte[] referenceRejects;
    private static CliHarness.Target target;

    @BeforeAll
    static void referenceRun() throws IOException {
        input = shared.resolve("register.csv");
        Registers.generate(input, 150_000, 2026, 3);
        target = CliHarness.target(TestDatabases.Kind.H2, shared.resolve("home"));
        Path output = shared.resolve("reference.csv");
        CliHarness.Result run = target.run("remap", "--input", input.toString(), "--output", output.toString(),
                "--fail-on", "never", "--chunk", "1000");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        referenceOutput = Files.readAllBytes(output);
        referenceRejects = Files.readAllBytes(Path.of(output + ".rejects.csv"));
    }

    @ParameterizedTest(name = "killed at ''{1}'' #{2}, {0} thread(s)")
    @CsvSource({
            "1, committed, 1",
            "1, committed, 60",
            "2, committed, 30",
            "1, joining, 1",
            "1, moved into place, 1"})
    void resumesToTheSameBytes(int threads, String point, int occurrence) throws Exception {
        Path output = shared.resolve("out-" + threads + "-" + point.replace(' ', '-') + "-" + occurrence + ".csv");
        List<String> args = List.of("remap", "--input", input.toString(), "--output", output.toString(),
                "--fail-on", "never", "--chunk", "1000", "--threads", Integer.toString(threads));

        boolean killed;
        try (ChildDvhc child = ChildDvhc.startKilledAt(target, shared.resolve("child.out"), args, point, occurrence)) {
            killed = child.awaitLine(point, occurrence);
            child.kill();
        }
        assertThat(killed).as("the child reached '" + point + "' #" + occurrence).isTrue();
        if (point.equals("committed")) {
            assertThat(output).as("no output under its name while unfinished").doesNotExist();
        } else if (Files.exists(output)) {
            // The join renames in microseconds once 'joining' is logged: the kill may land before or after the
            // rename. Either way a file under its name is whole, never half-written.
            assertThat(Files.readAllBytes(output)).as("an output under its name is whole").isEqualTo(referenceOutput);
        }

        CliHarness.Result resumed = target.run(args.toArray(String[]::new));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(Files.readAllBytes(output)).isEqualTo(referenceOutput);
        assertThat(Files.readAllBytes(Path.of(output + ".rejects.csv"))).isEqualTo(referenceRejects);
        assertThat(resumed.out()).contains("rows read = ");
        try (var left = Files.list(shared)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("." + output.getFileName()));
        }
    }
}
