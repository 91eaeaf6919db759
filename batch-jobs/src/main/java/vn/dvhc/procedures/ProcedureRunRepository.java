package vn.dvhc.procedures;

import static vn.dvhc.jooq.Tables.PROCEDURE_RUN;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_CHANGE;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_CONFLICT;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_INPUT;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_ITEM;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_LEVEL;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_ORPHAN;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_PROVINCE;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_WARNING;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.TableRecord;

import vn.dvhc.domain.procedure.Change;
import vn.dvhc.domain.procedure.Conflict;
import vn.dvhc.domain.procedure.Field;
import vn.dvhc.domain.procedure.ProvinceList;
import vn.dvhc.domain.procedure.PublishedProcedure;
import vn.dvhc.domain.procedure.Warning;

/**
 * Stores a completed run for the cutover report (V6__procedure_runs.sql): its inputs with their SHA-256, and per
 * new province the published lists, the counts by level and by change type, the orphans, conflicts and warnings.
 * Called inside the publish step's transaction, so a failed step stores nothing.
 */
final class ProcedureRunRepository {

    private final DSLContext dsl;

    ProcedureRunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void save(RepublishSummary summary, RepublishRun run, long jobInstanceId) {
        long id = summary.executionId();
        dsl.deleteFrom(PROCEDURE_RUN).where(PROCEDURE_RUN.JOB_EXECUTION_ID.eq(id)).execute();
        dsl.insertInto(PROCEDURE_RUN)
                .set(PROCEDURE_RUN.JOB_EXECUTION_ID, id)
                .set(PROCEDURE_RUN.JOB_INSTANCE_ID, jobInstanceId)
                .set(PROCEDURE_RUN.RELEASE_ID, summary.release())
                .set(PROCEDURE_RUN.AS_OF, summary.asOf())
                .set(PROCEDURE_RUN.DEFAULT_DISTRICT_LEVEL, summary.defaultDistrictLevel())
                .set(PROCEDURE_RUN.OUTPUT_DIR, summary.outputDir())
                .set(PROCEDURE_RUN.ROWS_READ, summary.rowsRead())
                .set(PROCEDURE_RUN.HEADING_ROWS, summary.headingRows())
                .set(PROCEDURE_RUN.OLD_PROCEDURES, summary.oldProcedures())
                .set(PROCEDURE_RUN.PUBLISHED, summary.published())
                .set(PROCEDURE_RUN.ORPHANS, summary.orphans().size())
                .set(PROCEDURE_RUN.CONFLICTS, summary.conflicts().size())
                .set(PROCEDURE_RUN.WARNINGS, summary.warnings().size())
                .set(PROCEDURE_RUN.FINISHED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .execute();
        List<TableRecord<?>> records = new ArrayList<>();
        int seq = 0;
        for (RepublishSummary.Input input : summary.inputs()) {
            var r = dsl.newRecord(PROCEDURE_RUN_INPUT);
            r.setJobExecutionId(id);
            r.setSeq(++seq);
            r.setKind(input.kind());
            r.setFilePath(input.file());
            r.setSha256(input.sha256());
            r.setRecordCount(input.records());
            r.setOldProvinces(String.join(",", input.oldProvinces()));
            records.add(r);
        }
        int warning = 0;
        for (ProvinceList list : run.republication().provinces()) {
            records.addAll(province(id, list, summary));
            for (Warning w : list.warnings()) {
                var r = dsl.newRecord(PROCEDURE_RUN_WARNING);
                r.setJobExecutionId(id);
                r.setSeq(++warning);
                r.setProvinceCode(list.province().code());
                r.setKind(w.kind().name());
                r.setNationalCode(w.code() == null ? null : w.code().value());
                r.setMessage(w.message());
                records.add(r);
            }
        }
        dsl.batchInsert(records).execute();
    }

    private List<TableRecord<?>> province(long id, ProvinceList list, RepublishSummary summary) {
        String code = list.province().code();
        RepublishSummary.Province p = summary.provinces().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow();
        List<TableRecord<?>> records = new ArrayList<>();
        var province = dsl.newRecord(PROCEDURE_RUN_PROVINCE);
        province.setJobExecutionId(id);
        province.setProvinceCode(code);
        province.setProvinceName(p.name());
        province.setAgencyCode(p.agencyCode());
        province.setOldProvinces(list.province().formedFrom().stream().map(o -> o.code()).collect(Collectors.joining(",")));
        province.setMissingOldProvinces(list.missingSources().stream().map(o -> o.code()).collect(Collectors.joining(",")));
        province.setOldProcedures(p.oldProcedures());
        province.setPublished(p.published());
        province.setOrphans(p.orphans());
        province.setConflicts(p.conflicts());
        province.setWarnings(p.warnings());
        records.add(province);
        p.byLevel().forEach((level, n) -> {
            var r = dsl.newRecord(PROCEDURE_RUN_LEVEL);
            r.setJobExecutionId(id);
            r.setProvinceCode(code);
            r.setLevelId(level);
            r.setPublished(n);
            records.add(r);
        });
        p.changes().forEach((type, n) -> {
            var r = dsl.newRecord(PROCEDURE_RUN_CHANGE);
            r.setJobExecutionId(id);
            r.setProvinceCode(code);
            r.setChangeType(type);
            r.setOldProcedures(n);
            records.add(r);
        });
        for (PublishedProcedure item : list.procedures()) {
            var r = dsl.newRecord(PROCEDURE_RUN_ITEM);
            r.setJobExecutionId(id);
            r.setProvinceCode(code);
            r.setLevelId(item.level().id());
            r.setNationalCode(item.code().value());
            r.setStt(item.stt());
            r.setLocalCode(item.localCode());
            r.setName(item.name());
            r.setSector(item.sector());
            r.setAgency(item.agency());
            r.setConflictFields(item.conflicts().stream().sorted().map(Field::id).collect(Collectors.joining(",")));
            records.add(r);
        }
        for (Change orphan : list.orphans()) {
            var r = dsl.newRecord(PROCEDURE_RUN_ORPHAN);
            r.setJobExecutionId(id);
            r.setProvinceCode(code);
            r.setOldProvinceCode(orphan.oldProvince());
            r.setNationalCode(orphan.code().value());
            r.setName(orphan.name());
            r.setSourceFile(orphan.source().file());
            r.setSourceLine(orphan.source().line());
            records.add(r);
        }
        for (Conflict conflict : list.conflicts()) {
            var r = dsl.newRecord(PROCEDURE_RUN_CONFLICT);
            r.setJobExecutionId(id);
            r.setProvinceCode(code);
            r.setNationalCode(conflict.code().value());
            r.setLevelId(conflict.level().id());
            r.setField(conflict.field().id());
            r.setVariants(ProcedureJson.variantsText(conflict));
            records.add(r);
        }
        return records;
    }
}
