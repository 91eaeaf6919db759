package vn.dvhc.remap.address;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the address or the unit names are in the input: 0-based column indexes, -1 when absent. Kept in the
 * job's input layout, so that every partition and every restart reads the same columns.
 *
 * @param byHeader whether they were found by their header names rather than named by the operator
 */
public record NameColumns(int address, int commune, int district, int province, boolean byHeader) {

    public static final NameColumns NONE = new NameColumns(-1, -1, -1, -1, false);

    /** Whether the rows carry an address or a commune name to read. */
    public boolean any() {
        return address >= 0 || commune >= 0;
    }

    /** Names the columns used, for the operator: {@code address column 'dia_chi' (found by its header)}. */
    public String describe(List<String> header) {
        List<String> parts = new ArrayList<>();
        if (address >= 0) {
            parts.add("address column '" + header.get(address) + "'");
        }
        if (commune >= 0) {
            parts.add("commune name column '" + header.get(commune) + "'");
        }
        if (district >= 0) {
            parts.add("district name column '" + header.get(district) + "'");
        }
        if (province >= 0) {
            parts.add("province name column '" + header.get(province) + "'");
        }
        return String.join(", ", parts) + (byHeader ? " (found by the header)" : "");
    }
}
