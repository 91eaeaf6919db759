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
 * @param names           the address or unit-name columns read ({@link NameColumns#NONE} for codes alone; a layout
 *                        stored by an older version has none)
 */
public record InputLayout(char delimiter, String encoding, int bomLength, long headerEnd, long dataStart,
                          long dataLine, String terminator, List<String> header, int communeColumn, int districtColumn,
                          int provinceColumn, long inputBytes, long inputModified, NameColumns names) {

    public InputLayout {
        names = names == null ? NameColumns.NONE : names;
    }

    public int fieldCount() {
        return header.size();
    }

    /**
     * The 0-based indexes remap reads, in slot order: commune, district, province codes; then, when the rows are
     * read by address or names, the address and the commune, district and province names ({@link AddressRows}).
     */
    int[] wantedColumns() {
        return names.any() ? new int[]{communeColumn, districtColumn, provinceColumn, names.address(), names.commune(),
                names.district(), names.province()} : new int[]{communeColumn, districtColumn, provinceColumn};
    }
}
