package vn.dvhc.domain.procedure;

import vn.dvhc.error.Location;

/**
 * Something the operator should look at before publishing, which does not stop the run.
 *
 * @param code  null when it concerns the province, not one procedure
 * @param level null when it concerns the province
 */
public record Warning(Kind kind, ProcedureCode code, Level level, String message, Location source) {

    public enum Kind {
        /** An old province that formed the new one has no catalogue among the inputs: the list is incomplete. */
        MISSING_SOURCE,
        /** A district-level agency had to be replaced and neither a rule nor the crosswalk names its successor. */
        AGENCY_UNKNOWN,
        /** A published text still names the abolished district level (domain §6.2.3). */
        DISTRICT_WORDING
    }
}
