package vn.dvhc.remap.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.dvhc.common.Csv;

/** Where {@link WorkbookOutput} writes a rejected row: a CSV file or the rejects sheet. */
interface RejectsSink {

    void header(List<String> header) throws IOException;

    /** The current row of {@code table}, with the reason and detail the remap gave it. */
    void reject(SheetTable table, String reason, String detail) throws IOException;

    /** Text, UTF-8 with a byte-order mark; the cells as the conversion wrote them, the sheet row as the line. */
    final class CsvFile implements RejectsSink {

        private final Writer out;

        CsvFile(OutputStream stream) throws IOException {
            out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            out.write('\uFEFF');
        }

        @Override
        public void header(List<String> header) throws IOException {
            out.write("line,reason,detail");
            for (String name : header) {
                out.write(',');
                out.write(Csv.quoteIfNeeded(name, ','));
            }
            out.write('\n');
        }

        @Override
        public void reject(SheetTable table, String reason, String detail) throws IOException {
            out.write(Integer.toString(table.row().rowNumber()));
            out.write(',');
            out.write(Csv.quoteIfNeeded(reason, ','));
            out.write(',');
            out.write(Csv.quoteIfNeeded(detail, ','));
            for (int i = 0; i < table.fieldCount(); i++) {
                out.write(',');
                out.write(Csv.quoteIfNeeded(table.row().text(i), ','));
            }
            out.write('\n');
        }

        void flush() throws IOException {
            out.flush();
        }
    }

    /** The sheet {@value WorkbookOutput#REJECTS_SHEET}: the sheet row as a number, then the cells typed. */
    final class WorkbookSheet implements RejectsSink {

        private final Sheet sheet;
        private final SheetStyle style;
        private final CellCopier copier;
        private int next;

        WorkbookSheet(Sheet sheet, SheetStyle style, CellCopier copier) {
            this.sheet = sheet;
            this.style = style;
            this.copier = copier;
        }

        @Override
        public void header(List<String> header) {
            List<String> names = new java.util.ArrayList<>(List.of("line", "reason", "detail"));
            names.addAll(header);
            style.header(sheet.createRow(next++), names);
        }

        @Override
        public void reject(SheetTable table, String reason, String detail) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(table.row().rowNumber());
            text(row, 1, reason);
            text(row, 2, detail);
            copier.copy(table.row(), table.fieldCount(), row, 3);
            style.measure(row.getRowNum(), 0, Integer.toString(table.row().rowNumber()));
            style.measure(row.getRowNum(), 1, reason);
            style.measure(row.getRowNum(), 2, detail);
            for (int i = 0; i < table.fieldCount(); i++) {
                style.measure(row.getRowNum(), 3 + i, table.row().text(i));
            }
        }

        private static void text(Row row, int column, String value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
        }

        void finish() {
            style.applyWidths(sheet);
        }
    }
}
