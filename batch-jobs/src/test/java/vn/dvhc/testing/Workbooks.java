package vn.dvhc.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A household register as a ward's Excel export looks, made with POI's ordinary writer: two title rows and an empty
 * row above the header, codes stored as numbers (as Excel keeps a typed code), one stored as text, a birth date as a
 * date cell, an empty row between data rows. Sheet {@value #SHEET}: rows 5, 6, 7 and 11 map; row 8 holds an unknown
 * code (99999) and row 10 a code that lost its leading digit (2674). A second sheet {@value #OTHER_SHEET} holds two
 * rows that map, its header on the first row.
 */
public final class Workbooks {

    public static final String SHEET = "Hộ khẩu";
    public static final String OTHER_SHEET = "Bổ sung";
    public static final String[] HEADER = {"STT", "so_dinh_danh", "ho_ten", "ngay_sinh", "ma_tinh", "ma_huyen", "ma_xa"};

    private Workbooks() {
    }

    public static Path register(Path file) {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = book.createSheet(SHEET);
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH HỘ KHẨU PHƯỜNG BẾN NGHÉ");
            sheet.createRow(1).createCell(0).setCellValue("Trích xuất ngày 01/07/2025");
            row(sheet, 3, date, (Object[]) HEADER);
            row(sheet, 4, date, 1, "079085001234", "Nguyễn Văn Hùng", LocalDate.of(1985, 3, 12), 79, 760, 26740);
            row(sheet, 5, date, 2, "079090004567", "Trần Thị Mai", LocalDate.of(1990, 7, 1), 79, 760, 26737);
            row(sheet, 6, date, 3, "079072002233", "Phạm Thị Thu", LocalDate.of(1972, 2, 14), 79, 767, "27019");
            row(sheet, 7, date, 4, "079061000890", "Lê Quang Vinh", LocalDate.of(1961, 11, 30), 79, 760, 99999);
            row(sheet, 9, date, 5, "079058001122", "Võ Văn Tám", LocalDate.of(1958, 5, 19), 79, 760, 2674);
            row(sheet, 10, date, 6, "079088003344", "Đặng Minh Tuấn", LocalDate.of(1988, 9, 9), 79, 760, 26743);
            Sheet other = book.createSheet(OTHER_SHEET);
            row(other, 0, date, (Object[]) HEADER);
            row(other, 1, date, 7, "079095005566", "Bùi Thị Lan", LocalDate.of(1995, 12, 25), 79, 760, 26740);
            row(other, 2, date, 8, "079099007788", "Hồ Văn Nam", LocalDate.of(1999, 1, 2), 79, 767, 27019);
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, CellStyle date, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            if (values[i] instanceof Integer number) {
                cell.setCellValue(number);
            } else if (values[i] instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else {
                cell.setCellValue(values[i].toString());
            }
        }
    }
}
