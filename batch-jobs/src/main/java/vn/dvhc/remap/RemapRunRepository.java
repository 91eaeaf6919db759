package vn.dvhc.remap;

import static vn.dvhc.jooq.Tables.REMAP_RUN;
import static vn.dvhc.jooq.Tables.REMAP_RUN_PROVINCE;
import static vn.dvhc.jooq.Tables.REMAP_RUN_REASON;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.jooq.DSLContext;

/** Stores the summary of a completed remap run (of a file, or of a table: {@code remap.table}), for the cutover report. */
public final class RemapRunRepository {

    private final DSLContext dsl;

    public RemapRunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Replaces the summary stored by an earlier step of the run (by its execution) with the final one. */
    void replace(RemapSummary earlier, RemapSummary summary, long jobInstanceId) {
        dsl.deleteFrom(REMAP_RUN).where(REMAP_RUN.JOB_EXECUTION_ID.eq(earlier.executionId())).execute();
        save(summary, jobInstanceId);
    }

    public void save(RemapSummary summary, long jobInstanceId) {
        dsl.deleteFrom(REMAP_RUN).where(REMAP_RUN.JOB_EXECUTION_ID.eq(summary.executionId())).execute();
        Map<String, Long> status = summary.byStatus();
        dsl.insertInto(REMAP_RUN)
                .set(REMAP_RUN.JOB_EXECUTION_ID, summary.executionId())
                .set(REMAP_RUN.JOB_INSTANCE_ID, jobInstanceId)
                .set(REMAP_RUN.INPUT_FILE, summary.input().path())
                .set(REMAP_RUN.INPUT_SHA256, summary.input().sha256())
                .set(REMAP_RUN.INPUT_BYTES, summary.input().bytes())
                .set(REMAP_RUN.OUTPUT_FILE, summary.output())
                .set(REMAP_RUN.REJECTS_FILE, summary.rejects())
                .set(REMAP_RUN.RELEASE_FROM, summary.releases().from())
                .set(REMAP_RUN.RELEASE_TO, summary.releases().to())
                .set(REMAP_RUN.ON_SPLIT, summary.onSplit())
                .set(REMAP_RUN.ROWS_READ, summary.rowsRead())
                .set(REMAP_RUN.ROWS_WRITTEN, summary.rowsWritten())
                .set(REMAP_RUN.ROWS_REJECTED, summary.rowsRejected())
                .set(REMAP_RUN.BLANK_LINES, summary.blankLines())
                .set(REMAP_RUN.MAPPED_ROWS, status.getOrDefault("MAPPED", 0L))
                .set(REMAP_RUN.SPLIT_ROWS, status.getOrDefault("SPLIT", 0L))
                .set(REMAP_RUN.ALIAS_ROWS, status.getOrDefault("ALIAS", 0L))
                .set(REMAP_RUN.PADDED_ROWS, summary.padded())
                .set(REMAP_RUN.DATASET_NAME, summary.dataset().name())
                .set(REMAP_RUN.ROWS_SHA256, summary.dataset().rowsSha256())
                .set(REMAP_RUN.RESOLVED_LAW_ROWS, summary.splits() == null ? 0L : summary.splits().resolvedByLaw())
                .set(REMAP_RUN.RESOLVED_RULE_ROWS, summary.splits() == null ? 0L : summary.splits().resolvedByRule())
                .set(REMAP_RUN.DURATION_MS, summary.durationMillis())
                .set(REMAP_RUN.ADDRESS_MISMATCHES, summary.addresses() == null ? null : summary.addresses().mismatches())
                .set(REMAP_RUN.FINISHED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .execute();
        // One statement per table, not one per row: each is a round trip to the home's server, and a run over the
        // whole country has a row for each of the 34 provinces.
        if (!summary.byRejectReason().isEmpty()) {
            var reasons = dsl.insertInto(REMAP_RUN_REASON, REMAP_RUN_REASON.JOB_EXECUTION_ID, REMAP_RUN_REASON.REASON,
                    REMAP_RUN_REASON.ROW_COUNT);
            for (Map.Entry<String, Long> reason : summary.byRejectReason().entrySet()) {
                reasons = reasons.values(summary.executionId(), reason.getKey(), reason.getValue());
            }
            reasons.execute();
        }
        if (!summary.byNewProvince().isEmpty()) {
            var provinces = dsl.insertInto(REMAP_RUN_PROVINCE, REMAP_RUN_PROVINCE.JOB_EXECUTION_ID,
                    REMAP_RUN_PROVINCE.PROVINCE_CODE, REMAP_RUN_PROVINCE.MAPPED_ROWS, REMAP_RUN_PROVINCE.SPLIT_ROWS,
                    REMAP_RUN_PROVINCE.ALIAS_ROWS, REMAP_RUN_PROVINCE.REJECTED_ROWS,
                    REMAP_RUN_PROVINCE.RESOLVED_LAW_ROWS, REMAP_RUN_PROVINCE.RESOLVED_RULE_ROWS);
            for (RemapSummary.Province p : summary.byNewProvince()) {
                provinces = provinces.values(summary.executionId(), p.code(), p.mapped(), p.split(), p.alias(),
                        p.rejected(), p.resolvedByLaw(), p.resolvedByRule());
            }
            provinces.execute();
        }
    }
}
