package vn.dvhc.infra.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.SQLDialect;

import vn.dvhc.schema.Migrations;

/**
 * Brings a home's database to this build's schema without ever leaving a half-made one under its name: a new
 * home is built in a scratch file (a copy of the build's {@link HomeTemplate}, or else the migrations: schema, then
 * the built-in releases, several seconds) and moved into place when complete; an existing one that needs migrations is migrated on a copy, which then
 * replaces it. A kill at any moment leaves either the old database or the new one, and a scratch file that the
 * next server removes. (H2 runs DDL outside transactions, so a migration cut short in place could not be undone.)
 */
final class HomePreparation {

    private static final Logger LOG = LogManager.getLogger(HomePreparation.class);

    private static final String LAST_MIGRATION = "SELECT \"version\", \"success\" FROM \"" + Migrations.HISTORY_TABLE
            + "\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROW ONLY";

    private HomePreparation() {
    }

    /** @return the schema version of the prepared database */
    static String prepare(HomeFiles files) throws IOException {
        removeScratch(files);
        Path database = files.database();
        String scratch = files.scratchName(ProcessHandle.current().pid());
        if (!Files.exists(database)) {
            if (HomeTemplate.copyTo(Path.of(scratch + ".mv.db")) && Migrations.LATEST.equals(version(scratch))) {
                LOG.info("preparing a new home database {} from this build's template (schema {} and built-in "
                        + "releases)", database, Migrations.LATEST);
            } else {
                // A template of another schema version is not used at all: the migrations start from nothing.
                Files.deleteIfExists(Path.of(scratch + ".mv.db"));
                LOG.info("preparing a new home database {} (schema and built-in releases)", database);
                migrate(scratch);
            }
            install(Path.of(scratch + ".mv.db"), database);
            return Migrations.LATEST;
        }
        String current = version(files.databaseName());
        if (current.equals(Migrations.LATEST)) {
            return current;
        }
        LOG.info("upgrading {} from schema {} to {} on a copy", database, current, Migrations.LATEST);
        Files.copy(database, Path.of(scratch + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
        migrate(scratch);
        install(Path.of(scratch + ".mv.db"), database);
        return Migrations.LATEST;
    }

    /**
     * The schema version of the database ("" for an empty one), read from Flyway's history table without starting
     * Flyway (which costs several hundred milliseconds in a process that has just started). A failed last migration
     * is never the current version: Flyway then runs, on a copy, and says what is wrong.
     */
    static String version(String databaseName) {
        return inPlace(databaseName, ds -> {
            try (Connection connection = ds.getConnection(); Statement statement = connection.createStatement();
                 ResultSet history = statement.executeQuery(LAST_MIGRATION)) {
                if (!history.next()) {
                    return "";
                }
                String version = history.getString("version");
                return history.getBoolean("success") ? version : version + " (failed)";
            } catch (SQLException e) {
                if (e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1
                        || e.getErrorCode() == ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1) {
                    return "";
                }
                throw DamagedStore.orUnavailable(new HomeFiles(Path.of(databaseName).getParent()), e);
            }
        });
    }

    static void migrate(String databaseName) {
        inPlace(databaseName, ds -> {
            Migrations.migrate(ds, SQLDialect.H2);
            return null;
        });
    }

    /** Runs the work on the database, then closes it completely (no recovery needed when it is next opened). */
    private static <T> T inPlace(String databaseName, Work<T> work) {
        JdbcDataSource dataSource = HomeServer.dataSource(databaseName);
        try (Connection keeper = dataSource.getConnection()) {
            T result = work.run(dataSource);
            try (Statement statement = keeper.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            return result;
        } catch (SQLException e) {
            throw DamagedStore.orUnavailable(new HomeFiles(Path.of(databaseName).getParent()), e);
        }
    }

    private static void install(Path ready, Path database) throws IOException {
        force(ready);
        Files.move(ready, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        force(database.getParent());
    }

    // The rename is durable only once the folder's entry is written; on systems that cannot sync a folder the
    // rename is still atomic, just not yet durable.
    private static void force(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.debug("cannot sync {}: {}", path, e.getMessage());
        }
    }

    private static void removeScratch(HomeFiles files) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(files.dir(), HomeFiles::isScratch)) {
            for (Path entry : entries) {
                LOG.info("removing {}, left by a preparation that did not finish", entry);
                Files.delete(entry);
            }
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(DataSource dataSource);
    }
}
