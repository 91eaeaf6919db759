package vn.dvhc.report.progress;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.domain.Conversion;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;

/**
 * The province codes a checklist may use: the new provinces' own, and the old ones of the start of the chain, each
 * with the new province it went into whole (domain notes §1.3). A new province took the code of one of its old
 * provinces, so a code that is both is the new province and nothing is lost.
 *
 * @param current code → full name of each new province, in code order
 * @param old     old code → the old province and the new one it is part of, in code order
 */
public record ProvinceCodes(Map<String, String> current, Map<String, OldProvince> old) {

    /** An old province and the new province that took it in. */
    public record OldProvince(Unit unit, String release, String newCode) {
    }

    public ProvinceCodes {
        // Sorted, not Map.copyOf: the unknown-province hint lists the codes, and hash order would scramble them.
        current = Collections.unmodifiableSortedMap(new TreeMap<>(current));
        old = Collections.unmodifiableSortedMap(new TreeMap<>(old));
    }

    /** From a conversion along the chain (its start: the old provinces; its end: the new ones). */
    public static ProvinceCodes of(ConversionTable table) {
        Map<String, String> current = new TreeMap<>();
        Map<String, OldProvince> old = new TreeMap<>();
        for (Unit province : table.fromUnits(UnitLevel.PROVINCE)) {
            Conversion conversion = table.convert(new UnitKey(UnitLevel.PROVINCE, province.code()));
            if (conversion == null || conversion.candidates().size() != 1) {
                // A province split between new ones (none was in 2025) has no one new province to stand for.
                continue;
            }
            Unit now = conversion.candidates().get(0).unit();
            current.put(now.code(), now.fullName());
            old.put(province.code(), new OldProvince(province, table.from().id(), now.code()));
        }
        return new ProvinceCodes(current, old);
    }
}
