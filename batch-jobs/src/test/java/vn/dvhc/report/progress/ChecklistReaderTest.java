package vn.dvhc.report.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import vn.dvhc.testing.Samples;

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

    @Test
    void anXlsxChecklistWithItsDeclarationsOnTheFirstSheet() throws IOException {
        Path file = temp.resolve("tien-do.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Tiến độ");
            row(sheet, 0, "indicator", "label");
            row(sheet, 1, "staff-trained", "commune staff trained");
            row(sheet, 2, "portal-linked", "linked to the national portal");
            // Row 4 left blank, as between the two sections of the CSV: a sheet does not store it.
            row(sheet, 4, "Mã tỉnh", "Chỉ tiêu", "Ngày hoàn thành", "Căn cứ", "Ghi chú");
            row(sheet, 5, "01", "staff-trained", "2025-06-27", "training report");
            row(sheet, 6, "10", "portal-linked", "26/06/2025", "QĐ 7", "old Lào Cai");
            row(sheet, 7, "79", "forms");
            row(sheet, 8, "79", "portal-linked", "2025-06-27");
            workbook.write(out);
        }
        assertThatThrownBy(() -> ChecklistReader.read(file, PROVINCES)).isInstanceOfSatisfying(DvhcException.class,
                e -> assertThat(e.describe()).isEqualTo("tien-do.xlsx (sheet Tiến độ) line 9: done on 2025-06-27 "
                        + "without evidence"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            workbook.getSheetAt(0).removeRow(workbook.getSheetAt(0).getRow(8));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        Checklist checklist = ChecklistReader.read(file, PROVINCES);
        assertThat(checklist.own()).extracting(Indicator::id).containsExactly("staff-trained", "portal-linked");
        assertThat(checklist.entries()).containsExactly(
                new ChecklistEntry(6, "01", "staff-trained", LocalDate.of(2025, 6, 27), "training report", ""),
                new ChecklistEntry(7, "15", "portal-linked", LocalDate.of(2025, 6, 26), "QĐ 7", "old Lào Cai"),
                new ChecklistEntry(8, "79", "forms", null, "", ""));
        assertThat(checklist.notes()).containsExactly("tien-do.xlsx (sheet Tiến độ) line 7: province 10 (Tỉnh Lào Cai, "
                + "pre-2025) counted as 15 Tỉnh Lào Cai");
    }

    @Test
    void theSampleChecklistGivesTheTablesOf27JuneAnd4July() {
        Checklist checklist = ChecklistReader.read(Samples.path("progress/checklist.csv"), PROVINCES);
        List<String> indicators = List.of("dc-infrastructure", "network", "procedures-announced",
                "commune-instructions", "forms", "centre-addresses", "hotlines");
        // The government's progress report of 27 June 2025, and the sample's state a week later.
        assertThat(indicators).extracting(i -> checklist.doneBy(i, LocalDate.of(2025, 6, 27)).size())
                .containsExactly(29, 29, 17, 19, 14, 23, 27);
        assertThat(indicators).extracting(i -> checklist.doneBy(i, LocalDate.of(2025, 7, 4)).size())
                .containsExactly(34, 34, 32, 33, 30, 33, 34);
        assertThat(checklist.indicators()).extracting(Indicator::id).containsAll(indicators);
    }

    @Test
    void theUnknownProvinceHintListsTheCodesInOrder() throws IOException {
        Map<String, String> scrambled = new HashMap<>();
        List.of("96", "01", "79", "15", "04").forEach(code -> scrambled.put(code, "province " + code));
        assertThat(new ProvinceCodes(scrambled, Map.of()).current().keySet())
                .containsExactly("01", "04", "15", "79", "96");

        assertThatThrownBy(() -> read("progress.csv", "province_code,indicator,done_on,evidence\n99,forms,,\n"))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.hint()).startsWith("use the 2-digit code of a new province (01 04 08 11 12 14 15 ")
                            .endsWith(" 91 92 96) or of an old one");
                    List<String> listed = List.of(e.hint().replaceAll(".*\\((.*)\\).*", "$1").split(" "));
                    assertThat(listed).hasSize(34).isSorted();
                });
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
            "province_code,indicator,done_on,evidence\\n99,forms,2025-06-27,x | 2 | province '99' is not a province code | ",
            "province_code,indicator,done_on,evidence\\n1,forms,2025-06-27,x | 2 | province '1' is not a province code | ",
            "province_code,indicator,done_on,evidence\\n01,form,2025-06-27,x | 2 | unknown indicator 'form' | ",
            "province_code,indicator,done_on,evidence\\n01,agency-codes,2025-06-27,x | 2 | indicator 'agency-codes' is derived from the stored runs | ",
            "province_code,indicator,done_on,evidence\\n01,forms,2025-06-31,x | 2 | done_on '2025-06-31' is not a date | ",
            "province_code,indicator,done_on,evidence\\n01,forms,27-06-2025,x | 2 | done_on '27-06-2025' is not a date | ",
            "province_code,indicator,done_on,evidence\\n01,forms,31/02/2025,x | 2 | done_on '31/02/2025' is not a date | ",
            "province_code,indicator,done_on,evidence\\n01,forms,2025-06-27, | 2 | done on 2025-06-27 without evidence | ",
            "province_code,indicator,done_on,evidence\\n01,forms,2025-06-27,x\\n01,forms,2025-06-28,y | 3 | province 01 has 'forms' done on 2025-06-28, but line 2 says 2025-06-27 | ",
            "province_code,indicator,done_on,evidence\\n15,forms,2025-06-27,x\\n10,forms,,y | 3 | province 15 has 'forms' done on (not done), but line 2 says 2025-06-27 | ",
            "province_code,indicator,done_on,evidence\\n01,forms | 2 | 2 fields where the header has 4 | (read)",
            "province_code,indicator,done_on,evidence\\n01,forms,2025-06-27,x,extra | 2 | 5 fields where the header has 4 | ",
            "province,indicator,done_on,evidence\\n01,forms,2025-06-27,x | 1 | no column province_code in the header | ",
            "indicator,label\\nStaff Trained,Staff | 2 | indicator id 'Staff Trained' is not lower-case words | ",
            "indicator,label\\nforms,Forms | 2 | indicator 'forms' is built in | ",
            "indicator,label\\nown,Own\\nown,Again | 3 | indicator 'own' is declared twice | ",
            "indicator,label\\nown, | 2 | indicator 'own' has no label | ",
            "indicator,label\\nown,Own,third | 2 | a declaration has two fields | ",
            "indicator,label\\nown,Own | 2 | no table after the indicators declared | ",
            "'' | 1 | the checklist is empty | ",
            "province_code,indicator,done_on,evidence\\n01,forms,\"2025-06-27,x | 2 | broken quoting | done_on '\"2025-06-27' is not a date",
    })
    void everyBadLineIsAnInputErrorNamingTheFileAndTheLine(String text, long line, String message,
                                                           String inWorkbook) throws IOException {
        Path file = Files.writeString(temp.resolve("checklist.csv"), text.replace("\\n", "\n") + "\n");
        assertInputError(file, "checklist.csv", line, message);

        // The same lines in a sheet, each field in a cell, empty cells left out as a spreadsheet stores them.
        Path xlsx = sheet(temp.resolve("checklist.xlsx"), text.replace("\\n", "\n"));
        if ("(read)".equals(inWorkbook)) {
            // A row ends at its last filled cell: the fields after it are empty, not missing.
            assertThat(ChecklistReader.read(xlsx, PROVINCES).entries()).singleElement()
                    .isEqualTo(new ChecklistEntry(line, "01", "forms", null, "", ""));
        } else {
            assertInputError(xlsx, "checklist.xlsx (sheet checklist)", line, inWorkbook != null ? inWorkbook : message);
        }
    }

    private static void assertInputError(Path file, String named, long line, String message) {
        assertThatThrownBy(() -> ChecklistReader.read(file, PROVINCES))
                .isInstanceOfSatisfying(DvhcException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
                    assertThat(e.location().file()).isEqualTo(named);
                    assertThat(e.location().line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith(message);
                    assertThat(e.hint()).isNotBlank();
                });
    }

    // A workbook of one sheet "checklist" holding the lines, split at commas.
    private static Path sheet(Path file, String lines) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("checklist");
            String[] rows = lines.split("\n", -1);
            for (int i = 0; i < rows.length; i++) {
                row(sheet, i, Arrays.stream(rows[i].split(",", -1)).map(f -> f.isEmpty() ? null : f)
                        .toArray(String[]::new));
            }
            workbook.write(out);
        }
        return file;
    }

    private Checklist read(String name, String text) throws IOException {
        return ChecklistReader.read(Files.writeString(temp.resolve(name), text), PROVINCES);
    }
}
