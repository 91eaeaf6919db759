package vn.dvhc.remap;

/**
 * {@code --pad-codes}: a spreadsheet stores codes as numbers and drops their leading zeros (commune {@code 7933} for
 * {@code 07933}, district {@code 18} for {@code 018}, province {@code 1} for {@code 01}). A code of fewer digits than
 * its width is read with the zeros put back, and the row keeps the padding only when the padded codes agree with
 * each other: a padded commune must lie in the row's district and province, where the row has them. Otherwise the
 * row is rejected as without the option ({@code MALFORMED_CODE}), saying what padding would have given. Codes are
 * never padded without the option: a short code may also be a truncated one.
 */
public final class CodePadding {

    public static final int COMMUNE = 0;
    public static final int DISTRICT = 1;
    public static final int PROVINCE = 2;
    private static final String[] NAMES = {"commune", "district", "province"};
    /** Commune 5, district 3, province 2 digits: zero-padded text, never numbers (docs/domain: QĐ 19/2025/QĐ-TTg). */
    private static final int[] WIDTHS = {5, 3, 2};

    private CodePadding() {
    }

    /** Whether the trimmed text is a code that lost its leading zeros: 1 to width − 1 ASCII digits. */
    static boolean isShort(byte[] b, int from, int to, int width) {
        if (to <= from || to - from >= width) {
            return false;
        }
        for (int p = from; p < to; p++) {
            if (b[p] < '0' || b[p] > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The detail of a code that is not of its width: for a short all-digit code without {@code --pad-codes}, how to
     * get it read.
     */
    public static String malformed(int slot, String code) {
        int width = WIDTHS[slot];
        if (!code.isEmpty() && code.length() < width && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return code + " has " + code.length() + " digit" + (code.length() == 1 ? "" : "s") + "; a " + NAMES[slot]
                    + " code has " + width + " — if leading zeros were lost (Excel), run with --pad-codes";
        }
        return NAMES[slot] + " code '" + code + "' is not " + width + " digits";
    }

    /**
     * The detail of a row whose padded codes do not hold together: which codes padding tried, and why the row is
     * rejected instead.
     *
     * @param padded bit {@code 1 << slot} for each padded slot
     * @param codes  the row's code texts, by slot
     * @param why    what the padded codes would have meant
     */
    public static String notPadded(int padded, String[] codes, String why) {
        StringBuilder tried = new StringBuilder();
        for (int slot = COMMUNE; slot <= PROVINCE; slot++) {
            if ((padded & (1 << slot)) != 0) {
                tried.append(tried.isEmpty() ? "" : ", ").append(NAMES[slot]).append(" '").append(codes[slot])
                        .append("' as ").append(padTo(codes[slot], WIDTHS[slot]));
            }
        }
        return "--pad-codes tried " + tried + ", but " + why + "; not padded";
    }

    /** What a SPLIT reject of a padded row adds to its detail. */
    public static String note(int padded, String[] codes) {
        StringBuilder note = new StringBuilder(" (leading zeros restored:");
        for (int slot = COMMUNE; slot <= PROVINCE; slot++) {
            if ((padded & (1 << slot)) != 0) {
                note.append(' ').append(codes[slot]).append(" → ").append(padTo(codes[slot], WIDTHS[slot]));
            }
        }
        return note.append(')').toString();
    }

    public static String padTo(String digits, int width) {
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
