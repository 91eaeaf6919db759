package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.common.Csv;
import vn.dvhc.common.CsvTable;
import vn.dvhc.testing.Registers;
import vn.dvhc.testing.TestDatabases;

/**
 * kill -9 for real: dvhc runs in a child JVM, which is killed (SIGKILL, no shutdown hook, no finally) when its log
 * says it reached a chosen point; then the same command runs to the end. The output and the rejects must be
 * byte-identical to an uninterrupted run, and no output may exist under its name while the run is unfinished. With
 * the split options of spec §5b the worklist too.
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
        ReferenceRemap reference = ReferenceRemap.run(target, input, shared.resolve("reference.csv"));
        referenceOutput = reference.output();
        referenceRejects = reference.rejects();
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

    /**
     * The home's server, killed with the command, can lose commits it acknowledged (docs/operations.md): the job
     * repository then records partition 0 as unfinished while its parts went further, or were already moved into
     * place by the merge. Killed after a commit, the parts are made to look like that; the same command starts the
     * partition over and ends with the bytes of an uninterrupted run.
     */
    @ParameterizedTest(name = "parts {0}")
    @CsvSource({"moved into place", "cut short"})
    void aRepositoryBehindItsPartsStartsThePartitionOver(String what) throws Exception {
        Path output = shared.resolve("behind-" + what.replace(' ', '-') + ".csv");
        Path rejects = Path.of(output + ".rejects.csv");
        List<String> args = List.of("remap", "--input", input.toString(), "--output", output.toString(),
                "--fail-on", "never", "--chunk", "1000");
        try (ChildDvhc child = ChildDvhc.startKilledAt(target, shared.resolve("child-behind.out"), args, "committed",
                20)) {
            assertThat(child.awaitLine("committed", 20)).as("the child reached 'committed' #20").isTrue();
            child.kill();
        }
        Path outputPart = part(output);
        Path rejectsPart = part(rejects);
        if (what.equals("moved into place")) {
            Files.move(outputPart, output);
            Files.move(rejectsPart, rejects);
        } else {
            try (FileChannel channel = FileChannel.open(outputPart, StandardOpenOption.WRITE)) {
                channel.truncate(channel.size() / 2);
            }
        }

        CliHarness.Result resumed = target.run(args.toArray(String[]::new));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.err()).contains("partition0: its temporary files are shorter than its last commit recorded");
        assertThat(Files.readAllBytes(output)).isEqualTo(referenceOutput);
        assertThat(Files.readAllBytes(rejects)).isEqualTo(referenceRejects);
        assertThat(resumed.out()).contains("rows read = ");
    }

    private static Path part(Path file) throws IOException {
        try (var files = Files.list(file.getParent())) {
            List<Path> parts = files.filter(p -> p.getFileName().toString().startsWith("." + file.getFileName()
                    + ".dvhc-") && p.getFileName().toString().endsWith("-part0.tmp")).toList();
            assertThat(parts).as("the part of " + file.getFileName()).hasSize(1);
            return parts.get(0);
        }
    }

    /**
     * {@code --on-split population --split-rules --split-worklist}: the rules are half of an uninterrupted run's
     * worklist, filled in with each line's first candidate; killed after a commit, the same command gives the output,
     * the rejects and the worklist of an uninterrupted run with these rules.
     */
    @Test
    void withSplitRulesAndAWorklistResumesToTheSameBytes() throws Exception {
        Path firstWorklist = shared.resolve("splits-first-worklist.csv");
        CliHarness.Result first = target.run("remap", "--input", input.toString(), "--output",
                shared.resolve("splits-first.csv").toString(), "--fail-on", "never", "--chunk", "1000",
                "--on-split", "population", "--split-worklist", firstWorklist.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        Path rules = fillEveryOtherLine(firstWorklist, shared.resolve("splits-rules.csv"));

        Path reference = shared.resolve("splits-reference.csv");
        Path referenceWorklist = shared.resolve("splits-reference-worklist.csv");
        CliHarness.Result uninterrupted = target.run(splitArgs(reference, rules, referenceWorklist, 1)
                .toArray(String[]::new));
        assertThat(uninterrupted.exitCode()).as(uninterrupted.toString()).isZero();
        assertThat(uninterrupted.out()).containsPattern("splits     RESOLVED by law [1-9][0-9]* · by rule [1-9]");

        Path output = shared.resolve("splits-killed.csv");
        Path worklist = shared.resolve("splits-killed-worklist.csv");
        List<String> args = splitArgs(output, rules, worklist, 2);
        boolean killed;
        try (ChildDvhc child = ChildDvhc.startKilledAt(target, shared.resolve("child-splits.out"), args, "committed",
                30)) {
            killed = child.awaitLine("committed", 30);
            child.kill();
        }
        assertThat(killed).as("the child reached 'committed' #30").isTrue();
        assertThat(output).as("no output under its name while unfinished").doesNotExist();
        assertThat(worklist).as("no worklist while unfinished").doesNotExist();

        CliHarness.Result resumed = target.run(args.toArray(String[]::new));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(Files.readAllBytes(output)).isEqualTo(Files.readAllBytes(reference));
        assertThat(Files.readAllBytes(Path.of(output + ".rejects.csv")))
                .isEqualTo(Files.readAllBytes(Path.of(reference + ".rejects.csv")));
        assertThat(Files.readAllBytes(worklist)).isEqualTo(Files.readAllBytes(referenceWorklist));
    }

    private static List<String> splitArgs(Path output, Path rules, Path worklist, int threads) {
        return List.of("remap", "--input", input.toString(), "--output", output.toString(), "--fail-on", "never",
                "--chunk", "1000", "--threads", Integer.toString(threads), "--on-split", "population",
                "--split-rules", rules.toString(), "--split-worklist", worklist.toString());
    }

    // Every other worklist line with words decided for its first candidate, as a person would fill it in.
    private static Path fillEveryOtherLine(Path worklist, Path rules) throws IOException {
        List<CsvTable.Row> rows = CsvTable.read(worklist).records();
        List<String> header = Arrays.asList(rows.get(0).fields());
        int match = header.indexOf("match");
        int candidates = header.indexOf("candidates");
        int decided = header.indexOf("new_commune_code");
        List<String> lines = new ArrayList<>(List.of(String.join(",", header)));
        for (int i = 1; i < rows.size(); i++) {
            String[] fields = rows.get(i).fields().clone();
            if (i % 2 == 1 && !fields[match].isBlank()) {
                fields[decided] = fields[candidates].substring(0, 5);
            }
            lines.add(Arrays.stream(fields).map(f -> Csv.quoteIfNeeded(f, ',')).collect(Collectors.joining(",")));
        }
        assertThat(lines).as("a worklist with lines to decide").hasSizeGreaterThan(100);
        return Files.write(rules, lines, StandardCharsets.UTF_8);
    }
}
