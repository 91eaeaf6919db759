package vn.dvhc.catalog;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.impl.DSL;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.infra.Database;

/**
 * Installs the historical unit names shipped with the built-in {@code pre-2025} release (its
 * {@code unit-history.csv}) into the table of migration 8, and records the file among the release's sources, so
 * that a database made before this version and a new one hold the same. A {@code pre-2025} release that was
 * replaced by an operator's own files is left alone.
 */
public final class UnitHistoryMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8.1");
    }

    @Override
    public String getDescription() {
        return "built-in historical unit names of pre-2025";
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
        var dsl = DSL.using(connection, Database.dialectOf(connection.getMetaData().getURL()), Database.jooqSettings());
        CatalogRepository repository = new CatalogRepository(dsl);
        boolean builtIn = repository.release(BundleReader.PRE_2025).map(r -> r.builtIn()).orElse(false);
        if (!builtIn) {
            return;
        }
        SourceFiles files = SourceFiles.classpath(BuiltInReleasesMigration.RESOURCES);
        for (ReleaseDraft draft : new BundleReader(files).read()) {
            if (draft.id().equals(BundleReader.PRE_2025)) {
                repository.replaceHistory(draft.id(), draft.historyValues());
            }
        }
        repository.addSource(BundleReader.PRE_2025, files.record(BundleReader.UNIT_HISTORY));
    }
}
