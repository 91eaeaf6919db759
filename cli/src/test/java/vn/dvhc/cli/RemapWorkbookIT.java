package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.common.Json;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.testing.TestDatabases;
import vn.dvhc.testing.Workbooks;

/** {@code dvhc remap} of a real .xlsx through the command line, on H2: the workbook out, the CSV out, a bad workbook. */
class RemapWorkbookIT {

    private static final int ADDED = 7;

    @TempDir
    Path temp;

    @Test
    void aWorkbookComesBackAsAWorkbookWithItsCellsTheNewColumnsAndItsRejectsSheet() throws IOException {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path input = Workbooks.register(temp.resolve("ho-khau.xlsx"));
        Path output = temp.resolve("out/ho-khau.new.xlsx");
        Path summaryFile = temp.resolve("summary.json");
        CliHarness.Result run = target.run("remap", "--input", input.toString(), "--output", output.toString(),
                "--summary", summaryFile.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).startsWith("remap: 6 rows read = 4 written + 2 rejected");
        RemapSummary summary = Json.read(Files.readString(summaryFile), RemapSummary.class);
        assertThat(summary.rejects()).isEqualTo(output + " (sheet rejects)");

        // The same rows as delimited text, codes as text: the reference for the new columns.
        Path csv = Files.writeString(temp.resolve("ho-khau.csv"), String.join(",", Workbooks.HEADER) + "\n" + """
                1,079085001234,Nguyễn Văn Hùng,1985-03-12,79,760,26740
                2,079090004567,Trần Thị Mai,1990-07-01,79,760,26737
                3,079072002233,Phạm Thị Thu,1972-02-14,79,767,27019
                6,079088003344,Đặng Minh Tuấn,1988-09-09,79,760,26743
                """);
        Path csvOutput = temp.resolve("ho-khau.new.csv");
        CliHarness.Result reference = target.run("remap", "--input", csv.toString(), "--output", csvOutput.toString());
        assertThat(reference.exitCode()).as(reference.toString()).isZero();
        List<CSVRecord> expected = CSVFormat.RFC4180.parse(Files.newBufferedReader(csvOutput)).getRecords();

        DataFormatter text = new DataFormatter();
        try (Workbook book = open(output)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(Workbooks.SHEET);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            for (int r = 0; r <= 4; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Workbooks.HEADER.length + ADDED; c++) {
                    cells.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                }
                List<String> want = expected.get(r).toList();
                assertThat(cells.subList(Workbooks.HEADER.length, cells.size())).as("row " + r)
                        .isEqualTo(want.subList(Workbooks.HEADER.length, want.size()));
                if (r > 0) {
                    assertThat(row.getCell(6).getCellType()).as("the code stays as the sheet had it")
                            .isEqualTo(r == 3 ? CellType.STRING : CellType.NUMERIC);
                    assertThat(cells.get(6)).isEqualTo(want.get(6));
                    assertThat(row.getCell(12).getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cells.get(3)).as("a date cell keeps its format")
                            .isEqualTo(LocalDate.parse(want.get(3)).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                }
            }
            Sheet rejects = book.getSheet("rejects");
            assertThat(rejects.getLastRowNum()).isEqualTo(2);
            assertThat(text.formatCellValue(rejects.getRow(1).getCell(0))).isEqualTo("8");
            assertThat(rejects.getRow(1).getCell(1).getStringCellValue()).isEqualTo("UNKNOWN_CODE");
            assertThat(text.formatCellValue(rejects.getRow(2).getCell(0))).isEqualTo("10");
            assertThat(rejects.getRow(2).getCell(2).getStringCellValue()).contains("2674");
        }
        try (Stream<Path> left = Files.list(output.getParent())) {
            assertThat(left).as("only the output is left").containsExactly(output);
        }
    }

    @Test
    void anotherSheetToCsvWithItsRejectsFile() throws IOException {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        Path input = Workbooks.register(temp.resolve("ho-khau.xlsx"));
        Path output = temp.resolve("bo-sung.csv");
        Path rejects = temp.resolve("bo-sung.rejects.csv");
        CliHarness.Result run = target.run("remap", "--input", input.toString(), "--sheet", Workbooks.OTHER_SHEET,
                "--output", output.toString(), "--rejects", rejects.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("7,079095005566,Bùi Thị Lan,1995-12-25,79,760,26740,");
        assertThat(lines.get(2)).startsWith("8,079099007788,Hồ Văn Nam,1999-01-02,79,767,27019,");
        assertThat(Files.readString(rejects)).isEqualTo("\uFEFFline,reason,detail," + String.join(",", Workbooks.HEADER)
                + "\n");
    }

    @Test
    void aDamagedWorkbookIsAnInputErrorNamingTheFileNeverAnEncodingError() throws IOException {
        CliHarness.Target target = CliHarness.target(TestDatabases.Kind.H2, temp.resolve("home"));
        byte[] whole = Files.readAllBytes(Workbooks.register(temp.resolve("whole.xlsx")));
        Path cut = Files.write(temp.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        CliHarness.Result run = target.run("remap", "--input", cut.toString(), "--output",
                temp.resolve("cut.new.xlsx").toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.diagnostics()).startsWith("dvhc: error: " + cut + ": a damaged ZIP archive")
                .contains("hint: copy the file again")
                .doesNotContain("invalid UTF-8", "--encoding", "windows-1258");
        assertThat(temp.resolve("cut.new.xlsx")).doesNotExist();
    }

    private static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
