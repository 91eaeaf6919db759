package vn.dvhc.catalog;

import java.sql.Connection;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.impl.DSL;

import vn.dvhc.sql.SqlDialects;

/**
 * A Flyway Java migration that writes built-in reference data through the catalog's own code, in Flyway's
 * transaction. No checksum: the data files are checked by {@code reference verify}, not by Flyway.
 */
abstract class CatalogMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    CatalogMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    /** Does the work with a repository on the migration's connection. */
    abstract void migrate(CatalogRepository repository);

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public final void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        migrate(new CatalogRepository(DSL.using(connection, SqlDialects.of(connection.getMetaData().getURL()),
                SqlDialects.jooqSettings())));
    }
}
