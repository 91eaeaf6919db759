package vn.dvhc.remap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvhc.jooq.Tables.REMAP_RUN;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import vn.dvhc.common.Sha256;
import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.testing.JobChecks;
import vn.dvhc.testing.JobInfra;
import vn.dvhc.testing.Samples;
import vn.dvhc.testing.Workbooks;

/**
 * {@code remapJob} of an .xlsx workbook, on H2 and PostgreSQL: the sheet converted to CSV by the first step, the
 * remap steps as for any input, the workbook written by the last; the work files gone once it completes; a run that
 * failed in its last step resumes there and writes the bytes of an uninterrupted run.
 */
class RemapWorkbookJobIT {

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnH2.class, RemapJobConfig.class, RemapLocalPartitioning.class, RemapWorkbookConfig.class})
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBatchTest
    @SpringJUnitConfig({JobInfra.OnPostgreSQL.class, RemapJobConfig.class, RemapLocalPartitioning.class,
            RemapWorkbookConfig.class})
    class OnPostgreSQL extends Checks {
    }

    abstract static class Checks extends JobChecks {

        private RemapSettings settings(Path input, Path output, Path rejects) {
            return new RemapSettings(input, Sha256.of(input), output, rejects, null, null, null, "pre-2025",
                    "2026-04-30", null, OnSplit.FLAG, null, "UTF-8", 1_000, 2, RemapSettings.FailOn.NEVER, null, 0,
                    false, null, true, null);
        }

        @Test
        void theSheetIsRemappedIntoAWorkbookWithItsRejectsAsASecondSheet() throws Exception {
            Path input = Workbooks.register(temp.resolve("ho-khau.xlsx"));
            Path output = temp.resolve("ho-khau.new.xlsx");
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings(input, output, output), false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName).contains(
                    RemapJob.CONVERT_STEP, RemapJob.PREPARE_STEP, RemapJob.MERGE_STEP, RemapJob.SHEET_OUTPUT_STEP);
            RemapSummary summary = RemapJob.JOB.summary(execution, RemapSummary.class);
            assertThat(summary.rowsRead()).isEqualTo(6);
            assertThat(summary.rowsWritten()).isEqualTo(4);
            assertThat(summary.rowsRejected()).isEqualTo(2);
            assertThat(summary.input().path()).isEqualTo(input.toString());
            assertThat(summary.rejects()).isEqualTo(output + " (sheet rejects)");
            try (Workbook book = open(output)) {
                Sheet sheet = book.getSheet(Workbooks.SHEET);
                assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("ma_xa");
                assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("remap_status");
                Row first = sheet.getRow(1);
                assertThat(first.getCell(6).getCellType()).as("a code stored as a number stays one").isEqualTo(CellType.NUMERIC);
                assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(26740);
                assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.STRING);
                assertThat(first.getCell(9).getStringCellValue()).matches("\\d{5}");
                Sheet rejects = book.getSheet("rejects");
                assertThat(rejects.getRow(1).getCell(0).getNumericCellValue()).as("sheet row").isEqualTo(8);
                assertThat(rejects.getRow(1).getCell(1).getStringCellValue()).isEqualTo("UNKNOWN_CODE");
                assertThat(rejects.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(10);
                assertThat(rejects.getRow(2).getCell(1).getStringCellValue()).isEqualTo("MALFORMED_CODE");
            }
            assertThat(hiddenFiles()).as("no work or part file is left").isEmpty();
        }

        @Test
        void aRunThatFailedInItsLastStepResumesThereWithTheBytesOfAnUninterruptedRun() throws Exception {
            Path input = Workbooks.register(temp.resolve("ho-khau.xlsx"));
            Path uninterrupted = temp.resolve("once.xlsx");
            Path onceRejects = temp.resolve("once.rejects.csv");
            assertThat(jobs.startJob(RemapJob.JOB.parameters(settings(input, uninterrupted, onceRejects), false))
                    .getStatus()).isEqualTo(BatchStatus.COMPLETED);

            // The rejects file's folder is missing: the last step fails, after the remap has committed everything.
            Path output = temp.resolve("twice.xlsx");
            Path rejects = temp.resolve("later/twice.rejects.csv");
            RemapSettings settings = settings(input, output, rejects);
            JobExecution failed = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(failed.getStepExecutions()).filteredOn(s -> s.getStatus() == BatchStatus.FAILED)
                    .extracting(StepExecution::getStepName).containsExactly(RemapJob.SHEET_OUTPUT_STEP);
            assertThat(output).doesNotExist();
            assertThat(hiddenFiles()).as("the work files a restart needs").isNotEmpty();

            Files.createDirectories(rejects.getParent());
            JobExecution resumed = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
            assertThat(resumed.getStepExecutions()).extracting(StepExecution::getStepName)
                    .containsExactly(RemapJob.SHEET_OUTPUT_STEP);
            assertThat(Files.readAllBytes(output)).isEqualTo(Files.readAllBytes(uninterrupted));
            assertThat(Files.readAllBytes(rejects)).isEqualTo(Files.readAllBytes(onceRejects));
            assertThat(Files.readString(rejects)).contains("\n8,UNKNOWN_CODE,", "\n10,MALFORMED_CODE,");
            assertThat(hiddenFiles()).isEmpty();
            // The run is stored once, as finished by the execution that completed it.
            RemapSummary summary = RemapJob.JOB.summary(resumed, RemapSummary.class);
            assertThat(summary.executionId()).isEqualTo(resumed.getId());
            assertThat(summary.resumed()).isTrue();
            assertThat(database.dsl().fetch(REMAP_RUN, REMAP_RUN.JOB_INSTANCE_ID.eq(resumed.getJobInstance().getInstanceId()))
                    .getValues(REMAP_RUN.JOB_EXECUTION_ID)).containsExactly(resumed.getId());
        }

        @Test
        void aCsvOutputIsTheJobsOwnAndItsRejectsCiteSheetRows() throws Exception {
            Path input = Workbooks.register(temp.resolve("ho-khau.xlsx"));
            Path output = temp.resolve("ho-khau.new.csv");
            Path rejects = temp.resolve("ho-khau.rejects.csv");
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings(input, output, rejects), false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            List<String> lines = Files.readAllLines(output);
            assertThat(lines).hasSize(5);
            assertThat(lines.get(0)).startsWith(String.join(",", Workbooks.HEADER) + ",new_province_code,");
            assertThat(lines.get(1)).startsWith("1,079085001234,Nguyễn Văn Hùng,1985-03-12,79,760,26740,");
            assertThat(lines.get(3)).startsWith("3,079072002233,Phạm Thị Thu,1972-02-14,79,767,27019,");
            assertThat(Files.readAllLines(rejects)).hasSize(3).element(2).asString()
                    .startsWith("10,MALFORMED_CODE,").endsWith(",5,079058001122,Võ Văn Tám,1958-05-19,79,760,2674");
            assertThat(hiddenFiles()).isEmpty();
        }

        @Test
        void aWorkbookWithOnlyAnAddressColumnIsRemappedByTheColumnTheOptionNames() throws Exception {
            Path input = sheetOf(Samples.path("remap/dia-chi-thuong-tru.csv"), temp.resolve("dia-chi.xlsx"));
            Path output = temp.resolve("dia-chi.new.xlsx");
            RemapSettings settings = settings(input, output, output, new AddressColumns("dia_chi_thuong_tru", null, null,
                    null));
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings, false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            RemapSummary summary = RemapJob.JOB.summary(execution, RemapSummary.class);
            assertThat(summary.rowsRead()).isEqualTo(17);
            assertThat(summary.rowsWritten()).isEqualTo(13);
            assertThat(summary.byRejectReason()).isEqualTo(Map.of("ADDRESS_AMBIGUOUS", 2L, "ADDRESS_UNRECOGNISED", 2L));
            try (Workbook book = open(output)) {
                Map<String, Map<String, String>> rows = rowsById(book.getSheetAt(0), 0);
                Map<String, String> hung = rows.get("079085001234");
                assertThat(hung).containsEntry("new_commune_code", "26740")
                        .containsEntry("new_address", "12 Hàm Nghi, Phường Sài Gòn, Thành phố Hồ Chí Minh")
                        .containsEntry("match_note", "");
                assertThat(rows.get("079088004455")).containsEntry("new_commune_code", "26740")
                        .containsEntry("new_address", "12 Ham Nghi, Phường Sài Gòn, Thành phố Hồ Chí Minh");
                assertThat(rows.get("079091007788").get("match_note")).as("a misspelt ward").isNotEmpty();
                assertThat(rows.get("001082005566")).containsEntry("remap_status", "SPLIT").containsEntry("new_address", "");
                Sheet rejects = book.getSheet("rejects");
                assertThat(rejects.getRow(1).getCell(1).getStringCellValue()).isIn("ADDRESS_AMBIGUOUS", "ADDRESS_UNRECOGNISED");
            }
            assertThat(hiddenFiles()).isEmpty();
        }

        @Test
        void aWorkbookWithOnlyNameColumnsIsRemappedByTheColumnsItsHeaderNames() throws Exception {
            Path input = sheetOf(Files.writeString(temp.resolve("names.csv"), """
                    STT,ho_ten,Tên xã,Tên huyện,Tên tỉnh
                    1,Nguyễn Văn Hùng,Phường Bến Nghé,Quận 1,Thành phố Hồ Chí Minh
                    2,Nguyễn Thị Hằng,Phường Mai Dịch,Quận Cầu Giấy,Thành phố Hà Nội
                    3,Tạ Thị Bích,Phường Không Có,Quận 1,Thành phố Hồ Chí Minh
                    """), temp.resolve("names.xlsx"));
            Path output = temp.resolve("names.new.xlsx");
            Path rejects = temp.resolve("names.rejects.csv");
            JobExecution execution = jobs.startJob(RemapJob.JOB.parameters(settings(input, output, rejects,
                    AddressColumns.NONE), false));
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            RemapSummary summary = RemapJob.JOB.summary(execution, RemapSummary.class);
            assertThat(summary.rowsRead()).isEqualTo(3);
            assertThat(summary.rowsWritten()).isEqualTo(2);
            assertThat(summary.addresses().columns()).contains("Tên xã", "found by the header");
            try (Workbook book = open(output)) {
                Map<String, Map<String, String>> rows = rowsById(book.getSheetAt(0), 0);
                assertThat(rows.get("1")).containsEntry("new_commune_code", "26740").containsEntry("remap_status", "MAPPED");
                assertThat(rows.get("2")).as("Mai Dịch was split").containsEntry("old_commune_code", "00163")
                        .containsEntry("remap_status", "SPLIT");
            }
            assertThat(Files.readAllLines(rejects)).hasSize(2).element(1).asString().startsWith("7,ADDRESS_");
        }

        private RemapSettings settings(Path input, Path output, Path rejects, AddressColumns columns) {
            return new RemapSettings(input, Sha256.of(input), output, rejects, null, null, null, "pre-2025",
                    "2026-04-30", null, OnSplit.FLAG, null, "UTF-8", 1_000, 2, RemapSettings.FailOn.NEVER, null, 0,
                    false, null, true, null, SplitOptions.NONE, columns);
        }

        // A CSV file as a sheet of text cells, under two title rows and an empty row, as an export looks.
        private static Path sheetOf(Path csv, Path workbook) throws IOException {
            try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook);
                 CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
                Sheet sheet = book.createSheet("Danh sách");
                sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CÔNG DÂN");
                sheet.createRow(1).createCell(0).setCellValue("Trích xuất ngày 01/07/2025");
                int index = 3;
                for (CSVRecord record : parser) {
                    Row row = sheet.createRow(index++);
                    for (int i = 0; i < record.size(); i++) {
                        row.createCell(i).setCellValue(record.get(i));
                    }
                }
                book.write(out);
            }
            return workbook;
        }

        // The rows below the header (the row naming remap_status), each by its header names, keyed by column id.
        private static Map<String, Map<String, String>> rowsById(Sheet sheet, int id) {
            DataFormatter text = new DataFormatter();
            List<String> header = null;
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(row.getCell(i) == null ? "" : text.formatCellValue(row.getCell(i)));
                }
                if (header == null) {
                    header = cells.contains("remap_status") ? cells : null;
                } else if (!cells.isEmpty()) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        fields.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                    }
                    rows.put(cells.get(id), fields);
                }
            }
            return rows;
        }

        private List<Path> hiddenFiles() throws IOException {
            try (Stream<Path> files = Files.walk(temp)) {
                return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
            }
        }

        private static Workbook open(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return new XSSFWorkbook(in);
            }
        }
    }
}
