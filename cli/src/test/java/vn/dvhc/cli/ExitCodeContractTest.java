package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.ExitCode;

/**
 * The exit codes of spec §3, the ExitCode enum, the README table and --help must say the same thing. 130 (Ctrl-C)
 * came after the spec, with issue 19: decision 0013 records it.
 */
class ExitCodeContractTest {

    @Test
    void theEnumIsTheSpecTable() {
        assertThat(ExitCode.values()).extracting(ExitCode::value).containsExactly(0, 1, 2, 3, 4, 5, 6, 130);
        assertThat(ExitCode.USAGE.value()).isEqualTo(2);
        assertThat(ExitCode.INPUT.value()).isEqualTo(3);
        assertThat(ExitCode.REFERENCE.value()).isEqualTo(4);
        assertThat(ExitCode.JOB_FAILED.value()).isEqualTo(5);
        assertThat(ExitCode.REFUSED.value()).isEqualTo(6);
        assertThat(ExitCode.INTERRUPTED.value()).as("128 + SIGINT, as shells report Ctrl-C").isEqualTo(130);
    }

    @Test
    void everySpecCodeIsDescribedInTheSpec() throws IOException {
        Path spec = CliHarness.projectRoot().resolveSibling("shared").resolve("docs/spec.md");
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        for (ExitCode code : ExitCode.values()) {
            if (code != ExitCode.INTERRUPTED) {
                assertThat(text).as("spec.md §3 names exit code %d", code.value()).contains(code.value() + " ");
            }
        }
        assertThat(text).contains("0 done, nothing to report", "2 usage error", "3 input problem",
                "4 reference data missing or inconsistent", "5 job failed", "6 refused");
    }

    @Test
    void theCodeAfterTheSpecHasItsDecision() throws IOException {
        try (var decisions = Files.list(CliHarness.projectRoot().resolve("docs/decisions"))) {
            Path note = decisions.filter(p -> p.getFileName().toString().startsWith("0013-")).findFirst().orElseThrow();
            assertThat(Files.readString(note, StandardCharsets.UTF_8)).contains("130");
        }
    }

    @Test
    void theReadmeTableIsTheEnum() throws IOException {
        String readme = Files.readString(CliHarness.projectRoot().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("(?m)^\\| (\\d{1,3}) \\| (.+) \\|$").matcher(readme);
        Map<Integer, String> table = new LinkedHashMap<>();
        while (row.find()) {
            table.put(Integer.parseInt(row.group(1)), row.group(2));
        }
        Map<Integer, String> expected = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            expected.put(code.value(), code.description());
        }
        assertThat(table).isEqualTo(expected);
    }

    @Test
    void helpListsEveryCode() {
        String help = CliHarness.run("--help").out();
        for (ExitCode code : ExitCode.values()) {
            assertThat(help).contains("  " + code.value() + "   " + code.description().substring(0, 20));
        }
    }

    @Test
    void everyErrorCodeMapsToAFailureCode() {
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(code.exitCode()).as(code.name()).isNotIn(ExitCode.OK, ExitCode.FINDINGS);
        }
    }
}
