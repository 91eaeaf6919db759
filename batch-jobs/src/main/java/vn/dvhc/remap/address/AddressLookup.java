package vn.dvhc.remap.address;

import java.util.List;
import java.util.stream.Collectors;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;
import vn.dvhc.domain.address.AddressMatch;
import vn.dvhc.domain.address.AddressReader;
import vn.dvhc.domain.address.Gazetteer;

/**
 * The remap's use of the {@link AddressReader}: reads an address or a row of names and says which old commune it
 * is, or why it cannot be pinned down, in the words of a reject detail. Stateless and thread-safe, like the reader.
 */
public final class AddressLookup {

    private final Gazetteer gazetteer;
    private final AddressReader reader;

    public AddressLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.reader = new AddressReader(gazetteer);
    }

    /** A free-text address. */
    public Located address(String text) {
        return located(reader.match(text));
    }

    /** Unit names from separate columns; district and province may be null. */
    public Located names(String commune, String district, String province) {
        return located(reader.matchNames(commune, district, province));
    }

    private Located located(AddressMatch m) {
        String note = m.note();
        return switch (m.status()) {
            case MATCHED -> new Located(m, m.commune().code(), m.commune().provinceCode(), null);
            case AMBIGUOUS -> new Located(m, null, sharedProvince(m.candidates()),
                    m.candidates().size() + " old communes fit: " + m.candidates().stream().map(this::describe)
                            .collect(Collectors.joining(" | ")) + (note.isEmpty() ? "" : "; " + note));
            // The reader's notes say what was recognised ("no commune recognised in Quận 1").
            case UNRECOGNISED -> new Located(m, null, m.province() == null ? null : m.province().code(),
                    note.isEmpty() ? "no commune recognised" : note);
        };
    }

    /** {@code 26740 Phường Bến Nghé (Quận 1, Thành phố Hồ Chí Minh)}: an old commune with its district and province. */
    public String describe(Unit commune) {
        String district = gazetteer.unit(UnitLevel.DISTRICT, commune.parentCode()).map(Unit::fullName).orElse(null);
        String province = gazetteer.unit(UnitLevel.PROVINCE, commune.provinceCode()).map(Unit::fullName)
                .orElse(commune.provinceCode());
        return commune.code() + " " + commune.fullName() + " (" + (district == null ? "" : district + ", ") + province + ")";
    }

    private static String sharedProvince(List<Unit> candidates) {
        List<String> provinces = candidates.stream().map(Unit::provinceCode).distinct().toList();
        return provinces.size() == 1 ? provinces.get(0) : null;
    }
}
