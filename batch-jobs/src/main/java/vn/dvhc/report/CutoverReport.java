package vn.dvhc.report;

import java.time.LocalDate;
import java.util.List;

import vn.dvhc.domain.readiness.ProgressTable;
import vn.dvhc.domain.readiness.ProvinceFacts;
import vn.dvhc.domain.readiness.Readiness;
import vn.dvhc.domain.readiness.Thresholds;

/**
 * The cutover report as written to every format: the provinces of the release in force with their facts and
 * readiness, the national totals, which stored runs it was made from, and the national progress table
 * ({@code indicators}, with {@code progressNotes}: derived indicators left out for want of runs, old province codes
 * of the checklist). Field names are the JSON's
 * (stable).
 */
public record CutoverReport(String generatedAt, LocalDate asOf, String releaseId, Thresholds thresholds,
                            National national, List<Province> provinces, List<SourceRun> runs,
                            List<ProgressTable.Row> indicators, List<String> progressNotes) {

    /** One new province. */
    public record Province(String code, String name, Readiness status, List<String> reasons,
                           ProvinceFacts.Remap remap, ProvinceFacts.Agencies agencies,
                           ProvinceFacts.Procedures procedures) {
    }

    /**
     * Totals over all provinces of the release, whatever {@code --province} selected. {@code rejectedUnattributed}:
     * rejected rows whose code pointed to no province at all (unknown or malformed codes).
     */
    public record National(int provinces, int ready, int atRisk, int blocked, long rows, long mapped, long split,
                           long alias, long rejected, long rejectedUnattributed, String line) {
    }

    /** A stored run the report used: kind remap|agencies|procedures, its job execution and what it read. */
    public record SourceRun(String kind, long executionId, String what, String finishedAt) {
    }
}
