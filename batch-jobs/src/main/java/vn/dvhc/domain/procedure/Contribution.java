package vn.dvhc.domain.procedure;

/**
 * What one part of an old procedure brings to one row of the new list: its details after the rules, the
 * crosswalk and the agency replacement.
 *
 * @param ruleBasis the legal basis of the rule that moved it, cited first in the new row; empty without a rule
 */
record Contribution(OldProvince province, Procedure row, Level oldLevel, ProcedureCode code, Level level,
                    String name, String agency, String agencyCode, boolean agencyUnknown, String ruleBasis) {

    String value(Field field) {
        return switch (field) {
            case NAME -> name;
            case SECTOR -> row.sector();
            case AGENCY -> agency;
            case TIME_LIMIT -> row.timeLimit();
            case FEE -> row.fee();
            case PLACE -> row.place();
        };
    }

    PublishedProcedure.Origin origin() {
        return new PublishedProcedure.Origin(province, row.code(), oldLevel, row.source());
    }
}
