package vn.dvhc.domain.address;

import java.util.Arrays;

/**
 * Cuts a text into {@link Words} in one pass over its characters, building both keys of each word as it goes;
 * the arrays grow as words are found.
 */
final class WordSplitter {

    private static final int LETTERS_BEFORE_DIGITS = 3;

    final String text;
    final StringBuilder folded;
    final StringBuilder toned;
    int[] foldStart = new int[16];
    int[] foldEnd = new int[16];
    int[] toneStart = new int[16];
    int[] toneEnd = new int[16];
    int[] rawStart = new int[16];
    int[] rawEnd = new int[16];
    int[] segment = new int[16];
    int[] clause = new int[16];
    boolean[] number = new boolean[16];
    int size;
    boolean diacritics;

    private boolean open;
    private int wordFold;
    private int wordTone;
    private int wordRaw;
    private int lastRaw;
    private int letters;
    private boolean digitsOnly;
    private boolean anyDigit;
    private char tone;
    private int currentSegment;
    private int currentClause;

    WordSplitter(String text) {
        this.text = text;
        this.folded = new StringBuilder(text.length() + 8);
        this.toned = new StringBuilder(text.length() + 16);
    }

    Words read() {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char base = Letters.base(c);
            if (base != 0) {
                letter(c, base, i);
            } else if (Letters.isMark(c)) {
                mark(c, i);
            } else if (Letters.isApostrophe(c) && open) {
                // Glue: "K' Dang" and "K'Dang" are the same word; blanks after the apostrophe are skipped.
                while (i + 1 < n && text.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                close();
                if (endsSegment(c, i)) {
                    currentSegment++;
                    if (c != '-') {
                        currentClause++;
                    }
                }
            }
        }
        close();
        return new Words(this);
    }

    private void letter(char c, char base, int i) {
        boolean digit = base >= '0' && base <= '9';
        if (open && digit && !anyDigit && letters <= LETTERS_BEFORE_DIGITS && lastRaw == i - 1) {
            close(); // P3, Q1, F03, KP3: a type or hamlet word and its number
        }
        if (!open) {
            start(i, digit);
        }
        if (digit) {
            anyDigit = true;
        } else {
            letters++;
            digitsOnly = false;
        }
        folded.append(base);
        toned.append(base);
        mark(c, i);
    }

    /** The shape and tone a character carries: of a precomposed letter, or a combining mark after one. */
    private void mark(char c, int i) {
        if (!open) {
            return;
        }
        char shape = Letters.shape(c);
        if (shape != 0) {
            toned.append(shape);
            diacritics = true;
        }
        char t = Letters.tone(c);
        if (t != 0) {
            tone = t;
            diacritics = true;
        }
        lastRaw = i;
    }

    private void start(int i, boolean digit) {
        if (size > 0) {
            folded.append(' ');
            toned.append(' ');
        }
        open = true;
        wordFold = folded.length();
        wordTone = toned.length();
        wordRaw = i;
        letters = 0;
        digitsOnly = digit;
        anyDigit = false;
        tone = 0;
    }

    private void close() {
        if (!open) {
            return;
        }
        open = false;
        if (digitsOnly) {
            stripZeros(folded, wordFold);
            stripZeros(toned, wordTone);
        }
        if (tone != 0) {
            toned.append(tone);
        }
        grow();
        foldStart[size] = wordFold;
        foldEnd[size] = folded.length();
        toneStart[size] = wordTone;
        toneEnd[size] = toned.length();
        rawStart[size] = wordRaw;
        rawEnd[size] = lastRaw + 1;
        segment[size] = currentSegment;
        clause[size] = currentClause;
        number[size] = digitsOnly;
        size++;
    }

    private boolean endsSegment(char c, int i) {
        return switch (c) {
            case ',', ';', '|', '\n', '\r', '\t', '(', ')', '[', ']', ':', '\u2013', '\u2014' -> true;
            case '-' -> (i > 0 && Character.isWhitespace(text.charAt(i - 1)))
                    || (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)));
            default -> false;
        };
    }

    private static void stripZeros(StringBuilder sb, int from) {
        int zeros = 0;
        while (from + zeros < sb.length() - 1 && sb.charAt(from + zeros) == '0') {
            zeros++;
        }
        if (zeros > 0) {
            sb.delete(from, from + zeros);
        }
    }

    private void grow() {
        if (size < foldStart.length) {
            return;
        }
        int length = foldStart.length * 2;
        foldStart = Arrays.copyOf(foldStart, length);
        foldEnd = Arrays.copyOf(foldEnd, length);
        toneStart = Arrays.copyOf(toneStart, length);
        toneEnd = Arrays.copyOf(toneEnd, length);
        rawStart = Arrays.copyOf(rawStart, length);
        rawEnd = Arrays.copyOf(rawEnd, length);
        segment = Arrays.copyOf(segment, length);
        clause = Arrays.copyOf(clause, length);
        number = Arrays.copyOf(number, length);
    }
}
