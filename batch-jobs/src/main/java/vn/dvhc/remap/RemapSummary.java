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
 * @param addresses      how rows were read by address or unit names; null (and absent from the JSON) for codes alone
 */
public record RemapSummary(long executionId, boolean resumed, Input input, String output, String rejects,
                           Releases releases, String onSplit, long rowsRead, long rowsWritten, long rowsRejected,
                           boolean invariantHolds, long blankLines, Map<String, Long> byStatus,
                           Map<String, Long> byRejectReason, List<Province> byNewProvince, long durationMillis,
                           long rowsPerSecond, int threads,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Addresses addresses) {

    /** The summary of a remap by codes alone. */
    public RemapSummary(long executionId, boolean resumed, Input input, String output, String rejects, Releases releases,
                        String onSplit, long rowsRead, long rowsWritten, long rowsRejected, boolean invariantHolds,
                        long blankLines, Map<String, Long> byStatus, Map<String, Long> byRejectReason,
                        List<Province> byNewProvince, long durationMillis, long rowsPerSecond, int threads) {
        this(executionId, resumed, input, output, rejects, releases, onSplit, rowsRead, rowsWritten, rowsRejected,
                invariantHolds, blankLines, byStatus, byRejectReason, byNewProvince, durationMillis, rowsPerSecond, threads,
                null);
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

    /** From which release to which, and for which date. */
    public record Releases(String from, String to, LocalDate asOf) {
    }

    /** Rows of one new province (rejected: rows whose old commune or province lies in it). */
    public record Province(String code, String name, long mapped, long split, long alias, long rejected) {
    }
}
