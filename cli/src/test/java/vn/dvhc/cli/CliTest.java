package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Answers that need no database: help, version, usage errors. */
class CliTest {

    @Test
    void helpListsCommandsAndExitCodes() {
        CliHarness.Result result = CliHarness.run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: dvhc", "reference", "demo", "Exit codes:",
                "  6   refused: the same job is running or already completed");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void versionNamesTheProductAndTheJava() {
        CliHarness.Result result = CliHarness.run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("dvhc ").contains("Java ");
    }

    @Test
    void noCommandPrintsUsageAsAUsageError() {
        CliHarness.Result result = CliHarness.run("--no-progress");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Usage: dvhc");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anUnknownOptionSaysWhatToTry() {
        CliHarness.Result result = CliHarness.run("reference", "lookup", "26740", "--form", "pre-2025");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("""
                dvhc: error: Unknown options: '--form', 'pre-2025'
                Possible solutions: --format
                Try 'dvhc reference lookup --help' for more information.
                """);
    }

    @Test
    void aMissingParameterIsAUsageError() {
        CliHarness.Result result = CliHarness.run("reference", "show");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("dvhc: error: Missing required parameter: '<release>'");
    }

    @Test
    void aBadDateIsAUsageError() {
        CliHarness.Result result = CliHarness.run("reference", "lookup", "26740", "--as-of", "2025-13-01");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--as-of", "2025-13-01");
    }

    @Test
    void globalOptionsGoBeforeOrAfterTheCommand() {
        assertThat(CliHarness.run("--quiet", "reference", "--help").exitCode()).isZero();
        assertThat(CliHarness.run("reference", "--help", "--quiet").exitCode()).isZero();
        assertThat(CliHarness.run("reference", "list", "--help").out())
                .contains("Usage: dvhc reference list [global options] [-hV] [--format=<format>]",
                        "Global options (see 'dvhc --help'): --home, --db, --db-user, --db-password-env,",
                        "  -q, -v, --no-progress, --log-format");
    }
}
