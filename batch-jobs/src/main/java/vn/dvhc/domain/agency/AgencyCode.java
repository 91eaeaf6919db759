package vn.dvhc.domain.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An agency identification code read into one model whatever its layout: the level-1 code ({@code H41}) and the
 * lower groups from level 2 down. In QCVN 102 {@code 000.01.31.H26} the lower groups are {@code 31} (level 2),
 * {@code 01} (level 3) and {@code 000} (level 4), zeros meaning "no unit"; in QĐ 20 {@code H55.242.7} they are
 * {@code 242}, {@code 7}. A Z scheme code has no lower levels.
 *
 * @param lower the groups below level 1, level 2 first (QCVN 102: read right to left, zeros included)
 */
public record AgencyCode(String value, CodeLayout layout, String level1, List<String> lower) {

    /** QĐ 20 Điều 4: at most 35 characters. */
    public static final int MAX_LENGTH = 35;

    private static final Pattern QCVN = Pattern.compile("(\\d{3})\\.(\\d{2})\\.(\\d{2})\\.([A-Y]\\d{2})");
    private static final Pattern QCVN_WITH_LETTERS =
            Pattern.compile("([0-9A-Z]{3})\\.([0-9A-Z]{2})\\.([0-9A-Z]{2})\\.([A-Y]\\d{2})");
    private static final Pattern QD20 = Pattern.compile("[A-Y]\\d{2}(\\.[0-9A-Z]+)*");
    private static final Pattern LEVEL1 = Pattern.compile("[A-Y]\\d{2}");
    private static final Pattern Z = Pattern.compile("(Z\\d{2})([0-9A-Z][0-9A-Z.]{0,31})");

    public AgencyCode {
        lower = List.copyOf(lower);
    }

    /** A code as read, or why it is not one. */
    public record Reading(AgencyCode code, String problem) {

        public boolean ok() {
            return code != null;
        }
    }

    public static Reading read(String raw) {
        String problem = problem(raw);
        if (problem != null) {
            return new Reading(null, problem);
        }
        var qcvn = QCVN_WITH_LETTERS.matcher(raw);
        if (qcvn.matches() && (QCVN.matcher(raw).matches() || !LEVEL1.matcher(qcvn.group(1)).matches())) {
            return new Reading(new AgencyCode(raw, CodeLayout.QCVN_102, qcvn.group(4),
                    List.of(qcvn.group(3), qcvn.group(2), qcvn.group(1))), null);
        }
        if (QD20.matcher(raw).matches()) {
            String[] groups = raw.split("\\.");
            return new Reading(new AgencyCode(raw, CodeLayout.QD_20, groups[0],
                    List.of(groups).subList(1, groups.length)), null);
        }
        var z = Z.matcher(raw);
        if (z.matches()) {
            return new Reading(new AgencyCode(raw, CodeLayout.Z_SCHEME, z.group(1), List.of()), null);
        }
        return new Reading(null, "neither QCVN 102 (000.00.00.H41) nor QĐ 20 (H55.242) nor a Z scheme code (Z01…)");
    }

    private static String problem(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "the code is empty";
        }
        if (raw.chars().anyMatch(Character::isWhitespace)) {
            return "the code contains a space";
        }
        if (!raw.equals(raw.toUpperCase(java.util.Locale.ROOT))) {
            return "the code has lower-case letters; only A–Z, 0–9 and dots are allowed";
        }
        if (!raw.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            return "the code has characters other than A–Z, 0–9 and dots";
        }
        if (raw.length() > MAX_LENGTH) {
            return "the code has " + raw.length() + " characters; at most " + MAX_LENGTH + " are allowed";
        }
        if (raw.startsWith(".") || raw.endsWith(".") || raw.contains("..")) {
            return "the code has an empty group (a dot at an end or two dots in a row)";
        }
        if (raw.matches("Z\\d{2}\\..*")) {
            return "a Z scheme code takes no dot after the scheme code (Z01ABC, not Z01.ABC)";
        }
        if (raw.startsWith("Z") && !raw.matches("Z\\d{2}.*")) {
            return "Z is not a level-1 letter: a Z scheme code is Z, two digits and the organisation's code";
        }
        String[] groups = raw.split("\\.");
        if (groups.length == 4 && LEVEL1.matcher(groups[3]).matches() && !LEVEL1.matcher(groups[0]).matches()
                && (groups[0].length() != 3 || groups[1].length() != 2 || groups[2].length() != 2)) {
            return "a QCVN 102 code has groups of 3, 2, 2 and 3 characters (000.00.00.H41), not "
                    + groups[0].length() + ", " + groups[1].length() + ", " + groups[2].length() + " and 3";
        }
        return null;
    }

    /** Level of the agency: 1 for the level-1 body, 2 for a unit directly under it, and so on. */
    public int level() {
        return layout == CodeLayout.QCVN_102 ? deepestNonZero() + 2 : lower.size() + 1;
    }

    public boolean isLevel1() {
        return level() == 1;
    }

    /** QCVN 102 only: a non-zero group under a zero one ({@code 000.05.00.H41}): level 3 without a level 2. */
    public boolean hasGap() {
        if (layout != CodeLayout.QCVN_102) {
            return false;
        }
        for (int i = 1; i < lower.size(); i++) {
            if (!zero(lower.get(i)) && zero(lower.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** QCVN 102 only: letters in the lower groups, which no real code shows (domain §3.1). */
    public boolean hasLettersInLowerGroups() {
        return layout == CodeLayout.QCVN_102 && lower.stream().anyMatch(g -> !g.chars().allMatch(Character::isDigit));
    }

    /**
     * The code of the unit this one belongs to, in the same layout, below level 1: QCVN 102 zeroes the deepest
     * non-zero group ({@code 000.01.31.H26 → 000.00.31.H26}), QĐ 20 drops the last group
     * ({@code H55.242.7 → H55.242}). Empty for level-2 units (their parent is the level-1 body) and Z codes.
     */
    public Optional<String> parentBelowLevel1() {
        if (layout == CodeLayout.Z_SCHEME || level() <= 2) {
            return Optional.empty();
        }
        if (layout == CodeLayout.QD_20) {
            return Optional.of(value.substring(0, value.lastIndexOf('.')));
        }
        List<String> groups = new ArrayList<>(lower);
        int deepest = deepestNonZero();
        groups.set(deepest, "0".repeat(groups.get(deepest).length()));
        return Optional.of(groups.get(2) + "." + groups.get(1) + "." + groups.get(0) + "." + level1);
    }

    /** QĐ 20 codes whose level-2 group has more than 2 characters cannot be written in QCVN 102's {@code Y1Y2}. */
    public boolean representableInQcvn() {
        return layout != CodeLayout.QD_20 || lower.isEmpty() || (lower.size() <= 3 && lower.get(0).length() <= 2
                && (lower.size() < 2 || lower.get(1).length() <= 2) && (lower.size() < 3 || lower.get(2).length() <= 3));
    }

    private int deepestNonZero() {
        for (int i = lower.size() - 1; i >= 0; i--) {
            if (!zero(lower.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean zero(String group) {
        return group.chars().allMatch(c -> c == '0');
    }
}
