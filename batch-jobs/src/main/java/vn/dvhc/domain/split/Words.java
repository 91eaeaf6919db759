package vn.dvhc.domain.split;

import java.util.Arrays;

import vn.dvhc.domain.VietnameseText;

/**
 * The words of a text as split rules compare them: folded ({@link VietnameseText#fold}: no case, no accents,
 * {@code đ} as {@code d}), cut at every character that is not a letter or a digit, and numbers without their
 * leading zeros, so that {@code Thôn 01, xã…}, {@code THON 1} and {@code thôn-1} all give {@code thon 1}.
 */
final class Words {

    private static final String[] NONE = new String[0];

    private Words() {
    }

    static String[] of(String text) {
        String folded = VietnameseText.fold(text);
        String[] words = new String[8];
        int count = 0;
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = withoutLeadingZeros(folded.substring(start, i));
                start = -1;
            }
        }
        return count == 0 ? NONE : Arrays.copyOf(words, count);
    }

    /** The words joined by single blanks: equal for texts that any rule treats alike. */
    static String key(String text) {
        return String.join(" ", of(text));
    }

    private static String withoutLeadingZeros(String word) {
        int zeros = 0;
        while (zeros < word.length() - 1 && word.charAt(zeros) == '0') {
            zeros++;
        }
        for (int i = zeros; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return word;
            }
        }
        return word.substring(zeros);
    }
}
