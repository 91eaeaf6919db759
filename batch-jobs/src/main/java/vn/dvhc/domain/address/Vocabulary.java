package vn.dvhc.domain.address;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dvhc.domain.UnitLevel;

/**
 * The words around unit names in Vietnamese addresses (domain.md §1.9): the unit types and their abbreviations,
 * the words that open a street, lane or hamlet, the province nicknames, and what may trail an address.
 * {@link WordRoles} applies them to one text.
 */
final class Vocabulary {

    /** One-word type words (folded) → canonical type per level (by ordinal: province, district, commune). */
    private static final Map<String, String[]> ONE_WORD_TYPES = new HashMap<>();

    static {
        type("phuong", UnitLevel.COMMUNE, "Phường");
        type("p", UnitLevel.COMMUNE, "Phường");
        type("ph", UnitLevel.COMMUNE, "Phường");
        type("f", UnitLevel.COMMUNE, "Phường"); // F3: phường before a number only, mostly in Hồ Chí Minh City
        type("xa", UnitLevel.COMMUNE, "Xã");
        type("x", UnitLevel.COMMUNE, "Xã");
        type("tt", UnitLevel.COMMUNE, "Thị trấn");
        type("quan", UnitLevel.DISTRICT, "Quận");
        type("q", UnitLevel.DISTRICT, "Quận");
        type("huyen", UnitLevel.DISTRICT, "Huyện");
        type("h", UnitLevel.DISTRICT, "Huyện");
        type("tx", UnitLevel.DISTRICT, "Thị xã");
        type("tp", UnitLevel.DISTRICT, "Thành phố");
        type("tp", UnitLevel.PROVINCE, "Thành phố");
        type("tinh", UnitLevel.PROVINCE, "Tỉnh");
        type("t", UnitLevel.PROVINCE, "Tỉnh");
    }

    /**
     * The type words spelt out, with their diacritics: written with diacritics, a word is a type word only if they
     * are these ("Xá" in "Đào Xá" is no "Xã", "Phương" in "Đông Phương" no "Phường"); written without any, it may be.
     */
    private static final Map<String, String> SPELT_TYPES = new HashMap<>();

    static {
        for (String word : List.of("Phường", "Xã", "Thị", "trấn", "xã", "Quận", "Huyện", "Thành", "phố", "Tỉnh")) {
            Words w = Words.of(word);
            SPELT_TYPES.put(w.fold(0), w.toneKey(0, 1));
        }
    }

    /**
     * Words that make what follows them a street, lane, hamlet or building, never a unit: đường (Đ.), phố, ngõ,
     * ngách, hẻm, kiệt, số, thôn, ấp, bản, buôn, tổ, khu, khóm, xóm, làng, cụm, đội, khối, lô, quốc lộ, tỉnh lộ.
     */
    static final Set<String> STREET_WORDS = Set.copyOf(List.of("duong", "d", "pho", "ngo", "ngach", "hem", "kiet",
            "so", "thon", "ap", "ban", "buon", "to", "khu", "kp", "khom", "xom", "lang", "cum", "doi", "khoi", "lo",
            "tdp", "ql", "tl", "dt", "km", "cu", "kdc", "kcn", "ccn", "toa", "tang", "block", "hamlet", "street", "st"));

    /** Words that a hamlet's number follows (tổ 5, thôn 3, ấp 2, khu phố 4, tổ dân phố 7, xóm 1, khóm 6, đội 8…). */
    static final Set<String> HAMLET_WORDS = Set.copyOf(List.of("thon", "ap", "xom", "to", "kp", "khom", "doi", "ban",
            "buon", "tdp", "khoi", "cum", "lang", "khu", "pho"));

    /** Province nicknames as people write them, by province code (pre-2025). */
    static final Map<String, List<String>> NICKNAMES = Map.of(
            "01", List.of("HN", "TP HN", "Hanoi"),
            "79", List.of("HCM", "TPHCM", "HCMC", "Sài Gòn", "Saigon", "SG", "TP HCM"),
            "46", List.of("TT-Huế", "TTH"),
            "77", List.of("BR-VT", "BRVT"),
            "66", List.of("Đắc Lắc", "Đăk Lăk"),
            "67", List.of("Đắc Nông", "Đăk Nông"));

    private Vocabulary() {
    }

    /** The canonical types word {@code i} stands for, per level ordinal, or null when it is no type word. */
    static String[] oneWordType(Words words, int i) {
        String[] types = ONE_WORD_TYPES.get(words.fold(i));
        return types != null && spelledAsType(words, i) ? types : null;
    }

    private static boolean spelledAsType(Words words, int i) {
        if (words.plain(i)) {
            return true;
        }
        String tone = SPELT_TYPES.get(words.fold(i));
        return tone != null && tone.equals(words.toneKey(i, i + 1));
    }

    /** The two-word types: thị xã (district), thị trấn (commune), thành phố (district or province); else null. */
    static String[] twoWordType(Words words, int at) {
        if (!spelledAsType(words, at) || !spelledAsType(words, at + 1)) {
            return null;
        }
        if (words.foldIs(at, "thi") && words.foldIs(at + 1, "xa")) {
            return types(UnitLevel.DISTRICT, "Thị xã");
        }
        if (words.foldIs(at, "thi") && words.foldIs(at + 1, "tran")) {
            return types(UnitLevel.COMMUNE, "Thị trấn");
        }
        if (words.foldIs(at, "thanh") && words.foldIs(at + 1, "pho")) {
            String[] both = types(UnitLevel.DISTRICT, "Thành phố");
            both[UnitLevel.PROVINCE.ordinal()] = "Thành phố";
            return both;
        }
        return null;
    }

    /** Where the address really ends: without a trailing country name or postal code. */
    static int endWithoutFiller(Words words) {
        int end = words.size();
        while (end > 0) {
            if (end >= 2 && words.foldIs(end - 2, "viet") && words.foldIs(end - 1, "nam")) {
                end -= 2;
            } else if (words.foldIs(end - 1, "vietnam") || words.foldIs(end - 1, "vn")
                    || (words.isNumber(end - 1) && words.foldLength(end - 1, end) >= 5)) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static void type(String word, UnitLevel level, String type) {
        ONE_WORD_TYPES.computeIfAbsent(word, k -> new String[UnitLevel.values().length])[level.ordinal()] = type;
    }

    private static String[] types(UnitLevel level, String type) {
        String[] types = new String[UnitLevel.values().length];
        types[level.ordinal()] = type;
        return types;
    }
}
