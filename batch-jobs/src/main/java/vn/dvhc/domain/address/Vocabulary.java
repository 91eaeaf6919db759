package vn.dvhc.domain.address;

import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dvhc.domain.UnitLevel;

/**
 * The words around unit names in Vietnamese addresses (domain.md §1.9): the unit types and their abbreviations,
 * the words that open a street, lane or hamlet, the province nicknames, and what may trail an address.
 */
final class Vocabulary {

    /** A type word found before a name: where it starts and the canonical type it stands for. */
    record TypeWord(int start, int length, String type) {
    }

    /** Folded type words → canonical type, per level; {@code f} stands for phường before a number only. */
    private static final Map<UnitLevel, Map<String, String>> TYPES = Map.of(
            UnitLevel.COMMUNE, Map.of("phuong", "Phường", "p", "Phường", "ph", "Phường", "f", "Phường",
                    "xa", "Xã", "x", "Xã", "thi tran", "Thị trấn", "tt", "Thị trấn"),
            UnitLevel.DISTRICT, Map.of("quan", "Quận", "q", "Quận", "huyen", "Huyện", "h", "Huyện",
                    "thi xa", "Thị xã", "tx", "Thị xã", "thanh pho", "Thành phố", "tp", "Thành phố"),
            UnitLevel.PROVINCE, Map.of("tinh", "Tỉnh", "t", "Tỉnh", "thanh pho", "Thành phố", "tp", "Thành phố"));

    /**
     * Words that make what follows them a street, lane, hamlet or building, never a unit: đường (Đ.), phố, ngõ,
     * ngách, hẻm, kiệt, số, thôn, ấp, bản, buôn, tổ, khu, khóm, xóm, làng, cụm, đội, khối, lô, quốc lộ, tỉnh lộ.
     */
    private static final Set<String> STREET_WORDS = Set.of("duong", "d", "pho", "ngo", "ngach", "hem", "kiet", "so",
            "thon", "ap", "ban", "buon", "to", "khu", "kp", "khom", "xom", "lang", "cum", "doi", "khoi", "lo", "tdp",
            "ql", "tl", "dt", "km", "cu", "kdc", "kcn", "ccn", "toa", "tang", "block", "hamlet", "street", "st");

    /** Words that a hamlet's number follows (tổ 5, thôn 3, ấp 2, khu phố 4, tổ dân phố 7, xóm 1, khóm 6, đội 8…). */
    private static final Set<String> HAMLET_WORDS = Set.of("thon", "ap", "xom", "to", "kp", "khom", "doi", "ban", "buon",
            "tdp", "khoi", "cum", "lang", "khu", "pho");

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

    /** The type word of the level just before {@code nameStart}, not before {@code lo}, or null. */
    static TypeWord typeBefore(Words words, int lo, int nameStart, UnitLevel level, boolean numericName) {
        Map<String, String> types = TYPES.get(level);
        if (nameStart - 1 < lo || words.opensSegment(nameStart)) {
            return null; // a type word belongs to the name after it, in its segment: "Đan Phượng, Hà Nội"
        }
        if (nameStart - 2 >= lo && !words.opensSegment(nameStart - 1)) {
            String two = words.foldKey(nameStart - 2, nameStart);
            String twoType = types.get(two);
            if (twoType != null) {
                return new TypeWord(nameStart - 2, 2, twoType);
            }
            if (isTwoWordType(two)) {
                return null; // "thị xã X" is a district's type, not "xã X"
            }
        }
        String one = words.fold(nameStart - 1);
        String type = types.get(one);
        return type != null && (numericName || !one.equals("f")) ? new TypeWord(nameStart - 1, 1, type) : null;
    }

    /** Like {@link #typeBefore}, but across a dash: the type word that ends just before word {@code w}. */
    private static TypeWord typeEndingBefore(Words words, int lo, int w, UnitLevel level) {
        if (w - 1 < lo) {
            return null;
        }
        Map<String, String> types = TYPES.get(level);
        if (w - 2 >= lo && types.containsKey(words.foldKey(w - 2, w))) {
            return new TypeWord(w - 2, 2, types.get(words.foldKey(w - 2, w)));
        }
        if (w - 2 >= lo && isTwoWordType(words.foldKey(w - 2, w))) {
            return null;
        }
        String one = types.get(words.fold(w - 1));
        return one == null ? null : new TypeWord(w - 1, 1, one);
    }

    /** The type word of the level that starts at word {@code at} (before {@code end}), or null. */
    static TypeWord typeAt(Words words, int at, int end, UnitLevel level) {
        Map<String, String> types = TYPES.get(level);
        if (at + 2 <= end && types.containsKey(words.foldKey(at, at + 2))) {
            return new TypeWord(at, 2, types.get(words.foldKey(at, at + 2)));
        }
        String one = at < end ? types.get(words.fold(at)) : null;
        return one == null ? null : new TypeWord(at, 1, one);
    }

    /** True when a type word of another level stands just before: "Huyện Đan Phượng" is no commune. */
    static boolean otherTypeBefore(Words words, int lo, int nameStart, UnitLevel level) {
        for (UnitLevel other : UnitLevel.values()) {
            if (other != level && typeBefore(words, lo, nameStart, other, true) != null
                    && typeBefore(words, lo, nameStart, level, true) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word before an untyped name makes it a street or hamlet: a house number ({@code 12 Lê Lợi}),
     * or a street or hamlet word ({@code đường Lê Lợi}, {@code thôn Tân Lập}), in the same segment.
     */
    static boolean streetBefore(Words words, int lo, int nameStart) {
        if (nameStart - 1 < lo || words.opensSegment(nameStart)) {
            return false;
        }
        int before = nameStart - 1;
        if (words.startsWithDigit(before)) {
            // "Tổ 5 Bến Nghé": the number closes a hamlet, and what follows may be the unit; "Ngõ 12 Phố Huế" and
            // "Số 5 Lê Lợi" stay streets.
            return before - 1 < lo || words.opensSegment(before) || !HAMLET_WORDS.contains(words.fold(before - 1));
        }
        return STREET_WORDS.contains(words.fold(before));
    }

    /**
     * True when a type word of the level stands earlier in the same clause, with no other level's type word
     * after it: "Xã Toen Thắng" names one commune, and "Thắng" alone is no reading of it.
     */
    static boolean claimedByType(Words words, int lo, int nameStart, UnitLevel level) {
        for (int w = nameStart; w > lo && !words.opensClause(w); w--) {
            // The type word ending just before word w: "thị xã" before "xã", so a district's type is seen as one.
            if (typeEndingBefore(words, lo, w, level) != null) {
                return true;
            }
            for (UnitLevel other : UnitLevel.values()) {
                if (other != level && typeEndingBefore(words, lo, w, other) != null) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Where the address really ends: without a trailing country name or postal code. */
    static int endWithoutFiller(Words words) {
        int end = words.size();
        while (end > 0) {
            if (end >= 2 && words.foldIs(end - 2, "viet") && words.foldIs(end - 1, "nam")) {
                end -= 2;
            } else if (words.foldIs(end - 1, "vietnam") || words.foldIs(end - 1, "vn")
                    || (words.isNumber(end - 1) && words.fold(end - 1).length() >= 5)) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isTwoWordType(String key) {
        return key.equals("thi xa") || key.equals("thi tran") || key.equals("thanh pho");
    }
}
