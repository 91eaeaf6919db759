package vn.dvhc.remap.table;

/**
 * One row of the source table as the remap needs it: its key, its codes as text (a number read from a numeric column
 * is its digits, without the zeros it cannot hold), and its address or unit names. A column the run does not read is
 * null; a column it reads that holds NULL is empty, as an empty field of a file.
 *
 * @param key the key columns' values, in the order of {@code --key}, as the driver gives them
 */
public record SourceRow(Object[] key, String commune, String district, String province, String address,
                        String communeName, String districtName, String provinceName) {
}
