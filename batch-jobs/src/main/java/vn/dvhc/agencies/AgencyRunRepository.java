package vn.dvhc.agencies;

import static vn.dvhc.jooq.Tables.AGENCY_FINDING;
import static vn.dvhc.jooq.Tables.AGENCY_RUN;
import static vn.dvhc.jooq.Tables.AGENCY_RUN_PROVINCE;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.TableRecord;

import vn.dvhc.domain.agency.AgencyRule;
import vn.dvhc.domain.agency.Finding;

/**
 * Stores a validation run for the cutover report (V5__agency_runs.sql) and reads its findings back for the
 * command's output. Called inside the validate step's transaction, so a failed step stores nothing.
 */
public final class AgencyRunRepository {

    private final DSLContext dsl;

    public AgencyRunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void save(ValidationSummary summary, List<Finding> findings, long jobInstanceId) {
        long id = summary.executionId();
        dsl.deleteFrom(AGENCY_RUN).where(AGENCY_RUN.JOB_EXECUTION_ID.eq(id)).execute();
        dsl.insertInto(AGENCY_RUN)
                .set(AGENCY_RUN.JOB_EXECUTION_ID, id)
                .set(AGENCY_RUN.JOB_INSTANCE_ID, jobInstanceId)
                .set(AGENCY_RUN.REGISTER_FILE, summary.register())
                .set(AGENCY_RUN.REGISTER_SHA256, summary.sha256())
                .set(AGENCY_RUN.AS_OF, summary.asOf())
                .set(AGENCY_RUN.RELEASE_ID, summary.release())
                .set(AGENCY_RUN.ROWS_READ, summary.records())
                .set(AGENCY_RUN.AGENCIES, summary.agencies())
                .set(AGENCY_RUN.ERRORS, summary.errors())
                .set(AGENCY_RUN.WARNINGS, summary.warnings())
                .set(AGENCY_RUN.INFOS, summary.infos())
                .set(AGENCY_RUN.FINISHED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .execute();
        List<TableRecord<?>> records = new ArrayList<>();
        int seq = 0;
        for (Finding finding : findings) {
            var r = dsl.newRecord(AGENCY_FINDING);
            r.setJobExecutionId(id);
            r.setSeq(++seq);
            r.setRuleId(finding.rule().id());
            r.setSeverity(finding.severity().label());
            r.setLine(finding.line());
            r.setCode(finding.code());
            r.setProvinceCode(finding.provinceCode());
            r.setMessage(finding.message());
            r.setHint(finding.hint());
            records.add(r);
        }
        for (ValidationSummary.Province p : summary.provinces()) {
            var r = dsl.newRecord(AGENCY_RUN_PROVINCE);
            r.setJobExecutionId(id);
            r.setProvinceCode(p.code());
            r.setAgencies(p.agencies());
            r.setErrors(p.errors());
            r.setWarnings(p.warnings());
            r.setInfos(p.infos());
            r.setCommunes(p.communes());
            r.setCommunesCovered(p.communesCovered());
            records.add(r);
        }
        dsl.batchInsert(records).execute();
    }

    /** The findings of a stored run, in the order the validator reported them. */
    public List<Finding> findings(long executionId) {
        return dsl.selectFrom(AGENCY_FINDING).where(AGENCY_FINDING.JOB_EXECUTION_ID.eq(executionId))
                .orderBy(AGENCY_FINDING.SEQ)
                .fetch(r -> new Finding(AgencyRule.byId(r.getRuleId()).orElseThrow(() -> new IllegalStateException(
                        "a stored finding has the unknown rule '" + r.getRuleId() + "'")), r.getLine(), r.getCode(), r.getProvinceCode(),
                        r.getMessage(), r.getHint()));
    }
}
