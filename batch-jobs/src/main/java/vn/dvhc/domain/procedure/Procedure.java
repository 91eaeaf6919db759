package vn.dvhc.domain.procedure;

import java.util.List;

import vn.dvhc.error.Location;

/**
 * One row of an old province's catalogue (Danh mục TTHC): the fields NĐ 63/2010/NĐ-CP Điều 13 k2 (amended by NĐ
 * 92/2017) requires a province to publish (name, legal basis, time limit, place, fees), plus the code, sector,
 * levels and implementing agency the national portal shows (domain §4.2, §6.2.2). Text is as read, cleaned.
 *
 * @param oldProvince the pre-2025 province code of the publishing province
 * @param levels      every level the row names, at least one; Cấp huyện included as read
 * @param agencyCode  the agency's identification code when the catalogue gives one, else empty
 */
public record Procedure(String oldProvince, ProcedureCode code, String name, String sector, List<Level> levels,
                        String agency, String agencyCode, String timeLimit, String fee, String place, String legalBasis,
                        Location source) {

    public Procedure {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a procedure has at least one level");
        }
    }
}
