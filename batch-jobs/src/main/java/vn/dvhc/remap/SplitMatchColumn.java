package vn.dvhc.remap;

import java.util.List;

import vn.dvhc.domain.VietnameseText;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * The column whose words split rules look for and the worklist groups by: {@code --split-match-column}, or the
 * address column found by name. Needed only with {@code --split-rules} or {@code --split-worklist}.
 */
final class SplitMatchColumn {

    /** Header names of an address column, most specific first: the first one present is taken. */
    static final List<String> ADDRESS_NAMES = List.of("dia_chi", "diachi", "dia_chi_thuong_tru", "dia_chi_cu_tru",
            "noi_o_hien_tai", "noi_thuong_tru", "address", "full_address");

    private SplitMatchColumn() {
    }

    /** The 0-based index, or -1 when the rows' text is not needed (or, for a worklist alone, absent). */
    static int find(ColumnResolver columns, List<String> header, SplitOptions splits, String file) {
        if (!splits.readsText()) {
            return -1;
        }
        if (splits.matchColumn() != null) {
            return columns.optional(splits.matchColumn(), List.of(), "--split-match-column", "match");
        }
        List<String> keys = header.stream().map(VietnameseText::identifierKey).toList();
        for (String name : ADDRESS_NAMES) {
            int index = keys.indexOf(VietnameseText.identifierKey(name));
            if (index >= 0) {
                return index;
            }
        }
        if (splits.rules() != null) {
            throw new DvhcException(ErrorCode.INPUT_HEADER, "no address column for the split rules to look in, in the "
                    + "header " + header, Location.of(file, 1),
                    "name the column with --split-match-column, or use one of the names " + ADDRESS_NAMES);
        }
        return -1;
    }
}
