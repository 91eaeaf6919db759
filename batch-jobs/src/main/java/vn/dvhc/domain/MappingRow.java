package vn.dvhc.domain;

/**
 * One (old unit, new unit) pair of a release's mapping from its predecessor. A split old unit has one row per
 * candidate, all flagged {@code split}; at most one of them is the release's {@code isDefault} choice, and
 * {@code defaultBasis} says why (there are no official shares, so a split is never silently resolved).
 *
 * @param oldLevel COMMUNE for communes, DISTRICT for the island districts without communes that became
 *                 special zones, PROVINCE for provinces
 * @param note     the official note of the pair ({@code Nhập toàn bộ}, {@code Nhập một phần} …), may be empty
 */
public record MappingRow(UnitLevel oldLevel, String oldCode, String newCode, boolean split, boolean isDefault,
                         String note, String defaultBasis) {

    /** Level of the new unit: island districts became communes (đặc khu). */
    public UnitLevel newLevel() {
        return oldLevel == UnitLevel.PROVINCE ? UnitLevel.PROVINCE : UnitLevel.COMMUNE;
    }

    public UnitKey oldKey() {
        return new UnitKey(oldLevel, oldCode);
    }

    public UnitKey newKey() {
        return new UnitKey(newLevel(), newCode);
    }
}
