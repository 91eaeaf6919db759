package vn.dvhc.catalog;

import java.time.Clock;
import java.util.List;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;

/**
 * Installs the built-in releases ({@code pre-2025}, {@code 2025-07-01}, {@code 2026-04-30}) into a new database,
 * once, through the ordinary importer and its checks. A later product version that ships another release adds
 * another migration of this kind; it never edits this one's data.
 */
public final class BuiltInReleasesMigration extends CatalogMigration {

    /** Where the built-in bundle lives on the class path. */
    public static final String RESOURCES = "vn/dvhc/catalog/builtin/";

    public BuiltInReleasesMigration() {
        super("3", "built-in reference releases pre-2025, 2025-07-01, 2026-04-30");
    }

    @Override
    void migrate(CatalogRepository repository) {
        List<ReleaseDraft> drafts = new BundleReader(SourceFiles.classpath(RESOURCES)).read();
        // Tables that came after this migration are filled by their own: UnitHistoryMigration (8.1) adds the
        // historical names and BuiltInPopulationMigration (9.1) the population outcomes, with their files, so that a
        // new database and one created before them end up the same.
        for (ReleaseDraft draft : drafts) {
            draft.history().clear();
            draft.population().clear();
            draft.sources().removeIf(source -> source.name().equals(BundleReader.UNIT_HISTORY)
                    || source.name().equals(BundleReader.SPLIT_POPULATION));
        }
        new ReleaseImporter(repository, Clock.systemUTC()).importReleases(drafts, ImportOptions.builtInReleases());
    }
}
