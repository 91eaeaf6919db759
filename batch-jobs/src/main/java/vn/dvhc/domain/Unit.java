package vn.dvhc.domain;

/**
 * An administrative unit as one release knows it.
 *
 * @param parentCode   a district's province or an old commune's district; null for provinces and for
 *                     communes of releases without a district level
 * @param provinceCode the province the unit lies in (a province's own code)
 */
public record Unit(UnitLevel level, String code, String name, String type, String parentCode, String provinceCode) {

    /** The official full name: type, blank, name ({@code Phường Bến Nghé}). */
    public String fullName() {
        return type + " " + name;
    }

    public UnitKey key() {
        return new UnitKey(level, code);
    }
}
