package vn.dvhc.domain.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import vn.dvhc.domain.VietnameseText;

/**
 * The hamlet or street an address names below its commune, to group the rows of a split commune in the
 * worklist: a person decides per hamlet or street, not per row. Deterministic and small on purpose:
 * <ol>
 *   <li>the address part before the administrative units (the caller cuts it) is cut into segments at
 *       {@code ,}, {@code ;} and a dash between blanks;</li>
 *   <li>the first segment holding a word of the highest rank present opens the text, which runs to the end of
 *       that segment: (1) a hamlet or residential group by one of the names Thông tư 04/2012/TT-BNV Điều 2 gives
 *       ("thôn, làng, ấp, bản, buôn, bon, phum, sóc", "tổ dân phố, khu phố, khối phố, khóm, tiểu khu"), with
 *       {@code plei}, {@code TDP} and {@code KP}; (2) a smaller or informal group: {@code xóm}, {@code tổ},
 *       {@code khu}, {@code khu dân cư}, {@code KDC}; (3) a street: {@code đường}, {@code phố}; (4) a lane:
 *       {@code ngõ}, {@code ngách}, {@code hẻm}, {@code kiệt}. A word counts only when another word follows it in
 *       its segment, and written either with its own accents (any tone placement) or with none at all
 *       ({@code thon 1}), so that {@code đường Láng} is a street and not a village;</li>
 *   <li>without such a word, the last segment stands for a street ({@code 12 Lê Lợi});</li>
 *   <li>house numbers are dropped: {@code số 12}, {@code số nhà 12}, {@code SN 12}, and a leading number.</li>
 * </ol>
 * {@code Số 5, ngõ 12, đường Lạc Long Quân, tổ 3} gives {@code tổ 3}; {@code Xóm Chợ, thôn Cổ Bi} gives
 * {@code thôn Cổ Bi}; {@code số 5 ngõ 12 phố Huế} gives {@code phố Huế}; {@code 12 Lê Lợi} gives {@code Lê Lợi};
 * {@code Số 5} gives {@code ""}.
 */
public final class HamletText {

    private static final List<List<Keyword[]>> RANKS = List.of(
            keywords("thôn", "làng", "ấp", "bản", "buôn", "bon", "phum", "sóc", "plei", "tổ dân phố", "khu phố",
                    "khối phố", "khóm", "tiểu khu", "tdp", "kp"),
            keywords("xóm", "khu dân cư", "kdc", "tổ", "khu"),
            keywords("đường", "phố"),
            keywords("ngõ", "ngách", "hẻm", "kiệt"));
    private static final List<Keyword[]> HOUSE_NUMBER = keywords("số nhà", "nhà số", "số", "sn");

    private HamletText() {
    }

    /** The hamlet or street text of the part of an address before its administrative units; "" when none. */
    public static String of(String beforeUnits) {
        List<List<Token>> segments = segments(VietnameseText.clean(beforeUnits));
        for (List<Keyword[]> rank : RANKS) {
            for (List<Token> segment : segments) {
                for (int at = 0; at < segment.size(); at++) {
                    for (Keyword[] keyword : rank) {
                        if (at + keyword.length < segment.size() && matches(segment, at, keyword)) {
                            return text(segment.subList(at, segment.size()));
                        }
                    }
                }
            }
        }
        if (segments.isEmpty()) {
            return "";
        }
        List<Token> last = segments.get(segments.size() - 1);
        int from = 0;
        int number = houseNumber(last, 0);
        if (number > 0) {
            from = number;
        } else if (!last.isEmpty() && Character.isDigit(last.get(0).core().charAt(0))) {
            from = 1;
        }
        String street = text(last.subList(from, last.size()));
        return street.codePoints().anyMatch(Character::isLetter) ? street : "";
    }

    /** The tokens' text as written, house numbers left out. */
    private static String text(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            int skip = houseNumber(tokens, i);
            if (skip > 0) {
                i = skip - 1;
                continue;
            }
            out.append(out.isEmpty() ? "" : " ").append(tokens.get(i).raw());
        }
        return out.toString().replaceAll("[\\s.\\-–]+$", "");
    }

    /** The index after a house number starting at {@code at} ({@code số 12}, {@code SN 12A}), or 0. */
    private static int houseNumber(List<Token> tokens, int at) {
        for (Keyword[] keyword : HOUSE_NUMBER) {
            int after = at + keyword.length;
            if (after < tokens.size() && matches(tokens, at, keyword)
                    && Character.isDigit(tokens.get(after).core().charAt(0))) {
                return after + 1;
            }
        }
        return 0;
    }

    private static boolean matches(List<Token> tokens, int at, Keyword[] keyword) {
        for (int i = 0; i < keyword.length; i++) {
            if (!tokens.get(at + i).is(keyword[i])) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Token>> segments(String text) {
        List<List<Token>> segments = new ArrayList<>();
        for (String segment : text.split("[,;]| [-–] ")) {
            List<Token> tokens = new ArrayList<>();
            for (String raw : segment.trim().split(" ")) {
                String core = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                if (!core.isEmpty()) {
                    tokens.add(Token.of(raw, core));
                }
            }
            if (!tokens.isEmpty()) {
                segments.add(tokens);
            }
        }
        return segments;
    }

    private static List<Keyword[]> keywords(String... phrases) {
        return Arrays.stream(phrases).map(p -> Arrays.stream(p.split(" "))
                .map(w -> new Keyword(VietnameseText.toneKey(w), VietnameseText.fold(w))).toArray(Keyword[]::new)).toList();
    }

    /** A word of a keyword, as compared. */
    private record Keyword(String toneKey, String folded) {
    }

    /**
     * A word as written, its letters and digits alone, and its keys.
     *
     * @param plain true when written without any accent
     */
    private record Token(String raw, String core, String toneKey, String folded, boolean plain) {

        static Token of(String raw, String core) {
            String folded = VietnameseText.fold(core);
            return new Token(raw, core, VietnameseText.toneKey(core), folded, folded.equals(core.toLowerCase(Locale.ROOT)));
        }

        /** The same word with its accents (any tone placement, any case), or written without any accent. */
        boolean is(Keyword keyword) {
            return toneKey.equals(keyword.toneKey()) || plain && folded.equals(keyword.folded());
        }
    }
}
