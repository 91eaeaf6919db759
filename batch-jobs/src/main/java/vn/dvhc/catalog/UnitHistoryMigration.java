package vn.dvhc.catalog;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.domain.Release;

/**
 * Installs the historical unit names shipped with the built-in {@code pre-2025} release (its
 * {@code unit-history.csv}) into the table of migration 8, and records the file among the release's sources, so
 * that a database made before this version and a new one hold the same. A {@code pre-2025} release that was
 * replaced by an operator's own files is left alone.
 */
public final class UnitHistoryMigration extends CatalogMigration {

    public UnitHistoryMigration() {
        super("8.1", "built-in historical unit names of pre-2025");
    }

    @Override
    void migrate(CatalogRepository repository) {
        if (!repository.release(BundleReader.PRE_2025).map(Release::builtIn).orElse(false)) {
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
