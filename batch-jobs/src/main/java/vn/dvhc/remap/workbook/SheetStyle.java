package vn.dvhc.remap.workbook;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The look of an output sheet: a bold, frozen header row, and column widths from the header and the first
 * {@value #SAMPLE_ROWS} rows (a streamed sheet cannot be measured whole), between {@value #MIN_WIDTH} and
 * {@value #MAX_WIDTH} characters.
 */
final class SheetStyle {

    static final int SAMPLE_ROWS = 100;
    static final int MIN_WIDTH = 6;
    static final int MAX_WIDTH = 60;

    private final CellStyle bold;
    private int[] widths = new int[0];

    SheetStyle(Workbook book) {
        Font font = book.createFont();
        font.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(font);
    }

    void header(Row row, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
            row.getCell(i).setCellStyle(bold);
            measure(row.getRowNum(), i, names.get(i));
        }
        row.getSheet().createFreezePane(0, 1);
    }

    /** Counts a cell's text toward its column's width, for the first rows only. */
    void measure(int row, int column, String text) {
        if (row > SAMPLE_ROWS) {
            return;
        }
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, column + 1);
        }
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        widths[column] = Math.max(widths[column], longest);
    }

    void applyWidths(Sheet sheet) {
        for (int i = 0; i < widths.length; i++) {
            int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2));
            sheet.setColumnWidth(i, chars * 256);
        }
    }
}
