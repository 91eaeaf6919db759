package vn.dvhc.remap.table;

import vn.dvhc.remap.RejectReason;

/**
 * What became of one source row: the values of the remap columns ({@link TableLayout#columns}, null for an empty
 * one), or a reject with its reason and detail.
 *
 * @param values      null when rejected
 * @param status      the remap_status of a written row (MAPPED, SPLIT, ALIAS, RESOLVED), else null
 * @param newProvince the new province the row counts for, or -1
 * @param padded      whether its codes were read with their leading zeros restored
 * @param mismatch    whether the code decided and the address or names named another unit
 */
public record RemappedRow(Object[] key, String[] values, String status, RejectReason reason, String detail,
                          int newProvince, boolean padded, boolean mismatch) implements TableReader.Keyed {

    public boolean rejected() {
        return reason != null;
    }
}
