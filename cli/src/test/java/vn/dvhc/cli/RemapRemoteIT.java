package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.testing.EmbeddedBroker;
import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/**
 * Remote partitioning for real: an Apache Artemis broker in this JVM, a real PostgreSQL as the shared job
 * repository, and the manager ({@code dvhc remap --broker}) and the workers ({@code dvhc worker}) as separate
 * JVMs, on 200,000 rows. Whatever is killed, the output and the rejects are byte-identical to a single-process run.
 */
@Tag("slow")
class RemapRemoteIT {

    private static final int PARTITIONS = 4;

    @TempDir
    static Path shared;

    private static EmbeddedBroker broker;
    private static CliHarness.Target target;
    private static Path input;
    private static byte[] referenceOutput;
    private static byte[] referenceRejects;

    @BeforeAll
    static void singleProcessRun() throws Exception {
        broker = EmbeddedBroker.start();
        target = CliHarness.target(TestDatabases.Kind.POSTGRESQL, shared.resolve("home"));
        input = shared.resolve("register.csv");
        Registers.generate(input, 200_000, 2027, 3);
        ReferenceRemap reference = ReferenceRemap.run(target, input, shared.resolve("single.csv"));
        referenceOutput = reference.output();
        referenceRejects = reference.rejects();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void aManagerAndTwoWorkersWriteTheSameBytes() throws Exception {
        Path output = shared.resolve("two-workers.csv");
        try (ChildDvhc first = worker("w1"); ChildDvhc second = worker("w2")) {
            ChildDvhc manager = manager(output, "m");
            assertThat(manager.exitCode()).as(manager.log()).isZero();
            assertThat(first.log() + second.log()).contains("ended COMPLETED");
        }
        assertSameAsSingleProcess(output);
    }

    @Test
    void aPartitionOfAKilledWorkerIsResumedByAnother() throws Exception {
        Path output = shared.resolve("killed-worker.csv");
        ChildDvhc manager;
        try (ChildDvhc doomed = ChildDvhc.startKilledAt(target, shared.resolve("doomed.out"),
                List.of("worker", "--broker", broker.url()), "committed", 15)) {
            manager = manager(output, "m");
            assertThat(doomed.awaitLine("committed", 15)).as(doomed.log()).isTrue();
            doomed.kill();
            assertThat(doomed.log()).doesNotContain("ended COMPLETED");
        }
        try (ChildDvhc rescuer = worker("rescuer")) {
            assertThat(manager.exitCode()).as(manager.log()).isZero();
            // The broker gave the killed worker's request back; the partition went on from its last commit.
            assertThat(rescuer.log()).contains("resuming after").contains("ended COMPLETED");
        }
        assertSameAsSingleProcess(output);
    }

    @Test
    void aKilledManagerRunAgainResumesWhileWorkersKeepRunning() throws Exception {
        Path output = shared.resolve("killed-manager.csv");
        try (ChildDvhc first = worker("w1"); ChildDvhc second = worker("w2")) {
            ChildDvhc doomed = manager(output, "doomed");
            assertThat(first.awaitLine("committed", 10)).as(first.log()).isTrue();
            doomed.kill();
            assertThat(output).doesNotExist();

            ChildDvhc again = manager(output, "again");
            assertThat(again.exitCode()).as(again.log()).isZero();
            assertThat(again.log()).contains("resuming it");
        }
        assertSameAsSingleProcess(output);
    }

    private static ChildDvhc worker(String name) {
        return ChildDvhc.start(target, shared.resolve(name + ".out"), List.of("worker", "--broker", broker.url()));
    }

    private static ChildDvhc manager(Path output, String name) {
        List<String> args = new ArrayList<>(List.of("remap", "--input", input.toString(), "--output", output.toString(),
                "--fail-on", "never", "--chunk", "1000", "--broker", broker.url(),
                "--partitions", Integer.toString(PARTITIONS)));
        return ChildDvhc.start(target, shared.resolve(output.getFileName() + "." + name + ".out"), args);
    }

    private static void assertSameAsSingleProcess(Path output) throws IOException {
        assertThat(Files.readAllBytes(output)).isEqualTo(referenceOutput);
        assertThat(Files.readAllBytes(Path.of(output + ".rejects.csv"))).isEqualTo(referenceRejects);
        try (var left = Files.list(shared)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("." + output.getFileName()));
        }
    }
}
