package vn.dvhc.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads a register, catalogue or rules file that may be CSV or an Excel workbook (.xlsx), into one
 * {@link CsvTable} shape: records with the line (spreadsheet row number) they come from. Cells of a workbook are
 * read as Excel displays them, so a code formatted {@code 00000} keeps its leading zeros; the first sheet is read.
 */
public final class Tables {

    private Tables() {
    }

    public static CsvTable read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return readWorkbook(file);
        }
        if (name.endsWith(".xls")) {
            throw new DvhcException(ErrorCode.INPUT_FORMAT_UNKNOWN, "the old binary Excel format (.xls) is not read",
                    Location.of(file), "save it as .xlsx or as CSV (UTF-8)");
        }
        return CsvTable.read(file);
    }

    private static CsvTable readWorkbook(Path file) {
        String label = file.toString();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new DvhcException(ErrorCode.INPUT_HEADER, "the workbook has no sheet", Location.of(file), null);
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<CsvTable.Row> rows = new ArrayList<>();
            int width = 0;
            for (Row row : sheet) {
                width = Math.max(width, Math.max(0, row.getLastCellNum()));
            }
            for (Row row : sheet) {
                String[] fields = new String[width];
                boolean blank = true;
                for (int i = 0; i < width; i++) {
                    Cell cell = row.getCell(i);
                    fields[i] = cell == null ? "" : formatter.formatCellValue(cell);
                    blank &= fields[i].isBlank();
                }
                if (!blank) {
                    rows.add(new CsvTable.Row(row.getRowNum() + 1L, fields));
                }
            }
            return CsvTable.of(label + " (sheet " + sheet.getSheetName() + ")", rows);
        } catch (NoSuchFileException e) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "file not found", Location.of(file), "check the path", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DvhcException known) {
                throw known;
            }
            throw new DvhcException(ErrorCode.INPUT_MALFORMED, "not a readable .xlsx workbook: " + e.getMessage(),
                    Location.of(file), "open and save it again in Excel or LibreOffice, or export it as CSV (UTF-8)", e);
        }
    }
}
