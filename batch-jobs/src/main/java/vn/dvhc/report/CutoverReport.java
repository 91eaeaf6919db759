package vn.dvhc.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.dvhc.domain.readiness.ProvinceFacts;
import vn.dvhc.domain.readiness.Readiness;
import vn.dvhc.domain.readiness.Thresholds;

/**
 * The cutover report as written to every format: the provinces of the release in force with their facts and
 * readiness, the national totals, which stored runs it was made from and which it left out, and why. Field names
 * are the JSON's (stable).
 */
public record CutoverReport(String generatedAt, LocalDate asOf, String releaseId, Thresholds thresholds,
                            National national, List<Province> provinces, List<SourceRun> runs,
                            List<LeftOutRun> leftOut) {

    /** How many stored runs the report left out and why, in one sentence ("No stored run left out." when none). */
    public String leftOutSummary() {
        if (leftOut.isEmpty()) {
            return "No stored run left out.";
        }
        Map<String, Long> byReason = new TreeMap<>();
        leftOut.forEach(run -> byReason.merge(run.reason().startsWith("replaced by") ? "replaced by a later run"
                : "by " + run.reason(), 1L, Long::sum));
        return leftOut.size() + " stored run" + (leftOut.size() == 1 ? "" : "s") + " left out: "
                + byReason.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + ".";
    }

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
                           long alias, long rejected, long rejectedUnattributed, String line, long resolvedByLaw,
                           long resolvedByRule) {

        public National(int provinces, int ready, int atRisk, int blocked, long rows, long mapped, long split,
                        long alias, long rejected, long rejectedUnattributed, String line) {
            this(provinces, ready, atRisk, blocked, rows, mapped, split, alias, rejected, rejectedUnattributed, line, 0, 0);
        }

        /**
         * After the rows in split communes (still open) on the report's national line:
         * {@code  (12 more resolved: by law 3, by rule 9)}; "" when none were.
         */
        public String resolvedText() {
            return resolvedByLaw + resolvedByRule == 0 ? "" : " (" + (resolvedByLaw + resolvedByRule)
                    + " more resolved: by law " + resolvedByLaw + ", by rule " + resolvedByRule + ")";
        }
    }

    /**
     * A stored run the report used: kind remap|agencies|procedures, its job execution and what it read; for a remap
     * run its dataset (the --dataset name, else the first 12 characters of its rows' identity; null for a run stored
     * before datasets were).
     */
    public record SourceRun(String kind, long executionId, String what, String finishedAt, String dataset) {
    }

    /** A stored run the report did not use, and why: replaced by a later run, or left out by an option. */
    public record LeftOutRun(String kind, long executionId, String what, String reason) {
    }
}
