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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.readiness.ProvinceFacts;

/**
 * Reads what the runs stored, choosing which runs count: for remap the latest run of each dataset ({@link Datasets}:
 * the same rows, re-run, re-encoded or copied, or the same --dataset name, replace their earlier runs); for agencies
 * and procedures the latest run covering each province (a run covers the provinces whose catalogues it was given).
 * Runs the settings exclude are left out before that, so an excluded run's earlier run of the same dataset (or
 * province) counts instead.
 * Every stored run not used is listed in {@link #leftOut} with the reason.
 * With {@code until}, only runs finished before it count (the progress table as of a date: what was done by then).
 */
final class StoredRuns {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The shortest start of a rows identity --exclude-dataset takes, and what the report shows of it. */
    static final int SHORT_IDENTITY = 12;

    private final DSLContext dsl;
    private final Set<Long> excludeRuns;
    private final List<String> excludeDatasets;
    private final LocalDateTime until;
    final List<CutoverReport.SourceRun> used = new ArrayList<>();
    final List<CutoverReport.LeftOutRun> leftOut = new ArrayList<>();
    long rejectedUnattributed;

    /** {@code until}: null for every run stored. */
    StoredRuns(DSLContext dsl, Collection<Long> excludeRuns, List<String> excludeDatasets, LocalDateTime until) {
        this.dsl = dsl;
        this.excludeRuns = Set.copyOf(excludeRuns);
        this.excludeDatasets = List.copyOf(excludeDatasets);
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
        List<Datasets.Run> kept = new ArrayList<>();
        Map<Long, Record> stored = new LinkedHashMap<>();
        for (Record run : dsl.select(REMAP_RUN.JOB_EXECUTION_ID, REMAP_RUN.INPUT_FILE, REMAP_RUN.FINISHED_AT,
                REMAP_RUN.ROWS_REJECTED, REMAP_RUN.DATASET_NAME, REMAP_RUN.ROWS_SHA256).from(REMAP_RUN)
                .where(finishedBefore(REMAP_RUN.FINISHED_AT)).orderBy(REMAP_RUN.JOB_EXECUTION_ID).fetch()) {
            long id = run.get(REMAP_RUN.JOB_EXECUTION_ID);
            String name = run.get(REMAP_RUN.DATASET_NAME);
            String rows = run.get(REMAP_RUN.ROWS_SHA256);
            String excludedBy = excludedBy(id, name, rows);
            if (excludedBy != null) {
                leftOut.add(new CutoverReport.LeftOutRun("remap", id, run.get(REMAP_RUN.INPUT_FILE), excludedBy));
            } else {
                kept.add(new Datasets.Run(id, name, rows, run.get(REMAP_RUN.INPUT_FILE)));
                stored.put(id, run);
            }
        }
        Map<Long, Long> latestOf = Datasets.latest(kept);
        List<Long> latest = new ArrayList<>();
        long rejectedTotal = 0;
        for (Record run : stored.values()) {
            long id = run.get(REMAP_RUN.JOB_EXECUTION_ID);
            if (latestOf.get(id) != id) {
                leftOut.add(new CutoverReport.LeftOutRun("remap", id, run.get(REMAP_RUN.INPUT_FILE),
                        "replaced by run " + latestOf.get(id) + " of the same dataset"));
                continue;
            }
            latest.add(id);
            String name = run.get(REMAP_RUN.DATASET_NAME);
            String rows = run.get(REMAP_RUN.ROWS_SHA256);
            used.add(new CutoverReport.SourceRun("remap", id, run.get(REMAP_RUN.INPUT_FILE),
                    run.get(REMAP_RUN.FINISHED_AT).format(WHEN),
                    name != null ? name : rows != null ? rows.substring(0, SHORT_IDENTITY) : null));
            rejectedTotal += run.get(REMAP_RUN.ROWS_REJECTED);
        }
        Map<String, ProvinceFacts.Remap> facts = new HashMap<>();
        Map<String, Integer> files = new HashMap<>();
        for (var row : dsl.selectFrom(REMAP_RUN_PROVINCE).where(REMAP_RUN_PROVINCE.JOB_EXECUTION_ID.in(latest)).fetch()) {
            ProvinceFacts.Remap before = facts.getOrDefault(row.getProvinceCode(), new ProvinceFacts.Remap(0, 0, 0, 0, 0));
            facts.put(row.getProvinceCode(), new ProvinceFacts.Remap(before.mapped() + row.getMappedRows(),
                    before.split() + row.getSplitRows(), before.alias() + row.getAliasRows(),
                    before.rejected() + row.getRejectedRows(), files.merge(row.getProvinceCode(), 1, Integer::sum),
                    before.resolvedByLaw() + row.getResolvedLawRows(), before.resolvedByRule() + row.getResolvedRuleRows()));
            rejectedTotal -= row.getRejectedRows();
        }
        rejectedUnattributed = rejectedTotal;
        return facts;
    }

    // Why a remap run is left out by the settings, or null when it is not.
    private String excludedBy(long id, String name, String rows) {
        if (excludeRuns.contains(id)) {
            return "--exclude-run";
        }
        for (String dataset : excludeDatasets) {
            if (dataset.equals(name) || rows != null && dataset.length() >= SHORT_IDENTITY
                    && rows.startsWith(dataset.toLowerCase(Locale.ROOT))) {
                return "--exclude-dataset " + dataset;
            }
        }
        return null;
    }

    Map<String, ProvinceFacts.Agencies> agencies() {
        Map<String, ProvinceFacts.Agencies> facts = new HashMap<>();
        Map<String, Long> latest = new HashMap<>();
        dsl.select(AGENCY_RUN_PROVINCE.PROVINCE_CODE, max(AGENCY_RUN_PROVINCE.JOB_EXECUTION_ID))
                .from(AGENCY_RUN_PROVINCE).where(AGENCY_RUN_PROVINCE.JOB_EXECUTION_ID.notIn(excludeRuns))
                .and(AGENCY_RUN_PROVINCE.JOB_EXECUTION_ID.in(select(AGENCY_RUN.JOB_EXECUTION_ID).from(AGENCY_RUN)
                        .where(finishedBefore(AGENCY_RUN.FINISHED_AT))))
                .groupBy(AGENCY_RUN_PROVINCE.PROVINCE_CODE)
                .forEach(r -> latest.put(r.value1(), r.value2()));
        dsl.select(AGENCY_RUN.JOB_EXECUTION_ID, AGENCY_RUN.REGISTER_FILE).from(AGENCY_RUN)
                .where(AGENCY_RUN.JOB_EXECUTION_ID.notIn(latest.values())).orderBy(AGENCY_RUN.JOB_EXECUTION_ID)
                .forEach(r -> leftOut.add(new CutoverReport.LeftOutRun("agencies", r.value1(), r.value2(),
                        excludeRuns.contains(r.value1()) ? "--exclude-run"
                                : "replaced by later runs for its provinces")));
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
                        r.value3().format(WHEN), null)));
        return facts;
    }

    /**
     * The latest re-published list of each province: a run re-publishes the catalogues it was given, often of one
     * new province, so an earlier run stays the evidence for the provinces a later one does not cover.
     */
    Map<String, ProvinceFacts.Procedures> procedures() {
        Map<String, ProvinceFacts.Procedures> facts = new HashMap<>();
        Map<String, Long> latest = new HashMap<>();
        dsl.select(PROCEDURE_RUN_PROVINCE.PROVINCE_CODE, max(PROCEDURE_RUN_PROVINCE.JOB_EXECUTION_ID))
                .from(PROCEDURE_RUN_PROVINCE).where(PROCEDURE_RUN_PROVINCE.JOB_EXECUTION_ID.notIn(excludeRuns))
                .and(PROCEDURE_RUN_PROVINCE.JOB_EXECUTION_ID.in(select(PROCEDURE_RUN.JOB_EXECUTION_ID)
                        .from(PROCEDURE_RUN).where(finishedBefore(PROCEDURE_RUN.FINISHED_AT))))
                .groupBy(PROCEDURE_RUN_PROVINCE.PROVINCE_CODE)
                .forEach(r -> latest.put(r.value1(), r.value2()));
        for (var run : dsl.selectFrom(PROCEDURE_RUN).where(finishedBefore(PROCEDURE_RUN.FINISHED_AT))
                .orderBy(PROCEDURE_RUN.JOB_EXECUTION_ID).fetch()) {
            long id = run.getJobExecutionId();
            if (latest.containsValue(id)) {
                used.add(new CutoverReport.SourceRun("procedures", id, run.getOutputDir(),
                        run.getFinishedAt().format(WHEN), null));
            } else {
                leftOut.add(new CutoverReport.LeftOutRun("procedures", id, run.getOutputDir(),
                        excludeRuns.contains(id) ? "--exclude-run" : "replaced by later runs for its provinces"));
            }
        }
        if (latest.isEmpty()) {
            return facts;
        }
        Map<String, Map<String, Integer>> levels = new HashMap<>();
        dsl.selectFrom(PROCEDURE_RUN_LEVEL).where(PROCEDURE_RUN_LEVEL.JOB_EXECUTION_ID.in(latest.values()))
                .forEach(l -> {
                    if (l.getJobExecutionId().equals(latest.get(l.getProvinceCode()))) {
                        levels.computeIfAbsent(l.getProvinceCode(), k -> new TreeMap<>())
                                .put(l.getLevelId(), l.getPublished());
                    }
                });
        dsl.selectFrom(PROCEDURE_RUN_PROVINCE).where(PROCEDURE_RUN_PROVINCE.JOB_EXECUTION_ID.in(latest.values()))
                .forEach(p -> {
                    if (p.getJobExecutionId().equals(latest.get(p.getProvinceCode()))) {
                        facts.put(p.getProvinceCode(), new ProvinceFacts.Procedures(p.getPublished(),
                                levels.getOrDefault(p.getProvinceCode(), Map.of()), p.getOrphans(), p.getConflicts()));
                    }
                });
        return facts;
    }
}
