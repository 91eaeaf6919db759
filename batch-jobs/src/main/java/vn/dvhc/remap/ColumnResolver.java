package vn.dvhc.remap;

import java.util.ArrayList;
import java.util.List;

import vn.dvhc.domain.VietnameseText;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Finds the code columns by name, ignoring case, accents and punctuation ({@code Mã xã}, {@code ma_xa},
 * {@code MAXA} are one name), among the names used by Vietnamese and English exports; or takes the column the
 * operator names (a header name, or a 1-based column number).
 */
public final class ColumnResolver {

    public static final List<String> COMMUNE_NAMES = List.of("ma_xa", "maxa", "ma_phuong_xa", "ma_xa_phuong", "ma_px",
            "commune_code", "ward_code", "commune_id", "ward_id");
    public static final List<String> DISTRICT_NAMES = List.of("ma_huyen", "ma_quan_huyen", "ma_qh", "district_code",
            "district_id");
    public static final List<String> PROVINCE_NAMES = List.of("ma_tinh", "ma_tp", "ma_tinh_thanh_pho", "province_code",
            "province_id");

    private final List<String> header;
    private final List<String> keys = new ArrayList<>();
    private final String file;
    private final long line;

    /** {@code file} and {@code line} say where the header is, for messages. */
    ColumnResolver(List<String> header, String file, long line) {
        this.header = header;
        this.file = file;
        this.line = line;
        header.forEach(name -> keys.add(VietnameseText.identifierKey(name)));
    }

    /** The commune column: required. */
    int commune(String explicit) {
        int index = communeIfAny(explicit);
        if (index < 0) {
            throw noCommuneColumn();
        }
        return index;
    }

    /** The commune column, or -1 when not named and no header has one of its names. */
    int communeIfAny(String explicit) {
        return resolve(explicit, COMMUNE_NAMES, "--commune-column", "commune code");
    }

    DvhcException noCommuneColumn() {
        return new DvhcException(ErrorCode.INPUT_HEADER, "no commune code column in the header " + header,
                Location.of(file, line), "name it with --commune-column, or use one of the names " + COMMUNE_NAMES
                + "; or read the old commune from an address (--address-column) or names (--commune-name-column)");
    }

    /** An optional column: -1 when absent. */
    int optional(String explicit, List<String> names, String option, String what) {
        return resolve(explicit, names, option, what);
    }

    private int resolve(String explicit, List<String> names, String option, String what) {
        if (explicit != null) {
            int byName = keys.indexOf(VietnameseText.identifierKey(explicit));
            if (byName >= 0) {
                return byName;
            }
            if (explicit.chars().allMatch(Character::isDigit) && !explicit.isEmpty()) {
                int number = Integer.parseInt(explicit);
                if (number >= 1 && number <= header.size()) {
                    return number - 1;
                }
            }
            throw new DvhcException(ErrorCode.INPUT_HEADER, option + " '" + explicit + "' names no column of the header "
                    + header, Location.of(file, line), "give a header name or a column number from 1 to " + header.size());
        }
        List<Integer> found = new ArrayList<>();
        for (String name : names) {
            int index = keys.indexOf(VietnameseText.identifierKey(name));
            if (index >= 0 && !found.contains(index)) {
                found.add(index);
            }
        }
        if (found.size() > 1) {
            throw new DvhcException(ErrorCode.USAGE, "several " + what + " columns: "
                    + found.stream().map(header::get).toList(), Location.of(file, line), "say which with " + option);
        }
        return found.isEmpty() ? -1 : found.get(0);
    }
}
