package vn.dvhc.common;

import java.util.ArrayList;
import java.util.List;

import vn.dvhc.domain.VietnameseText;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * A header row, with columns found by name: case, accents, blanks and punctuation are ignored, so
 * {@code Mã Xã mới}, {@code ma_xa_moi} and {@code MA XA MOI} are the same column.
 */
public final class Header {

    private final String file;
    private final CsvTable.Row row;
    private final List<String> keys = new ArrayList<>();

    public Header(String file, CsvTable.Row row) {
        this.file = file;
        this.row = row;
        for (String name : row.fields()) {
            keys.add(VietnameseText.identifierKey(name));
        }
    }

    public List<String> names() {
        return List.of(row.fields());
    }

    /** Index of the first column matching any of the names, or -1. */
    public int find(String... names) {
        for (String name : names) {
            int index = keys.indexOf(VietnameseText.identifierKey(name));
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /** Index of the column, or an input error that lists what the file has and what was expected. */
    public int require(String... names) {
        int index = find(names);
        if (index < 0) {
            throw new DvhcException(ErrorCode.INPUT_HEADER,
                    "no column " + String.join(" or ", names) + " in the header " + names(),
                    Location.of(file, row.line()), "use the documented header; see docs/formats.md");
        }
        return index;
    }

    /** True when every name is a column. */
    public boolean hasAll(String... names) {
        for (String name : names) {
            if (find(name) < 0) {
                return false;
            }
        }
        return true;
    }
}
