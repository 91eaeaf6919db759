package vn.dvhc.domain.procedure;

import java.util.List;

/**
 * A province of the release in force, with the old provinces it was formed from (every old province went whole
 * into one new province, NQ 202/2025/QH15) and the level-1 agency code its People's Committee uses. That code is
 * not derived from the unit code: Lào Cai is unit 15 (ex-Yên Bái) but keeps agency code H38 (ex-Lào Cai), as
 * {@code 1.011442.000.00.00.H38} on its portal shows (domain §3.6).
 *
 * @param agencyCode the level-1 code (H38), null when the configured table has none for this province
 */
public record NewProvince(String code, String name, String type, String agencyCode, List<OldProvince> formedFrom) {

    public NewProvince {
        formedFrom = List.copyOf(formedFrom);
    }

    /** {@code Tỉnh Lào Cai}. */
    public String fullName() {
        return type + " " + name;
    }

    /** {@code Lào Cai (15)}. */
    public String label() {
        return name + " (" + code + ")";
    }
}
