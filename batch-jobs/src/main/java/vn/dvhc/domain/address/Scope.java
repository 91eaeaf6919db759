package vn.dvhc.domain.address;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

/**
 * Where a name is looked for: the whole country, some provinces, or some districts (a district name can fit two
 * districts, Huyện Cai Lậy and Thị xã Cai Lậy, and a historical name can lead to several).
 *
 * @param provinces null: any province
 * @param districts null: any district of the provinces
 */
record Scope(Set<String> provinces, Set<String> districts) {

    static final Scope COUNTRY = new Scope(null, null);

    /** The provinces of these units (provinces, or districts whose provinces are meant). */
    static Scope provincesOf(List<Unit> units) {
        Set<String> codes = new HashSet<>();
        units.forEach(u -> codes.add(u.provinceCode()));
        return new Scope(codes, null);
    }

    /** These districts. */
    static Scope districts(List<Unit> districtUnits) {
        Set<String> codes = new HashSet<>();
        districtUnits.forEach(u -> codes.add(u.code()));
        return new Scope(provincesOf(districtUnits).provinces(), codes);
    }

    boolean isCountry() {
        return provinces == null && districts == null;
    }

    /** True when the unit lies in the scope. */
    boolean admits(Unit unit) {
        return switch (unit.level()) {
            case PROVINCE -> provinces == null || provinces.contains(unit.code());
            case DISTRICT -> (provinces == null || provinces.contains(unit.provinceCode()))
                    && (districts == null || districts.contains(unit.code()));
            case COMMUNE -> districts != null ? districts.contains(unit.parentCode())
                    : provinces == null || provinces.contains(unit.provinceCode());
        };
    }

    /** True when a historical name filed under these districts (or this province) lies in the scope. */
    boolean admits(Set<String> filedDistricts, String province, UnitLevel level) {
        if (level == UnitLevel.COMMUNE && districts != null) {
            for (String district : filedDistricts) {
                if (districts.contains(district)) {
                    return true;
                }
            }
            return false;
        }
        return level == UnitLevel.PROVINCE || provinces == null || provinces.contains(province);
    }
}
