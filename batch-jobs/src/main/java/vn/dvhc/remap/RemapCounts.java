package vn.dvhc.remap;

import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The counters of a remap partition: rows read, written, rejected (by reason), blank lines, statuses, and the
 * same per new province (two-digit codes index the arrays). Kept in the partition's execution context at every
 * commit, so a restarted partition goes on counting from its last commit.
 */
final class RemapCounts {

    static final byte MAPPED = 0;
    static final byte SPLIT = 1;
    static final byte ALIAS = 2;
    static final byte REJECTED = 3;
    /** A split row decided by the law or a rule; after REJECTED, so that the saved counters of older runs still load. */
    static final byte RESOLVED = 4;
    private static final String PREFIX = "remap.counts.";
    /** Execution context keys of the row counts. */
    static final String READ_KEY = PREFIX + "read";
    static final String WRITTEN_KEY = PREFIX + "written";
    static final String REJECTED_KEY = PREFIX + "rejected";

    long read;
    long written;
    long rejected;
    long blank;
    /** Rows whose code decided and whose address or names named another commune. */
    long addressMismatches;
    /** Rows written whose codes were read with their leading zeros restored ({@code --pad-codes}). */
    long padded;
    /** Indexed like a province's counters; REJECTED is not a status of a written row and stays 0. */
    final long[] status = new long[5];
    final long[] reasons = new long[RejectReason.values().length];
    /** [province code 0–99][MAPPED, SPLIT, ALIAS, REJECTED, RESOLVED]; rejected rows whose province is unknown are not here. */
    final long[][] provinces = new long[100][5];
    final SplitTally splits = new SplitTally();

    void add(RemapCounts other) {
        read += other.read;
        written += other.written;
        rejected += other.rejected;
        blank += other.blank;
        addressMismatches += other.addressMismatches;
        padded += other.padded;
        for (int i = 0; i < status.length; i++) {
            status[i] += other.status[i];
        }
        for (int i = 0; i < reasons.length; i++) {
            reasons[i] += other.reasons[i];
        }
        for (int p = 0; p < 100; p++) {
            for (int k = 0; k < provinces[p].length; k++) {
                provinces[p][k] += other.provinces[p][k];
            }
        }
        splits.add(other.splits);
    }

    void reject(RejectReason reason, int province) {
        rejected++;
        reasons[reason.ordinal()]++;
        if (province >= 0) {
            provinces[province][REJECTED]++;
        }
    }

    void save(ExecutionContext context) {
        context.putLong(READ_KEY, read);
        context.putLong(WRITTEN_KEY, written);
        context.putLong(REJECTED_KEY, rejected);
        context.putLong(PREFIX + "blank", blank);
        context.putLong(PREFIX + "addressMismatches", addressMismatches);
        context.putLong(PREFIX + "padded", padded);
        CountsContext.putLongs(context, PREFIX + "status", status);
        CountsContext.putLongs(context, PREFIX + "reasons", reasons);
        CountsContext.putPerProvince(context, PREFIX + "provinces", provinces);
        splits.save(context);
    }

    static RemapCounts load(ExecutionContext context) {
        RemapCounts counts = new RemapCounts();
        if (!context.containsKey(READ_KEY)) {
            return counts;
        }
        counts.read = context.getLong(READ_KEY);
        counts.written = context.getLong(WRITTEN_KEY);
        counts.rejected = context.getLong(REJECTED_KEY);
        counts.blank = context.getLong(PREFIX + "blank");
        counts.addressMismatches = context.getLong(PREFIX + "addressMismatches", 0L);
        counts.padded = context.getLong(PREFIX + "padded", 0L);
        CountsContext.getLongs(context, PREFIX + "status", counts.status);
        CountsContext.getLongs(context, PREFIX + "reasons", counts.reasons);
        CountsContext.getPerProvince(context, PREFIX + "provinces", counts.provinces);
        counts.splits.load(context);
        return counts;
    }

    /** Rejected rows by reason, in the order of {@link RejectReason}, only those that occurred. */
    Map<String, Long> reasonCounts() {
        return RejectReason.counts(reasons);
    }
}
