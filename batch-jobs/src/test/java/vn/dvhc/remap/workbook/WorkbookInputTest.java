package vn.dvhc.remap.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Workbook → CSV: what is read, and how each kind of cell becomes text. Errors: {@link WorkbookErrorsTest}. */
class WorkbookInputTest {

    @TempDir
    Path dir;

    @Test
    void titleRowsAboveTheHeaderAreLeftOutAndRowNumbersFollowTheSheet() {
        Path book = Books.write(dir, "ho-khau.xlsx", b -> {
            Sheet s = b.createSheet("Hộ khẩu");
            Books.row(s, 0, "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH");
            Books.row(s, 1, "DANH SÁCH HỘ KHẨU", null, "Ngày 01/07/2025");
            Books.row(s, 3, "STT", "Họ tên", "Mã xã");
            Books.row(s, 4, 1, "Nguyễn Văn An", "06970");
            Books.row(s, 5, 2, "Trần Thị Bình", "06978");
        });
        WorkbookConversion conversion = Books.convert(book, null);
        assertThat(Books.read(dir.resolve("in.csv"))).isEqualTo("""
                STT,Họ tên,Mã xã
                1,Nguyễn Văn An,06970
                2,Trần Thị Bình,06978
                """);
        assertThat(conversion.sheet()).isEqualTo("Hộ khẩu");
        assertThat(conversion.headerRow()).isEqualTo(4);
        assertThat(conversion.header()).containsExactly("STT", "Họ tên", "Mã xã");
        assertThat(conversion.dataRows()).isEqualTo(2);
        assertThat(conversion.lastRow()).isEqualTo(6);
        assertThat(conversion.sheetRow(1)).isEqualTo(4);
        assertThat(conversion.sheetRow(3)).isEqualTo(6);
        assertThat(conversion.label()).endsWith("ho-khau.xlsx (sheet Hộ khẩu)");
    }

    @Test
    void withoutNamesTheHeaderIsTheFirstRowWithText() {
        Path book = Books.write(dir, "b.xlsx", b -> {
            Sheet s = b.createSheet("S");
            Books.row(s, 2, "a", "b");
            Books.row(s, 3, "1", "2");
        });
        WorkbookConversion conversion = WorkbookInput.convert(book, null, List.of(), dir.resolve("in.csv"));
        assertThat(conversion.headerRow()).isEqualTo(3);
        assertThat(Books.read(dir.resolve("in.csv"))).isEqualTo("a,b\n1,2\n");
    }

    // A code typed into Excel becomes a number: its digits, never 7933.0 or 1.0E10; padded where the format pads.
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            7933                 | General     | 7933
            1                    | General     | 1
            18                   | 0           | 18
            4                    | 00000       | 00004
            26740                | 00000       | 26740
            123456               | 00000       | 123456
            10000000000          | General     | 10000000000
            123456789012         | General     | 123456789012
            12345678901234567890 | General     | 12345678901234567000
            3.5                  | 0.00        | 3.5
            0.25                 | 0%          | 0.25
            1234567.891          | #,##0.00    | 1234567.891
            -2                   | General     | -2
            0.1                  | General     | 0.1
            1e-7                 | General     | 0.0000001
            """)
    void numbersBecomePlainDigits(double value, String format, String expected) {
        Path book = Books.write(dir, "n.xlsx", b -> {
            Sheet s = b.createSheet("S");
            Books.row(s, 0, "ma_xa");
            Cell cell = s.createRow(1).createCell(0);
            cell.setCellValue(value);
            cell.setCellStyle(Books.format(b, format));
        });
        assertThat(Books.csv(book)).isEqualTo("ma_xa\n" + expected + "\n");
    }

    @Test
    void textCodesKeepTheirLeadingZerosAndTheirSpaces() {
        Path book = Books.write(dir, "t.xlsx", b -> {
            Sheet s = b.createSheet("S");
            Books.row(s, 0, "ma_tinh", "ma_huyen", "ma_xa", "ghi_chu");
            Books.row(s, 1, "01", "001", "00001", " tạm trú ");
        });
        assertThat(Books.csv(book)).isEqualTo("ma_tinh,ma_huyen,ma_xa,ghi_chu\n01,001,00001, tạm trú \n");
    }

    @Test
    void datesAndTimesAreIso() {
        Path book = Books.write(dir, "d.xlsx", b -> {
            Sheet s = b.createSheet("S");
            Books.row(s, 0, "ma_xa", "ngay", "luc", "gio");
            Row row = Books.row(s, 1, "00001", LocalDate.of(2025, 7, 1), LocalDateTime.of(2025, 7, 1, 8, 30));
            row.createCell(3).setCellValue(0.5);
            row.getCell(3).setCellStyle(Books.format(b, "h:mm"));
            Books.row(s, 2, "00002", LocalDate.of(1900, 1, 1), LocalDateTime.of(2025, 7, 1, 0, 0));
        });
        assertThat(Books.csv(book)).isEqualTo("""
                ma_xa,ngay,luc,gio
                00001,2025-07-01,2025-07-01 08:30:00,12:00:00
                00002,1900-01-01,2025-07-01,
                """);
    }

    @Test
    void theDateSystemOf1904IsRespected() {
        // 2025-07-01 is 45839 in the 1900 system and 1,462 days less in the 1904 one.
        Path book = Books.write(dir, "raw.xlsx", new RawWorkbook().date1904()
                .styles("", "<xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>")
                .rows("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ma_xa</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>ngay</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>00001</t></is></c>"
                        + "<c r=\"B2\" s=\"1\"><v>44377</v></c></row>").bytes());
        assertThat(Books.csv(book)).isEqualTo("ma_xa,ngay\n00001,2025-07-01\n");
    }

    @Test
    void formulasGiveTheirCachedValue() {
        Path book = Books.write(dir, "f.xlsx", b -> {
            Sheet s = b.createSheet("S");
            Books.row(s, 0, "ma_xa", "so", "gap_doi", "ten", "dung", "loi", "chua_tinh");
            Row row = Books.row(s, 1, "00001", 21);
            row.createCell(2).setCellFormula("B2*2");
            row.createCell(3).setCellFormula("\"Xã \"&A2");
            row.createCell(4).setCellFormula("B2>20");
            row.createCell(5).setCellFormula("1/0");
            b.getCreationHelper().createFormulaEvaluator().evaluateAll();
            row.createCell(6).setCellFormula("B2+1");
        });
        assertThat(Books.csv(book)).isEqualTo("ma_xa,so,gap_doi,ten,dung,loi,chua_tinh\n00001,21,42,Xã 00001,TRUE,#DIV/0!,\n");
    }

    @Test
    void emptyCellsRaggedRowsAndEmptyRows() {
        Path book = Books.write(dir, "e.xlsx", b -> {
            Sheet s = b.createSheet("S");
            Books.row(s, 0, "ma_xa", "ten", "ghi_chu");
            Books.row(s, 1, "00001");
            Books.row(s, 2, "00002", null, "x");
            Books.row(s, 4, null, "only a name");
            Books.row(s, 5, "", "", "", "", "");
            s.createRow(6).createCell(1).setCellStyle(Books.format(b, "@"));
            Books.row(s, 7, "00003", "a", "b", null, "extra");
            Books.row(s, 9, "");
        });
        WorkbookConversion conversion = Books.convert(book, null);
        // Row 4 is missing, rows 6 and 7 have no text: empty lines, so lines still equal sheet rows. Row 8 is wider
        // than the header. Row 10 has no text and comes last: left out.
        assertThat(Books.read(dir.resolve("in.csv"))).isEqualTo("""
                ma_xa,ten,ghi_chu
                00001,,
                00002,,x

                ,only a name,


                00003,a,b,,extra
                """);
        assertThat(conversion.dataRows()).isEqualTo(4);
        assertThat(conversion.blankRows()).isEqualTo(3);
        assertThat(conversion.lastRow()).isEqualTo(8);
        assertThat(conversion.sheetRow(8)).isEqualTo(8);
    }

    @Test
    void lineBreaksInCellsAreQuotedAndShiftTheLines() {
        Path book = Books.write(dir, "l.xlsx", b -> {
            Sheet s = b.createSheet("S");
            Books.row(s, 0, "ma_xa", "dia_chi");
            Books.row(s, 1, "00001", "số 5\nngõ 3");
            Books.row(s, 2, "00002", "a \"b\", c");
            Books.row(s, 3, "00003", "x\ny", "wider than the header");
        });
        WorkbookConversion conversion = Books.convert(book, null);
        assertThat(Books.read(dir.resolve("in.csv"))).isEqualTo("""
                ma_xa,dia_chi
                00001,"số 5
                ngõ 3"
                00002,"a ""b"", c"
                00003,x y,wider than the header
                """);
        assertThat(conversion.alignedThroughLine()).isEqualTo(2);
        assertThat(conversion.sheetRow(2)).isEqualTo(2);
        assertThat(conversion.sheetRow(4)).isEqualTo(-1);
    }

    @Test
    void aSheetIsChosenByNameIgnoringCase() {
        Path book = Books.write(dir, "s.xlsx", b -> {
            Books.row(b.createSheet("Ghi chú"), 0, "nothing here");
            Sheet data = b.createSheet("Dữ liệu");
            Books.row(data, 0, "ma_xa");
            Books.row(data, 1, "00001");
        });
        assertThat(Books.convert(book, "dữ liệu").sheet()).isEqualTo("Dữ liệu");
        assertThat(Books.read(dir.resolve("in.csv"))).isEqualTo("ma_xa\n00001\n");
    }

    @Test
    void inlineStringsReadLikeSharedStrings() throws Exception {
        Path shared = Books.write(dir, "shared.xlsx", b -> {
            Sheet s = b.createSheet("S");
            Books.row(s, 0, "ma_xa", "ten");
            Books.row(s, 1, "00001", "Phường Bến Nghé");
        });
        Path inline = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook b = new SXSSFWorkbook(); var out = java.nio.file.Files.newOutputStream(inline)) {
            Sheet s = b.createSheet("S");
            Books.row(s, 0, "ma_xa", "ten");
            Books.row(s, 1, "00001", "Phường Bến Nghé");
            b.write(out);
        }
        assertThat(Books.csv(inline)).isEqualTo(Books.csv(shared)).isEqualTo("ma_xa,ten\n00001,Phường Bến Nghé\n");
    }

    @Test
    void richTextPhoneticRunsEscapesAndMissingReferences() {
        Path book = Books.write(dir, "raw.xlsx", new RawWorkbook()
                .sharedStrings("<si><t>ten</t></si><si><r><t>Phường </t></r><r><rPr><b/></rPr><t>Bến Nghé</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si><si><t>a_x000D__x000A_b _x005F_x0041_</t></si>")
                .rows("<row><c t=\"inlineStr\"><is><t>ma_xa</t></is></c><c t=\"s\"><v>0</v></c>"
                        + "<c t=\"inlineStr\"><is><t>ghi_chu</t></is></c></row>"
                        + "<row><c><v>7933</v></c><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c></row>"
                        + "<row r=\"4\"><c r=\"C4\" t=\"b\"><v>0</v></c><c t=\"inlineStr\"><is><r><t>x</t></r><r><t>y</t></r></is></c></row>")
                .bytes());
        // Row 2's record spans two lines (the line feed of _x000A_), so row 3 (missing) is line 4 and row 4 line 5.
        assertThat(Books.csv(book)).isEqualTo("ma_xa,ten,ghi_chu\n7933,Phường Bến Nghé,\"a\r\nb _x0041_\"\n\n,,FALSE,xy\n");
    }

    @Test
    void manyDistinctSharedStringsReadTheSameFromDisk() {
        Path book = Books.write(dir, "big.xlsx", b -> {
            Sheet s = b.createSheet("S");
            Books.row(s, 0, "ma_xa", "ten");
            for (int i = 1; i <= 12_000; i++) {
                Books.row(s, i, String.format("%05d", i), "Nguyễn Văn " + i + "x".repeat(i % 1500));
            }
        });
        String inMemory = Books.csv(book);
        WorkbookInput.convert(book, null, Books.COMMUNE, dir.resolve("small.csv"), 0);
        assertThat(Books.read(dir.resolve("small.csv"))).isEqualTo(inMemory);
        assertThat(dir.toFile().list((d, name) -> name.startsWith(".dvhc-strings"))).isEmpty();
    }
}
