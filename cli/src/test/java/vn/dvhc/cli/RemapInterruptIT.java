package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/**
 * Ctrl-C for real (issue 19.4): SIGINT to a child JVM running a remap, once it has committed a few chunks. It must
 * stop at a commit and exit 130 with "interrupted; run the same command to resume", no stack trace (the child runs
 * with -v, which prints the trace of every error), no output under its name, the part files kept; then the same
 * command completes with the same bytes as an uninterrupted run and leaves no part file.
 */
@Tag("slow")
class RemapInterruptIT {

    @TempDir
    static Path shared;

    private static Path input;
    private static byte[] referenceOutput;
    private static byte[] referenceRejects;
    private static CliHarness.Target target;

    @BeforeAll
    static void referenceRun() throws IOException {
        // A child inherits an ignored SIGINT (a test JVM started in the background of a script without job
        // control); the JVM then rightly leaves Ctrl-C alone and this test cannot deliver one.
        assumeThat(sigintIgnored()).as("SIGINT is ignored by this test JVM (started in the background?)").isFalse();
        input = shared.resolve("register.csv");
        Registers.generate(input, 300_000, 19, 3);
        target = CliHarness.target(TestDatabases.Kind.H2, shared.resolve("home"));
        ReferenceRemap reference = ReferenceRemap.run(target, input, shared.resolve("reference.csv"));
        referenceOutput = reference.output();
        referenceRejects = reference.rejects();
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2})
    void ctrlCStopsAtACommitAndTheSameCommandResumesToTheSameBytes(int threads) throws Exception {
        Path output = shared.resolve("out-" + threads + ".csv");
        List<String> args = List.of("remap", "--input", input.toString(), "--output", output.toString(),
                "--fail-on", "never", "--chunk", "1000", "--threads", Integer.toString(threads));
        int exit;
        String stderr;
        try (ChildDvhc child = ChildDvhc.start(target, shared.resolve("child.out"), args)) {
            assertThat(child.awaitLine("committed", 5)).as(child.log()).isTrue();
            child.interrupt();
            exit = child.exitCode();
            stderr = child.log();
        }
        assertThat(exit).as(stderr).isEqualTo(130);
        assertThat(stderr).contains("dvhc: interrupted; run the same command to resume")
                .doesNotContain("internal error", "Exception", "\tat ", "dvhc: error");
        assertThat(output).as("no output under its name after Ctrl-C").doesNotExist();
        assertThat(parts(output)).as("part files kept for the restart").isNotEmpty();

        CliHarness.Result resumed = target.run(args.toArray(String[]::new));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("resumed");
        assertThat(Files.readAllBytes(output)).isEqualTo(referenceOutput);
        assertThat(Files.readAllBytes(Path.of(output + ".rejects.csv"))).isEqualTo(referenceRejects);
        assertThat(parts(output)).isEmpty();
    }

    private static List<Path> parts(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith("." + output.getFileName() + ".")).toList();
        }
    }

    // Linux: bit 1 of SigIgn in /proc/self/status is SIGINT. Elsewhere (no /proc) it is assumed not ignored.
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .map(line -> Long.parseLong(line.substring("SigIgn:".length()).trim(), 16))
                .anyMatch(mask -> (mask & 0b10) != 0);
    }
}
