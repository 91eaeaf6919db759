package vn.dvhc.cli.fast;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dvhc.agencies.AllocationSummary;
import vn.dvhc.agencies.ValidationSummary;
import vn.dvhc.catalog.ImportReport;
import vn.dvhc.domain.readiness.Readiness;
import vn.dvhc.domain.readiness.Thresholds;
import vn.dvhc.procedures.RepublishSummary;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.report.CutoverReport;

/** Small, realistic summaries for the fake runner to hand back. */
final class Summaries {

    private Summaries() {
    }

    static RemapSummary remap(String input, String output) {
        return new RemapSummary(7, false, new RemapSummary.Input(input, "ab12", 120), output, output + ".rejects.csv",
                new RemapSummary.Releases("pre-2025", "2025-07-01", LocalDate.of(2025, 12, 31)), "default", 3, 2, 1, true,
                0, Map.of("MAPPED", 1L, "SPLIT", 1L, "ALIAS", 0L), Map.of("UNKNOWN_CODE", 1L),
                List.of(new RemapSummary.Province("79", "Thành phố Hồ Chí Minh", 1, 1, 0, 1)), 1200, 2, 2, 0,
                new RemapSummary.Dataset(null, "3f".repeat(32)));
    }

    /** A run with --on-split population, --split-rules and --split-worklist. */
    static RemapSummary remapWithSplits(String input, String output) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put("MAPPED", 1L);
        byStatus.put("SPLIT", 1L);
        byStatus.put("ALIAS", 0L);
        byStatus.put("RESOLVED", 3L);
        return new RemapSummary(7, false, new RemapSummary.Input(input, "ab12", 120), output, output + ".rejects.csv",
                new RemapSummary.Releases("pre-2025", "2025-07-01", null), "population", 5, 5, 0, true, 0, byStatus,
                Map.of(), List.of(new RemapSummary.Province("01", "Thành phố Hà Nội", 1, 1, 0, 0, 1, 2)), 1200, 4, 1, 0,
                new RemapSummary.Dataset(null, "3f".repeat(32)), new RemapSummary.Splits(1, 2, 1, 1, "rules.csv", List.of("rules.csv line 5: 00553 Thôn 9 → 00541"),
                        "worklist.csv", 1));
    }

    static RemapSummary remapByAddress(String input, String output, boolean byCode) {
        RemapSummary codes = remap(input, output);
        return new RemapSummary(codes.executionId(), false, codes.input(), output, codes.rejects(), codes.releases(),
                codes.onSplit(), 3, 1, 2, true, 0, Map.of("MAPPED", 1L, "SPLIT", 0L, "ALIAS", 0L),
                Map.of("ADDRESS_AMBIGUOUS", 1L, "ADDRESS_UNRECOGNISED", 1L), codes.byNewProvince(), 900, 3, 1, 0,
                codes.dataset(), null, new RemapSummary.Addresses("address column 'dia_chi' (found by the header)", byCode, byCode ? 1 : 0, 312));
    }

    static ValidationSummary validation(String register) {
        return new ValidationSummary(-1, register, "cd34", LocalDate.of(2026, 7, 1), "2026-04-30", 121, 121, 2, 1, 99,
                Map.of("layout", 2), List.of(new ValidationSummary.Province("15", "Tỉnh Lào Cai", 121, 2, 1, 99, 99, 97)));
    }

    static AllocationSummary allocation(String register, String output) {
        return new AllocationSummary(7, register, output, "{level1}.{seq:3}", "2026-04-30", 2, 0,
                List.of(new AllocationSummary.Province("15", "H38", 99, 97, 2, 0)));
    }

    static RepublishSummary republish(String outputDir) {
        return new RepublishSummary(7, "2026-04-30", null, outputDir, "orphan", List.of(), 10, 0, 10,
                Map.of("MOVED_LEVEL", 10), List.of(new RepublishSummary.Province("15", "Tỉnh Lào Cai", "H38",
                List.of("10", "15"), List.of(), 10, 10, Map.of("xa", 10), Map.of("MOVED_LEVEL", 10), 0, 0, 0)),
                List.of(), List.of(), List.of(), List.of(outputDir + "/15/procedures.csv"));
    }

    static CutoverReport report() {
        return new CutoverReport("2026-12-06T10:00", LocalDate.of(2026, 12, 6), "2026-04-30", Thresholds.DEFAULTS,
                new CutoverReport.National(34, 1, 0, 33, 0, 0, 0, 0, 0, 0, "1/34 provinces ready"),
                List.of(new CutoverReport.Province("79", "Thành phố Hồ Chí Minh", Readiness.READY, List.of(), null, null,
                        null)), List.of(), List.of(new CutoverReport.LeftOutRun("remap", 12, "old.csv", "--exclude-run")),
                List.of(), List.of());
    }

    static ImportReport imported(String id) {
        return new ImportReport(List.of(new ImportReport.Outcome(id, ImportReport.Action.CREATED, null, null, 63, 696,
                10_035, 0, 0, 0)), List.of());
    }
}
