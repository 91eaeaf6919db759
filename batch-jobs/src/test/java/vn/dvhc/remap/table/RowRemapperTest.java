package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.catalog.ConversionTable;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.testing.BuiltInChain;
import vn.dvhc.testing.Registers;

/**
 * {@link RowRemapper}'s memo of results per code triple: rows whose codes were seen before (the same triple many
 * times, and triples that share a commune but not its district or province, padded, malformed and empty codes) come
 * out exactly as a remapper that never saw them gives them, each with its own key.
 */
class RowRemapperTest {

    private static final ConversionTable TABLE = BuiltInChain.table();

    @ParameterizedTest
    @EnumSource(OnSplit.class)
    void a_remembered_triple_gives_what_a_fresh_remapper_gives(OnSplit onSplit) throws IOException {
        for (boolean padCodes : new boolean[] {false, true}) {
            RowRemapper remembering = new RowRemapper(TABLE, onSplit, padCodes, null, true, false);
            List<SourceRow> rows = rows();
            for (int i = 0; i < rows.size(); i++) {
                SourceRow row = rows.get(i);
                RemappedRow got = remembering.remap(row);
                RemappedRow fresh = new RowRemapper(TABLE, onSplit, padCodes, null, true, false).remap(row);
                assertThat(got.key()).as("row %d", i).isSameAs(row.key());
                assertThat(got.values()).as("row %d %s", i, row).isEqualTo(fresh.values());
                assertThat(List.of(String.valueOf(got.status()), String.valueOf(got.reason()),
                        String.valueOf(got.detail()), got.newProvince(), got.padded(), got.mismatch()))
                        .as("row %d %s", i, row)
                        .containsExactly(String.valueOf(fresh.status()), String.valueOf(fresh.reason()),
                                String.valueOf(fresh.detail()), fresh.newProvince(), fresh.padded(), fresh.mismatch());
            }
        }
    }

    // Each triple twice (the second half repeats the first with other keys), and triples that differ only in the
    // district, the province, blanks, quotes or the number of digits.
    private static List<SourceRow> rows() throws IOException {
        List<Registers.OldCommune> communes = Registers.oldCommunes();
        Random random = new Random(2026);
        List<String[]> codes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Registers.OldCommune c = communes.get(random.nextInt(communes.size()));
            Registers.OldCommune other = communes.get(random.nextInt(communes.size()));
            codes.add(new String[] {c.code(), c.district(), c.province()});
            codes.add(new String[] {c.code(), other.district(), c.province()});
            codes.add(new String[] {c.code(), c.district(), other.province()});
            codes.add(new String[] {" " + c.code() + " ", "", ""});
            codes.add(new String[] {"\"" + c.code() + "\"", c.district(), c.province()});
            codes.add(new String[] {String.valueOf(Integer.parseInt(c.code())), c.district(),
                    String.valueOf(Integer.parseInt(c.province()))});
        }
        codes.add(new String[] {"", "", ""});
        codes.add(new String[] {"", "999", "99"});
        codes.add(new String[] {"12a45", "001", "01"});
        codes.add(new String[] {"123456", "001", "01"});
        codes.add(new String[] {"99999", "", ""});
        codes.add(new String[] {"01234", null, null});
        List<SourceRow> rows = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String[] c : codes) {
                rows.add(new SourceRow(new Object[] {rows.size()}, c[0], c[1], c[2], null, null, null, null));
            }
        }
        return rows;
    }
}
