package vn.dvhc.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

class TablesTest {

    @Test
    void aWorkbookReadsLikeACsvWithRowNumbersAndZeroPaddedCodes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Danh mục");
            CellStyle fiveDigits = workbook.createCellStyle();
            fiveDigits.setDataFormat(workbook.createDataFormat().getFormat("00000"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("code");
            header.createCell(1).setCellValue("name");
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue(4);
            row.getCell(0).setCellStyle(fiveDigits);
            row.createCell(1).setCellValue("Phường Ba Đình");
            workbook.write(out);
        }
        CsvTable table = Tables.read(file);
        assertThat(table.records()).hasSize(2);
        assertThat(table.records().get(1).line()).isEqualTo(3);
        assertThat(table.records().get(1).fields()).containsExactly("00004", "Phường Ba Đình");
        assertThat(table.file()).endsWith("register.xlsx (sheet Danh mục)");
    }

    @Test
    void aFileThatIsNoWorkbookIsAnInputError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("fake.xlsx"), "code,name\n");
        assertThatThrownBy(() -> Tables.read(file))
                .isInstanceOfSatisfying(DvhcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INPUT_MALFORMED));
    }
}
