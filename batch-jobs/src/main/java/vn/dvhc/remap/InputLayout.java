package vn.dvhc.remap;

import java.util.List;

import vn.dvhc.remap.address.NameColumns;

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
 * @param names           the address or unit-name columns read ({@link NameColumns#NONE} for codes alone; a layout
 *                        stored by an older version has none)
 */
public record InputLayout(char delimiter, String encoding, int bomLength, long headerEnd, long dataStart,
                          long dataLine, String terminator, List<String> header, int communeColumn, int districtColumn,
                          int provinceColumn, long inputBytes, long inputModified, int matchColumn, NameColumns names) {

    public InputLayout {
        names = names == null ? NameColumns.NONE : names;
    }

    /** A layout by codes alone. */
    public InputLayout(char delimiter, String encoding, int bomLength, long headerEnd, long dataStart,
                       long dataLine, String terminator, List<String> header, int communeColumn, int districtColumn,
                       int provinceColumn, long inputBytes, long inputModified, int matchColumn) {
        this(delimiter, encoding, bomLength, headerEnd, dataStart, dataLine, terminator, header, communeColumn,
                districtColumn, provinceColumn, inputBytes, inputModified, matchColumn, NameColumns.NONE);
    }

    public int fieldCount() {
        return header.size();
    }

    /**
     * The 0-based indexes remap reads, in slot order: commune, district, province codes, the split match text; then,
     * when the rows are read by address or names, the address and the commune, district and province names
     * ({@link AddressRows}).
     */
    int[] wantedColumns() {
        // A column is located in one slot only: the split rules reading the address column read its slot.
        return names.any() ? new int[]{communeColumn, districtColumn, provinceColumn,
                matchSlot() == 3 ? matchColumn : -1, names.address(),
                names.commune(), names.district(), names.province()}
                : new int[]{communeColumn, districtColumn, provinceColumn, matchColumn};
    }

    /** The slot the split match text is read from: the address's when the rules look in the address column. */
    int matchSlot() {
        return names.any() && matchColumn >= 0 && matchColumn == names.address() ? 4 : 3;
    }
}
