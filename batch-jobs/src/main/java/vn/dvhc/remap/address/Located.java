package vn.dvhc.remap.address;

import vn.dvhc.domain.address.AddressMatch;
import vn.dvhc.domain.address.MatchStatus;

/**
 * What the address or the names of one row say about its old commune, ready for the remap.
 *
 * @param match    what the reader found
 * @param commune  the old commune's code when the match is one commune, else null
 * @param province the old province's code when one is known (read, or shared by every candidate), else null: the
 *                 rejected row still counts for its new province
 * @param detail   for a row that cannot be pinned down: every candidate (with district and province) or what was
 *                 recognised, then the reader's notes; null when MATCHED
 */
public record Located(AddressMatch match, String commune, String province, String detail) {

    public boolean matched() {
        return match.status() == MatchStatus.MATCHED;
    }
}
