package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.testing.Addresses;
import vn.dvhc.testing.TestDatabases;

/**
 * A remap by address killed for real (SIGKILL of a child JVM after a commit) resumes to the bytes of an
 * uninterrupted run, on one thread and on two: the address columns come back from the stored layout and the
 * gazetteer is rebuilt by the new process.
 */
@Tag("slow")
class RemapAddressKillIT {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2})
    void aKilledAddressRemapResumesToTheSameBytes(int threads) throws Exception {
        ReleaseDraft pre2025 = new BundleReader(SourceFiles.folder(CliHarness.builtInBundle())).read().stream()
                .filter(d -> d.id().equals(BundleReader.PRE_2025)).findFirst().orElseThrow();
        List<String> addresses = new Addresses(pre2025.content().units(), pre2025.historyValues()).generate(20_000, 14);
        List<String> lines = new ArrayList<>(List.of("id,dia_chi"));
        for (int i = 0; i < addresses.size(); i++) {
            lines.add(i + ",\"" + addresses.get(i).replace("\"", "\"\"") + "\"");
        }
        Path input = Files.write(temp.resolve("addresses.csv"), lines, StandardCharsets.UTF_8);
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path reference = temp.resolve("reference.csv");
        CliHarness.Result uninterrupted = target.run("remap", "--input", input.toString(), "--output",
                reference.toString(), "--fail-on", "never", "--chunk", "1000");
        assertThat(uninterrupted.exitCode()).as(uninterrupted.toString()).isZero();

        Path output = temp.resolve("out.csv");
        List<String> args = List.of("remap", "--input", input.toString(), "--output", output.toString(),
                "--fail-on", "never", "--chunk", "1000", "--threads", Integer.toString(threads));
        boolean killed;
        try (ChildDvhc child = ChildDvhc.startKilledAt(target, temp.resolve("child.out"), args, "committed", 3)) {
            killed = child.awaitLine("committed", 3);
            child.kill();
        }
        assertThat(killed).as("the child committed three times").isTrue();
        assertThat(output).as("no output under its name while unfinished").doesNotExist();

        CliHarness.Result resumed = target.run(args.toArray(String[]::new));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("(resumed)", "rows read = ", "ADDRESS_AMBIGUOUS");
        assertThat(Files.readAllBytes(output)).isEqualTo(Files.readAllBytes(reference));
        assertThat(Files.readAllBytes(Path.of(output + ".rejects.csv")))
                .isEqualTo(Files.readAllBytes(Path.of(reference + ".rejects.csv")));
    }
}
