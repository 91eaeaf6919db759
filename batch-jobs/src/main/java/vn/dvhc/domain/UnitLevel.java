package vn.dvhc.domain;

import java.util.Locale;

/**
 * The levels of administrative units. Codes are zero-padded digit strings whose width is fixed per level
 * (QĐ 124/2004/QĐ-TTg, kept by QĐ 19/2025/QĐ-TTg): never numbers, {@code 00001} is not {@code 1}.
 */
public enum UnitLevel {
    PROVINCE(2),
    DISTRICT(3),
    COMMUNE(5);

    private final int codeLength;

    UnitLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    public boolean isCode(String code) {
        if (code == null || code.length() != codeLength) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The level a code of this width belongs to, or null. */
    public static UnitLevel ofCode(String code) {
        for (UnitLevel level : values()) {
            if (level.isCode(code)) {
                return level;
            }
        }
        return null;
    }

    /** Lower-case name used in files and JSON: {@code province}, {@code district}, {@code commune}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UnitLevel fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
