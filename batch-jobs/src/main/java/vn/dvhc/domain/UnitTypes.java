package vn.dvhc.domain;

import java.util.List;
import java.util.Map;

/**
 * The unit types of each level and how to split an official full name into type and name
 * ({@code Thành phố Hà Nội} → {@code Thành phố} + {@code Hà Nội}). Sources vary in case ({@code Thị Trấn}) and
 * sometimes drop a diacritic ({@code Xa Ea Kly}); the split matches the folded prefix and reports whether the
 * written prefix differed by more than case.
 */
public final class UnitTypes {

    // Longest first, so that "Thị xã" wins over "Xã" and "Thành phố" is never read as something shorter.
    private static final Map<UnitLevel, List<String>> TYPES = Map.of(
            UnitLevel.PROVINCE, List.of("Thành phố", "Tỉnh"),
            UnitLevel.DISTRICT, List.of("Thành phố", "Thị xã", "Huyện", "Quận"),
            UnitLevel.COMMUNE, List.of("Thị trấn", "Đặc khu", "Phường", "Xã"));

    private UnitTypes() {
    }

    public static List<String> of(UnitLevel level) {
        return TYPES.get(level);
    }

    public static boolean isType(UnitLevel level, String type) {
        return TYPES.get(level).contains(type);
    }

    /**
     * Splits a cleaned full name, or returns null when it does not start with a type of the level.
     *
     * @return the canonical type, the name, and whether the written type was misspelt (not just re-cased)
     */
    public static Split split(UnitLevel level, String fullName) {
        String clean = VietnameseText.clean(fullName);
        String folded = VietnameseText.fold(clean);
        for (String type : TYPES.get(level)) {
            String prefix = VietnameseText.fold(type) + " ";
            if (folded.startsWith(prefix) && folded.length() > prefix.length()) {
                // Folding keeps the length of letters (one base letter per character), so the offsets agree.
                String written = clean.substring(0, type.length());
                String name = clean.substring(type.length()).trim();
                boolean misspelt = !VietnameseText.toneKey(written).equals(VietnameseText.toneKey(type));
                return new Split(type, name, misspelt, written);
            }
        }
        return null;
    }

    /** A full name split into its type and name. */
    public record Split(String type, String name, boolean misspelt, String writtenType) {
    }
}
