package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.cli.option.Environment;

/** The root's model holds the command a command line names, or every command when it names none. */
class SubcommandsTest {

    private static final List<String> EVERY_COMMAND = List.of("reference", "remap", "worker", "agencies",
            "procedures", "report", "jobs", "demo", "doctor", "server", "help");

    @TempDir
    Path temp;

    private static List<String> commandsInTheModel(String commandLine) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return List.copyOf(Dvhc.commandLine(new Environment(Map.of(), Path.of("."), false), nowhere, nowhere,
                context -> { }, args).getSubcommands().keySet());
    }

    @ParameterizedTest(name = "dvhc {0}")
    @CsvSource(delimiter = '|', value = {
            "remap --input in.csv --output out.csv            | remap",
            "--home /tmp/h -q remap --input in.csv            | remap",
            "--home=/tmp/h --log-format json reference lookup | reference",
            "--db jdbc:h2:mem:x --db-user sa jobs list        | jobs",
            "agencies validate --input a.csv                  | agencies"})
    void aCommandLineThatNamesACommandHasItsModelOnly(String commandLine, String command) {
        assertThat(commandsInTheModel(commandLine.trim())).containsExactly(command);
    }

    @ParameterizedTest(name = "dvhc {0}")
    @CsvSource(delimiter = '|', value = {
            "''                            | no command: the usage lists them all",
            "--help                        | the root's help lists them all",
            "help remap                    | help finds its command among its siblings",
            "remapp --input in.csv         | an unknown name: picocli suggests the nearest",
            "-qv remap                     | a cluster of short options is not read here",
            "--home                        | an option without its value"})
    void otherwiseEveryCommandIsInTheModel(String commandLine, String why) {
        assertThat(commandsInTheModel(commandLine)).as(why).containsExactlyElementsOf(EVERY_COMMAND);
    }

    @Test
    void theBuildsGeneratorsSeeEveryCommand() {
        assertThat(new picocli.CommandLine(Dvhc.class, new CommandFactory()).getSubcommands().keySet())
                .containsExactlyElementsOf(EVERY_COMMAND);
    }

    @Test
    void aSettingOfAnotherCommandIsNoUnknownSettingButATypoIs() {
        // remap refuses a missing input before it opens a database: the settings are checked before that.
        Environment environment = new Environment(Map.of("DVHC_REFERENCE_LOOKUP_FROM", "pre-2025",
                "DVHC_AGENCIES_VALIDATE_FAIL_ON", "error", "DVHC_REMAP_CHUNKK", "5000"), temp, false);
        CliHarness.Result result = CliHarness.run(environment, "--home", temp.toString(), "remap", "--input",
                temp.resolve("missing.csv").toString(), "--output", temp.resolve("out.csv").toString());
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.err()).startsWith(
                "dvhc: warning: unknown setting: environment variable DVHC_REMAP_CHUNKK\ndvhc: error: ");
        assertThat(result.err()).doesNotContain("DVHC_REFERENCE_LOOKUP_FROM", "DVHC_AGENCIES_VALIDATE_FAIL_ON");
    }
}
