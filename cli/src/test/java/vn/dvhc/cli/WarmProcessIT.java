package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/**
 * Short commands handed to the warm process (decision 0018), each client a JVM of its own as the launchers start it:
 * the result is the one a command's own JVM gives, relative paths are the client's, Ctrl-C reaches the command, a
 * killed client is a killed command (the warm process ends with it and the same command resumes), and a killed warm
 * process fails the command it ran without its client running it again.
 */
@Tag("slow")
class WarmProcessIT {

    @TempDir
    static Path shared;

    private static Path runtime;
    private static Path register;
    private static byte[] referenceOutput;
    private static byte[] referenceRejects;
    private static CliHarness.Target target;

    @BeforeAll
    static void referenceRun() throws IOException {
        runtime = WarmProcesses.runtimeFolder(shared);
        register = shared.resolve("register.csv");
        Registers.generate(register, 300_000, 18, 3);
        target = CliHarness.target(TestDatabases.Kind.H2, shared.resolve("home"));
        ReferenceRemap reference = ReferenceRemap.run(target, register, shared.resolve("reference.csv"));
        referenceOutput = reference.output();
        referenceRejects = reference.rejects();
    }

    @AfterAll
    static void endWarmProcess() throws Exception {
        WarmProcesses.stop(runtime);
        HomeServers.stop(target.home());
    }

    @Test
    void aCommandInTheWarmProcessWritesWhatItsOwnJvmWritesWithTheClientsRelativePaths() throws Exception {
        awaitWarmProcess();
        Path folder = Files.createDirectories(shared.resolve("relative"));
        Path small = folder.resolve("small.csv");
        Registers.generate(small, 500, 5, 20);
        CliHarness.Result local = target.run("remap", "--input", small.toString(), "--output",
                shared.resolve("small-local.csv").toString(), "--fail-on", "never");
        assertThat(local.exitCode()).as(local.toString()).isZero();

        Map<String, String> env = new HashMap<>(target.env());
        env.put("DVHC_PROFILE", "1");
        CliHarness.Target profiled = new CliHarness.Target(target.kind(), target.home(), target.dbArgs(), env,
                target.settings());
        Path stdout = folder.resolve("stdout.txt");
        int exit;
        String stderr;
        try (ChildDvhc child = ChildDvhc.startWarm(profiled, folder, runtime, stdout,
                List.of("remap", "--input", "small.csv", "--output", "small.new.csv", "--fail-on", "never"), null, 0)) {
            exit = child.exitCode();
            stderr = child.log();
        }
        assertThat(exit).as(stderr).isZero();
        assertThat(stderr).as("the profile of a command that a warm process took")
                .contains("JVM start and class loading up to main", "client up to the warm process");
        assertThat(Files.readString(stdout)).contains("remap: 500 rows read");
        assertThat(Files.readAllBytes(folder.resolve("small.new.csv")))
                .as("written in the client's folder, as its own JVM writes it")
                .isEqualTo(Files.readAllBytes(shared.resolve("small-local.csv")));
        assertThat(Files.readAllBytes(folder.resolve("small.new.csv.rejects.csv")))
                .isEqualTo(Files.readAllBytes(shared.resolve("small-local.csv.rejects.csv")));
    }

    @Test
    void aKilledClientEndsTheWarmProcessAndTheSameCommandResumesToTheSameBytes() throws Exception {
        ProcessHandle warm = awaitWarmProcess();
        Path output = shared.resolve("killed.csv");
        List<String> args = remap(output);
        try (ChildDvhc child = ChildDvhc.startWarm(target, shared, runtime, shared.resolve("killed.out"), args,
                "committed", 3)) {
            child.awaitEnd();
        }
        assertThat(WarmProcesses.ends(warm))
                .as("the warm process ends with its killed client, as the command's own JVM would").isTrue();
        assertThat(output).doesNotExist();
        assertResumesToTheReference(output);
    }

    @Test
    void aWarmProcessKilledDuringTheCommandFailsItAndTheClientNeverRunsItAsWell() throws Exception {
        ProcessHandle warm = awaitWarmProcess();
        Path output = shared.resolve("warm-killed.csv");
        Ended client = atTheThirdCommit(output, child -> warm.destroyForcibly());
        assertThat(client.exit()).as(client.stderr()).isEqualTo(5);
        assertThat(client.stderr()).contains("dvhc: error: the warm process ended during the command",
                "run the same command to resume");
        assertThat(output).as("the client did not run the command itself after the warm process took it")
                .doesNotExist();
        assertResumesToTheReference(output);
    }

    @Test
    void ctrlCReachesTheCommandInTheWarmProcessWhichServesTheNextOne() throws Exception {
        ProcessHandle warm = awaitWarmProcess();
        Path output = shared.resolve("interrupted.csv");
        List<String> args = remap(output);
        Ended client = atTheThirdCommit(output, ChildDvhc::interrupt);
        assertThat(client.exit()).as(client.stderr()).isEqualTo(130);
        assertThat(client.stderr()).contains("dvhc: interrupted; run the same command to resume")
                .doesNotContain("Exception", "dvhc: error");
        assertThat(output).as("no output under its name after Ctrl-C").doesNotExist();
        assertThat(warm.isAlive()).as("Ctrl-C stopped the command, not the warm process").isTrue();

        Path stdout = shared.resolve("resumed.out");
        try (ChildDvhc child = ChildDvhc.startWarm(target, shared, runtime, stdout, args, null, 0)) {
            assertThat(child.exitCode()).as(child.log()).isZero();
        }
        assertThat(Files.readString(stdout)).contains("resumed");
        assertThat(Files.readAllBytes(output)).isEqualTo(referenceOutput);
        assertThat(Files.readAllBytes(Path.of(output + ".rejects.csv"))).isEqualTo(referenceRejects);
    }

    /** How a client ended: its exit code and its stderr. */
    private record Ended(int exit, String stderr) {
    }

    /** A warm client's remap of the register, and what is done to it once it has committed three chunks. */
    private static Ended atTheThirdCommit(Path output, ChildAction action) throws Exception {
        Path stdout = shared.resolve(output.getFileName() + ".stdout");
        try (ChildDvhc child = ChildDvhc.startWarm(target, shared, runtime, stdout, remap(output), null, 0)) {
            assertThat(child.awaitLine("committed", 3)).as(child.log()).isTrue();
            action.accept(child);
            int exit = child.exitCode();
            return new Ended(exit, child.log());
        }
    }

    @FunctionalInterface
    private interface ChildAction {
        void accept(ChildDvhc child) throws Exception;
    }

    /** The same remap, run again in this JVM, resumes and writes what an uninterrupted run wrote. */
    private static void assertResumesToTheReference(Path output) throws IOException {
        CliHarness.Result resumed = target.run(remap(output).toArray(String[]::new));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("resumed");
        assertThat(Files.readAllBytes(output)).isEqualTo(referenceOutput);
        assertThat(Files.readAllBytes(Path.of(output + ".rejects.csv"))).isEqualTo(referenceRejects);
    }

    private static List<String> remap(Path output) {
        return List.of("remap", "--input", register.toString(), "--output", output.toString(), "--fail-on", "never",
                "--chunk", "1000");
    }

    private static ProcessHandle awaitWarmProcess() throws Exception {
        return WarmProcesses.await(target, runtime, shared);
    }
}
