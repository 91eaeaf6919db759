package vn.dvhc.report.progress;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.readiness.Checklist;
import vn.dvhc.domain.readiness.DerivedIndicators;
import vn.dvhc.domain.readiness.Indicator;
import vn.dvhc.domain.readiness.ProgressTable;
import vn.dvhc.domain.readiness.ProvinceFacts;
import vn.dvhc.domain.readiness.Thresholds;

/**
 * The national progress table of a report: the derived indicators from the provinces' facts, the checklist's as
 * declared by the date, and the history of the earlier reports up to that date (docs/report.md#progress-indicators).
 *
 * @param notes derived indicators left out for want of runs, and how the checklist was read (old province codes
 *              taken as their new province)
 */
public record NationalProgress(ProgressTable table, List<String> notes) {

    private static final Map<String, String> RUN_KIND = Map.of(Indicator.DATA_REMAPPED.id(), "remap",
            Indicator.AGENCY_CODES.id(), "agencies validate", Indicator.PROCEDURES_PUBLISHED.id(),
            "procedures republish", Indicator.COMMUNE_PROCEDURES_PUBLISHED.id(), "procedures republish");

    public NationalProgress {
        notes = List.copyOf(notes);
    }

    /**
     * The release whose provinces the cutover prepares on a date: the one in force, or before the first
     * reorganisation took effect, the one that follows (on 27 June 2025 the 34 provinces of 2025-07-01, not the 63
     * of pre-2025).
     */
    public static Release release(ReleaseChain chain, LocalDate asOf) {
        Release inForce = chain.inForce(asOf);
        return inForce.isRoot() ? chain.datedSuccessor(inForce.id()).orElse(inForce) : inForce;
    }

    /**
     * @param provinces code → name of the release's provinces, in the table's order
     * @param facts     what the stored runs (finished by the date) say of each
     * @param checklist the operator's checklist, or null
     */
    public static NationalProgress build(DSLContext dsl, ReleaseChain chain, Release release,
                                         Map<String, String> provinces, List<ProvinceFacts> facts,
                                         Thresholds thresholds, Path checklist, LocalDate asOf) {
        List<Indicator> indicators = new ArrayList<>(DerivedIndicators.evidenced(facts));
        Map<String, Set<String>> done = new HashMap<>(new DerivedIndicators(thresholds).done(facts));
        List<String> notes = new ArrayList<>();
        for (Indicator derived : Indicator.builtIn(Indicator.Source.DERIVED)) {
            if (!indicators.contains(derived)) {
                notes.add(derived.id() + " not counted: no stored " + RUN_KIND.get(derived.id())
                        + " run covers a province by " + asOf);
            }
        }
        if (checklist != null) {
            Checklist read = ChecklistReader.read(checklist, provinceCodes(dsl, chain, release));
            for (Indicator indicator : read.indicators()) {
                indicators.add(indicator);
                done.put(indicator.id(), read.doneBy(indicator.id(), asOf));
            }
            notes.addAll(read.notes());
        }
        ProgressTable table = ProgressTable.of(provinces, indicators, done, new ProgressHistory(dsl).read(asOf),
                asOf);
        return new NationalProgress(table, notes);
    }

    private static ProvinceCodes provinceCodes(DSLContext dsl, ReleaseChain chain, Release release) {
        Release start = chain.defaultStart();
        List<Release> path = release.id().equals(start.id()) ? List.of(start)
                : chain.path(start.id(), release.effectiveDate());
        return ProvinceCodes.of(ConversionTable.build(new CatalogRepository(dsl), path));
    }
}
