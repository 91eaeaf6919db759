package vn.dvhc.domain.address;

import java.text.Normalizer;

/**
 * What each character of Vietnamese text contributes to the two keys of a word, computed once from Unicode's
 * decompositions so that a row is read without calling the normaliser: the base letter (lower case, {@code đ} as
 * {@code d}), the shape mark of the letter (circumflex, breve, horn, stroke) and the tone mark. A precomposed
 * {@code ồ} and the decomposed {@code o + ̂ + ̀} give the same three answers.
 */
final class Letters {

    /** Characters below this are looked up in the tables; above it only letters and digits are kept. */
    private static final int TABLE_SIZE = 0x2000;
    private static final char[] BASE = new char[TABLE_SIZE];
    private static final char[] SHAPE = new char[TABLE_SIZE];
    private static final char[] TONE = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            char ch = (char) c;
            if (isMark(ch)) {
                SHAPE[c] = shapeOf(ch);
                TONE[c] = toneOf(ch);
                continue;
            }
            if (!Character.isLetterOrDigit(ch)) {
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            char base = Character.toLowerCase(decomposed.charAt(0));
            if (base == '\u0111') {
                base = 'd';
                SHAPE[c] = '-';
            }
            BASE[c] = base;
            for (int i = 1; i < decomposed.length(); i++) {
                char mark = decomposed.charAt(i);
                if (shapeOf(mark) != 0) {
                    SHAPE[c] = shapeOf(mark);
                }
                if (toneOf(mark) != 0) {
                    TONE[c] = toneOf(mark);
                }
            }
        }
    }

    private Letters() {
    }

    /** The base letter or digit, lower case, or 0 when the character is neither (a separator or a mark). */
    static char base(char c) {
        if (c < TABLE_SIZE) {
            return BASE[c];
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    /** A combining mark (of a decomposed letter) rather than a character of its own. */
    static boolean isMark(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    /** The shape mark as one ASCII character ({@code ^ ( + -}), or 0. */
    static char shape(char c) {
        return c < TABLE_SIZE ? SHAPE[c] : 0;
    }

    /** The tone as a digit (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng), or 0. */
    static char tone(char c) {
        return c < TABLE_SIZE ? TONE[c] : 0;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BC' || c == '\u00B4';
    }

    private static char shapeOf(char mark) {
        return switch (mark) {
            case '\u0302' -> '^';
            case '\u0306' -> '(';
            case '\u031B' -> '+';
            default -> 0;
        };
    }

    private static char toneOf(char mark) {
        return switch (mark) {
            case '\u0301' -> '1';
            case '\u0300' -> '2';
            case '\u0309' -> '3';
            case '\u0303' -> '4';
            case '\u0323' -> '5';
            default -> 0;
        };
    }
}
