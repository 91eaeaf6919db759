package vn.dvhc.domain.procedure;

/**
 * What happens to the district-level part of a procedure that no rule names ({@code --default-district-level}):
 * most district competences went to the communes (domain §4.4), but only a rule says so for a given procedure.
 */
public enum DistrictDefault {
    /** Publish it at Cấp xã, saying that no rule but the option decided it. */
    XA,
    /** Report it as an orphan: it is published nowhere until a rule names it. */
    ORPHAN
}
