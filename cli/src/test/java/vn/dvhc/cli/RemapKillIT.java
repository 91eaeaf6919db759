package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
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

        Process child = start(args);
        boolean killed = killAt(child, point, occurrence);
        assertThat(killed).as("the child reached '" + point + "' #" + occurrence).isTrue();
        if (!point.equals("moved into place")) {
            assertThat(output).as("no output under its name while unfinished").doesNotExist();
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

    private static Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Dvhc.class.getName(),
                "--home", target.home().toString(), "-v", "--no-progress"));
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectOutput(shared.resolve("child.out").toFile())
                .start();
    }

    // Reads the child's stderr (blocking reads, no sleeps) and kills it -9 at the n-th line holding the text.
    private static boolean killAt(Process child, String text, int occurrence) throws Exception {
        int seen = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.contains(text) && ++seen == occurrence) {
                    child.destroyForcibly();
                    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    return true;
                }
            }
        }
        child.waitFor(30, TimeUnit.SECONDS);
        return false;
    }
}
