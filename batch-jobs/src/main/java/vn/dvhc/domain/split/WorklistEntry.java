package vn.dvhc.domain.split;

import java.util.List;

import vn.dvhc.domain.Unit;

/**
 * One line of the worklist: the rows of one split old commune that name the same hamlet or street and are still
 * split, for a person to decide.
 *
 * @param oldCommune the old commune
 * @param text       the hamlet or street text, as most of its rows spell it ({@link HamletText}); "" for the rows
 *                   that name none
 * @param rows       how many rows
 * @param candidates the old commune's candidates, in the catalog's order
 */
public record WorklistEntry(Unit oldCommune, String text, long rows, List<Unit> candidates) {

    public WorklistEntry {
        candidates = List.copyOf(candidates);
    }
}
