package vn.dvhc.testing;

import static vn.dvhc.jooq.Tables.PROCEDURE_RUN;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_LEVEL;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_PROVINCE;
import static vn.dvhc.jooq.Tables.REMAP_RUN;
import static vn.dvhc.jooq.Tables.REMAP_RUN_PROVINCE;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jooq.DSLContext;

/**
 * Stored remap and procedure re-publication runs (V4, V6 tables) of one province, as {@code dvhc remap} and
 * {@code dvhc procedures republish} store them, finished at 09:00 on a given day: for the readers of the report.
 */
public final class StoredRunRows {

    private StoredRunRows() {
    }

    /** A remap run of one input file whose rows all went to {@code province}. */
    public static void remap(DSLContext dsl, long executionId, String province, long mapped, long split,
                             long rejected, LocalDate finished) {
        long rows = mapped + split + rejected;
        dsl.insertInto(REMAP_RUN)
                .set(REMAP_RUN.JOB_EXECUTION_ID, executionId)
                .set(REMAP_RUN.JOB_INSTANCE_ID, executionId)
                .set(REMAP_RUN.INPUT_FILE, "/data/remap-" + executionId + ".csv")
                .set(REMAP_RUN.INPUT_SHA256, "0".repeat(64))
                .set(REMAP_RUN.INPUT_BYTES, rows * 100)
                .set(REMAP_RUN.OUTPUT_FILE, "/data/remap-" + executionId + ".new.csv")
                .set(REMAP_RUN.REJECTS_FILE, "/data/remap-" + executionId + ".new.csv.rejects.csv")
                .set(REMAP_RUN.RELEASE_FROM, "pre-2025")
                .set(REMAP_RUN.RELEASE_TO, "2026-04-30")
                .set(REMAP_RUN.ON_SPLIT, "flag")
                .set(REMAP_RUN.ROWS_READ, rows)
                .set(REMAP_RUN.ROWS_WRITTEN, mapped + split)
                .set(REMAP_RUN.ROWS_REJECTED, rejected)
                .set(REMAP_RUN.BLANK_LINES, 0L)
                .set(REMAP_RUN.MAPPED_ROWS, mapped)
                .set(REMAP_RUN.SPLIT_ROWS, split)
                .set(REMAP_RUN.ALIAS_ROWS, 0L)
                .set(REMAP_RUN.DURATION_MS, 1000L)
                .set(REMAP_RUN.FINISHED_AT, finished.atTime(9, 0))
                .execute();
        dsl.insertInto(REMAP_RUN_PROVINCE)
                .set(REMAP_RUN_PROVINCE.JOB_EXECUTION_ID, executionId)
                .set(REMAP_RUN_PROVINCE.PROVINCE_CODE, province)
                .set(REMAP_RUN_PROVINCE.MAPPED_ROWS, mapped)
                .set(REMAP_RUN_PROVINCE.SPLIT_ROWS, split)
                .set(REMAP_RUN_PROVINCE.ALIAS_ROWS, 0L)
                .set(REMAP_RUN_PROVINCE.REJECTED_ROWS, rejected)
                .execute();
    }

    /** A re-publication that published {@code tinh} province-level and {@code xa} commune-level rows, no orphan. */
    public static void procedures(DSLContext dsl, long executionId, String province, int tinh, int xa,
                                  LocalDate finished) {
        LocalDateTime at = finished.atTime(9, 0);
        dsl.insertInto(PROCEDURE_RUN)
                .set(PROCEDURE_RUN.JOB_EXECUTION_ID, executionId)
                .set(PROCEDURE_RUN.JOB_INSTANCE_ID, executionId)
                .set(PROCEDURE_RUN.RELEASE_ID, "2026-04-30")
                .set(PROCEDURE_RUN.DEFAULT_DISTRICT_LEVEL, "orphan")
                .set(PROCEDURE_RUN.OUTPUT_DIR, "/data/procedures-" + executionId)
                .set(PROCEDURE_RUN.ROWS_READ, tinh + xa)
                .set(PROCEDURE_RUN.HEADING_ROWS, 0)
                .set(PROCEDURE_RUN.OLD_PROCEDURES, tinh + xa)
                .set(PROCEDURE_RUN.PUBLISHED, tinh + xa)
                .set(PROCEDURE_RUN.ORPHANS, 0)
                .set(PROCEDURE_RUN.CONFLICTS, 0)
                .set(PROCEDURE_RUN.WARNINGS, 0)
                .set(PROCEDURE_RUN.FINISHED_AT, at)
                .execute();
        dsl.insertInto(PROCEDURE_RUN_PROVINCE)
                .set(PROCEDURE_RUN_PROVINCE.JOB_EXECUTION_ID, executionId)
                .set(PROCEDURE_RUN_PROVINCE.PROVINCE_CODE, province)
                .set(PROCEDURE_RUN_PROVINCE.PROVINCE_NAME, "province " + province)
                .set(PROCEDURE_RUN_PROVINCE.AGENCY_CODE, "H00")
                .set(PROCEDURE_RUN_PROVINCE.OLD_PROVINCES, province)
                .set(PROCEDURE_RUN_PROVINCE.MISSING_OLD_PROVINCES, "")
                .set(PROCEDURE_RUN_PROVINCE.OLD_PROCEDURES, tinh + xa)
                .set(PROCEDURE_RUN_PROVINCE.PUBLISHED, tinh + xa)
                .set(PROCEDURE_RUN_PROVINCE.ORPHANS, 0)
                .set(PROCEDURE_RUN_PROVINCE.CONFLICTS, 0)
                .set(PROCEDURE_RUN_PROVINCE.WARNINGS, 0)
                .execute();
        for (String level : new String[]{"tinh", "xa"}) {
            dsl.insertInto(PROCEDURE_RUN_LEVEL)
                    .set(PROCEDURE_RUN_LEVEL.JOB_EXECUTION_ID, executionId)
                    .set(PROCEDURE_RUN_LEVEL.PROVINCE_CODE, province)
                    .set(PROCEDURE_RUN_LEVEL.LEVEL_ID, level)
                    .set(PROCEDURE_RUN_LEVEL.PUBLISHED, level.equals("tinh") ? tinh : xa)
                    .execute();
        }
    }
}
