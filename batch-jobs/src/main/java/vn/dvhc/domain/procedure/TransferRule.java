package vn.dvhc.domain.procedure;

import java.util.List;

import vn.dvhc.error.Location;

/**
 * One line of the transfer rules: what became of a procedure (or of its part at one old level) when the district
 * level ended. The June-2025 decrees on phân định thẩm quyền and phân quyền, phân cấp (NĐ 140/2025, NĐ 151/2025,
 * the catch-all NĐ 184/2025 …) moved competences procedure by procedure, sometimes under a new national code, so
 * the map is data, code to code (domain §4.4).
 *
 * @param fromLevel the old level the rule applies to; null for every level of the procedure
 * @param newLevels where the procedure is handled now; empty when it is abolished (bãi bỏ)
 * @param newCode   the national code it is published under now; null when unchanged
 * @param newName   the name to publish; empty to keep the catalogue's
 * @param newAgency the implementing agency to publish (and {@code newAgencyCode} its code); empty to keep the
 *                  catalogue's or the crosswalk's
 */
public record TransferRule(ProcedureCode code, Level fromLevel, List<Level> newLevels, ProcedureCode newCode,
                           String newName, String newAgency, String newAgencyCode, String legalBasis, String note,
                           Location source) {

    public TransferRule {
        newLevels = List.copyOf(newLevels);
        if (newLevels.contains(Level.HUYEN)) {
            throw new IllegalArgumentException("a rule cannot move a procedure to Cấp huyện, which no longer exists");
        }
    }

    public boolean abolishes() {
        return newLevels.isEmpty();
    }

    /** Where the rule is, for details: {@code rules.csv line 7}. */
    public String where() {
        return source == null ? "" : source.toString();
    }
}
