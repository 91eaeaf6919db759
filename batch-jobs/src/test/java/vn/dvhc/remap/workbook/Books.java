package vn.dvhc.remap.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test workbooks made with POI's ordinary writer, and the conversion of a workbook to CSV text. */
final class Books {

    static final List<String> COMMUNE = List.of("ma_xa", "Mã xã", "commune_code");

    private Books() {
    }

    /** Writes a workbook built by {@code content} to {@code dir/name}. */
    static Path write(Path dir, String name, Consumer<Workbook> content) {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(book);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Sets cells of a row from values: String, Number, Boolean, LocalDate, LocalDateTime; null leaves a gap. */
    static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else if (value instanceof LocalDateTime when) {
                cell.setCellValue(when);
                cell.setCellStyle(format(sheet.getWorkbook(), "dd/mm/yyyy hh:mm"));
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(format(sheet.getWorkbook(), "dd/mm/yyyy"));
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return row;
    }

    static CellStyle format(Workbook book, String format) {
        for (int i = 0; i < book.getNumCellStyles(); i++) {
            CellStyle style = book.getCellStyleAt(i);
            if (style.getDataFormatString().equals(format)) {
                return style;
            }
        }
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat(format));
        return style;
    }

    /** Converts the workbook's sheet (null: the first) and returns the conversion; the CSV is {@code dir/in.csv}. */
    static WorkbookConversion convert(Path workbook, String sheet) {
        return WorkbookInput.convert(workbook, sheet, COMMUNE, workbook.resolveSibling("in.csv"));
    }

    static String csv(Path workbook) {
        convert(workbook, null);
        return read(workbook.resolveSibling("in.csv"));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
