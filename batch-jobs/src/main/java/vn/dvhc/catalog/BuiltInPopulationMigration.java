package vn.dvhc.catalog;

import vn.dvhc.catalog.problem.Problems;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.SourceFile;
import vn.dvhc.error.ErrorCode;

/**
 * Gives the built-in release {@code 2025-07-01} its population outcomes ({@code split-population.csv}) once the
 * table of V9 exists: in a new database right after {@link BuiltInReleasesMigration} (version 3, which leaves them
 * out), in an older one on its next start. The file becomes a source of the release, so re-importing the
 * built-in bundle stays a no-op. A {@code 2025-07-01} that an operator replaced with other files is left as it is:
 * its outcomes are whatever its own files said.
 */
public final class BuiltInPopulationMigration extends CatalogMigration {

    public BuiltInPopulationMigration() {
        super("9.1", "built-in population outcomes of 2025-07-01");
    }

    @Override
    void migrate(CatalogRepository repository) {
        Release release = repository.release(BundleReader.R2025).filter(Release::builtIn).orElse(null);
        if (release == null) {
            return;
        }
        // Checked against the mapping as the catalog holds it, as an import would check it.
        ReleaseDraft draft = ReleaseDraft.fromCatalog(release, repository.content(release.id()));
        new BundleReader(SourceFiles.classpath(BuiltInReleasesMigration.RESOURCES)).readPopulation(draft);
        Problems problems = new Problems();
        PopulationChecks.check(draft, problems);
        problems.addAll(draft.problems());
        problems.throwIfErrors(ErrorCode.REFERENCE_INCONSISTENT, "the built-in population outcomes were not installed",
                "the installation is damaged: reinstall dvhc");
        SourceFile file = draft.sources().stream().filter(s -> s.name().equals(BundleReader.SPLIT_POPULATION))
                .findFirst().orElseThrow();
        repository.addPopulation(release.id(), file, draft.content().population());
    }
}
