package vn.dvhc.remap.table;

import java.math.BigDecimal;

/**
 * One row of the source table as the remap needs it: its key, its codes as text (a number read from a numeric column
 * is its digits, without the zeros it cannot hold), and its address or unit names. A column the run does not read is
 * null; a column it reads that holds NULL is empty, as an empty field of a file.
 *
 * @param key the key columns' values, in the order of {@code --key}, as the driver gives them
 */
public record SourceRow(Object[] key, String commune, String district, String province, String address,
                        String communeName, String districtName, String provinceName) implements TableReader.Keyed {

    /**
     * A key column's value as text, as the database reads it back: a decimal's digits without an exponent, anything
     * else as the driver prints it.
     */
    static String keyText(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }
}
