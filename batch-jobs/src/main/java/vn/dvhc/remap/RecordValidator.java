package vn.dvhc.remap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Checks the bytes of a block's records against the input's encoding and stops at the first undecodable one with
 * its line and column (never a replacement character); notes per record whether its text is certainly NFC
 * ({@link RecordBlock#nfc}, for {@link RowsDigest}).
 *
 * <p>Apart from {@link RecordScanner} so that it runs on the remapping threads, not on the one reading thread
 * (decision 0036): in UTF-8 and the single-byte encodings every byte of a multi-byte character is non-ASCII, so
 * where records and fields lie does not depend on whether their bytes are valid, and the scanner need only find
 * them. Records are checked in file order, so the error is the first undecodable byte of the file, as when the
 * scanner checked while it scanned.
 */
final class RecordValidator {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final TextEncoding encoding;

    RecordValidator(TextEncoding encoding) {
        this.encoding = encoding;
    }

    /** Checks every record of the block, line terminators included, and fills in {@link RecordBlock#nfc}. */
    void check(RecordBlock block) {
        for (int i = 0; i < block.count; i++) {
            block.nfc[i] = check(block, i);
        }
    }

    // Whether the record is certainly NFC; throws at its first undecodable byte.
    private boolean check(RecordBlock block, int record) {
        byte[] b = block.data;
        int to = block.next[record];
        boolean utf8 = encoding.isUtf8();
        boolean nfc = utf8;
        int i = block.start[record];
        while (i < to) {
            // Eight ASCII bytes at a time: most of a register is ASCII.
            if (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
            } else if (utf8 && c >= 0xC2 && c <= 0xDF && i + 1 < to && (b[i + 1] & 0xC0) == 0x80) {
                // A well-formed two-byte character (the Latin letters with marks, many of Vietnamese's) without the
                // general path: about 0.1 s less CPU per 2,000,000 rows (docs/benchmarks.md). NFC as is up to U+02FF.
                nfc &= c <= 0xCB;
                i += 2;
            } else if (!utf8) {
                if (encoding.undecodable(c)) {
                    throw undecodable(block, record, i);
                }
                i++;
            } else {
                int length = utf8Length(b, i, to);
                if (length == 0) {
                    throw undecodable(block, record, i);
                }
                if (nfc && !RowsDigest.nfcAsIs(c, b[i + 1] & 0xFF)) {
                    nfc = false;
                }
                i += length;
            }
        }
        return nfc;
    }

    // The length of the well-formed UTF-8 character of two or more bytes at i, or 0 when it is not one (overlong
    // forms, surrogates and code points above U+10FFFF are not), or when it runs past the record.
    private static int utf8Length(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        int trailing;
        int min = 0x80;
        int max = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            trailing = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            trailing = 2;
            min = c == 0xE0 ? 0xA0 : 0x80;
            max = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            trailing = 3;
            min = c == 0xF0 ? 0x90 : 0x80;
            max = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        // A record ends at an ASCII line end or at the end of the file: a character cut there is invalid.
        if (i + trailing >= to) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < min || second > max) {
            return 0;
        }
        for (int k = 2; k <= trailing; k++) {
            int next = b[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return trailing + 1;
    }

    // Only on the error path: the line (a quoted field may span lines) and the column, in bytes, of the byte at i.
    private DvhcException undecodable(RecordBlock block, int record, int i) {
        long line = block.line[record];
        int lineStart = block.start[record];
        for (int p = lineStart; p < i; p++) {
            if (block.data[p] == '\n') {
                line++;
                lineStart = p + 1;
            }
        }
        String charset = encoding.charset().name();
        return new DvhcException(ErrorCode.INPUT_ENCODING,
                String.format(Locale.ROOT, "invalid %s byte 0x%02X", charset, block.data[i] & 0xFF),
                Location.of(block.source, line, i - lineStart + 1L),
                encoding.isUtf8() ? "re-encode the file as UTF-8, or pass --encoding with its real encoding (e.g. windows-1258)"
                        : "check that the file really is " + charset + ", or pass the right --encoding");
    }
}
