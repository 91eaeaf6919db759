package vn.dvhc.remap.table;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The rows of a COPY, written straight into one reused buffer, in one of PostgreSQL's two formats:
 * <ul>
 *   <li><b>binary</b>, where every column is text or an integer key ({@link CopyWrites#binaryKeys}): a row is its
 *       field count, then each field as its length and its bytes (a text's UTF-8, an integer's big-endian bytes), -1
 *       for NULL. The server then has no CSV to parse: its COPY of a million remapped rows took 1.1 s instead of 1.5 s,
 *       and the {@code --into} job 6.0 s instead of 6.8 s (docs/tables.md, "Speed");</li>
 *   <li><b>CSV</b> otherwise: NULL is an unquoted empty field, every other value is quoted with its quotes doubled, so
 *       that an empty string stays one and separators, line breaks and backslashes are data.</li>
 * </ul>
 * A {@code StringBuilder} made a third of the table remap's client samples: inflated to UTF-16 by the first Vietnamese
 * letter, grown, made a {@code String} per block and encoded again. A lone surrogate is written as {@code ?}, as
 * {@code String.getBytes(UTF_8)} does.
 */
final class CopyBuffer {

    /** The binary format's signature, then its flags and the length of its header extension: none. */
    private static final byte[] BINARY_HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};

    private final boolean binary;
    private byte[] bytes;
    private int length;
    /** CSV: whether the next field is the row's first, written without a separator. */
    private boolean firstField = true;
    /** The fields of value arrays written before, by identity; null when the arrays are not shared. */
    private final Map<String[], byte[]> formatted;

    /**
     * @param binary whether the rows are in the binary format, else CSV
     * @param shared whether rows share their values arrays: by code alone {@link RowRemapper} hands every row of a code
     *               triple the same array, so its fields are formatted once (they were a fifth of the client's samples
     *               in the {@code --into} profile, docs/tables.md "Speed"); read by names or address, no two rows do
     */
    CopyBuffer(int capacity, boolean binary, boolean shared) {
        this.binary = binary;
        this.bytes = new byte[capacity];
        this.formatted = shared ? new IdentityHashMap<>() : null;
    }

    int length() {
        return length;
    }

    byte[] bytes() {
        return bytes;
    }

    /** Empties the buffer: what it held is sent. */
    void clear() {
        length = 0;
    }

    /** What a COPY's data starts with: the binary format's header; nothing in CSV. */
    void begin() {
        if (binary) {
            room(BINARY_HEADER.length);
            System.arraycopy(BINARY_HEADER, 0, bytes, length, BINARY_HEADER.length);
            length += BINARY_HEADER.length;
        }
    }

    /** What a COPY's data ends with: the binary format's trailer, a field count of -1; nothing in CSV. */
    void end() {
        if (binary) {
            int16(-1);
        }
    }

    /** Starts a row of that many fields. */
    void row(int fields) {
        if (binary) {
            int16(fields);
        }
        firstField = true;
    }

    /** Ends a row. */
    void endOfRow() {
        if (!binary) {
            room(1);
            bytes[length++] = '\n';
        }
    }

    /** A text field; null is NULL. */
    void text(String value) {
        if (binary) {
            if (value == null) {
                int32(-1);
                return;
            }
            // At most three bytes per char (a surrogate pair is four for two), and the length before them.
            room(3 * value.length() + 4);
            int at = length;
            length += 4;
            utf8(value, false);
            int32At(at, length - at - 4);
            return;
        }
        separator();
        if (value == null) {
            return;
        }
        // Two bytes for a doubled quote, and the quotes.
        room(3 * value.length() + 2);
        bytes[length++] = '"';
        utf8(value, true);
        bytes[length++] = '"';
    }

    /** An integer field of a binary row: its big-endian bytes, {@code width} of them (2, 4 or 8). */
    void integer(long value, int width) {
        if (!binary) {
            throw new IllegalStateException("integers are written as text in CSV");
        }
        int32(width);
        room(width);
        for (int shift = 8 * (width - 1); shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >> shift);
        }
    }

    /**
     * Each value as a text field, after at least one field of the row (CSV's are formatted with their separators).
     * An array written before is copied as it was formatted: nothing may change an array's values once it is written.
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
            text(value);
        }
        if (formatted != null && formatted.size() < RowRemapper.MEMO_LIMIT) {
            formatted.put(values, Arrays.copyOfRange(bytes, start, length));
        }
    }

    private void separator() {
        if (firstField) {
            firstField = false;
            return;
        }
        room(1);
        bytes[length++] = ',';
    }

    // The value's UTF-8 (CSV: its quotes doubled), into room made by the caller.
    private void utf8(String value, boolean doubleQuotes) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                if (ch == '"' && doubleQuotes) {
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
    }

    private void int16(int value) {
        room(2);
        bytes[length++] = (byte) (value >> 8);
        bytes[length++] = (byte) value;
    }

    private void int32(int value) {
        room(4);
        int32At(length, value);
        length += 4;
    }

    private void int32At(int at, int value) {
        bytes[at] = (byte) (value >> 24);
        bytes[at + 1] = (byte) (value >> 16);
        bytes[at + 2] = (byte) (value >> 8);
        bytes[at + 3] = (byte) value;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
        }
    }
}
