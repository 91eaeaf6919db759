package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.remap.address.NameHeaders;

/** Which header names a workbook's header row is found by ({@link RemapWorkbookConfig#headerNames}). */
class WorkbookHeaderNamesTest {

    private static RemapSettings settings(String communeColumn, AddressColumns columns) {
        Path file = Path.of("in.xlsx");
        return new RemapSettings(file, "sha", Path.of("out.xlsx"), Path.of("out.xlsx"), communeColumn, null, null,
                "pre-2025", "2026-04-30", null, OnSplit.FLAG, null, "UTF-8", 1_000, 1, RemapSettings.FailOn.NEVER, null,
                0, false, null, true, null, SplitOptions.NONE, columns);
    }

    @Test
    void withoutColumnOptionsTheCodeAddressAndCommuneNameHeadersACsvIsReadByAllFindIt() {
        assertThat(RemapWorkbookConfig.headerNames(settings(null, AddressColumns.NONE)))
                .containsAll(ColumnResolver.COMMUNE_NAMES).containsAll(NameHeaders.ADDRESS)
                .containsAll(NameHeaders.COMMUNE).contains("dia_chi_thuong_tru", "ten_xa");
    }

    @Test
    void theColumnsTheOptionsNameFindItAndAColumnNumberNamesNoHeaderCell() {
        assertThat(RemapWorkbookConfig.headerNames(settings(null, new AddressColumns("dia_chi_thuong_tru", null, null,
                null)))).containsExactly("dia_chi_thuong_tru");
        assertThat(RemapWorkbookConfig.headerNames(settings("Mã xã", new AddressColumns(null, "Tên xã", "4", null))))
                .containsExactly("Mã xã", "Tên xã");
        assertThat(RemapWorkbookConfig.headerNames(settings("3", AddressColumns.NONE)))
                .as("only numbers: the first row with text").isEmpty();
        assertThat(RemapWorkbookConfig.headerNames(settings(null, new AddressColumns("3", null, null, null)))).isEmpty();
    }
}
