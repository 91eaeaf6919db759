package vn.dvhc.domain.address;

import java.util.Locale;
import java.util.Map;

/**
 * Roman numerals in unit names: Vị Thanh's wards are Phường I, III, IV, V, VII, and some communes end in one
 * (Tam Xuân II). People also write them in digits, so a name ending in one is also filed under the number.
 */
final class Numerals {

    private static final Map<String, String> ROMAN = Map.ofEntries(
            Map.entry("i", "1"), Map.entry("ii", "2"), Map.entry("iii", "3"), Map.entry("iv", "4"),
            Map.entry("v", "5"), Map.entry("vi", "6"), Map.entry("vii", "7"), Map.entry("viii", "8"),
            Map.entry("ix", "9"), Map.entry("x", "10"), Map.entry("xi", "11"), Map.entry("xii", "12"));

    private Numerals() {
    }

    private static boolean isUpperRoman(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != 'I' && c != 'V' && c != 'X') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** The name with a final Roman numeral in digits ({@code Tam Xuân II} → {@code Tam Xuân 2}), or null. */
    static String inDigits(String name) {
        int blank = name.lastIndexOf(' ');
        String last = name.substring(blank + 1);
        if (!isUpperRoman(last)) {
            return null; // "Bạch Long Vĩ" folds to "vi" but ends in no numeral
        }
        String digits = ROMAN.get(last.toLowerCase(Locale.ROOT));
        return digits == null ? null : name.substring(0, blank + 1) + digits;
    }
}
