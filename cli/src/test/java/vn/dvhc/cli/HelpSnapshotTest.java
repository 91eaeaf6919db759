package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;
import vn.dvhc.cli.option.Environment;

/**
 * Every command's {@code --help} against its golden file in {@code src/test/resources/help/}, so that a change
 * of the CLI surface is a reviewed diff. Regenerate with {@code -Ddvhc.updateGolden=true}.
 */
class HelpSnapshotTest {

    private static final Path GOLDEN = CliHarness.projectRoot().resolve("cli/src/test/resources/help");

    static Stream<String> commands() {
        CommandLine root = Dvhc.commandLine(new Environment(java.util.Map.of(), Path.of("."), false),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                context -> { });
        List<String> names = new ArrayList<>();
        collect(root, "", names);
        return names.stream();
    }

    private static List<String> examples(String help) {
        int start = help.indexOf("\nExamples:\n");
        return start < 0 ? List.of() : help.substring(start + "\nExamples:\n".length()).lines().toList();
    }

    private static void collect(CommandLine command, String prefix, List<String> names) {
        names.add(prefix.isEmpty() ? "dvhc" : prefix.trim());
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                collect(sub, prefix + " " + name, names);
            }
        });
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void helpMatchesItsGoldenFile(String command) throws IOException {
        List<String> args = new ArrayList<>(command.equals("dvhc") ? List.of() : List.of(command.split(" ")));
        args.add("--help");
        CliHarness.Result result = CliHarness.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).isZero();
        Path golden = GOLDEN.resolve(command.replace(' ', '-') + ".txt");
        if (Boolean.getBoolean("dvhc.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, result.out(), StandardCharsets.UTF_8);
        }
        assertThat(examples(result.out())).as("example lines are indented commands or their continuations, "
                + "never a command picocli wrapped at 80 columns").allMatch(line -> line.isEmpty() || line.startsWith("  ")
                || line.startsWith("Docs:"));
        assertThat(golden).as("golden file; run with -Ddvhc.updateGolden=true and review the diff").exists();
        assertThat(result.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
