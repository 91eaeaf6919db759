package vn.dvhc.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.readiness.Assessment;
import vn.dvhc.domain.readiness.ProvinceFacts;
import vn.dvhc.domain.readiness.Readiness;
import vn.dvhc.domain.readiness.ReadinessRules;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/** Builds the report from the stored runs and the catalog: the provinces of the release in force on the date. */
final class ReportBuilder {

    private ReportBuilder() {
    }

    static CutoverReport build(DSLContext dsl, ReportSettings settings, LocalDateTime now) {
        ReleaseChain chain = new ReleaseChain(new CatalogRepository(dsl).releases());
        if (chain.releases().isEmpty()) {
            throw new DvhcException(ErrorCode.REFERENCE_MISSING, "the catalog has no release", null,
                    "see 'dvhc reference list'");
        }
        LocalDate asOf = settings.asOf() != null ? settings.asOf() : now.toLocalDate();
        Release release = chain.inForce(asOf);
        StoredRuns runs = new StoredRuns(dsl, settings.excludeRuns(), settings.excludeDatasets());
        Map<String, String> names = runs.provinces(release.id());
        Map<String, ProvinceFacts.Remap> remap = runs.remap();
        Map<String, ProvinceFacts.Agencies> agencies = runs.agencies();
        Map<String, ProvinceFacts.Procedures> procedures = runs.procedures();
        ReadinessRules rules = new ReadinessRules(settings.thresholds());

        List<CutoverReport.Province> all = new ArrayList<>();
        int[] byStatus = new int[Readiness.values().length];
        long[] rows = new long[7];
        for (Map.Entry<String, String> province : names.entrySet()) {
            String code = province.getKey();
            ProvinceFacts facts = new ProvinceFacts(code, province.getValue(), remap.get(code), agencies.get(code),
                    procedures.get(code));
            Assessment assessment = rules.assess(facts);
            byStatus[assessment.status().ordinal()]++;
            if (facts.remap() != null) {
                rows[0] += facts.remap().rows();
                rows[1] += facts.remap().mapped();
                rows[2] += facts.remap().split();
                rows[3] += facts.remap().alias();
                rows[4] += facts.remap().rejected();
                rows[5] += facts.remap().resolvedByLaw();
                rows[6] += facts.remap().resolvedByRule();
            }
            all.add(new CutoverReport.Province(code, facts.name(), assessment.status(), assessment.reasons(),
                    facts.remap(), facts.agencies(), facts.procedures()));
        }
        int ready = byStatus[Readiness.READY.ordinal()];
        CutoverReport.National national = new CutoverReport.National(all.size(), ready,
                byStatus[Readiness.AT_RISK.ordinal()], byStatus[Readiness.BLOCKED.ordinal()],
                rows[0] + runs.rejectedUnattributed, rows[1], rows[2], rows[3], rows[4] + runs.rejectedUnattributed,
                runs.rejectedUnattributed, ready + "/" + all.size() + " provinces ready", rows[5], rows[6]);
        List<CutoverReport.Province> shown = all;
        if (settings.province() != null) {
            shown = all.stream().filter(p -> p.code().equals(settings.province())).toList();
            if (shown.isEmpty()) {
                throw new DvhcException(ErrorCode.USAGE, "province " + settings.province() + " is not one of the "
                        + all.size() + " provinces of release " + release.id(), null,
                        "give a 2-digit code of a new province, e.g. 79 (see 'dvhc reference show " + release.id() + "')");
            }
        }
        return new CutoverReport(now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), asOf, release.id(),
                settings.thresholds(), national, shown, runs.used, runs.leftOut.stream()
                .sorted(Comparator.comparingLong(CutoverReport.LeftOutRun::executionId)).toList());
    }
}
