package vn.dvhc.domain.address;

import vn.dvhc.domain.UnitLevel;

/**
 * What each word of one text is to an address reader, worked out once per text: the type words of each level
 * ({@code Phường}, {@code P}, {@code thị xã}…), the street and hamlet words, and which level's type word claims
 * the words after it in its clause. Every question the reader asks of a word is then an array look-up.
 */
final class WordRoles {

    /** A type word: where it starts, how many words it has, the canonical type it stands for. */
    record TypeWord(int start, int length, String type) {
    }

    private static final int LEVELS = UnitLevel.values().length;

    private final Words words;
    private final String[][] one;
    private final String[][] two;
    private final boolean[] phuongF;
    private final boolean[] street;
    private final boolean[] hamlet;
    private final int[] claimMask;
    private final int[] claimEnd;

    WordRoles(Words words) {
        this.words = words;
        int n = words.size();
        one = new String[n][];
        two = new String[n][];
        phuongF = new boolean[n];
        street = new boolean[n];
        hamlet = new boolean[n];
        claimMask = new int[n];
        claimEnd = new int[n];
        for (int i = 0; i < n; i++) {
            String fold = words.fold(i);
            one[i] = Vocabulary.oneWordType(words, i);
            phuongF[i] = fold.equals("f");
            street[i] = Vocabulary.STREET_WORDS.contains(fold);
            hamlet[i] = Vocabulary.HAMLET_WORDS.contains(fold);
            if (i + 1 < n && !words.opensSegment(i + 1)) {
                two[i] = Vocabulary.twoWordType(words, i);
            }
        }
        int mask = 0;
        int end = 0;
        for (int w = 0; w < n; w++) {
            if (words.opensClause(w)) {
                mask = 0;
            }
            claimMask[w] = mask;
            claimEnd[w] = end;
            String[] ending = w > 0 && two[w - 1] != null ? two[w - 1] : one[w];
            if (ending != null) {
                mask = bits(ending);
                end = w + 1;
            }
        }
    }

    Words words() {
        return words;
    }

    /**
     * The type word of the level just before {@code nameStart}, in its segment, or null. A two-word type decides
     * ("thị xã X" is a district's type, not "xã X"); {@code F} is a phường only before a number.
     */
    TypeWord typeBefore(int nameStart, UnitLevel level, boolean numericName) {
        if (nameStart < 1 || words.opensSegment(nameStart)) {
            return null;
        }
        if (nameStart >= 2 && two[nameStart - 2] != null) {
            String type = two[nameStart - 2][level.ordinal()];
            return type == null ? null : new TypeWord(nameStart - 2, 2, type);
        }
        String[] types = one[nameStart - 1];
        String type = types == null ? null : types[level.ordinal()];
        return type != null && (numericName || !phuongF[nameStart - 1]) ? new TypeWord(nameStart - 1, 1, type) : null;
    }

    /** True when a type word of another level stands just before: "Huyện Đan Phượng" is no commune. */
    boolean otherTypeBefore(int nameStart, UnitLevel level) {
        if (typeBefore(nameStart, level, true) != null) {
            return false;
        }
        for (UnitLevel other : UnitLevel.values()) {
            if (other != level && typeBefore(nameStart, other, true) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the name of the nearest type word before {@code nameStart}, in its clause, would start, or -1 when
     * there is none. "Xã Toen Thắng": for "Thắng", the word after "Xã".
     */
    int claimedFrom(int nameStart) {
        return claimMask[nameStart] != 0 ? claimEnd[nameStart] : -1;
    }

    /** The levels of that nearest type word ("TP": district and province). */
    boolean claimIncludes(int nameStart, UnitLevel level) {
        return (claimMask[nameStart] & (1 << level.ordinal())) != 0;
    }

    /**
     * True when the word before an untyped name makes it a street or hamlet: a house number ({@code 12 Lê Lợi}),
     * or a street or hamlet word ({@code đường Lê Lợi}, {@code thôn Tân Lập}), in the same segment. A number after
     * a hamlet word closes the hamlet instead ({@code Tổ 5 Bến Nghé}); after a lane it does not
     * ({@code Ngõ 12 Phố Huế}, {@code Số 5 Lê Lợi}).
     */
    boolean streetBefore(int nameStart) {
        if (nameStart < 1 || words.opensSegment(nameStart)) {
            return false;
        }
        int before = nameStart - 1;
        if (words.startsWithDigit(before)) {
            return before < 1 || words.opensSegment(before) || !hamlet[before - 1];
        }
        return street[before];
    }

    /** The type word of the level that starts at word {@code at} (before {@code end}), or null. */
    TypeWord typeAt(int at, int end, UnitLevel level) {
        if (at + 2 <= end && two[at] != null) {
            String type = two[at][level.ordinal()];
            return type == null ? null : new TypeWord(at, 2, type);
        }
        String type = at < end && one[at] != null ? one[at][level.ordinal()] : null;
        return type == null ? null : new TypeWord(at, 1, type);
    }

    private static int bits(String[] types) {
        int mask = 0;
        for (int level = 0; level < LEVELS; level++) {
            if (types[level] != null) {
                mask |= 1 << level;
            }
        }
        return mask;
    }
}
