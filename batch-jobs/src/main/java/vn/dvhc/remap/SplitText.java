package vn.dvhc.remap;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.VietnameseText;

/** The text of a row's match column, as split rules and the worklist read it. */
final class SplitText {

    /** Folded words that open an administrative unit in an address, written out or abbreviated. */
    private static final String[] UNIT_WORDS = {"xa ", "phuong ", "thi tran ", "quan ", "huyen ", "thi xa ",
            "thanh pho ", "tinh ", "tp ", "tp.", "p.", "q.", "x.", "h.", "tt.", "tx."};

    private SplitText() {
    }

    /** A field's raw text without its enclosing quotes, doubled quotes undone. */
    static String unquote(String raw) {
        String text = raw.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text;
    }

    /**
     * The part of an address before its administrative units, which {@code HamletText} reads: the segments (cut at
     * {@code ,} and {@code ;}) before the first that names the old commune ({@code Xã Cổ Bi}, any case or accents)
     * or opens with a unit word ({@code Phường …}, {@code P. …}, {@code Huyện …}); the whole text when none does.
     * A street named like the commune ({@code Đường Thụy Khuê, Phường Thụy Khuê}) stays: it lacks the unit word.
     */
    static String beforeUnits(String address, Unit oldCommune) {
        String name = VietnameseText.fold(oldCommune.fullName());
        int offset = 0;
        for (String segment : address.split("[,;]", -1)) {
            String folded = VietnameseText.fold(segment).strip();
            if (folded.contains(name) || opensUnit(folded)) {
                return address.substring(0, Math.max(0, offset - 1)).strip();
            }
            offset += segment.length() + 1;
        }
        return address;
    }

    private static boolean opensUnit(String folded) {
        for (String word : UNIT_WORDS) {
            if (folded.startsWith(word) && folded.length() > word.length()) {
                return true;
            }
        }
        return false;
    }
}
