package vn.dvhc.report;

import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static vn.dvhc.jooq.Tables.AGENCY_RUN;
import static vn.dvhc.jooq.Tables.AGENCY_RUN_PROVINCE;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_LEVEL;
import static vn.dvhc.jooq.Tables.PROCEDURE_RUN_PROVINCE;
import static vn.dvhc.jooq.Tables.REF_UNIT;
import static vn.dvhc.jooq.Tables.REMAP_RUN;
import static vn.dvhc.jooq.Tables.REMAP_RUN_PROVINCE;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.readiness.ProvinceFacts;

/**
 * Reads what the runs stored, choosing which runs count: for remap the latest run of each input file (a file
 * remapped again replaces its earlier run); for agencies the latest run covering each province; for procedures the
 * latest run (one run re-publishes all provinces). With {@code until}, only runs finished before it count (the
 * progress table as of a date: what was done by then).
 */
final class StoredRuns {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DSLContext dsl;
    private final LocalDateTime until;
    final List<CutoverReport.SourceRun> used = new ArrayList<>();
    long rejectedUnattributed;

    /** {@code until}: null for every run stored. */
    StoredRuns(DSLContext dsl, LocalDateTime until) {
        this.dsl = dsl;
        this.until = until;
    }

    /** Province code → full name (Thành phố Hà Nội), of the release, in code order. */
    Map<String, String> provinces(String releaseId) {
        Map<String, String> provinces = new LinkedHashMap<>();
        dsl.select(REF_UNIT.CODE, REF_UNIT.UNIT_TYPE, REF_UNIT.NAME).from(REF_UNIT)
                .where(REF_UNIT.RELEASE_ID.eq(releaseId).and(REF_UNIT.UNIT_LEVEL.eq(UnitLevel.PROVINCE.name())))
                .orderBy(REF_UNIT.CODE)
                .forEach(r -> provinces.put(r.value1(), r.value2() + " " + r.value3()));
        return provinces;
    }

    private Condition finishedBefore(Field<LocalDateTime> finishedAt) {
        return until == null ? DSL.noCondition() : finishedAt.lt(until);
    }

    Map<String, ProvinceFacts.Remap> remap() {
        List<Long> latest = dsl.select(max(REMAP_RUN.JOB_EXECUTION_ID)).from(REMAP_RUN)
                .where(finishedBefore(REMAP_RUN.FINISHED_AT)).groupBy(REMAP_RUN.INPUT_FILE).fetch(0, Long.class);
        long rejectedTotal = 0;
        for (Record run : dsl.select(REMAP_RUN.JOB_EXECUTION_ID, REMAP_RUN.INPUT_FILE, REMAP_RUN.FINISHED_AT,
                REMAP_RUN.ROWS_REJECTED).from(REMAP_RUN).where(REMAP_RUN.JOB_EXECUTION_ID.in(latest))
                .orderBy(REMAP_RUN.JOB_EXECUTION_ID).fetch()) {
            used.add(new CutoverReport.SourceRun("remap", run.get(REMAP_RUN.JOB_EXECUTION_ID),
                    run.get(REMAP_RUN.INPUT_FILE), run.get(REMAP_RUN.FINISHED_AT).format(WHEN)));
            rejectedTotal += run.get(REMAP_RUN.ROWS_REJECTED);
        }
        Map<String, ProvinceFacts.Remap> facts = new HashMap<>();
        Map<String, Integer> files = new HashMap<>();
        for (var row : dsl.selectFrom(REMAP_RUN_PROVINCE).where(REMAP_RUN_PROVINCE.JOB_EXECUTION_ID.in(latest)).fetch()) {
            ProvinceFacts.Remap before = facts.getOrDefault(row.getProvinceCode(), new ProvinceFacts.Remap(0, 0, 0, 0, 0));
            facts.put(row.getProvinceCode(), new ProvinceFacts.Remap(before.mapped() + row.getMappedRows(),
                    before.split() + row.getSplitRows(), before.alias() + row.getAliasRows(),
                    before.rejected() + row.getRejectedRows(), files.merge(row.getProvinceCode(), 1, Integer::sum)));
            rejectedTotal -= row.getRejectedRows();
        }
        rejectedUnattributed = rejectedTotal;
        return facts;
    }

    Map<String, ProvinceFacts.Agencies> agencies() {
        Map<String, ProvinceFacts.Agencies> facts = new HashMap<>();
        Map<String, Long> latest = new HashMap<>();
        dsl.select(AGENCY_RUN_PROVINCE.PROVINCE_CODE, max(AGENCY_RUN_PROVINCE.JOB_EXECUTION_ID))
                .from(AGENCY_RUN_PROVINCE)
                .where(AGENCY_RUN_PROVINCE.JOB_EXECUTION_ID.in(select(AGENCY_RUN.JOB_EXECUTION_ID).from(AGENCY_RUN)
                        .where(finishedBefore(AGENCY_RUN.FINISHED_AT))))
                .groupBy(AGENCY_RUN_PROVINCE.PROVINCE_CODE)
                .forEach(r -> latest.put(r.value1(), r.value2()));
        if (latest.isEmpty()) {
            return facts;
        }
        for (var row : dsl.selectFrom(AGENCY_RUN_PROVINCE)
                .where(AGENCY_RUN_PROVINCE.JOB_EXECUTION_ID.in(latest.values())).fetch()) {
            if (row.getJobExecutionId().equals(latest.get(row.getProvinceCode()))) {
                facts.put(row.getProvinceCode(), new ProvinceFacts.Agencies(row.getAgencies(), row.getErrors(),
                        row.getWarnings(), row.getInfos(), row.getCommunes(), row.getCommunesCovered()));
            }
        }
        dsl.select(AGENCY_RUN.JOB_EXECUTION_ID, AGENCY_RUN.REGISTER_FILE, AGENCY_RUN.FINISHED_AT).from(AGENCY_RUN)
                .where(AGENCY_RUN.JOB_EXECUTION_ID.in(latest.values())).orderBy(AGENCY_RUN.JOB_EXECUTION_ID)
                .forEach(r -> used.add(new CutoverReport.SourceRun("agencies", r.value1(), r.value2(),
                        r.value3().format(WHEN))));
        return facts;
    }

    Map<String, ProvinceFacts.Procedures> procedures() {
        Map<String, ProvinceFacts.Procedures> facts = new HashMap<>();
        var run = dsl.selectFrom(PROCEDURE_RUN).where(finishedBefore(PROCEDURE_RUN.FINISHED_AT))
                .orderBy(PROCEDURE_RUN.JOB_EXECUTION_ID.desc()).limit(1).fetchOne();
        if (run == null) {
            return facts;
        }
        used.add(new CutoverReport.SourceRun("procedures", run.getJobExecutionId(), run.getOutputDir(),
                run.getFinishedAt().format(WHEN)));
        Map<String, Map<String, Integer>> levels = new HashMap<>();
        dsl.selectFrom(PROCEDURE_RUN_LEVEL).where(PROCEDURE_RUN_LEVEL.JOB_EXECUTION_ID.eq(run.getJobExecutionId()))
                .forEach(l -> levels.computeIfAbsent(l.getProvinceCode(), k -> new TreeMap<>())
                        .put(l.getLevelId(), l.getPublished()));
        dsl.selectFrom(PROCEDURE_RUN_PROVINCE).where(PROCEDURE_RUN_PROVINCE.JOB_EXECUTION_ID.eq(run.getJobExecutionId()))
                .forEach(p -> facts.put(p.getProvinceCode(), new ProvinceFacts.Procedures(p.getPublished(),
                        levels.getOrDefault(p.getProvinceCode(), Map.of()), p.getOrphans(), p.getConflicts())));
        return facts;
    }
}
