package vn.dvhc.remap;

import java.util.List;

/**
 * What the prepare step learnt of the input, kept (as JSON) in the job's execution context so that every
 * partition and every restart reads the file the same way.
 *
 * @param bomLength       bytes of the UTF-8 byte-order mark at the start (0 or 3), repeated in the outputs
 * @param headerEnd       offset where the header's line end starts
 * @param dataStart       offset of the first data record, on physical line {@code dataLine}
 * @param terminator      the header's line end ({@code \n} or {@code \r\n}), used where a record has none
 * @param communeColumn   0-based index; {@code districtColumn}, {@code provinceColumn} -1 when absent
 * @param inputBytes      size and modification time: a restart refuses an input that changed
 * @param matchColumn     0-based index of the text split rules look in and the worklist groups by, -1 when not
 *                        needed or absent
 */
public record InputLayout(char delimiter, String encoding, int bomLength, long headerEnd, long dataStart,
                          long dataLine, String terminator, List<String> header, int communeColumn, int districtColumn,
                          int provinceColumn, long inputBytes, long inputModified, int matchColumn) {

    public int fieldCount() {
        return header.size();
    }

    /** The 0-based indexes remap reads, in slot order: commune, district, province, the split match text. */
    int[] wantedColumns() {
        return new int[]{communeColumn, districtColumn, provinceColumn, matchColumn};
    }
}
