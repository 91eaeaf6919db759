package vn.dvhc.infra;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.jooq.SQLDialect;

import vn.dvhc.catalog.BuiltInPopulationMigration;
import vn.dvhc.catalog.BuiltInReleasesMigration;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The schema, versioned by Flyway: {@code db/migration} holds portable scripts (also the input of jOOQ's code
 * generation), {@code db/vendor/<vendor>} what differs per database (the Spring Batch tables), and Java
 * migrations install the built-in reference releases (version 3) and their population outcomes (9.1, after the
 * table of V9), once per database.
 */
public final class Migrations {

    /**
     * The newest schema version this build brings a database to. A process that finds a database at this version
     * skips Flyway altogether (it costs a few hundred milliseconds per command); {@code MigrationsTest} keeps the
     * constant equal to the newest migration.
     */
    public static final String LATEST = "9.1";

    private Migrations() {
    }

    public static void migrate(DataSource dataSource, SQLDialect dialect) {
        try {
            flyway(dataSource, dialect).migrate();
        } catch (FlywayException e) {
            throw failure(e);
        }
    }

    /** The version the database is at ("" for an empty one). */
    public static String current(DataSource dataSource, SQLDialect dialect) {
        try {
            MigrationInfo current = flyway(dataSource, dialect).info().current();
            return current == null || current.getVersion() == null ? "" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw failure(e);
        }
    }

    private static Flyway flyway(DataSource dataSource, SQLDialect dialect) {
        String vendor = dialect == SQLDialect.POSTGRES ? "postgresql" : "h2";
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .javaMigrations(new BuiltInReleasesMigration(), new BuiltInPopulationMigration())
                .table("dvhc_schema_history")
                .loggers("log4j2")
                .load();
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
