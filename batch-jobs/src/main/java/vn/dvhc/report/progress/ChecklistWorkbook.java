package vn.dvhc.report.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.dvhc.common.CsvTable;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * A checklist kept in Excel: its sheets as tables of text, each row with its row number. A cell holding a date is
 * read as the date itself ({@code 2025-06-27}), whatever format displays it (Excel's default {@code 6/27/25} would
 * otherwise be read day-first, or refused); other cells as Excel displays them, so {@code 01} keeps its zero.
 */
final class ChecklistWorkbook {

    private ChecklistWorkbook() {
    }

    static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    /** Every sheet, in order (at least one), each named {@code <file> (sheet <name>)}. */
    static List<CsvTable> sheets(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<CsvTable> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<CsvTable.Row> rows = new ArrayList<>();
                for (Row row : sheet) {
                    String[] fields = new String[Math.max(0, row.getLastCellNum())];
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = text(row.getCell(i), formatter);
                    }
                    rows.add(new CsvTable.Row(row.getRowNum() + 1L, fields));
                }
                sheets.add(CsvTable.of(name + " (sheet " + sheet.getSheetName() + ")", rows));
            }
            if (sheets.isEmpty()) {
                throw new DvhcException(ErrorCode.INPUT_HEADER, "the workbook has no sheet", Location.of(name, 1),
                        "put the checklist on its first sheet");
            }
            return sheets;
        } catch (DvhcException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "file not found", Location.of(file), "check the path",
                    e);
        } catch (IOException | RuntimeException e) {
            throw new DvhcException(ErrorCode.INPUT_MALFORMED, "not a readable .xlsx workbook: " + e.getMessage(),
                    Location.of(name, 1), "open and save it again in Excel or LibreOffice, or export it as CSV (UTF-8)",
                    e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
