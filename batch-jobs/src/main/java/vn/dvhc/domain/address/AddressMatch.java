package vn.dvhc.domain.address;

import java.util.List;
import java.util.stream.Collectors;

import vn.dvhc.domain.Unit;

/**
 * What an address (or a row of unit names) says about the old commune.
 *
 * @param status     MATCHED: one candidate; AMBIGUOUS: several, or one that may not be meant (see the notes);
 *                   UNRECOGNISED: none
 * @param candidates the old communes that fit, by code; every one of them, never a pick
 * @param province   the old province read or implied (the one of every candidate), or null when none or several
 * @param district   the old district read or implied, or null when none or several
 * @param prefix     the part of the address before the units, exactly as written (a substring of the input, without
 *                   trailing separators and blanks): {@code 12 Hàm Nghi} in {@code 12 Hàm Nghi, P. Bến Nghé, Q.1,
 *                   TP.HCM}; the whole text when no unit was recognised; empty for names
 * @param notes      every correction, inference and left-out part, in reading order
 */
public record AddressMatch(MatchStatus status, List<Unit> candidates, Unit province, Unit district, String prefix,
                           List<MatchNote> notes) {

    public AddressMatch {
        candidates = List.copyOf(candidates);
        notes = List.copyOf(notes);
    }

    /** The one old commune, or null unless MATCHED. */
    public Unit commune() {
        return status == MatchStatus.MATCHED ? candidates.get(0) : null;
    }

    /** The notes as one line for a {@code match_note} column: sentences joined by {@code "; "}. */
    public String note() {
        return notes.stream().map(MatchNote::text).collect(Collectors.joining("; "));
    }
}
