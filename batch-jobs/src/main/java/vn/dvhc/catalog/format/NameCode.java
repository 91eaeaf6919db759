package vn.dvhc.catalog.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dvhc.domain.VietnameseText;

/** A {@code Name (code)} cell of the NSO conversion table: {@code Thành phố Hà Nội (01)}, {@code Quận Ba Đình (001)}. */
record NameCode(String name, String code) {

    private static final Pattern CELL = Pattern.compile("^(.*?)\\s*\\((\\d+)\\)$");

    /** Parses a cell after whitespace normalisation; null when it does not have the form. */
    static NameCode parse(String raw) {
        Matcher m = CELL.matcher(VietnameseText.clean(raw));
        return m.matches() ? new NameCode(m.group(1), m.group(2)) : null;
    }
}
