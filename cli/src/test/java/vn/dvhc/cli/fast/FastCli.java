package vn.dvhc.cli.fast;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.dvhc.cli.Dvhc;
import vn.dvhc.cli.option.Environment;
import vn.dvhc.infra.Database;
import vn.dvhc.testing.TestDatabases;

/**
 * The real command line, in this JVM, on one in-memory H2 database (schema and built-in releases, made once) and a
 * {@link FakeJobRunner}: options, job parameters, exit codes and messages of every command in milliseconds each.
 */
final class FastCli {

    private static Database database;

    private FastCli() {
    }

    /** What a command printed and returned. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static synchronized Database database() {
        if (database == null) {
            database = TestDatabases.open(TestDatabases.Kind.H2);
        }
        return database;
    }

    static Result run(Path home, FakeJobRunner runner, String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString(), "--no-progress"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Database shared = database();
        int code = Dvhc.run(all.toArray(String[]::new), new Environment(Map.of(), home, false),
                new PrintWriter(out, true), new PrintWriter(err, true), context -> {
                    context.database(shared);
                    context.jobRunner(runner);
                });
        return new Result(code, out.toString(), err.toString());
    }
}
