package vn.dvhc.remap.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.remap.FakeRemap;

/** Workbook → CSV → the job (a stand-in on the real record scanner) → workbook. */
class WorkbookOutputTest {

    @TempDir
    Path dir;

    private Path input() {
        return Books.write(dir, "ho-khau.xlsx", b -> {
            Sheet s = b.createSheet("Hộ khẩu");
            Books.row(s, 0, "DANH SÁCH HỘ KHẨU");
            Books.row(s, 2, "so_dinh_danh", "ho_ten", "ngay_sinh", "ma_xa", "dia_chi", "chu_ho");
            Books.row(s, 3, 1001.0, "Nguyễn Văn An", LocalDate.of(1980, 5, 17), "26740", "số 5", true);
            Books.row(s, 4, 1002.0, "Trần Thị Bình", LocalDate.of(1990, 1, 2), "99999", "số 7", false);
            Books.row(s, 5, 1003.0, "Lê Văn Cường", LocalDateTime.of(2001, 3, 4, 10, 15), "26740", "ngõ 3\nthôn Đông", true);
            Books.row(s, 7, 1004.0, "Phạm Thị Dung", LocalDate.of(1975, 12, 31), "2674", "số 9", false);
            Books.row(s, 8, 1005.0, "Hoàng Văn Em", LocalDate.of(1968, 8, 8), "26740", "số 1", true, "extra\ncell");
            Row row = Books.row(s, 9, 1006.0, "Vũ Thị Giang", null, "26740");
            row.createCell(4).setCellFormula("\"số \"&A10");
            row.getCell(0).setCellStyle(Books.format(b, "#,##0"));
            b.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
    }

    // Converts, remaps with the stand-in, and writes the output workbook.
    private WorkbookOutputResult roundTrip(Path input, RejectsAs rejectsAs) throws IOException {
        WorkbookConversion conversion = Books.convert(input, null);
        FakeRemap.Counts counts = FakeRemap.run(dir.resolve("in.csv"), "ma_xa", Set.of("99999"), dir.resolve("out.csv"),
                dir.resolve("rej.csv"));
        assertThat(counts.read()).isEqualTo(conversion.dataRows());
        WorkbookOutputResult result = WorkbookOutput.write(input, conversion, dir.resolve("out.csv"),
                dir.resolve("rej.csv"), dir.resolve("ho-khau.new.xlsx"), rejectsAs, dir.resolve("ho-khau.rejects.csv"));
        assertThat(result.written()).isEqualTo(counts.written());
        assertThat(result.rejected()).isEqualTo(counts.rejected());
        return result;
    }

    @Test
    void theOutputKeepsTheInputCellsAsTheyWereAndAppendsTheNewColumns() throws IOException {
        assertThat(roundTrip(input(), RejectsAs.SHEET)).isEqualTo(new WorkbookOutputResult(3, 3));
        try (Workbook out = open(dir.resolve("ho-khau.new.xlsx"))) {
            assertThat(out.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = out.getSheet("Hộ khẩu");
            List<String> header = new ArrayList<>(List.of("so_dinh_danh", "ho_ten", "ngay_sinh", "ma_xa", "dia_chi",
                    "chu_ho"));
            header.addAll(FakeRemap.ADDED);
            assertThat(texts(sheet.getRow(0))).isEqualTo(header);
            assertThat(out.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(3);

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1001.0);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(2))).isTrue();
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1980, 5, 17));
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("26740");
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(texts(first).subList(6, 13)).isEqualTo(FakeRemap.MAPPED);
            assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.STRING);

            Row second = sheet.getRow(2);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("Lê Văn Cường");
            assertThat(second.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(second.getCell(4).getStringCellValue()).isEqualTo("ngõ 3\nthôn Đông");

            Row formula = sheet.getRow(3);
            assertThat(formula.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(formula.getCell(2)).isNull();
            assertThat(formula.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(4).getStringCellValue()).isEqualTo("số 1006");
            assertThat(formula.getCell(5)).isNull();
            assertThat(formula.getCell(11).getStringCellValue()).isEqualTo("MAPPED");

            Sheet rejects = out.getSheet(WorkbookOutput.REJECTS_SHEET);
            assertThat(texts(rejects.getRow(0))).containsExactly("line", "reason", "detail", "so_dinh_danh", "ho_ten",
                    "ngay_sinh", "ma_xa", "dia_chi", "chu_ho");
            // Sheet rows as Excel numbers them, though row 6's address spans two lines of the CSV.
            assertThat(rejects.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(5);
            assertThat(rejects.getRow(1).getCell(1).getStringCellValue()).isEqualTo("UNKNOWN_CODE");
            assertThat(rejects.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1002.0);
            assertThat(DateUtil.isCellDateFormatted(rejects.getRow(1).getCell(5))).isTrue();
            assertThat(rejects.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(8);
            assertThat(rejects.getRow(2).getCell(1).getStringCellValue()).isEqualTo("MALFORMED_CODE");
            assertThat(rejects.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(9);
            assertThat(rejects.getRow(3).getCell(1).getStringCellValue()).isEqualTo("MALFORMED_ROW");
            assertThat(rejects.getRow(3).getCell(9).getStringCellValue()).isEqualTo("extra\ncell");
        }
        assertThat(dir.resolve("ho-khau.rejects.csv")).doesNotExist();
    }

    @Test
    void rejectsCanGoToACsvFileCitingSheetRows() throws IOException {
        roundTrip(input(), RejectsAs.CSV);
        assertThat(Books.read(dir.resolve("ho-khau.rejects.csv"))).isEqualTo("\uFEFF" + """
                line,reason,detail,so_dinh_danh,ho_ten,ngay_sinh,ma_xa,dia_chi,chu_ho
                5,UNKNOWN_CODE,commune 99999 is not a code of pre-2025,1002,Trần Thị Bình,1990-01-02,99999,số 7,FALSE
                8,MALFORMED_CODE,commune code '2674' is not 5 digits,1004,Phạm Thị Dung,1975-12-31,2674,số 9,FALSE
                9,MALFORMED_ROW,7 fields where the header has 6,1005,Hoàng Văn Em,1968-08-08,26740,số 1,TRUE,"extra
                cell"
                """);
        try (Workbook out = open(dir.resolve("ho-khau.new.xlsx"))) {
            assertThat(out.getNumberOfSheets()).isEqualTo(1);
            assertThat(out.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void withACsvOutputTheRejectsAloneAreRewrittenToCiteSheetRows() throws IOException {
        roundTrip(input(), RejectsAs.CSV);
        String expected = Books.read(dir.resolve("ho-khau.rejects.csv"));
        long rejected = WorkbookOutput.writeRejects(dir.resolve("ho-khau.xlsx"), Books.convert(dir.resolve("ho-khau.xlsx"),
                null), dir.resolve("rej.csv"), dir.resolve("only.rejects.csv"));
        assertThat(rejected).isEqualTo(3);
        assertThat(Books.read(dir.resolve("only.rejects.csv"))).isEqualTo(expected);
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        Path input = input();
        roundTrip(input, RejectsAs.SHEET);
        byte[] first = Files.readAllBytes(dir.resolve("ho-khau.new.xlsx"));
        roundTrip(input, RejectsAs.SHEET);
        assertThat(Files.readAllBytes(dir.resolve("ho-khau.new.xlsx"))).isEqualTo(first);
    }

    @Test
    void aRejectsSheetDoesNotTakeTheNameOfTheInputSheet() throws IOException {
        Path input = Books.write(dir, "r.xlsx", b -> {
            Sheet s = b.createSheet("Rejects");
            Books.row(s, 0, "ma_xa");
            Books.row(s, 1, "26740");
            Books.row(s, 2, "99999");
        });
        assertThat(roundTrip(input, RejectsAs.SHEET)).isEqualTo(new WorkbookOutputResult(1, 1));
        try (Workbook out = open(dir.resolve("ho-khau.new.xlsx"))) {
            assertThat(out.getSheetName(0)).isEqualTo("Rejects");
            assertThat(out.getSheetName(1)).isEqualTo("remap rejects");
        }
    }

    @Test
    void anOutputThatIsNotThisSheetsRemapFailsTheWrite() throws IOException {
        Path input = input();
        WorkbookConversion conversion = Books.convert(input, null);
        FakeRemap.run(dir.resolve("in.csv"), "ma_xa", Set.of("99999"), dir.resolve("out.csv"), dir.resolve("rej.csv"));
        Path changed = Books.write(dir, "ho-khau.xlsx", b -> {
            Sheet s = b.createSheet("Hộ khẩu");
            Books.row(s, 2, "so_dinh_danh", "ho_ten", "ngay_sinh", "ma_xa", "dia_chi", "chu_ho");
            Books.row(s, 3, 1001.0, "Nguyễn Văn Anh", LocalDate.of(1980, 5, 17), "26740", "số 5", true);
        });
        DvhcException e = catchThrowableOfType(DvhcException.class, () -> WorkbookOutput.write(changed, conversion,
                dir.resolve("out.csv"), dir.resolve("rej.csv"), dir.resolve("new.xlsx"), RejectsAs.SHEET, null));
        assertThat(e.code()).isEqualTo(ErrorCode.JOB_FAILED);
        assertThat(e.getMessage()).contains("row 4 column 2 is 'Nguyễn Văn Anh' in the sheet and 'Nguyễn Văn An' in the output");
        assertThat(dir.resolve("new.xlsx")).doesNotExist();
        assertThat(dir.resolve(".new.xlsx.tmp")).doesNotExist();
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }
}
