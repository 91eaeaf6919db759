package vn.dvhc.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dvhc.cli.option.Environment;
import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.testing.TestDatabases;

/**
 * Runs the real command line in this JVM against a real database: an embedded H2 file under a temporary home,
 * or a fresh database on the embedded PostgreSQL server.
 */
public final class CliHarness {

    /** What a command printed and returned. */
    public record Result(int exitCode, String out, String err) {
        /** Stderr without the one-time notice of a new home (tests that make a home for one command). */
        public String diagnostics() {
            return err.replaceFirst("^dvhc: created a new home in [^\n]*\n", "");
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Where commands run: the arguments that select the database, and the environment. */
    public record Target(TestDatabases.Kind kind, Path home, List<String> dbArgs, Map<String, String> env,
                         DatabaseSettings settings) {

        public Result run(String... args) {
            return runWithInput("", args);
        }

        /** Runs with {@code input} as the command's standard input. */
        public Result runWithInput(String input, String... args) {
            List<String> all = new ArrayList<>(List.of("--home", home.toString(), "--no-progress"));
            all.addAll(dbArgs);
            all.addAll(List.of(args));
            return CliHarness.runWithInput(new Environment(env, home.getParent(), false), input,
                    all.toArray(String[]::new));
        }
    }

    private CliHarness() {
    }

    /** A new, empty database of the kind; its home folder (logs, H2 file) is {@code home}. */
    public static Target target(TestDatabases.Kind kind, Path home) {
        if (kind == TestDatabases.Kind.H2) {
            return new Target(kind, home, List.of(), Map.of(), DatabaseSettings.embedded(home));
        }
        DatabaseSettings settings = TestDatabases.settings(kind);
        Map<String, String> env = new HashMap<>();
        env.put("TEST_PG_PASSWORD", settings.password());
        return new Target(kind, home, List.of("--db", settings.url(), "--db-user", settings.user(),
                "--db-password-env", "TEST_PG_PASSWORD"), env, settings);
    }

    public static Result run(Environment environment, String... args) {
        return runWithInput(environment, "", args);
    }

    private static Result runWithInput(Environment environment, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Dvhc.run(args, environment, new PrintWriter(out, true), new PrintWriter(err, true),
                context -> context.in(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))));
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs without a database (help, usage errors). */
    public static Result run(String... args) {
        return run(new Environment(Map.of(), Path.of("").toAbsolutePath(), false), args);
    }

    /** The checkout's root folder (tests run in the module folder). */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        return dir.resolve("batch-jobs").toFile().isDirectory() ? dir : dir.getParent();
    }

    /** The built-in bundle as the sources hold it. */
    public static Path builtInBundle() {
        return projectRoot().resolve("batch-jobs/src/main/resources/vn/dvhc/catalog/builtin");
    }

    /** The official files shipped as test resources of batch-jobs. */
    public static Path official(String name) {
        return projectRoot().resolve("batch-jobs/src/test/resources/official").resolve(name);
    }
}
