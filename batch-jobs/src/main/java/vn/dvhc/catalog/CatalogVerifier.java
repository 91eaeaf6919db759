package vn.dvhc.catalog;

import vn.dvhc.catalog.problem.Problems;

import vn.dvhc.catalog.problem.Problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dvhc.catalog.format.BundleReader;
import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.SourceFiles;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;

/**
 * {@code reference verify}: re-checks every release in the catalog as an import would, checks the chain
 * (dates rising, one dated successor per release), that the snapshot commands read of a release equals its rows,
 * and that built-in releases (units, mapping, aliases, historical names) still equal the product's own files.
 * Read-only.
 */
public final class CatalogVerifier {

    private final CatalogRepository repository;

    public CatalogVerifier(CatalogRepository repository) {
        this.repository = repository;
    }

    /** One check of one release, passed when it has no errors. */
    public record Check(String release, String name, List<Problem> problems) {
        public boolean passed() {
            return problems.stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR);
        }
    }

    public List<Check> verify() {
        ReleaseChain chain = new ReleaseChain(repository.releases());
        Map<String, ReleaseContent> contents = new HashMap<>();
        Map<String, ReleaseDraft> builtIn = new HashMap<>();
        new BundleReader(SourceFiles.classpath(BuiltInReleasesMigration.RESOURCES)).read()
                .forEach(d -> builtIn.put(d.id(), d));
        List<Check> checks = new ArrayList<>();
        for (Release release : chain.releases()) {
            ReleaseContent content = contents.computeIfAbsent(release.id(), repository::content);
            ReleaseContent predecessor = release.predecessorId() == null ? null
                    : contents.computeIfAbsent(release.predecessorId(), repository::content);
            Problems content1 = new ReleaseValidator(false).validate(ReleaseDraft.fromCatalog(release, content), predecessor);
            checks.add(new Check(release.id(), "units, mapping and aliases", all(content1)));
            checks.add(new Check(release.id(), "place on the chain", chainProblems(release, chain)));
            repository.snapshot(release).ifPresent(snapshot -> {
                Problems same = new Problems();
                if (!snapshot.sameAs(content)) {
                    same.error(null, "its snapshot, which commands read, differs from its rows: were the rows "
                            + "changed outside dvhc? To have commands read the rows: delete from ref_release_snapshot "
                            + "where release_id = '" + release.id() + "'");
                }
                checks.add(new Check(release.id(), "snapshot equal to the rows", all(same)));
            });
            if (release.builtIn()) {
                Problems same = new Problems();
                ReleaseDraft shipped = builtIn.get(release.id());
                if (shipped == null) {
                    same.warning(null, "this version of dvhc no longer ships " + release.id());
                } else if (!shipped.content().sameAs(content)
                        || !shipped.historyValues().equals(repository.history(release.id()))) {
                    same.error(null, "differs from the built-in files of this version of dvhc");
                }
                checks.add(new Check(release.id(), "equal to the built-in files", all(same)));
            }
        }
        return checks;
    }

    private static List<Problem> chainProblems(Release release, ReleaseChain chain) {
        Problems problems = new Problems();
        List<Release> dated = chain.successors(release.id()).stream().filter(r -> r.effectiveDate() != null).toList();
        if (dated.size() > 1) {
            problems.error(null, "several dated successors: " + dated.stream().map(Release::id).toList());
        }
        Optional.ofNullable(release.predecessorId()).flatMap(chain::find).ifPresent(p -> {
            if (p.effectiveDate() != null && release.effectiveDate() != null
                    && !release.effectiveDate().isAfter(p.effectiveDate())) {
                problems.error(null, "takes effect on " + release.effectiveDate() + ", not after " + p.id());
            }
        });
        return all(problems);
    }

    private static List<Problem> all(Problems problems) {
        List<Problem> all = new ArrayList<>(problems.errors());
        all.addAll(problems.warnings());
        return all;
    }
}
