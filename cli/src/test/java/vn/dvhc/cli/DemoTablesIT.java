package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's run on PostgreSQL cannot rot: {@code scripts/demo-tables} runs (its embedded PostgreSQL from this JVM's
 * class path, dvhc from the built jar) and prints every line of README's block that is not abridged ("…"), in the same
 * order, the server's port aside.
 */
@Tag("slow")
class DemoTablesIT {

    private static final String PORT = "localhost:[0-9]+";

    @TempDir
    Path temp;

    @Test
    void theScriptPrintsWhatTheReadmeShows() throws Exception {
        Path root = CliHarness.projectRoot();
        Path log = temp.resolve("demo-tables.log");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("scripts/demo-tables").toString(),
                temp.resolve("work").toString()).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DVHC", Path.of(System.getProperty("java.home"), "bin", "java") + " -jar "
                + root.resolve("cli/target/dvhc.jar"));
        builder.environment().put("DEMO_CLASSPATH", System.getProperty("java.class.path"));
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();

        List<String> output = printed.lines().map(l -> l.replaceAll(PORT, "localhost:PORT")).toList();
        List<String> shown = readmeBlock(root.resolve("README.md"));
        assertThat(shown).as("README's block").hasSizeGreaterThan(20);
        int at = 0;
        for (String line : shown) {
            int found = output.subList(at, output.size()).indexOf(line);
            assertThat(found).as("README line, in order, in the output:\n%s\n--- output\n%s", line, printed)
                    .isNotNegative();
            at += found + 1;
        }
        assertThat(printed).doesNotContain("\tat ");
    }

    // The ```text block that starts with "$ scripts/demo-tables": its lines after that one, without the abridged.
    private static List<String> readmeBlock(Path readme) throws Exception {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int start = lines.indexOf("$ scripts/demo-tables");
        assertThat(start).as("README shows scripts/demo-tables").isPositive();
        List<String> block = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.equals("```")) {
                break;
            }
            if (!line.strip().equals("…")) {
                block.add(line.replaceAll(PORT, "localhost:PORT"));
            }
        }
        return block;
    }
}
