package vn.dvhc.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.schema.Migrations;

/**
 * A new home made from the build's template holds what the migrations would have written, table by table and row
 * by row: only the times of installation differ.
 */
class HomeTemplateTest {

    /**
     * When each migration ran and how long it took, and when the built-in releases were imported: the build's time
     * in the template, the server's otherwise.
     */
    private static final Set<String> WHEN_INSTALLED = Set.of("installed_on", "execution_time", "IMPORTED_AT");

    @TempDir
    Path dir;

    @Test
    void aHomeFromTheTemplateEqualsOneMadeByTheMigrations() throws Exception {
        Path fromTemplate = dir.resolve("template");
        Files.createDirectories(fromTemplate);
        assertThat(HomeTemplate.copyTo(fromTemplate.resolve(HomeFiles.DATABASE + ".mv.db")))
                .as("the build writes the template into the classes (batch-jobs/pom.xml)").isTrue();
        String migrated = dir.resolve("migrated").resolve(HomeFiles.DATABASE).toString();
        HomePreparation.migrate(migrated);

        Map<String, List<String>> expected = contents(migrated);
        Map<String, List<String>> actual = contents(fromTemplate.resolve(HomeFiles.DATABASE).toString());

        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(expected.get("REF_UNIT")).as("the built-in releases are in").hasSizeGreaterThan(10_000);
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as(table).containsExactlyElementsOf(rows));
    }

    @Test
    void aNewHomeIsPreparedFromTheTemplateAtTheLatestSchema() throws Exception {
        HomeFiles files = new HomeFiles(dir.resolve("home"));
        Files.createDirectories(files.dir());

        assertThat(HomePreparation.prepare(files)).isEqualTo(Migrations.LATEST);

        assertThat(HomePreparation.version(files.databaseName())).isEqualTo(Migrations.LATEST);
        try (var left = Files.list(files.dir())) {
            assertThat(left).as("no scratch file is left").containsExactly(files.database());
        }
    }

    @Test
    void aHomeOfAnOlderSchemaIsMigratedNotReplacedByTheTemplate() throws Exception {
        HomeFiles files = new HomeFiles(dir.resolve("old"));
        Files.createDirectories(files.dir());
        Migrations.configure(Flyway.configure().dataSource(HomeServer.url(files.databaseName()), "sa", ""), SQLDialect.H2)
                .target("8").load().migrate();
        try (Connection connection = HomeServer.open(files.databaseName());
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) "
                    + "VALUES (7, 0, 'remapJob', 'a run of the older dvhc')");
            statement.execute("SHUTDOWN");
        }
        assertThat(HomePreparation.version(files.databaseName())).isEqualTo("8");

        assertThat(HomePreparation.prepare(files)).isEqualTo(Migrations.LATEST);

        assertThat(HomePreparation.version(files.databaseName())).isEqualTo(Migrations.LATEST);
        try (Connection connection = HomeServer.open(files.databaseName());
             Statement statement = connection.createStatement();
             ResultSet run = statement.executeQuery("SELECT JOB_KEY FROM BATCH_JOB_INSTANCE")) {
            assertThat(run.next()).as("the home's history is kept").isTrue();
            assertThat(run.getString(1)).isEqualTo("a run of the older dvhc");
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void theVersionReadFromTheHistoryIsFlywaysCurrentOne() throws Exception {
        String empty = dir.resolve("empty").toString();
        assertThat(HomePreparation.version(empty)).isEmpty();

        String migrated = dir.resolve("migrated").toString();
        HomePreparation.migrate(migrated);
        JdbcDataSource dataSource = HomeServer.dataSource(migrated);
        String flyways;
        try (Connection keeper = dataSource.getConnection()) {
            flyways = Migrations.current(dataSource, SQLDialect.H2);
            keeper.createStatement().execute("SHUTDOWN");
        }
        assertThat(HomePreparation.version(migrated)).isEqualTo(flyways).isEqualTo(Migrations.LATEST);
    }

    @Test
    void aFailedLastMigrationIsNeverTheCurrentVersion() throws Exception {
        String database = dir.resolve("failed").toString();
        HomePreparation.migrate(database);
        try (Connection connection = HomeServer.open(database); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"" + Migrations.HISTORY_TABLE + "\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + Migrations.LATEST + "'");
            statement.execute("SHUTDOWN");
        }

        assertThat(HomePreparation.version(database)).isEqualTo(Migrations.LATEST + " (failed)");
    }

    /** Every table of the schema: its DDL, then its rows in a stable order, without the times of installation. */
    private static Map<String, List<String>> contents(String databaseName) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection connection = HomeServer.open(databaseName); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
                while (result.next()) {
                    names.add(result.getString(1));
                }
            }
            for (String name : names) {
                tables.put(name, rows(statement, name));
            }
            List<String> ddl = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
                while (result.next()) {
                    ddl.add(result.getString(1));
                }
            }
            tables.put("(schema)", ddl);
            statement.execute("SHUTDOWN");
        }
        return tables;
    }

    private static List<String> rows(Statement statement, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    if (!WHEN_INSTALLED.contains(meta.getColumnName(column))) {
                        row.append(result.getString(column)).append('|');
                    }
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
