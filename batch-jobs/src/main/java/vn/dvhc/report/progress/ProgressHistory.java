package vn.dvhc.report.progress;

import static vn.dvhc.jooq.Tables.REPORT_RUN_INDICATOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;

import vn.dvhc.domain.readiness.ProgressTable;

/**
 * The progress tables of the reports made so far (table {@code report_run_indicator}): each report stores its own,
 * and reads the earlier ones as each indicator's history, up to its own date (a report as of 27 June shows what was
 * known by then, even when made after the reports of July). Of several reports as of the same date, the latest
 * counts (a report made again after a correction replaces the figure).
 */
public final class ProgressHistory {

    private final DSLContext dsl;

    public ProgressHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Indicator id → its counts as of each date up to {@code asOf}, oldest first, from the reports stored before.
     */
    public Map<String, List<ProgressTable.Point>> read(LocalDate asOf) {
        Map<String, TreeMap<LocalDate, Integer>> byDate = new HashMap<>();
        // In execution order, so that the latest report as of a date overwrites the earlier ones.
        dsl.selectFrom(REPORT_RUN_INDICATOR).where(REPORT_RUN_INDICATOR.AS_OF.le(asOf))
                .orderBy(REPORT_RUN_INDICATOR.JOB_EXECUTION_ID)
                .forEach(row -> byDate.computeIfAbsent(row.getIndicatorId(), k -> new TreeMap<>())
                        .put(row.getAsOf(), row.getDone()));
        Map<String, List<ProgressTable.Point>> history = new HashMap<>();
        byDate.forEach((indicator, dates) -> {
            List<ProgressTable.Point> points = new ArrayList<>();
            dates.forEach((day, done) -> points.add(new ProgressTable.Point(day, done)));
            history.put(indicator, points);
        });
        return history;
    }

    /** Stores the table of the report run {@code executionId}, as of its date. */
    public void store(long executionId, LocalDate asOf, ProgressTable table) {
        var insert = dsl.insertInto(REPORT_RUN_INDICATOR, REPORT_RUN_INDICATOR.JOB_EXECUTION_ID,
                REPORT_RUN_INDICATOR.INDICATOR_ID, REPORT_RUN_INDICATOR.LABEL, REPORT_RUN_INDICATOR.SOURCE,
                REPORT_RUN_INDICATOR.AS_OF, REPORT_RUN_INDICATOR.DONE, REPORT_RUN_INDICATOR.TOTAL);
        for (ProgressTable.Row row : table.rows()) {
            insert = insert.values(executionId, row.id(), row.label(), row.source(), asOf, row.done(), row.total());
        }
        if (!table.rows().isEmpty()) {
            insert.execute();
        }
    }
}
