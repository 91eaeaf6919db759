package vn.dvhc.domain.address;

import java.util.List;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

/**
 * A unit name found in the text: words {@code [start, end)} (type word included) name these units of a level.
 *
 * @param units   the units it fits, in the scope it was looked for in; empty for a district that was written
 *                (it opens with a district type word) but not recognised
 * @param penalty how much was bent to read it: 0 as written; more for other diacritics, another type, no type in
 *                the middle of a segment, a historical name, a typo
 * @param typed   whether a type word ({@code Phường}, {@code P.}, {@code Q}) came with the name
 * @param notes   what a person should know if this reading is taken
 */
record Found(UnitLevel level, int start, int end, List<Unit> units, int penalty, boolean typed, List<MatchNote> notes) {

    static final int DIACRITICS = 1;
    static final int TYPE = 1;
    static final int UNTYPED_INSIDE = 1;
    static final int HISTORICAL = 2;
    static final int UNRECOGNISED = 2;
    static final int TYPO = 3;

    Found {
        units = List.copyOf(units);
        notes = List.copyOf(notes);
    }

    boolean recognised() {
        return !units.isEmpty();
    }
}
