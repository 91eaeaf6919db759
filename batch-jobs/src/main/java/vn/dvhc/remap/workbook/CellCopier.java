package vn.dvhc.remap.workbook;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes input cells into an output row with their type and number format: a number stays a number (a date a
 * date, through its format), text stays text, booleans and error values stay what they are. Fonts, colours, borders
 * and formulas are not copied (a formula's cached value is). One output style per input style that has a format.
 */
final class CellCopier {

    private final Workbook book;
    private final DataFormat dataFormat;
    private final Map<Integer, CellStyle> styles = new HashMap<>();

    CellCopier(Workbook book) {
        this.book = book;
        this.dataFormat = book.createDataFormat();
    }

    /** Copies the current row's cells {@code 0..count-1} of {@code from} into {@code to}, from column {@code at}. */
    void copy(SheetReader from, int count, Row to, int at) {
        for (int i = 0; i < count; i++) {
            byte type = from.type(i);
            String text = from.text(i);
            if (type == SheetReader.EMPTY || (type == SheetReader.TEXT && text.isEmpty())) {
                continue;
            }
            Cell cell = to.createCell(at + i);
            switch (type) {
                case SheetReader.NUMBER -> {
                    cell.setCellValue(from.number(i));
                    CellStyle style = style(from.formats(), from.style(i));
                    if (style != null) {
                        cell.setCellStyle(style);
                    }
                }
                case SheetReader.BOOLEAN -> cell.setCellValue("TRUE".equals(text));
                case SheetReader.ERROR -> error(cell, text);
                default -> cell.setCellValue(text);
            }
        }
    }

    private static void error(Cell cell, String text) {
        FormulaError error = null;
        for (FormulaError candidate : FormulaError.values()) {
            if (candidate.getString().equals(text)) {
                error = candidate;
            }
        }
        if (error == null) {
            cell.setCellValue(text);
        } else {
            cell.setCellErrorValue(error.getCode());
        }
    }

    // The output style with the input style's number format; null for the default (General).
    private CellStyle style(CellFormats formats, int input) {
        int id = formats.formatId(input);
        String format = formats.format(input);
        if (id == 0 && "General".equals(format)) {
            return null;
        }
        return styles.computeIfAbsent(input, k -> {
            CellStyle style = book.createCellStyle();
            boolean builtIn = id < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX
                    && format.equals(BuiltinFormats.getBuiltinFormat(id));
            style.setDataFormat(builtIn ? (short) id : dataFormat.getFormat(format));
            return style;
        });
    }
}
