package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The CSV fields {@link CopyWrites} sends to PostgreSQL's COPY: NULL is an unquoted empty field, every other value is
 * quoted with its quotes doubled, so that an empty string stays one and separators, line breaks and backslashes are
 * data. What PostgreSQL makes of them is {@code RemapTableJobIT}'s (the same rows as H2's batched statements).
 */
class CopyWritesTest {

    @Test
    void nullIsNothingAndEveryValueIsQuotedWithItsQuotesDoubled() {
        assertThat(fields(null, "", "a,b", "\"trích\"", "tab\there", "x\ny", "\\N", "\\.", "Nguyễn"))
                .isEqualTo(",\"\",\"a,b\",\"\"\"trích\"\"\",\"tab\there\",\"x\ny\",\"\\N\",\"\\.\",\"Nguyễn\"");
    }

    private static String fields(String... values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            CopyWrites.field(out, values[i]);
        }
        return out.toString();
    }
}
