package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.testing.MariaDb;
import vn.dvhc.testing.Registers;
import vn.dvhc.testing.SqlRows;
import vn.dvhc.testing.TestDatabases;

/**
 * kill -9 of a table remap for real: the child JVM is killed when its log says a chunk was written in the source
 * database (committed there, not yet in the job repository, which is another database: the chunk is written again on
 * restart), then the same command runs to the end. The new table and the rejects table must equal, row for row, those
 * of an uninterrupted run: the delete-then-insert by key is the write that has to be repeatable (in place is an update
 * by key, repeatable as such; {@code RemapTableJobIT} runs it twice). The source is a PostgreSQL table (embedded
 * server) or a MariaDB table (a real server, {@link MariaDb}; skipped where it is not installed), the home an H2 file.
 */
@Tag("slow")
class RemapTableKillIT {

    @TempDir
    static Path shared;

    @Nested
    class OnPostgreSQL extends KilledRun {
        OnPostgreSQL() {
            super("postgresql", () -> TestDatabases.settings(TestDatabases.Kind.POSTGRESQL), null);
        }
    }

    /** The password is given as an operator gives it, by naming the variable that holds it (put into the child's environment). */
    @Nested
    class OnMariaDB extends KilledRun {
        OnMariaDB() {
            super("mariadb", MariaDb::settings, MariaDb.passwordEnv());
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class KilledRun {

        private final String name;
        private final Supplier<DatabaseSettings> server;
        private final String passwordEnv;
        private DatabaseSettings source;
        private CliHarness.Target target;
        private Path referenceRejects;

        // The server is started in @BeforeAll, where a missing MariaDB skips the class.
        KilledRun(String name, Supplier<DatabaseSettings> server, String passwordEnv) {
            this.name = name;
            this.server = server;
            this.passwordEnv = passwordEnv;
        }

        @BeforeAll
        void sourceAndReference() throws Exception {
            source = server.get();
            CliHarness.Target h2 = CliHarness.target(TestDatabases.Kind.H2, shared.resolve(name).resolve("home"));
            // The child inherits the variable from this JVM; the commands run here get it in their environment.
            target = new CliHarness.Target(h2.kind(), h2.home(), h2.dbArgs(),
                    passwordEnv == null ? Map.of() : Map.of(passwordEnv, source.password()), h2.settings());
            List<Registers.OldCommune> communes = Registers.oldCommunes();
            SplittableRandom random = new SplittableRandom(2026);
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE ho_khau (tinh INTEGER NOT NULL, so BIGINT NOT NULL, ho_ten VARCHAR(100), "
                        + "ma_huyen VARCHAR(3), ma_xa VARCHAR(5), PRIMARY KEY (tinh, so))");
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO ho_khau VALUES (?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < 4_000; i++) {
                        Registers.OldCommune commune = communes.get(random.nextInt(communes.size()));
                        ps.setInt(1, Integer.parseInt(commune.province()));
                        ps.setLong(2, i);
                        ps.setString(3, "Nguyễn Thị " + i);
                        ps.setString(4, random.nextInt(100) == 0 ? "999" : commune.district());
                        ps.setString(5, random.nextInt(200) == 0 ? null : commune.code());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            }
            CliHarness.Result reference = target.run(remap("ho_khau", "--into", "tham_chieu"));
            assertThat(reference.exitCode()).as(reference.toString()).isZero();
        }

        private String[] remap(String table, String... more) {
            List<String> args = new ArrayList<>(List.of("remap", "--source-db", source.url(), "--source-user",
                    source.user(), "--table", table, "--key", "tinh,so", "--chunk", "250", "--fail-on", "never"));
            if (passwordEnv != null) {
                args.addAll(List.of("--source-password-env", passwordEnv));
            }
            args.addAll(List.of(more));
            return args.toArray(String[]::new);
        }

        @Test
        void resumesToTheRowsOfAnUninterruptedRun() throws Exception {
            String[] args = remap("ho_khau", "--into", "sau_khi_chet");
            killAfterChunks(args, "child.out", 3);
            assertThat(rows("SELECT COUNT(*) FROM sau_khi_chet")).as("the killed run left rows behind")
                    .doesNotContain("0", "4000");

            CliHarness.Result resumed = target.run(args);
            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("remap: 4,000 rows read = ", "(resumed)");
            assertThat(rows("SELECT * FROM sau_khi_chet ORDER BY tinh, so"))
                    .isEqualTo(rows("SELECT * FROM tham_chieu ORDER BY tinh, so")).hasSize(4_000 - rejected());
            assertThat(rows("SELECT * FROM sau_khi_chet_rejects ORDER BY tinh, so"))
                    .isEqualTo(rows("SELECT * FROM tham_chieu_rejects ORDER BY tinh, so")).hasSizeGreaterThan(20);
        }

        @Test
        void threeKeyRangesAndARejectsFileResumeToTheRowsAndBytesOfOneUninterruptedThread() throws Exception {
            Path rejects = shared.resolve(name).resolve("loại.csv");
            String[] args = remap("ho_khau", "--into", "ba_luong", "--threads", "3", "--rejects", rejects.toString());
            killAfterChunks(args, "child3.out", 4);
            assertThat(rejects).as("no file under the name before the end").doesNotExist();

            CliHarness.Result resumed = target.run(args);
            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.out()).contains("remap: 4,000 rows read = ", "(resumed)");
            assertThat(rows("SELECT * FROM ba_luong ORDER BY tinh, so"))
                    .isEqualTo(rows("SELECT * FROM tham_chieu ORDER BY tinh, so"));
            assertThat(Files.readAllBytes(rejects)).isEqualTo(Files.readAllBytes(referenceRejects()));
            assertThat(Files.readAllLines(rejects)).hasSize(rejected() + 1);
        }

        /**
         * The home's server, killed with the command, can lose commits it acknowledged (docs/operations.md): here the
         * part of the rejects file is gone after a kill, as if the repository were behind it. The partition starts
         * over and the run ends with the rows and bytes of an uninterrupted one.
         */
        @Test
        void aRepositoryBehindTheRejectsPartStartsThePartitionOver() throws Exception {
            Path rejects = shared.resolve(name).resolve("phía-sau.csv");
            String[] args = remap("ho_khau", "--into", "phia_sau", "--rejects", rejects.toString());
            killAfterChunks(args, "child-behind.out", 8);
            try (var files = Files.list(rejects.getParent())) {
                List<Path> parts = files.filter(f -> f.getFileName().toString().startsWith("." + rejects.getFileName()
                        + ".dvhc-")).toList();
                assertThat(parts).as("the rejects' part").hasSize(1);
                Files.delete(parts.get(0));
            }

            CliHarness.Result resumed = target.run(args);
            assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
            assertThat(resumed.err()).contains("partition0: its temporary files are shorter than its last commit");
            assertThat(rows("SELECT * FROM phia_sau ORDER BY tinh, so"))
                    .isEqualTo(rows("SELECT * FROM tham_chieu ORDER BY tinh, so"));
            assertThat(Files.readAllBytes(rejects)).isEqualTo(Files.readAllBytes(referenceRejects()));
        }

        /** The --rejects file of an uninterrupted run on one thread, made once. */
        private Path referenceRejects() throws Exception {
            if (referenceRejects == null) {
                Path file = shared.resolve(name).resolve("tham-chieu.csv");
                CliHarness.Result one = target.run(remap("ho_khau", "--into", "tham_chieu_tep", "--rejects",
                        file.toString()));
                assertThat(one.exitCode()).as(one.toString()).isZero();
                referenceRejects = file;
            }
            return referenceRejects;
        }

        private void killAfterChunks(String[] args, String output, int chunks) throws Exception {
            try (ChildDvhc child = ChildDvhc.startKilledAt(target, shared.resolve(name).resolve(output),
                    List.of(args), "written to", chunks)) {
                assertThat(child.awaitLine("written to", chunks)).as("the child wrote " + chunks + " chunks").isTrue();
                child.kill();
            }
        }

        private int rejected() throws Exception {
            return rows("SELECT * FROM tham_chieu_rejects").size();
        }

        private Connection connect() throws Exception {
            return DriverManager.getConnection(source.url(), source.user(), source.password());
        }

        private List<String> rows(String sql) throws Exception {
            try (Connection c = connect()) {
                return SqlRows.of(c, sql);
            }
        }
    }
}
