package vn.dvhc.remap.table;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The rows of a COPY in PostgreSQL's CSV format, written straight into one reused buffer as UTF-8 bytes. A
 * {@code StringBuilder} made a third of the table remap's client samples: inflated to UTF-16 by the first Vietnamese
 * letter, grown, made a {@code String} per block and encoded again (docs/tables.md, "Speed"). NULL is an unquoted
 * empty field, every other value is quoted with its quotes doubled, so that an empty string stays one and
 * separators, line breaks and backslashes are data. A lone surrogate is written as {@code ?}, as
 * {@code String.getBytes(UTF_8)} does.
 */
final class CopyText {

    private byte[] bytes;
    private int length;
    /** The fields of value arrays written before, by identity; null when the arrays are not shared. */
    private final Map<String[], byte[]> formatted;

    /**
     * @param shared whether rows share their values arrays: by code alone {@link RowRemapper} hands every row of a code
     *               triple the same array, so its fields are formatted once (they were a fifth of the client's samples
     *               in the {@code --into} profile, docs/tables.md "Speed"); read by names or address, no two rows do
     */
    CopyText(int capacity, boolean shared) {
        bytes = new byte[capacity];
        formatted = shared ? new IdentityHashMap<>() : null;
    }

    int length() {
        return length;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        length = 0;
    }

    void separator() {
        room(1);
        bytes[length++] = ',';
    }

    void endOfRow() {
        room(1);
        bytes[length++] = '\n';
    }

    /**
     * Each value as a field after a separator. An array written before is copied as it was formatted: nothing may
     * change an array's values once it is written.
     */
    void values(String[] values) {
        byte[] known = formatted == null ? null : formatted.get(values);
        if (known != null) {
            room(known.length);
            System.arraycopy(known, 0, bytes, length, known.length);
            length += known.length;
            return;
        }
        int start = length;
        for (String value : values) {
            separator();
            field(value);
        }
        if (formatted != null && formatted.size() < RowRemapper.MEMO_LIMIT) {
            formatted.put(values, Arrays.copyOfRange(bytes, start, length));
        }
    }

    /** A field: nothing for NULL, else the value in quotes, its quotes doubled. */
    void field(String value) {
        if (value == null) {
            return;
        }
        // At most three bytes per char (a surrogate pair is four for two), two for a doubled quote, and the quotes.
        room(3 * value.length() + 2);
        bytes[length++] = '"';
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                if (ch == '"') {
                    bytes[length++] = '"';
                }
                bytes[length++] = (byte) ch;
            } else if (ch < 0x800) {
                bytes[length++] = (byte) (0xC0 | ch >> 6);
                bytes[length++] = (byte) (0x80 | ch & 0x3F);
            } else if (!Character.isSurrogate(ch)) {
                bytes[length++] = (byte) (0xE0 | ch >> 12);
                bytes[length++] = (byte) (0x80 | ch >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int point = Character.toCodePoint(ch, value.charAt(++i));
                bytes[length++] = (byte) (0xF0 | point >> 18);
                bytes[length++] = (byte) (0x80 | point >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | point >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | point & 0x3F);
            } else {
                bytes[length++] = '?';
            }
        }
        bytes[length++] = '"';
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
