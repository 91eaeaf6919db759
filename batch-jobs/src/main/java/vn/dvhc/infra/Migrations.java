package vn.dvhc.infra;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
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

    private Migrations() {
    }

    public static void migrate(DataSource dataSource, SQLDialect dialect) {
        String vendor = dialect == SQLDialect.POSTGRES ? "postgresql" : "h2";
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                    .javaMigrations(new BuiltInReleasesMigration(), new BuiltInPopulationMigration())
                    .table("dvhc_schema_history")
                    .loggers("log4j2")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            DvhcException cause = DvhcException.find(e);
            if (cause != null) {
                throw cause;
            }
            throw new DvhcException(ErrorCode.DB_UNAVAILABLE, "cannot bring the database schema up to date: "
                    + e.getMessage(), null, "a newer dvhc may have written this database; see docs/operations.md", e);
        }
    }
}
