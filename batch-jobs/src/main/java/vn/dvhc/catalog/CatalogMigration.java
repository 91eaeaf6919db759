package vn.dvhc.catalog;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.impl.DSL;

import vn.dvhc.infra.Database;

/**
 * A Flyway migration that writes the catalog through {@link CatalogRepository} on the migration's connection, in
 * its transaction. Its data come from the product's files, so it has no checksum.
 */
abstract class CatalogMigration implements JavaMigration {

    private final String version;
    private final String description;

    CatalogMigration(String version, String description) {
        this.version = version;
        this.description = description;
    }

    /** The work, on the migration's connection. */
    abstract void migrate(CatalogRepository repository);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        migrate(new CatalogRepository(DSL.using(connection, Database.dialectOf(connection.getMetaData().getURL()),
                Database.jooqSettings())));
    }
}
