package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.cli.option.Environment;
import vn.dvhc.common.Json;
import vn.dvhc.testing.TestDatabases;

/** Global behaviour on the embedded database: configuration sources, logging, errors. */
class CliBehaviourIT {

    @TempDir
    Path home;

    private CliHarness.Result run(Map<String, String> env, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return CliHarness.run(new Environment(env, home, false), all.toArray(String[]::new));
    }

    @Test
    void anOptionComesFromTheFlagThenTheEnvironmentThenTheFile() throws IOException {
        Files.createDirectories(home);
        Files.writeString(home.resolve("dvhc.properties"), "reference.lookup.from=2025-07-01\n");
        assertThat(run(Map.of(), "reference", "lookup", "26740").out())
                .startsWith("26740 in 2025-07-01: Phường Sài Gòn");
        Map<String, String> env = Map.of("DVHC_REFERENCE_LOOKUP_FROM", "pre-2025");
        assertThat(run(env, "reference", "lookup", "26740").out()).startsWith("26740 in pre-2025: Phường Bến Nghé");
        assertThat(run(env, "reference", "lookup", "26740", "--from", "2026-04-30").out())
                .startsWith("26740 in 2026-04-30: Phường Sài Gòn");
        assertThat(run(env, "-v", "reference", "lookup", "26740").err())
                .contains("reference.lookup.from from environment DVHC_REFERENCE_LOOKUP_FROM", "db = jdbc:h2:file:");
    }

    @Test
    void aNewHomeIsAnnouncedOnceUnlessQuiet() {
        CliHarness.Result first = run(Map.of(), "reference", "list");
        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).isEqualTo("dvhc: created a new home in " + home.toAbsolutePath().normalize()
                + " (database and logs); --home or DVHC_HOME chooses another\n");
        assertThat(run(Map.of(), "reference", "list").err()).isEmpty();
        assertThat(CliHarness.run(new Environment(Map.of(), home, false), "--home", home.resolve("other").toString(),
                "-q", "reference", "list").err()).isEmpty();
    }

    @Test
    void ofCommandsStartedAtOnceOnANewHomeOnlyTheOneWhoseServerMadeTheDatabaseAnnouncesIt() throws Exception {
        Path shared = home.resolve("shared");
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, shared);
        List<ChildDvhc> children = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                children.add(ChildDvhc.start(target, home.resolve("out-" + i), List.of("reference", "list")));
            }
            int announced = 0;
            for (ChildDvhc child : children) {
                assertThat(child.exitCode()).as(child.log()).isZero();
                announced += child.awaitLine("dvhc: created a new home in", 1) ? 1 : 0;
            }
            assertThat(announced).as("children announcing the new home").isEqualTo(1);
        } finally {
            for (ChildDvhc child : children) {
                child.close();
            }
            HomeServers.stop(shared);
        }
    }

    @Test
    void withoutHomeACommandMakesTheUsersHomeInTheDataFolderAndSaysWhere() {
        Path data = home.resolve("xdg-data");
        Environment environment = new Environment(Map.of("XDG_DATA_HOME", data.toString(), "HOME",
                home.resolve("user").toString()), home.resolve("elsewhere"), false);
        CliHarness.Result first = CliHarness.run(environment, "reference", "list");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err()).isEqualTo("dvhc: created a new home in " + data.resolve("dvhc").toAbsolutePath()
                + " (database and logs); --home or DVHC_HOME chooses another\n");
        assertThat(data.resolve("dvhc/dvhc.mv.db")).exists();
        assertThat(home.resolve("elsewhere/.dvhc")).as("nothing in the working directory").doesNotExist();
        assertThat(home.resolve("user/.local")).doesNotExist();
        CliHarness.Result again = CliHarness.run(environment, "jobs", "list");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.err()).as("the same home, found again").isEmpty();
    }

    @Test
    void withoutHomeAndWithoutAUserFolderACommandIsRefused() {
        CliHarness.Result result = CliHarness.run(new Environment(Map.of(), home, false), "reference", "list");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("dvhc: error: no home folder:").contains("pass --home DIR or set DVHC_HOME")
                .doesNotContain("Exception");
        assertThat(home.resolve(".dvhc")).doesNotExist();
    }

    @Test
    void aMisspeltSettingIsAWarningOnStderrUnlessQuiet() {
        run(Map.of(), "-q", "reference", "list");
        Map<String, String> env = Map.of("DVHC_REFERENCE_LOOKUP_FORM", "pre-2025");
        CliHarness.Result result = run(env, "reference", "lookup", "26740");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEqualTo(
                "dvhc: warning: unknown setting: environment variable DVHC_REFERENCE_LOOKUP_FORM\n");
        assertThat(run(env, "-q", "reference", "lookup", "26740").err()).isEmpty();
    }

    @Test
    void theLaunchersOwnVariablesAreNoSettings() {
        run(Map.of(), "-q", "reference", "list");
        // What scripts/dvhc and bin/dvhc set or read, with values as they give them.
        Map<String, String> env = Map.of("DVHC_JAVA_CMD", "java", "DVHC_JAVA_OPTS", "-Xmx1g", "DVHC_STDERR_TTY", "0",
                "DVHC_CDS", "1", "DVHC_LAUNCHED", "1796626399.655668");
        CliHarness.Result result = run(env, "reference", "lookup", "26740");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theLogIsWrittenUnderTheHomeAsJsonOnRequest() throws IOException {
        assertThat(run(Map.of(), "--log-format", "json", "reference", "list").exitCode()).isZero();
        List<String> lines = Files.readAllLines(home.resolve("logs/dvhc.log"), StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode event = Json.mapper().readTree(line);
            assertThat(event.has("message")).as(line).isTrue();
            assertThat(event.has("log.level")).as(line).isTrue();
        }
    }

    @Test
    void aRemapWarnsOfNothingThatIsNotTheUsers() throws IOException {
        Path input = CliHarness.projectRoot().resolve("sample-data/remap/ho-khau-trich-xuat.csv");
        CliHarness.Result verbose = run(Map.of(), "-v", "remap", "--input", input.toString(),
                "--output", home.resolve("out.csv").toString(), "--fail-on", "never");
        assertThat(verbose.exitCode()).as(verbose.err()).isZero();
        assertThat(verbose.err()).doesNotContain("warning");
        assertThat(Files.readAllLines(home.resolve("logs/dvhc.log"), StandardCharsets.UTF_8))
                .as("the log").noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
    }

    @Test
    void errorsHaveNoStackTraceUnlessVerbose() {
        run(Map.of(), "-q", "reference", "list");
        CliHarness.Result plain = run(Map.of(), "reference", "show", "2024-01-01");
        assertThat(plain.exitCode()).isEqualTo(4);
        assertThat(plain.err()).isEqualTo("""
                dvhc: error: no release '2024-01-01' in the catalog
                  hint: known releases: pre-2025, 2025-07-01, 2026-04-30; see 'dvhc reference list'
                """);
        CliHarness.Result verbose = run(Map.of(), "-v", "reference", "show", "2024-01-01");
        assertThat(verbose.exitCode()).isEqualTo(4);
        assertThat(verbose.err()).contains("vn.dvhc.error.DvhcException", "\tat vn.dvhc.");
    }

    @Test
    void anUnreachableDatabaseIsAFailedJobWithAHint() {
        Map<String, String> env = new HashMap<>(Map.of("PW", "x"));
        CliHarness.Result result = run(env, "--db", "jdbc:postgresql://127.0.0.1:1/dvhc", "--db-user", "dvhc",
                "--db-password-env", "PW", "reference", "list");
        assertThat(result.exitCode()).isEqualTo(5);
        assertThat(result.err()).startsWith("dvhc: error: cannot open the database jdbc:postgresql://127.0.0.1:1/dvhc: ")
                .contains("hint: check --db, --db-user and the password variable");
    }

    @Test
    void aMissingPasswordVariableIsAUsageError() {
        CliHarness.Result result = run(Map.of(), "--db", "jdbc:postgresql://127.0.0.1:1/dvhc",
                "--db-password-env", "NOT_SET", "reference", "list");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("dvhc: error: the environment variable NOT_SET (named by --db-password-env) is not set");
    }

    @Test
    void anUnsupportedDatabaseIsAUsageError() {
        CliHarness.Result result = run(Map.of(), "--db", "jdbc:mysql://db/dvhc", "reference", "list");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unsupported database URL 'jdbc:mysql://db/dvhc'");
    }
}
