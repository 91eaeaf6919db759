package vn.dvhc.domain.agency;

import java.time.LocalDate;

/**
 * One row of an agency register. Only code and name are required; the other fields are empty strings or null when
 * the register does not have them. The code is kept exactly as written: a stray space is a finding, not something
 * to trim away.
 *
 * @param unitCode    the administrative unit the agency serves (a People's Committee's province, district or
 *                    commune), or empty
 * @param unitRelease the catalog release that unit code is from, or empty: then the release in force
 * @param validTo     the last day the agency existed, inclusive; null while it exists
 */
public record Agency(long line, String code, String name, String parentCode, String unitCode, String unitRelease,
                     AgencyStatus status, LocalDate validFrom, LocalDate validTo, String decision) {

    public boolean activeOn(LocalDate day) {
        return status == AgencyStatus.ACTIVE && (validFrom == null || !validFrom.isAfter(day))
                && (validTo == null || !validTo.isBefore(day));
    }

    public boolean hasUnit() {
        return !unitCode.isBlank();
    }
}
