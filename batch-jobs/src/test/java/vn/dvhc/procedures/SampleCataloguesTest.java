package vn.dvhc.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.dvhc.common.CsvTable;
import vn.dvhc.domain.procedure.Procedure;

/**
 * The sample catalogues of {@code sample-data/procedures/} read, and the xlsx sample holds the rows of
 * {@code lao-cai-10.csv} in an annex layout (a title row, Vietnamese headers). The workbook is made by
 * {@link #writeWorkbook}: regenerate it with {@code -Ddvhc.updateSamples=true} after editing the CSV.
 */
class SampleCataloguesTest {

    /** English header of lao-cai-10.csv → the Vietnamese header of the workbook. */
    private static final Map<String, String> VIETNAMESE = Map.ofEntries(Map.entry("no", "STT"),
            Map.entry("procedure_code", "Mã TTHC"), Map.entry("procedure_name", "Tên TTHC"),
            Map.entry("sector", "Lĩnh vực"), Map.entry("level", "Cấp thực hiện"),
            Map.entry("agency", "Cơ quan thực hiện"), Map.entry("time_limit", "Thời hạn giải quyết"),
            Map.entry("fee", "Phí, lệ phí"), Map.entry("place", "Địa điểm thực hiện"),
            Map.entry("legal_basis", "Căn cứ pháp lý"), Map.entry("old_province_code", "Mã tỉnh cũ"));

    private final CatalogueReader reader = new CatalogueReader(CatalogueReaderTest.OLD_PROVINCES);

    static Path samples() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("sample-data"))) {
            dir = dir.getParent();
        }
        return dir.resolve("sample-data/procedures");
    }

    @Test
    void theXlsxSampleHoldsTheRowsOfTheCsvSample() throws IOException {
        Path csv = samples().resolve("lao-cai-10.csv");
        Path xlsx = samples().resolve("lao-cai-10.xlsx");
        if (Boolean.getBoolean("dvhc.updateSamples")) {
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                writeWorkbook(CsvTable.read(csv), out);
            }
        }
        List<Procedure> fromCsv = reader.read(csv, StandardCharsets.UTF_8).procedures();
        List<Procedure> fromXlsx = reader.read(xlsx, StandardCharsets.UTF_8).procedures();
        assertThat(fromXlsx).hasSize(fromCsv.size());
        assertThat(fromXlsx).usingRecursiveFieldByFieldElementComparatorIgnoringFields("source").isEqualTo(fromCsv);
        assertThat(fromXlsx.get(0).source().line()).as("below the title and the header").isEqualTo(3);
    }

    @Test
    void everySampleCatalogueReads() {
        for (String name : List.of("yen-bai-15.csv", "yen-bai-15-dat-dai.csv", "lao-cai-10.csv")) {
            assertThat(reader.read(samples().resolve(name), StandardCharsets.UTF_8).procedures()).as(name).isNotEmpty();
        }
        assertThat(RulesReader.read(samples().resolve("rules.csv"), StandardCharsets.UTF_8).size()).isEqualTo(6);
        assertThat(CrosswalkReader.read(samples().resolve("agency-crosswalk.csv"), StandardCharsets.UTF_8).size())
                .isEqualTo(2);
    }

    /** The CSV's rows under a title row and the Vietnamese headers, every cell text but STT. */
    static void writeWorkbook(CsvTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Danh mục");
            sheet.createRow(0).createCell(0)
                    .setCellValue("DANH MỤC THỦ TỤC HÀNH CHÍNH TỈNH LÀO CAI (DỮ LIỆU MẪU, KHÔNG PHẢI VĂN BẢN CHÍNH THỨC)");
            List<CsvTable.Row> records = table.records();
            Row header = sheet.createRow(1);
            String[] names = records.get(0).fields();
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(VIETNAMESE.getOrDefault(names[i], names[i]));
            }
            for (int r = 1; r < records.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] fields = records.get(r).fields();
                for (int i = 0; i < fields.length; i++) {
                    if (i == 0) {
                        row.createCell(i).setCellValue(Integer.parseInt(fields[i]));
                    } else {
                        row.createCell(i).setCellValue(fields[i]);
                    }
                }
            }
            workbook.write(out);
        }
    }
}
