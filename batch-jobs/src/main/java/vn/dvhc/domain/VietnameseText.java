package vn.dvhc.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparison and search keys for Vietnamese names.
 *
 * <p>Sources spell the same name in several ways: composed or decomposed Unicode, old-style or new-style tone
 * placement ({@code Hòa}/{@code Hoà}, {@code Thủy}/{@code Thuỷ}: NSO moved to the new style in 2025), doubled or
 * trailing blanks, embedded newlines. Names are compared through these keys, never byte by byte.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** NFC, every run of whitespace (newlines and no-break spaces included) as one blank, trimmed. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String nfc = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingBlank = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingBlank = !out.isEmpty();
            } else {
                if (pendingBlank) {
                    out.append(' ');
                    pendingBlank = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Equality key that ignores case, whitespace runs and tone-mark placement but keeps every diacritic:
     * {@code toneKey("Hòa Bình") == toneKey("HOÀ  BÌNH")}, while {@code Hòa} and {@code Hoa} stay different.
     */
    public static String toneKey(String raw) {
        String decomposed = Normalizer.normalize(clean(raw).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        StringBuilder syllable = new StringBuilder();
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isToneMark(c)) {
                tone = c;
            } else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                syllable.append(c);
            } else {
                tone = flush(out, syllable, tone);
                out.append(c == '\u2019' ? '\'' : c);
            }
        }
        flush(out, syllable, tone);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * Search key: no diacritics at all, {@code đ} as {@code d}, lower case, blanks collapsed, so that
     * {@code ben nghe}, {@code Bến Nghé} and {@code BEN NGHE} meet.
     */
    public static String fold(String raw) {
        String decomposed = Normalizer.normalize(clean(raw), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case '\u0111', '\u0110' -> out.append('d');
                case '\u2019', '\u2018' -> out.append('\'');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** {@link #fold} without anything but letters and digits: {@code "Mã xã"} and {@code "ma_xa"} give {@code "maxa"}. */
    public static String identifierKey(String raw) {
        String folded = fold(raw);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char flush(StringBuilder out, StringBuilder syllable, char tone) {
        out.append(syllable);
        if (tone != 0) {
            out.append(tone);
        }
        syllable.setLength(0);
        return 0;
    }

    // The five Vietnamese tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng.
    private static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
