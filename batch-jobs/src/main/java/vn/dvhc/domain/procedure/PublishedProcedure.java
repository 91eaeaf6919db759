package vn.dvhc.domain.procedure;

import java.util.List;
import java.util.Set;

import vn.dvhc.error.Location;

/**
 * One row of a re-published list: a procedure at one level (a procedure handled at Cấp tỉnh and Cấp xã is two
 * rows, one in each level's section, as in the provincial annexes). A detail on which the merged old provinces
 * disagree lists every variant (see {@link Conflict}); {@code conflicts} names those fields.
 *
 * @param stt         the row number within its level's section
 * @param localCode   {@code <national>.000.00.00.<H code of the new province>}
 * @param sectorGroup the sector the row is grouped under (the first variant when the sector is in conflict)
 * @param origins     the old catalogue rows it stands for
 */
public record PublishedProcedure(int stt, ProcedureCode code, String localCode, Level level, String name,
                                 String sector, String sectorGroup, String agency, String agencyCode, String timeLimit,
                                 String fee, String place, String legalBasis, List<Origin> origins,
                                 Set<Field> conflicts) {

    public PublishedProcedure {
        origins = List.copyOf(origins);
        conflicts = Set.copyOf(conflicts);
    }

    /** An old catalogue row behind a published row. */
    public record Origin(OldProvince province, ProcedureCode oldCode, Level oldLevel, Location source) {
    }
}
