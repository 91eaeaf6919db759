package vn.dvhc.remap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Finds the records of a delimited text file in its raw bytes, without decoding or copying fields: RFC 4180
 * quoting (delimiters, quotes and line breaks inside {@code "…"}), LF, CRLF or CR line ends, a last record
 * without line end. It does not look at non-ASCII bytes: {@link RecordValidator} checks them against the encoding,
 * on the remapping threads, so that this one reading thread does as little per byte as it can.
 *
 * <p>Broken input is kept, not guessed at: text after a closing quote makes the record {@code BROKEN_QUOTE}.
 * A stray quote must not swallow the lines after it: when a quote is never closed, or a record that runs over
 * several physical lines is broken or has not the header's number of fields, the record is only its first
 * physical line ({@code UNCLOSED_QUOTE}) and scanning resumes on the next one. The partitioner uses the same
 * scanner, so partition boundaries always fall on record starts.
 */
final class RecordScanner {

    static final int NEED_MORE = -1;
    private static final int MAX_RECORD = 16 << 20;

    private final FileChannel channel;
    private final String fileName;
    private final byte delimiter;
    private final TextEncoding encoding;
    private final int[] slotOfColumn;
    private final int slots;
    private final long endOffset;
    /** The header's number of fields (0 while reading the header): a multi-line record without it is suspect. */
    private final int expectedFields;
    /** Bytes that end a run of ordinary field text: the delimiter, quote, CR and LF. */
    private final boolean[] special = new boolean[256];

    private byte[] buf = new byte[1 << 20];
    private int pos;
    private int limit;
    private long bufOffset;
    private boolean eof;
    private long line;

    // the record being scanned
    private int recEnd;
    private int recFields;
    private byte recState;
    private final int[] recFieldStart;
    private final int[] recFieldEnd;

    /**
     * @param encoding that of {@link #fieldsOf}; null where no field is decoded (boundary finding only)
     * @param wanted   0-based column indexes whose fields are located, in slot order
     */
    RecordScanner(FileChannel channel, String fileName, long startOffset, long endOffset, long startLine, byte delimiter,
                  int expectedFields, TextEncoding encoding, int... wanted) {
        this.channel = channel;
        this.expectedFields = expectedFields;
        this.fileName = fileName;
        this.delimiter = delimiter;
        this.encoding = encoding;
        this.endOffset = endOffset;
        this.bufOffset = startOffset;
        this.line = startLine;
        this.eof = startOffset >= endOffset;
        int max = Arrays.stream(wanted).max().orElse(-1);
        this.slotOfColumn = new int[max + 1];
        Arrays.fill(slotOfColumn, -1);
        for (int k = 0; k < wanted.length; k++) {
            if (wanted[k] >= 0) {
                slotOfColumn[wanted[k]] = k;
            }
        }
        this.slots = wanted.length;
        special[delimiter & 0xFF] = true;
        special['"'] = true;
        special['\r'] = true;
        special['\n'] = true;
        this.recFieldStart = new int[slots];
        this.recFieldEnd = new int[slots];
    }

    /** File offset of the next record. */
    long offset() {
        return bufOffset + pos;
    }

    /** Physical line of the next record. */
    long line() {
        return line;
    }

    /** The next up to {@code max} records, or null at the end. */
    RecordBlock next(int max) throws IOException {
        int count = 0;
        int blockStart = pos;
        int[] start = new int[max];
        int[] end = new int[max];
        int[] next = new int[max];
        long[] lines = new long[max];
        int[] fields = new int[max];
        byte[] state = new byte[max];
        boolean[] nfc = new boolean[max];
        int[][] fieldStart = new int[slots][max];
        int[][] fieldEnd = new int[slots][max];
        while (count < max) {
            if (pos >= limit && eof) {
                break;
            }
            long recordLine = line;
            int after = pos < limit ? scanRecord(pos) : NEED_MORE;
            if (after == NEED_MORE) {
                if (count > 0) {
                    break;
                }
                refill();
                blockStart = pos;
                continue;
            }
            start[count] = pos - blockStart;
            end[count] = recEnd - blockStart;
            next[count] = after - blockStart;
            lines[count] = recordLine;
            fields[count] = recFields;
            state[count] = recState;
            for (int s = 0; s < slots; s++) {
                fieldStart[s][count] = recFieldStart[s] < 0 ? -1 : recFieldStart[s] - blockStart;
                fieldEnd[s][count] = recFieldEnd[s] < 0 ? -1 : recFieldEnd[s] - blockStart;
            }
            count++;
            pos = after;
        }
        if (count == 0) {
            return null;
        }
        byte[] data = Arrays.copyOfRange(buf, blockStart, pos);
        return new RecordBlock(fileName, data, count, start, end, next, lines, fields, state, nfc, fieldStart, fieldEnd,
                offset(), line);
    }

    /** Skips records until the next one starts at or after {@code target}; for partition boundaries. */
    void advanceTo(long target) throws IOException {
        while (offset() < target) {
            if (pos >= limit && eof) {
                return;
            }
            int after = pos < limit ? scanRecord(pos) : NEED_MORE;
            if (after == NEED_MORE) {
                refill();
            } else {
                pos = after;
            }
        }
    }

    /** The fields of one record (the header), unquoted and decoded. */
    List<String> fieldsOf(RecordBlock block, int i) {
        List<String> values = new ArrayList<>();
        byte[] b = block.data;
        int from = block.start[i];
        int to = block.end[i];
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int runStart = from;
        for (int p = from; p < to; p++) {
            byte c = b[p];
            if (quoted) {
                if (c == '"') {
                    field.append(decode(b, runStart, p));
                    if (p + 1 < to && b[p + 1] == '"') {
                        field.append('"');
                        p++;
                    } else {
                        quoted = false;
                    }
                    runStart = p + 1;
                }
            } else if (c == delimiter) {
                values.add(field.append(decode(b, runStart, p)).toString());
                field.setLength(0);
                runStart = p + 1;
            } else if (c == '"' && p == runStart && field.isEmpty()) {
                quoted = true;
                runStart = p + 1;
            }
        }
        values.add(field.append(decode(b, runStart, to)).toString());
        return values;
    }

    private String decode(byte[] b, int from, int to) {
        return encoding == null ? new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1)
                : encoding.decode(b, from, to);
    }

    // Scans the record at p; returns the position after it, or NEED_MORE when the buffer ends before it does.
    private int scanRecord(int p) {
        final byte[] b = buf;
        final int lim = limit;
        final byte d = delimiter;
        for (int s = 0; s < slots; s++) {
            recFieldStart[s] = -1;
            recFieldEnd[s] = -1;
        }
        int field = 0;
        int fieldBegin = p;
        boolean quoted = false;
        boolean closed = false;
        boolean broken = false;
        long here = line;
        int i = p;
        while (true) {
            if (i >= lim) {
                if (!eof) {
                    return NEED_MORE;
                }
                if (quoted || suspect(here, broken, field + 1)) {
                    return unclosed(p);
                }
                closeField(field, fieldBegin, i);
                return finish(i, i, field + 1, broken ? RecordBlock.BROKEN_QUOTE : RecordBlock.OK, here);
            }
            byte c = b[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 >= lim && !eof) {
                        return NEED_MORE;
                    }
                    if (i + 1 < lim && b[i + 1] == '"') {
                        i += 2;
                    } else {
                        quoted = false;
                        closed = true;
                        i++;
                    }
                } else if (c == '\n') {
                    here++;
                    i++;
                } else {
                    i++;
                    while (i < lim && b[i] != '"' && b[i] != '\n') {
                        i++;
                    }
                }
                continue;
            }
            if (c == d) {
                closeField(field, fieldBegin, i);
                field++;
                fieldBegin = ++i;
                closed = false;
                continue;
            }
            if (c == '\n' || c == '\r') {
                int after = i + 1;
                if (c == '\r') {
                    if (i + 1 >= lim && !eof) {
                        return NEED_MORE;
                    }
                    if (i + 1 < lim && b[i + 1] == '\n') {
                        after = i + 2;
                    }
                }
                if (suspect(here, broken, field + 1)) {
                    return unclosed(p);
                }
                closeField(field, fieldBegin, i);
                byte state = broken ? RecordBlock.BROKEN_QUOTE
                        : i == p && field == 0 ? RecordBlock.BLANK : RecordBlock.OK;
                return finish(i, after, field + 1, state, here + 1);
            }
            if (closed) {
                broken = true;
            } else if (c == '"' && i == fieldBegin) {
                quoted = true;
                i++;
                continue;
            }
            i++;
            // Ordinary field text: skip to the next byte that matters in one tight loop.
            final boolean[] stop = special;
            while (i < lim && !stop[b[i] & 0xFF]) {
                i++;
            }
        }
    }

    // A record over several lines that is broken or has a wrong field count is most likely a stray quote's work.
    private boolean suspect(long here, boolean broken, int fields) {
        return here > line && (broken || (expectedFields > 0 && fields != expectedFields));
    }

    private void closeField(int field, int from, int to) {
        if (field < slotOfColumn.length) {
            int slot = slotOfColumn[field];
            if (slot >= 0) {
                recFieldStart[slot] = from;
                recFieldEnd[slot] = to;
            }
        }
    }

    private int finish(int end, int after, int fields, byte state, long nextLine) {
        recEnd = end;
        recFields = fields;
        recState = state;
        line = nextLine;
        return after;
    }

    // A quote never closed: the record is its first physical line; the next record starts on the next line.
    private int unclosed(int p) {
        for (int s = 0; s < slots; s++) {
            recFieldStart[s] = -1;
            recFieldEnd[s] = -1;
        }
        int nl = p;
        while (nl < limit && buf[nl] != '\n') {
            nl++;
        }
        int end = nl < limit && nl > p && buf[nl - 1] == '\r' ? nl - 1 : nl;
        int after = nl < limit ? nl + 1 : nl;
        return finish(end, after, 0, RecordBlock.UNCLOSED_QUOTE, line + 1);
    }

    private void refill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufOffset += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_RECORD) {
                throw new DvhcException(ErrorCode.INPUT_MALFORMED, "a record longer than 16 MB",
                        Location.of(fileName, line), "check the delimiter and the quotes; is this a delimited text file?");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        long remaining = endOffset - (bufOffset + limit);
        int wanted = (int) Math.min(buf.length - limit, remaining);
        int read = wanted <= 0 ? -1 : channel.read(ByteBuffer.wrap(buf, limit, wanted), bufOffset + limit);
        if (read > 0) {
            limit += read;
        }
        if (read <= 0 || bufOffset + limit >= endOffset) {
            eof = true;
        }
    }
}
