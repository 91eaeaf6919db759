package vn.dvhc.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.SQLDialect;

import vn.dvhc.catalog.BuiltInPopulationMigration;
import vn.dvhc.catalog.BuiltInReleasesMigration;
import vn.dvhc.catalog.UnitHistoryMigration;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The schema, versioned by Flyway: {@code db/migration} holds portable scripts (also the input of jOOQ's code
 * generation), {@code db/vendor/<vendor>} what differs per database (the Spring Batch tables), and Java
 * migrations install the built-in reference releases (version 3), their historical unit names (8.1, after the
 * table of V8) and their population outcomes (9.1, after the table of V9), once per database.
 */
public final class Migrations {

    /**
     * The newest schema version this build brings a database to. A process that finds a database at this version
     * skips Flyway altogether (it costs a few hundred milliseconds per command); {@code MigrationsTest} keeps the
     * constant equal to the newest migration.
     */
    public static final String LATEST = "15";

    /** Flyway's history of the migrations applied to a database. */
    public static final String HISTORY_TABLE = "dvhc_schema_history";

    private Migrations() {
    }

    /** Where the migrations are and where Flyway keeps its history; tests stop it at an older version. */
    public static FluentConfiguration configure(FluentConfiguration configuration, SQLDialect dialect) {
        String vendor = dialect == SQLDialect.POSTGRES ? "postgresql" : "h2";
        return configuration
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .javaMigrations(javaMigrations())
                .table(HISTORY_TABLE)
                .loggers("log4j2");
    }

    /** The Java migrations, in version order. */
    public static JavaMigration[] javaMigrations() {
        return new JavaMigration[]{new BuiltInReleasesMigration(), new UnitHistoryMigration(),
                new BuiltInPopulationMigration()};
    }

    public static void migrate(DataSource dataSource, SQLDialect dialect) {
        try {
            configure(Flyway.configure().dataSource(dataSource), dialect).load().migrate();
        } catch (FlywayException e) {
            throw failure(e);
        }
    }

    /** The version the database is at ("" for an empty one). */
    public static String current(DataSource dataSource, SQLDialect dialect) {
        try {
            MigrationInfo current = configure(Flyway.configure().dataSource(dataSource), dialect).load().info().current();
            return current == null || current.getVersion() == null ? "" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw failure(e);
        }
    }

    private static DvhcException failure(FlywayException e) {
        DvhcException cause = DvhcException.find(e);
        if (cause != null) {
            return cause;
        }
        return new DvhcException(ErrorCode.DB_UNAVAILABLE, "cannot bring the database schema up to date: "
                + e.getMessage(), null, "a newer dvhc may have written this database; see docs/operations.md", e);
    }
}
