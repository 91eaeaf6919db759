package vn.dvhc.catalog;

import java.time.Clock;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.impl.DSL;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.infra.Database;

/**
 * Installs the built-in releases ({@code pre-2025}, {@code 2025-07-01}, {@code 2026-04-30}) into a new database,
 * once, through the ordinary importer and its checks. A later product version that ships another release adds
 * another migration of this kind; it never edits this one's data.
 */
public final class BuiltInReleasesMigration implements JavaMigration {

    /** Where the built-in bundle lives on the class path. */
    public static final String RESOURCES = "vn/dvhc/catalog/builtin/";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "built-in reference releases pre-2025, 2025-07-01, 2026-04-30";
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
        List<ReleaseDraft> drafts = new BundleReader(SourceFiles.classpath(RESOURCES)).read();
        // The history table comes with migration 8, after this one: UnitHistoryMigration installs the history and
        // records its file, in new databases and in those made before it existed alike.
        for (ReleaseDraft draft : drafts) {
            draft.history().clear();
            draft.sources().removeIf(s -> s.name().equals(BundleReader.UNIT_HISTORY));
        }
        new ReleaseImporter(new CatalogRepository(dsl), Clock.systemUTC()).importReleases(drafts,
                ImportOptions.builtInReleases());
    }
}
