package vn.dvhc.testing;

import static vn.dvhc.jooq.Tables.AGENCY_RUN;
import static vn.dvhc.jooq.Tables.AGENCY_RUN_PROVINCE;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jooq.DSLContext;

/**
 * Stored agency-validation runs (V5 tables) for tests of their readers, e.g. the cutover report: one run of one
 * province with the given counts, as {@code dvhc agencies validate} stores them.
 */
public final class AgencyRuns {

    private AgencyRuns() {
    }

    public static void insert(DSLContext dsl, long executionId, String province, int agencies, int errors,
                              int warnings, int communes, int covered) {
        dsl.insertInto(AGENCY_RUN)
                .set(AGENCY_RUN.JOB_EXECUTION_ID, executionId)
                .set(AGENCY_RUN.JOB_INSTANCE_ID, executionId)
                .set(AGENCY_RUN.REGISTER_FILE, "/data/agencies-" + province + ".csv")
                .set(AGENCY_RUN.REGISTER_SHA256, "0".repeat(64))
                .set(AGENCY_RUN.AS_OF, LocalDate.of(2026, 7, 1))
                .set(AGENCY_RUN.RELEASE_ID, "2026-04-30")
                .set(AGENCY_RUN.ROWS_READ, agencies)
                .set(AGENCY_RUN.AGENCIES, agencies)
                .set(AGENCY_RUN.ERRORS, errors)
                .set(AGENCY_RUN.WARNINGS, warnings)
                .set(AGENCY_RUN.INFOS, 0)
                .set(AGENCY_RUN.FINISHED_AT, LocalDateTime.of(2026, 7, 1, 8, 0))
                .execute();
        dsl.insertInto(AGENCY_RUN_PROVINCE)
                .set(AGENCY_RUN_PROVINCE.JOB_EXECUTION_ID, executionId)
                .set(AGENCY_RUN_PROVINCE.PROVINCE_CODE, province)
                .set(AGENCY_RUN_PROVINCE.AGENCIES, agencies)
                .set(AGENCY_RUN_PROVINCE.ERRORS, errors)
                .set(AGENCY_RUN_PROVINCE.WARNINGS, warnings)
                .set(AGENCY_RUN_PROVINCE.INFOS, 0)
                .set(AGENCY_RUN_PROVINCE.COMMUNES, communes)
                .set(AGENCY_RUN_PROVINCE.COMMUNES_COVERED, covered)
                .execute();
    }
}
