package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvhc.error.DvhcException;
import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.remap.address.NameColumns;

/** Which columns a file is read by: named ones, codes alone, or name and address columns found by the header. */
class NameColumnFinderTest {

    private static NameColumns find(List<String> header, AddressColumns given) {
        ColumnResolver columns = new ColumnResolver(header, "in.csv", 1);
        return NameColumnFinder.find(columns, given, columns.communeIfAny(null) >= 0);
    }

    @Test
    void aFileWithCodesIsReadByCodeAloneUnlessAnAddressIsNamed() {
        List<String> header = List.of("id", "dia_chi", "ma_xa");
        assertThat(find(header, AddressColumns.NONE)).isEqualTo(NameColumns.NONE);
        assertThat(find(header, new AddressColumns("dia_chi", null, null, null)))
                .isEqualTo(new NameColumns(1, -1, -1, -1, false));
    }

    @Test
    void withoutCodesNameColumnsComeBeforeAnAddressAndAreNamedAsFound() {
        List<String> header = List.of("Mã số thuế", "Địa chỉ", "Xã/Phường", "Quận/Huyện", "Tỉnh/TP");
        NameColumns names = find(header, AddressColumns.NONE);
        assertThat(names).isEqualTo(new NameColumns(-1, 2, 3, 4, true));
        assertThat(names.describe(header)).isEqualTo("commune name column 'Xã/Phường', district name column "
                + "'Quận/Huyện', province name column 'Tỉnh/TP' (found by the header)");
        assertThat(find(List.of("id", "DIA_CHI_THUONG_TRU"), AddressColumns.NONE))
                .isEqualTo(new NameColumns(1, -1, -1, -1, true));
    }

    @Test
    void aNamedColumnLeavesTheOthersUnlookedForAndAnUnknownOneIsAnError() {
        List<String> header = List.of("dia_chi", "ten_xa", "ten_tinh");
        assertThat(find(header, new AddressColumns(null, "ten_xa", null, null)))
                .isEqualTo(new NameColumns(-1, 1, -1, -1, false));
        assertThatThrownBy(() -> find(header, new AddressColumns("address", null, null, null)))
                .isInstanceOf(DvhcException.class)
                .hasMessage("--address-column 'address' names no column of the header [dia_chi, ten_xa, ten_tinh]");
    }

    @Test
    void aFileWithNeitherCodesNorNamesIsStillAHeaderError() {
        assertThatThrownBy(() -> find(List.of("id", "ten"), AddressColumns.NONE))
                .isInstanceOf(DvhcException.class)
                .hasMessage("no commune code column in the header [id, ten]");
    }
}
