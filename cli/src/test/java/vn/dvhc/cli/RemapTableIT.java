package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.testing.MariaDb;
import vn.dvhc.testing.SqlRows;
import vn.dvhc.cli.option.Environment;
import vn.dvhc.testing.TestDatabases;

/**
 * {@code dvhc remap --source-db} through the real command line (home on the embedded H2, the source table in an H2
 * file database of its own): a table whose names need quotes, with Vietnamese text, remapped into a new table, then in
 * place (each ALTER TABLE said first), the same command refused once complete; and every error a user meets before a
 * row is written, with its exit code and message: no such table or column, a wrong password, an unreachable server,
 * options of a file, a password in the URL. {@link OnMariaDB}: the same on a real MariaDB server.
 */
class RemapTableIT {

    @TempDir
    static Path shared;

    private static CliHarness.Target target;
    private static String source;

    @BeforeAll
    static void sourceTable() throws Exception {
        target = CliHarness.target(TestDatabases.Kind.H2, shared.resolve("home"));
        source = "jdbc:h2:file:" + shared.resolve("nguon") + ";DB_CLOSE_DELAY=-1";
        sql("CREATE TABLE \"Hộ khẩu\" (\"Số định danh\" VARCHAR(12) PRIMARY KEY, \"Họ tên\" VARCHAR(100), "
                        + "\"Mã huyện\" VARCHAR(3), \"Mã phường/xã\" VARCHAR(5))",
                "INSERT INTO \"Hộ khẩu\" VALUES ('079085001234', 'Nguyễn Văn Hùng', '760', '26740')",
                "INSERT INTO \"Hộ khẩu\" VALUES ('079090004567', 'Trần Thị Mai', '760', '26737')",
                "INSERT INTO \"Hộ khẩu\" VALUES ('079093010101', 'Mai Thị Kim', '761', '26740')",
                "INSERT INTO \"Hộ khẩu\" VALUES ('079061000890', 'Lê Quang Vinh', NULL, NULL)");
    }

    private static String[] remap(String... more) {
        List<String> args = new ArrayList<>(List.of("remap", "--source-db", source, "--source-user", "sa", "--table",
                "\"Hộ khẩu\"", "--key", "Số định danh"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void intoANewTableThenInPlaceThenRefusedOnceComplete() throws Exception {
        CliHarness.Result into = target.run(remap("--into", "ho_khau_moi"));
        assertThat(into.exitCode()).as(into.toString()).isEqualTo(1);
        assertThat(into.err()).contains("remap: creating table PUBLIC.HO_KHAU_MOI (Số định danh, then NEW_PROVINCE_CODE");
        assertThat(into.out()).contains("remap: 4 rows read = 2 written + 2 rejected", "MAPPED 1 · SPLIT 1 · ALIAS 0",
                "PARENT_MISMATCH 1", "MISSING_CODE 1", "output     table PUBLIC.HO_KHAU_MOI",
                "rejects    table PUBLIC.HO_KHAU_MOI_REJECTS", "source     table \"Hộ khẩu\" in " + source);
        assertThat(query("SELECT * FROM ho_khau_moi ORDER BY 1")).containsExactly(
                "079085001234|79|Thành phố Hồ Chí Minh|26740|Phường Sài Gòn|Phường|MAPPED|26740",
                "079090004567|79|Thành phố Hồ Chí Minh|null|null|null|SPLIT|26737|26740");
        assertThat(query("SELECT * FROM ho_khau_moi_rejects ORDER BY 1")).containsExactly(
                "079061000890|MISSING_CODE|no commune code",
                "079093010101|PARENT_MISMATCH|commune 26740 (Phường Bến Nghé) is in district 760, not 761");
        assertThat(query("SELECT COUNT(*) FROM \"Hộ khẩu\" WHERE \"Họ tên\" = 'Nguyễn Văn Hùng'"))
                .as("the source is not changed").containsExactly("1");

        CliHarness.Result again = target.run(remap("--into", "ho_khau_moi"));
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(6);

        CliHarness.Result inPlace = target.run(remap("--in-place", "--fail-on", "never"));
        assertThat(inPlace.exitCode()).as(inPlace.toString()).isZero();
        assertThat(inPlace.err()).contains("remap: ALTER TABLE \"PUBLIC\".\"Hộ khẩu\" ADD \"NEW_PROVINCE_CODE\" VARCHAR(2)",
                "remap: ALTER TABLE \"PUBLIC\".\"Hộ khẩu\" ADD \"REMAP_CANDIDATES\" VARCHAR(400)");
        assertThat(query("SELECT \"Số định danh\", new_commune_name, remap_status FROM \"Hộ khẩu\" ORDER BY 1"))
                .containsExactly("079061000890|null|null", "079085001234|Phường Sài Gòn|MAPPED",
                        "079090004567|null|SPLIT", "079093010101|null|null");
    }

    @Test
    void aTableOrColumnThatIsNotThereIsExit3NamingIt() {
        CliHarness.Result table = target.run("remap", "--source-db", source, "--source-user", "sa", "--table",
                "ho_khau", "--key", "id", "--into", "x");
        assertThat(table.exitCode()).as(table.toString()).isEqualTo(3);
        assertThat(table.err()).contains("--table: no table ho_khau in " + source).doesNotContain("\tat ");
        CliHarness.Result key = target.run("remap", "--source-db", source, "--source-user", "sa", "--table",
                "\"Hộ khẩu\"", "--key", "so", "--into", "y");
        assertThat(key.exitCode()).as(key.toString()).isEqualTo(3);
        assertThat(key.err()).contains("--key 'so' names no column of table PUBLIC.Hộ khẩu");
        CliHarness.Result column = target.run(remap("--into", "z", "--commune-column", "ma_xa"));
        assertThat(column.exitCode()).as(column.toString()).isEqualTo(3);
        assertThat(column.err()).contains("--commune-column 'ma_xa' names no column");
    }

    @Test
    void aWrongPasswordOrAnUnreachableServerIsExit5WithTheUrlAndNoStackTrace() {
        CliHarness.Result wrong = CliHarness.run(new Environment(Map.of("SRC_PW", "sai-mat-khau"), shared, false),
                "--home", target.home().toString(), "--no-progress", "remap", "--source-db", source, "--source-user",
                "sa", "--source-password-env", "SRC_PW", "--table", "\"Hộ khẩu\"", "--key", "Số định danh", "--into", "w");
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(5);
        assertThat(wrong.err()).contains("cannot connect to " + source + " as sa: Wrong user name or password")
                .doesNotContain("sai-mat-khau").doesNotContain("\tat ");
        CliHarness.Result down = target.run("remap", "--source-db", "jdbc:postgresql://127.0.0.1:1/dancu",
                "--source-user", "dvhc", "--table", "t", "--key", "id", "--into", "u");
        assertThat(down.exitCode()).as(down.toString()).isEqualTo(5);
        assertThat(down.err()).contains("cannot connect to jdbc:postgresql://127.0.0.1:1/dancu as dvhc")
                .doesNotContain("\tat ");
    }

    /**
     * The SQL Server and Oracle drivers are shipped (lib/) but no server of theirs runs here: their drivers take the
     * URLs, and a server that does not answer is exit 5 with the URL and the user, as for the others.
     */
    @Test
    void sqlServerAndOracleUrlsReachTheirShippedDriversAndAServerThatDoesNotAnswerIsExit5() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String sqlServer = "jdbc:sqlserver://127.0.0.1:" + closed + ";databaseName=dancu;encrypt=false";
        String oracle = "jdbc:oracle:thin:@127.0.0.1:" + closed + "/dancu";
        assertThat(DriverManager.getDriver(sqlServer).getClass().getName())
                .isEqualTo("com.microsoft.sqlserver.jdbc.SQLServerDriver");
        assertThat(DriverManager.getDriver(oracle).getClass().getName()).isEqualTo("oracle.jdbc.OracleDriver");
        for (String url : List.of(sqlServer, oracle)) {
            CliHarness.Result down = target.run("remap", "--source-db", url, "--source-user", "dvhc", "--table",
                    "ho_khau", "--key", "so", "--into", "ho_khau_moi");
            assertThat(down.exitCode()).as(down.toString()).isEqualTo(5);
            assertThat(down.err()).as(down.toString()).contains("cannot connect to " + url + " as dvhc: ",
                    "is the server up?").doesNotContain("\tat ");
        }
    }

    @Test
    void optionsThatDoNotFitAreUsageErrors() {
        assertThat(target.run(remap("--into", "a", "--output", "x.csv")).err())
                .contains("--output applies to a file; with --source-db");
        assertThat(target.run(remap("--into", "a", "--in-place")).err())
                .contains("--source-db needs exactly one of --into and --in-place");
        assertThat(target.run("remap", "--input", "x.csv", "--output", "y.csv", "--key", "id").err())
                .contains("--key applies to a database table, with --source-db");
        CliHarness.Result password = target.run("remap", "--source-db", "jdbc:postgresql://db/x?user=a&password=b",
                "--table", "t", "--key", "id", "--in-place");
        assertThat(password.exitCode()).isEqualTo(2);
        assertThat(password.err()).contains("--source-db holds a password").doesNotContain("password=b");
        CliHarness.Result rules = target.run(remap("--in-place", "--split-rules", "r.csv"));
        assertThat(rules.exitCode()).isEqualTo(2);
        assertThat(rules.err()).contains("split rules are not applied to tables yet");
        assertThat(target.run(remap("--in-place", "--threads", "0")).err()).contains("--threads must be between 1 and 64");
    }

    @Test
    void threadsAndARejectsFileGiveTheRejectsInACsvAndNoRejectsTable() throws Exception {
        Path rejects = shared.resolve("loại.csv");
        Files.writeString(rejects, "not ours");
        CliHarness.Result refused = target.run(remap("--into", "ho_khau_tep", "--threads", "3", "--rejects",
                rejects.toString()));
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(6);
        assertThat(refused.err()).contains("the file exists and no earlier run of this command wrote it");
        CliHarness.Result run = target.run(remap("--into", "ho_khau_tep", "--threads", "3", "--rejects",
                rejects.toString(), "--overwrite", "--fail-on", "never"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("remap: 4 rows read = 2 written + 2 rejected", "rejects    " + rejects);
        assertThat(Files.readString(rejects)).isEqualTo("Số định danh,reason,detail\n"
                + "079061000890,MISSING_CODE,no commune code\n"
                + "079093010101,PARENT_MISMATCH,\"commune 26740 (Phường Bến Nghé) is in district 760, not 761\"\n");
        assertThat(query("SELECT COUNT(*) FROM ho_khau_tep")).containsExactly("2");
        assertThat(query("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'HO_KHAU_TEP_REJECTS'"))
                .containsExactly("0");
    }

    /**
     * The same table on a real MariaDB server ({@link MariaDb}), a new database for each test, dvhc's home on H2: the
     * password from its variable, the names dvhc writes quoted with backticks; a table or column that is not there is
     * exit 3 naming it, a wrong password exit 5 with the URL and without the password.
     */
    @Nested
    class OnMariaDB {

        private DatabaseSettings db;

        @BeforeEach
        void theTableOnANewDatabase() throws Exception {
            db = MariaDb.settings();
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE `Hộ khẩu` (`Số định danh` VARCHAR(12) PRIMARY KEY, `Họ tên` VARCHAR(100), "
                        + "`Mã huyện` VARCHAR(3), `Mã phường/xã` VARCHAR(5))");
                s.execute("INSERT INTO `Hộ khẩu` VALUES ('079085001234', 'Nguyễn Văn Hùng', '760', '26740'), "
                        + "('079090004567', 'Trần Thị Mai', '760', '26737'), "
                        + "('079093010101', 'Mai Thị Kim', '761', '26740'), ('079061000890', 'Lê Quang Vinh', NULL, NULL)");
            }
        }

        @Test
        void intoANewTableThenInPlaceWithTheNamesInBackticks() throws Exception {
            String schema = db.url().substring(db.url().lastIndexOf('/') + 1);
            CliHarness.Result into = remap(db.password(), "--key", "Số định danh", "--into", "ho_khau_moi");
            assertThat(into.exitCode()).as(into.toString()).isEqualTo(1);
            assertThat(into.err()).contains("remap: creating table " + schema + ".ho_khau_moi (Số định danh, then "
                    + "new_province_code");
            assertThat(into.out()).contains("remap: 4 rows read = 2 written + 2 rejected",
                    "output     table " + schema + ".ho_khau_moi", "rejects    table " + schema + ".ho_khau_moi_rejects");
            assertThat(mariaDb("SELECT * FROM ho_khau_moi ORDER BY 1")).containsExactly(
                    "079085001234|79|Thành phố Hồ Chí Minh|26740|Phường Sài Gòn|Phường|MAPPED|26740",
                    "079090004567|79|Thành phố Hồ Chí Minh|null|null|null|SPLIT|26737|26740");
            assertThat(mariaDb("SELECT * FROM ho_khau_moi_rejects ORDER BY 1")).containsExactly(
                    "079061000890|MISSING_CODE|no commune code",
                    "079093010101|PARENT_MISMATCH|commune 26740 (Phường Bến Nghé) is in district 760, not 761");

            CliHarness.Result inPlace = remap(db.password(), "--key", "Số định danh", "--in-place", "--fail-on",
                    "never");
            assertThat(inPlace.exitCode()).as(inPlace.toString()).isZero();
            assertThat(inPlace.err()).contains("remap: ALTER TABLE `" + schema + "`.`Hộ khẩu` ADD `new_province_code` "
                    + "VARCHAR(2)", "remap: ALTER TABLE `" + schema + "`.`Hộ khẩu` ADD `remap_candidates` VARCHAR(400)");
            assertThat(mariaDb("SELECT `Số định danh`, new_commune_name, remap_status FROM `Hộ khẩu` ORDER BY 1"))
                    .containsExactly("079061000890|null|null", "079085001234|Phường Sài Gòn|MAPPED",
                            "079090004567|null|SPLIT", "079093010101|null|null");
        }

        @Test
        void aMissingTableOrColumnIsExit3AndAWrongPasswordExit5() {
            CliHarness.Result table = remap(db.password(), "--table", "ho_khau", "--key", "id", "--into", "x");
            assertThat(table.exitCode()).as(table.toString()).isEqualTo(3);
            assertThat(table.err()).contains("--table: no table ho_khau in " + db.url()).doesNotContain("\tat ");
            CliHarness.Result column = remap(db.password(), "--key", "Số định danh", "--into", "z", "--commune-column",
                    "ma_xa");
            assertThat(column.exitCode()).as(column.toString()).isEqualTo(3);
            assertThat(column.err()).contains("--commune-column 'ma_xa' names no column");
            CliHarness.Result wrong = remap("sai-mat-khau", "--key", "Số định danh", "--into", "w");
            assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(5);
            assertThat(wrong.err()).contains("cannot connect to " + db.url() + " as " + MariaDb.USER + ": ",
                    "Access denied for user 'dvhc'").doesNotContain("sai-mat-khau").doesNotContain("\tat ");
        }

        // The table is "Hộ khẩu" unless the arguments name another; a password (null: none) is given as an operator
        // gives it, in the variable that holds the test user's, in the environment the test gives the command line,
        // which reads it there and injects that environment into the job (never the test JVM's own).
        private CliHarness.Result remap(String password, String... more) {
            List<String> args = new ArrayList<>(List.of("--home", target.home().toString(), "--no-progress", "remap",
                    "--source-db", db.url(), "--source-user", db.user()));
            if (password != null) {
                args.addAll(List.of("--source-password-env", MariaDb.PASSWORD_ENV));
            }
            if (!List.of(more).contains("--table")) {
                args.addAll(List.of("--table", "\"Hộ khẩu\""));
            }
            args.addAll(List.of(more));
            return CliHarness.run(new Environment(password == null ? Map.of() : Map.of(MariaDb.PASSWORD_ENV, password),
                    shared, false), args.toArray(String[]::new));
        }

        private List<String> mariaDb(String sql) throws Exception {
            try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
                return SqlRows.of(c, sql);
            }
        }
    }

    private static void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(source, "sa", ""); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static List<String> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(source, "sa", "")) {
            return SqlRows.of(c, sql);
        }
    }
}
