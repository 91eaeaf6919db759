package vn.dvhc.remap.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a cell's stored value becomes the text of its CSV field. Text is kept as written. A number is its value in
 * plain digits ({@code 7933}, {@code 0.25}, {@code 10000000000}; never {@code 7933.0}, {@code 1.0E10} or a thousands
 * separator), not its display, with two exceptions that are what a person reads: a zero-padded integer format
 * ({@code 00000}) pads the digits, since that is how Excel keeps a code's leading zeros, and a date format gives an
 * ISO date ({@code 2025-07-01}, {@code 2025-07-01 08:30:00} when the value has a time, {@code 08:30:00} for a time
 * alone).
 */
final class CellText {

    /** Past 9999-12-31 (serial 2958465) Excel shows no date. */
    private static final double LAST_DATE = 2_958_466;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private CellText() {
    }

    /** A number cell: {@code raw} is the stored text of {@code value}; {@code format} its style's kind. */
    static String number(String raw, double value, CellFormats.Kind format, int padWidth, boolean date1904) {
        if (format == CellFormats.Kind.DATE && value >= 0 && value < LAST_DATE) {
            return date(value, date1904);
        }
        String plain = plain(raw, value);
        if (format == CellFormats.Kind.ZERO_PADDED && plain.length() < padWidth && isDigits(plain)) {
            return "0".repeat(padWidth - plain.length()) + plain;
        }
        return plain;
    }

    /** The shortest decimal that reads back as {@code value}, in plain notation. */
    static String plain(String raw, double value) {
        if (isDigits(raw) && raw.length() <= 15 && (raw.length() == 1 || raw.charAt(0) != '0')) {
            return raw;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return raw;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String date(double value, boolean date1904) {
        LocalDateTime when = DateUtil.getLocalDateTime(value, date1904, true);
        if (value < 1 && !date1904) {
            return when.format(TIME);
        }
        return when.toLocalTime().toSecondOfDay() == 0 ? when.format(DATE) : when.format(DATE_TIME);
    }

    // A cell of type d holds an ISO 8601 date: written the way date-formatted numbers are.
    static String isoDate(String value) {
        try {
            LocalDateTime when = value.contains("T") ? LocalDateTime.parse(value.replace("Z", ""))
                    : LocalDate.parse(value).atStartOfDay();
            return when.toLocalTime().toSecondOfDay() == 0 && when.getNano() == 0 ? when.toLocalDate().toString()
                    : when.withNano(0).toString().replace('T', ' ');
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Undoes the {@code _xHHHH_} escapes of OOXML strings ({@code _x000D_} is a carriage return, {@code _x005F_}
     * an underscore). An escape that would leave half a surrogate pair stays as written, so the text is always
     * valid Unicode and survives UTF-8.
     */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            int c = escaped(text, at);
            if (c < 0) {
                at = text.indexOf("_x", at + 1);
                continue;
            }
            int next = at + 7;
            if (Character.isHighSurrogate((char) c)) {
                int low = escaped(text, next);
                if (low < 0 || !Character.isLowSurrogate((char) low)) {
                    at = text.indexOf("_x", at + 1);
                    continue;
                }
                out.append(text, from, at).append((char) c).append((char) low);
                from = next + 7;
            } else if (Character.isLowSurrogate((char) c)) {
                at = text.indexOf("_x", at + 1);
                continue;
            } else {
                out.append(text, from, at).append((char) c);
                from = next;
            }
            at = text.indexOf("_x", from);
        }
        return out.append(text, from, text.length()).toString();
    }

    // The character of the escape _xHHHH_ at i, or -1.
    private static int escaped(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return -1;
        }
        int c = 0;
        for (int k = i + 2; k < i + 6; k++) {
            int digit = Character.digit(text.charAt(k), 16);
            if (digit < 0) {
                return -1;
            }
            c = c * 16 + digit;
        }
        return c;
    }
}
