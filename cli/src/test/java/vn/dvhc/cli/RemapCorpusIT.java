package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dvhc.testing.TestDatabases;

/**
 * The malformed-input corpus of the remap job: each folder under {@code src/test/resources/remap/corpus/} holds an
 * {@code input.csv}, optional {@code args} (one argument per line), and what must come out: {@code expected.exit}
 * (default 0 or 1), {@code expected.out.csv} and {@code expected.rejects.csv} byte for byte, or the lines of
 * {@code expected.stderr}. When the job fails, no output file may exist under its name. Regenerate the expected
 * files with {@code -Ddvhc.updateGolden=true} and review the diff.
 */
class RemapCorpusIT {

    private static final Path CORPUS = CliHarness.projectRoot().resolve("cli/src/test/resources/remap/corpus");

    @TempDir
    static Path shared;

    private static CliHarness.Target target;

    @BeforeAll
    static void database() {
        target = CliHarness.target(TestDatabases.Kind.H2, shared.resolve("home"));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void remapsAsExpected(String name) throws IOException {
        Path folder = CORPUS.resolve(name);
        Path work = Files.createDirectories(shared.resolve(name));
        Path output = work.resolve("out.csv");
        Path rejects = work.resolve("out.csv.rejects.csv");
        List<String> args = new ArrayList<>(List.of("remap", "--input", folder.resolve("input.csv").toString(),
                "--output", output.toString(), "--fail-on", "never"));
        if (Files.exists(folder.resolve("args"))) {
            args.addAll(Files.readAllLines(folder.resolve("args"), StandardCharsets.UTF_8));
        }
        CliHarness.Result result = target.run(args.toArray(String[]::new));
        boolean update = Boolean.getBoolean("dvhc.updateGolden");
        int expectedExit = Files.exists(folder.resolve("expected.exit"))
                ? Integer.parseInt(Files.readString(folder.resolve("expected.exit")).trim()) : 0;
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(expectedExit);
        if (expectedExit >= 2) {
            for (String line : Files.readAllLines(folder.resolve("expected.stderr"), StandardCharsets.UTF_8)) {
                assertThat(result.err()).as(result.toString()).contains(line);
            }
            assertThat(output).as("no output under its name after a failed run").doesNotExist();
            return;
        }
        if (update) {
            Files.copy(output, folder.resolve("expected.out.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(rejects, folder.resolve("expected.rejects.csv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readAllBytes(output)).as("output of " + name)
                .isEqualTo(Files.readAllBytes(folder.resolve("expected.out.csv")));
        assertThat(Files.readAllBytes(rejects)).as("rejects of " + name)
                .isEqualTo(Files.readAllBytes(folder.resolve("expected.rejects.csv")));
        assertThat(result.out()).contains("rows read = ");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("out.csv", "out.csv.rejects.csv");
        }
    }
}
