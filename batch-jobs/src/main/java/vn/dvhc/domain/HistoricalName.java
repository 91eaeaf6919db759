package vn.dvhc.domain;

import java.util.List;
import java.util.Locale;

/**
 * A name a unit was listed under before the release it belongs to, which addresses and ID cards still carry: a
 * unit renamed (Quận 2 → Thành phố Thủ Đức), merged into others (Quận 9), or moved to another district, between
 * the NSO list of September 2019 and the last pre-reform list (July 2025). Read from the sourced file
 * {@code unit-history.csv} of the {@code pre-2025} release (its columns are documented in docs/addresses.md).
 *
 * @param code         the NSO code the unit had under this name (it may no longer exist)
 * @param districtCode for a commune, the district it was listed in under this name; null for other levels
 * @param lastListed   the date of the last list that shows the name (ISO date)
 * @param successors   the codes, in the release, of the units that now hold it (several when it was divided)
 * @param basis        why: what the lists show and what the source says
 * @param source       where the facts come from
 */
public record HistoricalName(UnitLevel level, String code, String type, String name, String districtCode,
                             String provinceCode, String lastListed, Change change, List<String> successors,
                             String basis, String source) {

    public HistoricalName {
        successors = List.copyOf(successors);
    }

    /** What happened to the unit under this name. */
    public enum Change {
        /** The same code was listed under another name later. */
        RENAMED,
        /** The code disappeared; the successors hold its area. */
        MERGED,
        /** The same code and name, listed under another district later. */
        MOVED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Change fromLabel(String label) {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** Type, blank, name, as the old list wrote it ({@code Quận 9}). */
    public String fullName() {
        return type + " " + name;
    }
}
