package vn.dvhc.testing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.VietnameseText;

/** Ways people write a unit, for generated tests and benchmarks: abbreviations, tone placement, typos. */
public final class Spellings {

    /** Streets, lanes and hamlets written before the units (some are also commune names somewhere). */
    public static final String[] STREETS = {"12 Hàm Nghi", "45/3 Lê Lợi", "Số 7 Trần Hưng Đạo", "Thôn 3", "Ấp Bình An",
            "Tổ 5, Khu phố 2", "Ngõ 12 Nguyễn Trãi", "Hẻm 102 Nguyễn Văn Cừ", "Kiệt 4 Hùng Vương", "Xóm Mới",
            "Bản Na Hang", "Buôn Ea Kmar", "Tổ dân phố 7", "88 Quang Trung", "3B Phan Chu Trinh", "Lô A2 KDC Tân Lập"};

    private Spellings() {
    }

    /** {@code P.}, {@code X.}, {@code TT.}, {@code Q.}, {@code H.}, {@code TX.}, {@code TP.}, {@code T.}, in the usual forms. */
    public static String abbreviated(Unit unit, Random random) {
        String type = switch (unit.type()) {
            case "Phường" -> random.nextBoolean() ? "P." : "P ";
            case "Xã" -> "X.";
            case "Thị trấn" -> "TT.";
            case "Quận" -> "Q.";
            case "Huyện" -> "H.";
            case "Thị xã" -> "TX.";
            case "Thành phố" -> random.nextBoolean() ? "TP." : "Tp ";
            case "Tỉnh" -> "T.";
            default -> unit.type();
        };
        if (unit.name().chars().allMatch(Character::isDigit)) {
            // Numbered wards and districts: P3, P.03, F3, Q1, Q.1.
            String number = random.nextInt(3) == 0 && unit.name().length() == 1 ? "0" + unit.name() : unit.name();
            String letter = unit.type().equals("Phường") && random.nextInt(3) == 0 ? "F" : type.substring(0, 1).toUpperCase();
            return letter + (random.nextBoolean() ? "." : "") + number;
        }
        return type + (type.endsWith(".") && random.nextBoolean() ? " " : "") + unit.name();
    }

    /** ASCII only, as typed without a Vietnamese keyboard. */
    public static String withoutDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return out.toString();
    }

    /**
     * Every open syllable ending in oa, oe or uy with its tone moved: old style puts it on the first vowel
     * ({@code hòa}, {@code thủy}), new style on the second ({@code hoà}, {@code thuỷ}).
     */
    public static String tonesIn(String text, boolean oldStyle) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            int j = i;
            while (j < nfd.length() && (Character.isLetter(nfd.charAt(j)) || isMark(nfd.charAt(j)))) {
                j++;
            }
            out.append(j > i ? syllable(nfd.substring(i, j), oldStyle) : nfd.charAt(j));
            i = j > i ? j : j + 1;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** One edit in the name (letters only): a letter dropped, doubled, replaced, or two swapped; null if none fits. */
    public static String typo(String name, Random random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            int at = random.nextInt(name.length());
            char c = name.charAt(at);
            if (!Character.isLetter(c)) {
                continue;
            }
            String result = switch (random.nextInt(4)) {
                case 0 -> name.substring(0, at) + name.substring(at + 1);
                case 1 -> name.substring(0, at + 1) + c + name.substring(at + 1);
                case 2 -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
                default -> at + 1 < name.length() && Character.isLetter(name.charAt(at + 1))
                        ? name.substring(0, at) + name.charAt(at + 1) + c + name.substring(at + 2) : null;
            };
            if (result != null && !VietnameseText.fold(result).equals(VietnameseText.fold(name))) {
                return result;
            }
        }
        return null;
    }

    public static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    private static String syllable(String s, boolean oldStyle) {
        String lower = s.toLowerCase(Locale.ROOT);
        String bare = withoutMarks(lower);
        if (!(bare.endsWith("oa") || bare.endsWith("oe") || bare.endsWith("uy")) || bare.endsWith("quy")) {
            return s;
        }
        char tone = 0;
        StringBuilder letters = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (isTone(c)) {
                tone = c;
            } else {
                letters.append(c);
            }
        }
        if (tone == 0) {
            return s;
        }
        // The last two base letters are the pair; the tone goes after the first or the second.
        int second = letters.length() - 1;
        int first = second - 1;
        while (first > 0 && isMark(letters.charAt(first))) {
            first--;
        }
        int at = oldStyle ? first + 1 : letters.length();
        return letters.insert(at, tone).toString();
    }

    private static String withoutMarks(String s) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            if (!isMark(s.charAt(k))) {
                out.append(s.charAt(k));
            }
        }
        return out.toString();
    }

    private static boolean isMark(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
