package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/**
 * Several dvhc processes at once on one new embedded home (issue 19): a large remap and small ones started
 * together, the small ones ending first. Each completes with the output of a run on its own; none waits forever.
 * Before the home had a server of its own, the first process to open the database served the others and took it
 * away when it ended, failing the large remap with "Database is already closed".
 */
@Tag("slow")
class ConcurrentJobsIT {

    @TempDir
    Path temp;

    @Test
    void aLargeRemapAndSmallOnesStartedTogetherAllComplete() throws Exception {
        Path large = temp.resolve("large.csv");
        Registers.generate(large, 150_000, 19, 1);
        List<Path> inputs = new ArrayList<>(List.of(large));
        for (int i = 0; i < 3; i++) {
            Path small = temp.resolve("small-" + i + ".csv");
            Registers.generate(small, 32, 100 + i, 0);
            inputs.add(small);
        }
        CliHarness.Target alone = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("alone"));
        for (Path input : inputs) {
            assertThat(alone.run(remap(input, temp.resolve(input.getFileName() + ".alone")).toArray(String[]::new))
                    .exitCode()).isZero();
        }

        Path home = temp.resolve("shared-home");
        CliHarness.Target shared = CliHarness.target(TestDatabases.Kind.H2, home);
        // Ordered as in the report: a small job opens the new home first and ends while the large one runs.
        List<ChildDvhc> children = new ArrayList<>();
        try {
            ChildDvhc first = start(shared, inputs.get(1));
            children.add(first);
            assertThat(first.awaitLine("created a new home", 1)).as(first.log()).isTrue();
            ChildDvhc largeRun = start(shared, large);
            children.add(largeRun);
            assertThat(largeRun.awaitLine("committed", 1)).as(largeRun.log()).isTrue();
            children.add(start(shared, inputs.get(2)));
            children.add(start(shared, inputs.get(3)));
            for (ChildDvhc child : children) {
                assertThat(child.exitCode()).as(child.log()).isZero();
            }
        } finally {
            for (ChildDvhc child : children) {
                child.close();
            }
        }
        for (Path input : inputs) {
            assertThat(Files.readAllBytes(temp.resolve(input.getFileName() + ".together")))
                    .isEqualTo(Files.readAllBytes(temp.resolve(input.getFileName() + ".alone")));
        }
        assertThat(shared.run("jobs", "list").out().lines().filter(l -> l.contains("COMPLETED"))).hasSize(4);
        HomeServers.stop(home);
        HomeServers.stop(temp.resolve("alone"));
    }

    private ChildDvhc start(CliHarness.Target target, Path input) {
        return ChildDvhc.start(target, temp.resolve(input.getFileName() + ".stdout"),
                remap(input, temp.resolve(input.getFileName() + ".together")));
    }

    private static List<String> remap(Path input, Path output) {
        return List.of("remap", "--input", input.toString(), "--output", output.toString(), "--fail-on", "never");
    }
}
