package vn.dvhc.domain.procedure;

import vn.dvhc.error.Location;

/**
 * One line of the agency crosswalk: an implementing agency of an old province and the agency that took over its
 * procedures. Agency codes are matched as written: there is no mechanical conversion between code layouts
 * (domain §3.1, §6.1.4), only a crosswalk.
 *
 * @param oldCode empty when the line matches by name only
 * @param oldName empty when the line matches by code only
 */
public record AgencyMapping(String oldCode, String oldName, String newCode, String newName, Location source) {
}
