package vn.dvhc.report.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.dvhc.domain.readiness.Checklist;
import vn.dvhc.domain.readiness.ChecklistEntry;
import vn.dvhc.domain.readiness.Indicator;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ExitCode;
import vn.dvhc.testing.BuiltInChain;

/** The checklist reader on real files, with the built-in chain's provinces: what it accepts and every bad line. */
class ChecklistReaderTest {

    static final ProvinceCodes PROVINCES = ProvinceCodes.of(BuiltInChain.table(0, 2));

    @TempDir
    Path temp;

    @Test
    void theProvincesAreTheThirtyFourAndTheOldOnesGoToTheirNewProvince() {
        assertThat(PROVINCES.current()).hasSize(34).containsEntry("15", "Tỉnh Lào Cai");
        assertThat(PROVINCES.old()).hasSize(63);
        assertThat(PROVINCES.old().get("10").newCode()).isEqualTo("15");   // old Lào Cai
        assertThat(PROVINCES.old().get("89").newCode()).isEqualTo("91");   // old An Giang → An Giang (ex-Kiên Giang)
    }

    @Test
    void aChecklistWithItsOwnIndicatorsOldCodesAndNotYetLines() throws IOException {
        Checklist checklist = read("progress.csv", """
                indicator,label
                staff-trained,"Commune staff trained, all of them"

                province_code,indicator,done_on,evidence,note
                01,procedures-announced,2025-06-20,QĐ 1234/QĐ-UBND,
                10,procedures-announced,27/06/2025,QĐ 88/QĐ-UBND,old Lào Cai's decision
                79,forms,2025-07-02,https://example.org/hcm
                79,forms,2025-07-02,another copy of the same,
                04,staff-trained,2025-06-01,training report
                08,hotlines,,,not yet
                """);
        assertThat(checklist.own()).containsExactly(new Indicator("staff-trained",
                "Commune staff trained, all of them", Indicator.Source.CHECKLIST));
        assertThat(checklist.indicators()).hasSize(8).last().isEqualTo(checklist.own().get(0));
        assertThat(checklist.entries()).extracting(ChecklistEntry::province).containsExactly("01", "15", "79", "04",
                "08");
        assertThat(checklist.entries().get(1)).isEqualTo(new ChecklistEntry(6, "15", "procedures-announced",
                LocalDate.of(2025, 6, 27), "QĐ 88/QĐ-UBND", "old Lào Cai's decision"));
        assertThat(checklist.notes()).containsExactly(
                "progress.csv line 6: province 10 (Tỉnh Lào Cai, pre-2025) counted as 15 Tỉnh Lào Cai");
        assertThat(checklist.entries().get(4).doneOn()).isNull();
    }

    @Test
    void asOfCountsOnlyWhatWasDoneByThen() throws IOException {
        Checklist checklist = read("progress.csv", """
                province_code,indicator,done_on,evidence
                01,forms,2025-06-26,a
                15,forms,2025-06-27,b
                79,forms,2025-06-28,c
                04,forms,,
                """);
        assertThat(checklist.doneBy("forms", LocalDate.of(2025, 6, 25))).isEmpty();
        assertThat(checklist.doneBy("forms", LocalDate.of(2025, 6, 27))).containsExactly("01", "15");
        assertThat(checklist.doneBy("forms", LocalDate.of(2025, 7, 4))).containsExactly("01", "15", "79");
        assertThat(checklist.doneBy("hotlines", LocalDate.of(2025, 7, 4))).isEmpty();
    }

    @Test
    void anXlsxChecklistWithDateCellsAndASecondSheetOfIndicators() throws IOException {
        Path file = temp.resolve("progress.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle excelDefault = workbook.createCellStyle();
            excelDefault.setDataFormat((short) 14);   // m/d/yy, what Excel gives a typed date
            Sheet sheet = workbook.createSheet("checklist");
            row(sheet, 0, "province_code", "indicator", "done_on", "evidence");
            row(sheet, 1, "01", "staff-trained", null, "training report");
            sheet.getRow(1).createCell(2).setCellValue(LocalDate.of(2025, 6, 27));
            sheet.getRow(1).getCell(2).setCellStyle(excelDefault);
            row(sheet, 3, "79", "forms", "27/06/2025", "QĐ 5");   // a blank row before it
            Sheet indicators = workbook.createSheet("indicators");
            row(indicators, 0, "indicator", "label");
            row(indicators, 1, "staff-trained", "commune staff trained");
            workbook.write(out);
        }
        Checklist checklist = ChecklistReader.read(file, PROVINCES);
        assertThat(checklist.own()).extracting(Indicator::label).containsExactly("commune staff trained");
        assertThat(checklist.entries()).containsExactly(
                new ChecklistEntry(2, "01", "staff-trained", LocalDate.of(2025, 6, 27), "training report", ""),
                new ChecklistEntry(4, "79", "forms", LocalDate.of(2025, 6, 27), "QĐ 5", ""));

        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("checklist");
            row(sheet, 0, "province_code", "indicator", "done_on", "evidence");
            row(sheet, 1, "01", "staff-trained", "2025-06-27", "x");
            Sheet indicators = workbook.createSheet("indicators");
            row(indicators, 0, "indicator", "label");
            row(indicators, 1, "forms", "again");
            workbook.write(out);
        }
        assertThatThrownBy(() -> ChecklistReader.read(file, PROVINCES)).isInstanceOfSatisfying(DvhcException.class,
                e -> assertThat(e.describe()).isEqualTo("progress.xlsx (sheet indicators) line 2: indicator 'forms' "
                        + "is built in"));
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    @Test
    void vietnameseHeadersAndASemicolonAreRead() throws IOException {
        Checklist checklist = read("tien-do.csv", """
                Mã tỉnh;Chỉ tiêu;Ngày hoàn thành;Căn cứ;Ghi chú
                01;network;2025-06-20;biên bản;
                """);
        assertThat(checklist.entries()).singleElement().extracting(ChecklistEntry::indicator).isEqualTo("network");
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "province_code,indicator,done_on,evidence\\n99,forms,2025-06-27,x | 2 | province '99' is not a province code",
            "province_code,indicator,done_on,evidence\\n1,forms,2025-06-27,x | 2 | province '1' is not a province code",
            "province_code,indicator,done_on,evidence\\n01,form,2025-06-27,x | 2 | unknown indicator 'form'",
            "province_code,indicator,done_on,evidence\\n01,agency-codes,2025-06-27,x | 2 | indicator 'agency-codes' is derived from the stored runs",
            "province_code,indicator,done_on,evidence\\n01,forms,2025-06-31,x | 2 | done_on '2025-06-31' is not a date",
            "province_code,indicator,done_on,evidence\\n01,forms,27-06-2025,x | 2 | done_on '27-06-2025' is not a date",
            "province_code,indicator,done_on,evidence\\n01,forms,31/02/2025,x | 2 | done_on '31/02/2025' is not a date",
            "province_code,indicator,done_on,evidence\\n01,forms,2025-06-27, | 2 | done on 2025-06-27 without evidence",
            "province_code,indicator,done_on,evidence\\n01,forms,2025-06-27,x\\n01,forms,2025-06-28,y | 3 | province 01 has 'forms' done on 2025-06-28, but line 2 says 2025-06-27",
            "province_code,indicator,done_on,evidence\\n15,forms,2025-06-27,x\\n10,forms,,y | 3 | province 15 has 'forms' done on (not done), but line 2 says 2025-06-27",
            "province_code,indicator,done_on,evidence\\n01,forms | 2 | 2 fields where the header has 4",
            "province_code,indicator,done_on,evidence\\n01,forms,2025-06-27,x,extra | 2 | 5 fields where the header has 4",
            "province,indicator,done_on,evidence\\n01,forms,2025-06-27,x | 1 | no column province_code in the header",
            "indicator,label\\nStaff Trained,Staff | 2 | indicator id 'Staff Trained' is not lower-case words",
            "indicator,label\\nforms,Forms | 2 | indicator 'forms' is built in",
            "indicator,label\\nown,Own\\nown,Again | 3 | indicator 'own' is declared twice",
            "indicator,label\\nown, | 2 | indicator 'own' has no label",
            "indicator,label\\nown,Own,third | 2 | a declaration has two fields",
            "indicator,label\\nown,Own | 2 | no table after the indicators declared",
            "'' | 1 | the checklist is empty",
            "province_code,indicator,done_on,evidence\\n01,forms,\"2025-06-27,x | 2 | broken quoting",
    })
    void everyBadLineIsAnInputErrorNamingTheFileAndTheLine(String text, long line, String message) throws IOException {
        Path file = Files.writeString(temp.resolve("checklist.csv"), text.replace("\\n", "\n") + "\n");
        assertThatThrownBy(() -> ChecklistReader.read(file, PROVINCES))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
                    assertThat(e.location().file()).isEqualTo("checklist.csv");
                    assertThat(e.location().line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith(message);
                    assertThat(e.hint()).isNotBlank();
                });
    }

    private Checklist read(String name, String text) throws IOException {
        return ChecklistReader.read(Files.writeString(temp.resolve(name), text), PROVINCES);
    }
}
