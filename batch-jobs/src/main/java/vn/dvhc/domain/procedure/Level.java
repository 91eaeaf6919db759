package vn.dvhc.domain.procedure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.dvhc.domain.VietnameseText;

/**
 * Cấp thực hiện: the level of government that handles a procedure. Since 2025-07-01 the national portal knows
 * Cấp bộ/ngành, Cấp tỉnh, Cấp xã and Cơ quan khác (its flags isMinistry, isProvince, isWard, isOtherAgency;
 * domain §4.1). Cấp huyện ended with the district level (Luật 72/2025/QH15): it is read from old catalogues
 * only and never published (domain §6.2.3). The constants are in the order a published list shows them.
 */
public enum Level {
    TINH("tinh", "Cấp tỉnh"),
    XA("xa", "Cấp xã"),
    BO_NGANH("bo-nganh", "Cấp bộ/ngành"),
    KHAC("khac", "Cơ quan khác"),
    HUYEN("huyen", "Cấp huyện");

    // "Cấp tỉnh, Cấp huyện", "Cấp tỉnh; Cấp xã", "Cấp huyện và Cấp xã", one per line in a spreadsheet cell.
    private static final Pattern SEPARATORS = Pattern.compile("[,;+&]|\\s+va\\s+|\\s+-\\s+");
    // "Cấp bộ, ngành" must not fall apart at its comma.
    private static final Pattern MINISTRY = Pattern.compile("bo\\s*[,/]\\s*nganh");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

    private final String id;
    private final String label;

    Level(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Short ASCII name used in options, changes.csv and JSON: {@code tinh}, {@code xa}, {@code huyen} … */
    public String id() {
        return id;
    }

    /** The label of published lists: {@code Cấp tỉnh}, {@code Cấp xã}, {@code Cấp bộ/ngành}, {@code Cơ quan khác}. */
    public String label() {
        return label;
    }

    /** Whether a list published after 2025-07-01 may show this level. */
    public boolean publishable() {
        return this != HUYEN;
    }

    public static List<Level> published() {
        return List.of(TINH, XA, BO_NGANH, KHAC);
    }

    public static Level fromId(String id) {
        for (Level level : values()) {
            if (level.id.equals(id)) {
                return level;
            }
        }
        throw new IllegalArgumentException("no level '" + id + "'");
    }

    /**
     * Every level a catalogue cell names, in publication order, duplicates removed. Accepts the Vietnamese labels
     * with or without accents or "Cấp", the ids and English words (province, commune, district, ministry, other).
     *
     * @throws IllegalArgumentException naming the part that is not a level (the message is shown to the user)
     */
    public static List<Level> parseAll(String cell) {
        // fold() turns line breaks into blanks: they separate levels, so they become commas first.
        String lines = cell == null ? "" : cell.replace('\r', ',').replace('\n', ',');
        String folded = MINISTRY.matcher(PARENTHESES.matcher(VietnameseText.fold(lines)).replaceAll(" "))
                .replaceAll("bo-nganh");
        Set<Level> levels = EnumSet.noneOf(Level.class);
        for (String token : SEPARATORS.split(folded)) {
            String word = token.strip();
            if (!word.isEmpty()) {
                levels.add(parseOne(word, cell));
            }
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("no level given");
        }
        return new ArrayList<>(levels);
    }

    private static Level parseOne(String word, String cell) {
        String w = word.replaceFirst("^cap\\s+", "").replaceFirst("\\s+level$", "").replaceAll("\\s+", " ");
        switch (w) {
            case "tinh", "tinh/thanh pho", "province", "provincial" -> {
                return TINH;
            }
            case "xa", "xa/phuong", "phuong/xa", "commune", "ward" -> {
                return XA;
            }
            case "huyen", "quan/huyen", "huyen/quan", "district" -> {
                return HUYEN;
            }
            case "bo-nganh", "bo", "nganh", "bo nganh", "nganh doc", "trung uong", "ministry", "central" -> {
                return BO_NGANH;
            }
            case "co quan khac", "khac", "other", "other agency" -> {
                return KHAC;
            }
            default -> throw new IllegalArgumentException("'" + VietnameseText.clean(cell)
                    + "' names no level: '" + word + "' is not one of Cấp tỉnh, Cấp huyện, Cấp xã, Cấp bộ/ngành, "
                    + "Cơ quan khác");
        }
    }
}
