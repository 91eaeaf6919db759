package vn.dvhc.domain.procedure;

import java.util.List;

import vn.dvhc.error.Location;

/**
 * The accounting line of one old procedure: what it was (old province, code, levels) and what became of it.
 *
 * @param newCodes  the national codes it is published under now (empty when abolished or orphaned)
 * @param newLevels the levels it is published at now
 * @param detail    English text naming levels by id ({@code huyen → xa}) and the rule or option that decided it
 * @param source    the first catalogue row of the procedure
 */
public record Change(String oldProvince, ProcedureCode code, String name, List<Level> oldLevels, ChangeType type,
                     String newProvince, List<ProcedureCode> newCodes, List<Level> newLevels, String detail,
                     Location source) {

    public Change {
        oldLevels = List.copyOf(oldLevels);
        newCodes = List.copyOf(newCodes);
        newLevels = List.copyOf(newLevels);
    }
}
