package vn.dvhc.remap.table;

import java.util.Arrays;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.remap.CountsContext;
import vn.dvhc.remap.RejectReason;

/**
 * The counters of a table remap, kept in the step's execution context at every commit with the reader's last key, so
 * that a restarted run goes on counting from its last commit: rows read, written, rejected (by reason), by status and
 * by new province.
 */
final class TableCounts {

    static final String[] STATUSES = {"MAPPED", "SPLIT", "ALIAS", "RESOLVED"};
    /** Per province: the statuses, then REJECTED. */
    private static final int REJECTED = STATUSES.length;
    private static final String PREFIX = "remapTable.counts.";

    long read;
    long written;
    long rejected;
    long padded;
    long mismatches;
    final long[] status = new long[STATUSES.length];
    final long[] reasons = new long[RejectReason.values().length];
    final long[][] provinces = new long[100][STATUSES.length + 1];

    void add(RemappedRow row) {
        read++;
        if (row.rejected()) {
            rejected++;
            reasons[row.reason().ordinal()]++;
            if (row.newProvince() >= 0) {
                provinces[row.newProvince()][REJECTED]++;
            }
            return;
        }
        written++;
        int s = Arrays.asList(STATUSES).indexOf(row.status());
        status[s]++;
        if (row.newProvince() >= 0) {
            provinces[row.newProvince()][s]++;
        }
        if (row.padded()) {
            padded++;
        }
        if (row.mismatch()) {
            mismatches++;
        }
    }

    /** Adds another partition's counters. */
    void add(TableCounts other) {
        read += other.read;
        written += other.written;
        rejected += other.rejected;
        padded += other.padded;
        mismatches += other.mismatches;
        for (int i = 0; i < status.length; i++) {
            status[i] += other.status[i];
        }
        for (int i = 0; i < reasons.length; i++) {
            reasons[i] += other.reasons[i];
        }
        for (int p = 0; p < provinces.length; p++) {
            for (int i = 0; i < provinces[p].length; i++) {
                provinces[p][i] += other.provinces[p][i];
            }
        }
    }

    long status(String name) {
        return status[Arrays.asList(STATUSES).indexOf(name)];
    }

    long province(int code, String name) {
        return provinces[code][Arrays.asList(STATUSES).indexOf(name)];
    }

    long rejectedIn(int code) {
        return provinces[code][REJECTED];
    }

    /** Rejected rows by reason, in the order of {@link RejectReason}, only those that occurred. */
    Map<String, Long> reasonCounts() {
        return RejectReason.counts(reasons);
    }

    void save(ExecutionContext context) {
        context.putLong(PREFIX + "read", read);
        context.putLong(PREFIX + "written", written);
        context.putLong(PREFIX + "rejected", rejected);
        context.putLong(PREFIX + "padded", padded);
        context.putLong(PREFIX + "mismatches", mismatches);
        CountsContext.putLongs(context, PREFIX + "status", status);
        CountsContext.putLongs(context, PREFIX + "reasons", reasons);
        CountsContext.putPerProvince(context, PREFIX + "provinces", provinces);
    }

    static TableCounts load(ExecutionContext context) {
        TableCounts counts = new TableCounts();
        if (!context.containsKey(PREFIX + "read")) {
            return counts;
        }
        counts.read = context.getLong(PREFIX + "read");
        counts.written = context.getLong(PREFIX + "written");
        counts.rejected = context.getLong(PREFIX + "rejected");
        counts.padded = context.getLong(PREFIX + "padded");
        counts.mismatches = context.getLong(PREFIX + "mismatches");
        CountsContext.getLongs(context, PREFIX + "status", counts.status);
        CountsContext.getLongs(context, PREFIX + "reasons", counts.reasons);
        CountsContext.getPerProvince(context, PREFIX + "provinces", counts.provinces);
        return counts;
    }
}
