package vn.dvhc.remap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of a remap run: printed, written with {@code --summary}, stored for the cutover report.
 *
 * @param invariantHolds rows read = rows written + rows rejected, checked before the output was moved into place
 * @param blankLines     empty lines of the input: not rows, counted so that nothing goes unmentioned
 * @param padded         rows written whose codes were read with their leading zeros restored ({@code --pad-codes})
 * @param dataset        what the run counts as in the report
 * @param splits         what the law, the rules and the worklist did with split communes; null in a run without
 *                       {@code --on-split population}, {@code --split-rules} and {@code --split-worklist}
 * @param addresses      how rows were read by address or unit names; null (and absent from the JSON) for codes alone
 */
public record RemapSummary(long executionId, boolean resumed, Input input, String output, String rejects,
                           Releases releases, String onSplit, long rowsRead, long rowsWritten, long rowsRejected,
                           boolean invariantHolds, long blankLines, Map<String, Long> byStatus,
                           Map<String, Long> byRejectReason, List<Province> byNewProvince, long durationMillis,
                           long rowsPerSecond, int threads, long padded, Dataset dataset, Splits splits,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Addresses addresses) {

    /** A run without address or unit-name columns. */
    public RemapSummary(long executionId, boolean resumed, Input input, String output, String rejects,
                        Releases releases, String onSplit, long rowsRead, long rowsWritten, long rowsRejected,
                        boolean invariantHolds, long blankLines, Map<String, Long> byStatus,
                        Map<String, Long> byRejectReason, List<Province> byNewProvince, long durationMillis,
                        long rowsPerSecond, int threads, long padded, Dataset dataset, Splits splits) {
        this(executionId, resumed, input, output, rejects, releases, onSplit, rowsRead, rowsWritten, rowsRejected,
                invariantHolds, blankLines, byStatus, byRejectReason, byNewProvince, durationMillis, rowsPerSecond,
                threads, padded, dataset, splits, null);
    }

    /** A run without the split options of spec §5b, nor address or unit-name columns. */
    public RemapSummary(long executionId, boolean resumed, Input input, String output, String rejects,
                        Releases releases, String onSplit, long rowsRead, long rowsWritten, long rowsRejected,
                        boolean invariantHolds, long blankLines, Map<String, Long> byStatus,
                        Map<String, Long> byRejectReason, List<Province> byNewProvince, long durationMillis,
                        long rowsPerSecond, int threads, long padded, Dataset dataset) {
        this(executionId, resumed, input, output, rejects, releases, onSplit, rowsRead, rowsWritten, rowsRejected,
                invariantHolds, blankLines, byStatus, byRejectReason, byNewProvince, durationMillis, rowsPerSecond,
                threads, padded, dataset, null, null);
    }

    /**
     * The same counts, as the run that finished them reports them: a workbook run ends after the merge that made the
     * summary, possibly in a later execution (a restart of its last step).
     */
    public RemapSummary finishedBy(long execution, boolean resumedRun, long millis) {
        return new RemapSummary(execution, resumedRun, input, output, rejects, releases, onSplit, rowsRead, rowsWritten,
                rowsRejected, invariantHolds, blankLines, byStatus, byRejectReason, byNewProvince, millis,
                rowsRead * 1000 / Math.max(1, millis), threads, padded, dataset, splits, addresses);
    }

    /**
     * How the old communes were found from addresses or unit names.
     *
     * @param columns         the columns read, and whether they were found by the header
     * @param byCode          whether a code column decided (the text was only checked against it)
     * @param mismatches      with a code column: rows whose text names another commune or province
     * @param gazetteerMillis how long the address gazetteer took to build (once per JVM), or -1 when not in this run
     */
    public record Addresses(String columns, boolean byCode, long mismatches, long gazetteerMillis) {
    }

    /** The input file, identified by its content. */
    public record Input(String path, String sha256, long bytes) {
    }

    /**
     * A dataset, for the report: the report counts the latest run of each. {@code rowsSha256} is the identity of the
     * rows by their content ({@link RowsDigest}); {@code name} the one given with {@code --dataset}, or null.
     */
    public record Dataset(String name, String rowsSha256) {
    }

    /** From which release to which, and for which date. */
    public record Releases(String from, String to, LocalDate asOf) {
    }

    /**
     * Rows of one new province (rejected: rows whose old commune or province lies in it; resolved: rows of split
     * communes that the law or a rule sent to a commune of it).
     */
    public record Province(String code, String name, long mapped, long split, long alias, long rejected,
                           long resolvedByLaw, long resolvedByRule) {

        public Province(String code, String name, long mapped, long split, long alias, long rejected) {
            this(code, name, mapped, split, alias, rejected, 0, 0);
        }

        public long resolved() {
            return resolvedByLaw + resolvedByRule;
        }
    }

    /**
     * The rows of split communes (spec §5b): RESOLVED by the law ({@code --on-split population}) or by a rule,
     * left SPLIT because rules disagreed, and left open.
     *
     * @param rules         the rules file, or null
     * @param unusedRules   the rules that matched no row: {@code rules.csv line 5: 00553 Thôn 9 → 00541}
     * @param worklist      the worklist file, or null
     * @param worklistLines its lines below the header
     */
    public record Splits(long resolvedByLaw, long resolvedByRule, long conflicts, long open, String rules,
                         List<String> unusedRules, String worklist, long worklistLines) {
    }
}
