package vn.dvhc.remap;

/**
 * Consecutive records of the input, as read: their bytes (copied from the file, untouched) and where each
 * record, its line terminator and the fields remap needs lie. A block is the item of the remap step: handling
 * rows a thousand at a time keeps Spring Batch's per-item cost out of the per-row budget. Offsets are into
 * {@link #data}.
 */
final class RecordBlock {

    static final byte OK = 0;
    /** An empty line: not a row. */
    static final byte BLANK = 1;
    /** Text after a closing quote, or a quote never closed (then the record is its first physical line). */
    static final byte BROKEN_QUOTE = 2;
    static final byte UNCLOSED_QUOTE = 3;

    /** The file's name as messages give it. */
    final String source;
    final byte[] data;
    final int count;
    final int[] start;
    final int[] end;
    final int[] next;
    final long[] line;
    final int[] fields;
    final byte[] state;
    /**
     * Per record: every character is one that NFC leaves as it is (UTF-8 input only), as {@link RecordValidator} saw
     * while checking the block, so {@link RowsDigest} hashes the bytes without looking at them again; false says only
     * "not known" (and all are false until the block is checked).
     */
    final boolean[] nfc;
    /** Per wanted column k, per record i: the field's raw bytes [fieldStart, fieldEnd), or -1 when missing. */
    final int[][] fieldStart;
    final int[][] fieldEnd;
    /** File offset just after the block, and the line number there: where reading resumes. */
    final long endOffset;
    final long endLine;

    RecordBlock(String source, byte[] data, int count, int[] start, int[] end, int[] next, long[] line, int[] fields,
                byte[] state, boolean[] nfc, int[][] fieldStart, int[][] fieldEnd, long endOffset, long endLine) {
        this.source = source;
        this.data = data;
        this.count = count;
        this.start = start;
        this.end = end;
        this.next = next;
        this.line = line;
        this.fields = fields;
        this.state = state;
        this.nfc = nfc;
        this.fieldStart = fieldStart;
        this.fieldEnd = fieldEnd;
        this.endOffset = endOffset;
        this.endLine = endLine;
    }
}
