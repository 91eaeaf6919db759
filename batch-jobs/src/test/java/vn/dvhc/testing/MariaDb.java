package vn.dvhc.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dvhc.common.EnvironmentVariables;
import vn.dvhc.infra.DatabaseSettings;

/**
 * A real MariaDB server for the tests of source tables (dvhc's own database is never MariaDB): Debian's
 * {@code mariadb-server} binaries, started once per test JVM on a free 127.0.0.1 port with its data in a temporary
 * folder, stopped when the JVM exits; a fresh utf8mb4 database per call, reached over TCP as the user
 * {@value #USER}. No system service is used. Without the binaries the calling test is skipped
 * ({@link #assumeInstalled}): {@code ./mvnw verify} installs nothing, {@code scripts/ensure-mariadb} does.
 *
 * <p>The user's password is {@value #PASSWORD}; a job is given it the way an operator gives it, by naming the
 * variable {@value #PASSWORD_ENV} of the command line's environment (a test's own {@code Environment} or
 * {@code EnvironmentVariables}; a child JVM's process environment), never the test JVM's.
 */
public final class MariaDb {

    public static final String USER = "dvhc";
    public static final String PASSWORD_ENV = "MARIADB_TEST_PASSWORD";
    public static final String PASSWORD = "mat-khau-thu";

    private static final List<Path> SEARCHED = List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"),
            Path.of("/usr/local/sbin"), Path.of("/usr/local/bin"));
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Server server;

    private MariaDb() {
    }

    /** Skips the calling test when the server's binaries are not installed. */
    public static void assumeInstalled() {
        assumeTrue(binary("mariadbd").isPresent() && binary("mariadb-install-db").isPresent(),
                "MariaDB server not installed: scripts/ensure-mariadb installs it (.ci/run does)");
    }

    /** The variable holding the user's password in the environment a test gives the job. */
    public static String passwordEnv() {
        return PASSWORD_ENV;
    }

    /** A new, empty utf8mb4 database on the server, started on first use; its URL holds no password. */
    public static DatabaseSettings settings() {
        Server s = server();
        String name = "dvhc" + COUNTER.incrementAndGet();
        try (Connection c = s.root(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + s.port + "/" + name, USER,
                PASSWORD);
    }

    /**
     * A connection to a test database whose statements quote with double quotes, as on H2 and PostgreSQL
     * (ANSI_QUOTES in its session); a job's own sessions keep MariaDB's default, backticks.
     */
    public static Connection ansiQuoted(DatabaseSettings database) throws SQLException {
        Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES')");
        }
        return c;
    }

    /** The user's password in the environment the command line gives a job, for a job test's Spring context. */
    @Configuration
    public static class InjectedPassword {
        @Bean
        EnvironmentVariables environment() {
            return new EnvironmentVariables(Map.of(PASSWORD_ENV, PASSWORD));
        }
    }

    /** The server's version, as it reports it. */
    public static String version() {
        try (Connection c = server().root()) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask the MariaDB test server its version", e);
        }
    }

    private static synchronized Server server() {
        assumeInstalled();
        if (server == null) {
            server = Server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    private static Optional<Path> binary(String name) {
        List<Path> dirs = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                dirs.add(Path.of(dir));
            }
        }
        dirs.addAll(SEARCHED);
        return dirs.stream().map(d -> d.resolve(name)).filter(Files::isExecutable).findFirst();
    }

    private record Server(Path dir, int port, Process process) {

        // Small buffers and redo log: a test server holds a few tables, on a machine that runs the build beside it.
        // A benchmark (vn.dvhc.bench.TableBenchServers) runs with the server defaults: -Ddvhc.test.mariadb.small=false
        private static final List<String> SMALL = Boolean.parseBoolean(System.getProperty("dvhc.test.mariadb.small",
                "true")) ? List.of("--innodb-log-file-size=8M", "--innodb-buffer-pool-size=32M") : List.of();

        static Server start() {
            try {
                Path dir = Files.createTempDirectory("dvhc-mariadb");
                Path data = dir.resolve("data");
                List<String> install = new ArrayList<>(List.of(binary("mariadb-install-db").orElseThrow().toString(),
                        "--no-defaults", "--datadir=" + data, "--auth-root-authentication-method=normal",
                        "--skip-test-db"));
                install.addAll(asUser());
                install.addAll(SMALL);
                Process installing = new ProcessBuilder(install).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("install.log").toFile()).start();
                if (!installing.waitFor(120, TimeUnit.SECONDS) || installing.exitValue() != 0) {
                    installing.destroyForcibly();
                    throw new IllegalStateException("mariadb-install-db failed: " + tail(dir.resolve("install.log")));
                }
                int port = freePort();
                List<String> run = new ArrayList<>(List.of(binary("mariadbd").orElseThrow().toString(), "--no-defaults",
                        "--datadir=" + data, "--port=" + port, "--bind-address=127.0.0.1",
                        "--socket=" + dir.resolve("mariadb.sock"), "--pid-file=" + dir.resolve("mariadb.pid"),
                        "--log-error=" + dir.resolve("error.log"), "--skip-name-resolve", "--skip-log-bin",
                        "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci"));
                run.addAll(asUser());
                run.addAll(SMALL);
                Process process = new ProcessBuilder(run).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("mariadbd.out").toFile()).start();
                Server server = new Server(dir, port, process);
                server.awaitUp();
                server.createUser();
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the MariaDB test server", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the MariaDB test server", e);
            }
        }

        // mariadbd refuses to run as root unless told to.
        private static List<String> asUser() {
            return "root".equals(System.getProperty("user.name")) ? List.of("--user=root") : List.of();
        }

        // root has no password and is reachable from 127.0.0.1 only (--auth-root-authentication-method=normal).
        Connection root() throws SQLException {
            return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
        }

        private void awaitUp() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try (Connection c = root()) {
                    return;
                } catch (SQLException e) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        process.destroyForcibly();
                        throw new IllegalStateException("the MariaDB test server did not start: "
                                + tail(dir.resolve("error.log")), e);
                    }
                    Thread.sleep(200);
                }
            }
        }

        private void createUser() {
            try (Connection c = root()) {
                try (PreparedStatement ps = c.prepareStatement("CREATE USER '" + USER + "'@'%' IDENTIFIED BY ?")) {
                    ps.setString(1, PASSWORD);
                    ps.execute();
                }
                try (Statement s = c.createStatement()) {
                    s.execute("GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%'");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the MariaDB test user", e);
            }
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            } catch (InterruptedException | IOException e) {
                // The JVM is exiting; what is left is in a temporary folder.
                System.err.println("MariaDB test server did not stop cleanly: " + e.getMessage());
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
            } catch (IOException e) {
                return "(no " + log + ")";
            }
        }
    }
}
