package vn.dvhc.remap;

import java.util.List;

import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.remap.address.NameColumns;
import vn.dvhc.remap.address.NameHeaders;

/**
 * Which address or unit-name columns the rows are read by: those the operator named; or, in a file without a
 * commune code column, those found by their header names, the name columns before an address (they say the
 * units one per column, so less is left to reading). A file with codes and no such option is read by code alone,
 * exactly as before.
 */
final class NameColumnFinder {

    private NameColumnFinder() {
    }

    static NameColumns find(ColumnResolver columns, AddressColumns given, boolean hasCodes) {
        if (given.given()) {
            return new NameColumns(named(columns, given.address(), "--address-column"),
                    named(columns, given.communeName(), "--commune-name-column"),
                    named(columns, given.districtName(), "--district-name-column"),
                    named(columns, given.provinceName(), "--province-name-column"), false);
        }
        if (hasCodes) {
            return NameColumns.NONE;
        }
        int commune = columns.optional(null, NameHeaders.COMMUNE, "--commune-name-column", "commune name");
        if (commune >= 0) {
            return new NameColumns(-1, commune,
                    columns.optional(null, NameHeaders.DISTRICT, "--district-name-column", "district name"),
                    columns.optional(null, NameHeaders.PROVINCE, "--province-name-column", "province name"), true);
        }
        int address = columns.optional(null, NameHeaders.ADDRESS, "--address-column", "address");
        if (address >= 0) {
            return new NameColumns(address, -1, -1, -1, true);
        }
        throw columns.noCommuneColumn();
    }

    // Only what the operator names: a name column left out is not looked for by header.
    private static int named(ColumnResolver columns, String explicit, String option) {
        return explicit == null ? -1 : columns.optional(explicit, List.of(), option, option);
    }
}
