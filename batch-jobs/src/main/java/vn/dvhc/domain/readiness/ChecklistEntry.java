package vn.dvhc.domain.readiness;

import java.time.LocalDate;

/**
 * One line of the operator's checklist: a new province has done an indicator on a date, with the evidence (a
 * decision number, a link). {@code doneOn} is null when the line says "not yet" (an empty date).
 *
 * @param line     the line (or spreadsheet row) it was read from
 * @param province the new province's code (an old code is already mapped)
 */
public record ChecklistEntry(long line, String province, String indicator, LocalDate doneOn, String evidence,
                             String note) {

    /** Done on or before the date. */
    public boolean doneBy(LocalDate asOf) {
        return doneOn != null && !doneOn.isAfter(asOf);
    }
}
