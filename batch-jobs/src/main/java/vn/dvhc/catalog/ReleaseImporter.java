package vn.dvhc.catalog;

import vn.dvhc.catalog.problem.Problems;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import vn.dvhc.catalog.format.ReleaseDraft;
import vn.dvhc.catalog.format.Sourced;
import vn.dvhc.domain.HistoricalName;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.SourceFile;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * Validates releases read from files and writes them to the catalog. Everything is checked before anything is
 * written, and the caller runs it in one transaction, so a failed import leaves the catalog as it was.
 * Importing the same files again changes nothing; different files under an existing id are refused unless
 * {@code replace}.
 */
public final class ReleaseImporter {

    private static final Logger LOG = LogManager.getLogger(ReleaseImporter.class);

    private static final Pattern RELEASE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

    private final CatalogRepository repository;
    private final Clock clock;

    public ReleaseImporter(CatalogRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public ImportReport importReleases(List<ReleaseDraft> read, ImportOptions options) {
        List<ReleaseDraft> drafts = select(read, options);
        ReleaseChain chain = new ReleaseChain(repository.releases());
        Map<String, ReleaseContent> pending = new HashMap<>();
        Problems problems = new Problems();
        List<Plan> plans = new ArrayList<>();
        for (ReleaseDraft draft : drafts) {
            Plan plan = plan(draft, options, chain, pending, problems);
            plans.add(plan);
            pending.put(draft.id(), plan.content());
        }
        problems.throwIfErrors(ErrorCode.REFERENCE_INCONSISTENT, "nothing imported",
                "fix the files, or see docs/reference-catalog.md for what each check means");
        for (Plan plan : plans) {
            if (plan.conflict() != null) {
                throw plan.conflict();
            }
        }
        List<ImportReport.Outcome> outcomes = new ArrayList<>();
        for (Plan plan : plans) {
            if (plan.action() != ImportReport.Action.UNCHANGED) {
                LOG.info("writing release {}: {} units, {} mapping rows", plan.release().id(),
                        plan.content().units().size(), plan.content().mapping().size());
            }
            switch (plan.action()) {
                case CREATED -> {
                    repository.insert(plan.release(), plan.content());
                    if (!plan.history().isEmpty()) {
                        repository.replaceHistory(plan.release().id(), plan.history());
                    }
                }
                case REPLACED -> {
                    repository.replace(plan.release(), plan.content());
                    repository.replaceHistory(plan.release().id(), plan.history());
                }
                case UNCHANGED -> { }
            }
            outcomes.add(outcome(plan));
        }
        return new ImportReport(outcomes, problems.warnings());
    }

    private static List<ReleaseDraft> select(List<ReleaseDraft> read, ImportOptions options) {
        List<ReleaseDraft> drafts = read;
        if (options.releaseId() != null && read.size() > 1) {
            drafts = read.stream().filter(d -> d.id().equals(options.releaseId())).toList();
            if (drafts.isEmpty()) {
                throw new DvhcException(ErrorCode.USAGE, "the bundle holds no release '" + options.releaseId() + "'",
                        null, "it holds " + read.stream().map(ReleaseDraft::id).toList());
            }
        } else if (options.releaseId() != null) {
            read.get(0).id(options.releaseId());
        }
        if (drafts.size() > 1 && (options.effective() != null || options.predecessor() != null)) {
            throw new DvhcException(ErrorCode.USAGE, "--effective and --predecessor apply to one release, but the bundle "
                    + "holds " + drafts.stream().map(ReleaseDraft::id).toList(), null, "pick one with --release");
        }
        for (ReleaseDraft draft : drafts) {
            if (draft.id() == null || !RELEASE_ID.matcher(draft.id()).matches()) {
                throw new DvhcException(ErrorCode.USAGE, draft.id() == null ? "this format needs a release id"
                        : "'" + draft.id() + "' is not a valid release id", null,
                        "pass --release ID: lower-case letters, digits, '.', '-' or '_', at most 40 characters");
            }
            if (options.effective() != null) {
                draft.effectiveDate(options.effective());
            }
            if (options.predecessor() != null) {
                draft.predecessorId(options.predecessor());
            }
        }
        return drafts;
    }

    private Plan plan(ReleaseDraft draft, ImportOptions options, ReleaseChain chain,
                      Map<String, ReleaseContent> pending, Problems problems) {
        problems.addAll(draft.problems());
        ReleaseContent predecessor = null;
        if (draft.carriesMapping() || draft.deriveProvinceMapping()) {
            String predecessorId = resolvePredecessor(draft, chain, pending);
            draft.predecessorId(predecessorId);
            predecessor = pending.containsKey(predecessorId) ? pending.get(predecessorId)
                    : repository.content(predecessorId);
            if (draft.deriveProvinceMapping()) {
                deriveProvinceMapping(draft, predecessor, problems);
            }
        }
        problems.addAll(new ReleaseValidator(options.allowUnmapped()).validate(draft, predecessor));
        checkChain(draft, chain, problems);

        Release release = new Release(draft.id(), draft.title(), draft.predecessorId(), draft.effectiveDate(),
                draft.format(), options.builtIn(), clock.instant(), draft.sources());
        Optional<Release> existing = chain.find(draft.id());
        ImportReport.Action action = ImportReport.Action.CREATED;
        DvhcException conflict = null;
        if (existing.isPresent()) {
            if (sameSources(existing.get(), release)) {
                action = ImportReport.Action.UNCHANGED;
            } else if (!options.replace()) {
                conflict = new DvhcException(ErrorCode.RELEASE_EXISTS, "release '" + draft.id() + "' already exists ("
                        + describe(existing.get()) + ") and these files differ from it", null,
                        "pass --replace to replace it, or --release ID to import beside it");
            } else {
                action = ImportReport.Action.REPLACED;
                checkSuccessorsStillMap(draft, chain, problems);
            }
        }
        return new Plan(release, draft.content(), draft.historyValues(), action, conflict);
    }

    private static String resolvePredecessor(ReleaseDraft draft, ReleaseChain chain, Map<String, ReleaseContent> pending) {
        if (draft.predecessorId() != null) {
            if (!pending.containsKey(draft.predecessorId())) {
                chain.get(draft.predecessorId());
            }
            return draft.predecessorId();
        }
        LocalDate date = draft.effectiveDate() != null ? draft.effectiveDate() : draft.statedDate();
        if (date == null) {
            throw new DvhcException(ErrorCode.USAGE, "cannot tell which release " + draft.id() + " maps from", null,
                    "pass --predecessor RELEASE or --effective DATE");
        }
        return chain.inForce(date.minusDays(1)).id();
    }

    // The NSO table names the old province of each row, three times wrongly (shared/reference/official/README.md):
    // the province is taken from the predecessor's unit, and a disagreeing cell becomes a warning.
    private static void deriveProvinceMapping(ReleaseDraft draft, ReleaseContent predecessor, Problems problems) {
        Map<UnitKey, Unit> old = predecessor.unitsByKey();
        Map<String, Sourced<Unit>> newUnits = new HashMap<>();
        draft.units().forEach(u -> newUnits.put(u.value().level() + u.value().code(), u));
        for (ReleaseDraft.StatedProvince stated : draft.statedProvinces()) {
            Unit unit = old.get(stated.oldUnit());
            if (unit != null && !unit.provinceCode().equals(stated.provinceCode())) {
                problems.warning(stated.at(), "old province '" + stated.provinceCell() + "' but " + stated.oldUnit()
                        + " (" + unit.fullName() + ") is in province " + unit.provinceCode() + "; using "
                        + unit.provinceCode());
            }
        }
        Map<String, Set<String>> pairs = new HashMap<>();
        Map<String, Sourced<MappingRow>> firstRow = new HashMap<>();
        for (Sourced<MappingRow> row : draft.mapping()) {
            Unit from = old.get(row.value().oldKey());
            Sourced<Unit> to = newUnits.get(UnitLevel.COMMUNE + row.value().newCode());
            if (from != null && to != null) {
                pairs.computeIfAbsent(from.provinceCode(), k -> new LinkedHashSet<>()).add(to.value().provinceCode());
                firstRow.putIfAbsent(from.provinceCode(), row);
            }
        }
        pairs.keySet().stream().sorted().forEach(province -> {
            Set<String> targets = pairs.get(province);
            boolean split = targets.size() > 1;
            if (split) {
                problems.warning(firstRow.get(province).at(), "old province " + province + " is split across " + targets);
            }
            boolean first = true;
            for (String target : targets) {
                draft.mapping().add(new Sourced<>(new MappingRow(UnitLevel.PROVINCE, province, target, split, first, "",
                        split ? "first seen" : "only target"), firstRow.get(province).at()));
                first = false;
            }
        });
    }

    private static void checkChain(ReleaseDraft draft, ReleaseChain chain, Problems problems) {
        if (draft.effectiveDate() == null || draft.predecessorId() == null) {
            return;
        }
        chain.find(draft.predecessorId()).ifPresent(predecessor -> {
            if (predecessor.effectiveDate() != null && !draft.effectiveDate().isAfter(predecessor.effectiveDate())) {
                problems.error(null, draft.id() + " takes effect on " + draft.effectiveDate() + ", not after its predecessor "
                        + predecessor.id() + " (" + predecessor.effectiveDate() + ")");
            }
        });
        chain.datedSuccessor(draft.predecessorId())
                .filter(other -> !other.id().equals(draft.id()))
                .ifPresent(other -> problems.error(null, draft.predecessorId() + " is already followed by " + other.id()
                        + " from " + other.effectiveDate() + "; a chain has one successor per release. Import "
                        + draft.id() + " without --effective to keep it beside the chain, or replace " + other.id()));
    }

    private void checkSuccessorsStillMap(ReleaseDraft draft, ReleaseChain chain, Problems problems) {
        Set<UnitKey> keys = draft.units().stream().map(u -> u.value().key()).collect(Collectors.toSet());
        for (Release successor : chain.successors(draft.id())) {
            long broken = repository.content(successor.id()).mapping().stream()
                    .filter(row -> !keys.contains(row.oldKey())).count();
            if (broken > 0) {
                problems.error(null, "replacing " + draft.id() + " would leave " + broken + " mapping rows of "
                        + successor.id() + " pointing at units it no longer has");
            }
        }
    }

    private static boolean sameSources(Release existing, Release incoming) {
        return existing.format().equals(incoming.format())
                && hashes(existing.sources()).equals(hashes(incoming.sources()));
    }

    private static List<String> hashes(List<SourceFile> sources) {
        return sources.stream().map(SourceFile::sha256).sorted().toList();
    }

    private static String describe(Release release) {
        return (release.builtIn() ? "built in" : "imported") + " from "
                + release.sources().stream().map(SourceFile::name).collect(Collectors.joining(", "));
    }

    private static ImportReport.Outcome outcome(Plan plan) {
        ReleaseContent content = plan.content();
        long split = content.mapping().stream().filter(MappingRow::split).map(MappingRow::oldKey).distinct().count();
        Release release = plan.release();
        return new ImportReport.Outcome(release.id(), plan.action(), release.predecessorId(),
                release.effectiveDate() == null ? null : release.effectiveDate().toString(),
                content.count(UnitLevel.PROVINCE), content.count(UnitLevel.DISTRICT), content.count(UnitLevel.COMMUNE),
                content.mapping().size(), split, content.aliases().size());
    }

    /** What to do with one release; a conflict with an existing release is raised once every file is checked. */
    private record Plan(Release release, ReleaseContent content, List<HistoricalName> history, ImportReport.Action action,
                        DvhcException conflict) {
    }
}
