package vn.dvhc.remap.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import vn.dvhc.common.AtomicFiles;
import vn.dvhc.error.DvhcException;
import vn.dvhc.common.Csv;

/**
 * Converts one worksheet of an .xlsx workbook into the delimited text the remap reads, streaming (one row in
 * memory; shared strings compact, see {@link SharedStringStore}). The CSV is UTF-8 without a byte-order mark,
 * comma-delimited, quoted per RFC 4180 only where a field needs it, with {@code \n} line ends: the header row, then
 * one record per data row, with an empty line for each missing or empty sheet row between data rows (so lines and
 * sheet rows stay aligned, see {@link SheetTable}). Rows above the header are titles and are left out. Cells read as
 * {@link CellText} says; a formula gives its cached value. A data row has the header's number of fields, or more
 * when it has text beyond the header (the remap then rejects it as {@code MALFORMED_ROW}).
 *
 * <p>The same workbook and arguments always give the same bytes, so a restart can convert again, or keep a CSV
 * it finished (the file appears under its name only once complete).
 */
public final class WorkbookInput {

    private static final String HINT = "put the header within the first rows of the sheet, or name the column to "
            + "read with --commune-column, --address-column or --commune-name-column";

    private WorkbookInput() {
    }

    /**
     * @param workbook    the .xlsx file
     * @param sheet       the worksheet's name (case-insensitive), or null for the first worksheet
     * @param headerNames the header is the first row (of the first 20 with text) holding a cell named like one of
     *                    these (case, accents and punctuation ignored), e.g. the remap's commune code, address and
     *                    commune name columns, or the columns named by options; empty: the first row with text
     * @param csv         where the CSV goes (written beside it first, then renamed); its folder also receives the
     *                    temporary file of a large shared-strings table
     * @throws DvhcException an input error (exit 3) naming the file: not an .xlsx, damaged, encrypted, no such
     *                       sheet, no header; or {@code IO_FAILED} when the CSV cannot be written
     */
    public static WorkbookConversion convert(Path workbook, String sheet, List<String> headerNames, Path csv) {
        return convert(workbook, sheet, headerNames, csv, SharedStringStore.DEFAULT_MEMORY);
    }

    static WorkbookConversion convert(Path workbook, String sheet, List<String> headerNames, Path csv, long stringMemory) {
        Path folder = csv.toAbsolutePath().getParent();
        try (WorkbookPackage pkg = WorkbookPackage.open(workbook, folder, stringMemory)) {
            WorkbookPackage.Sheet chosen = pkg.sheet(sheet);
            try (SheetTable table = new SheetTable(pkg.open(chosen))) {
                table.findHeader(headerNames, HINT);
                AtomicFiles.writeBytes(csv, "the converted workbook", out -> write(table, out));
                return new WorkbookConversion(workbook.toString(), chosen.name(), table.headerRow(),
                        table.headerLines(), table.header(), table.dataRows(), table.blankRows(), table.lastRow(),
                        table.alignedThroughLine());
            }
        } catch (IOException e) {
            throw WorkbookPackage.unreadable(workbook, e);
        }
    }

    private static void write(SheetTable table, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        record(table.header(), out);
        while (table.next()) {
            for (long i = table.blanksBefore(); i > 0; i--) {
                out.write('\n');
            }
            for (int i = 0; i < table.fieldCount(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(Csv.quoteIfNeeded(table.fieldText(i), ','));
            }
            out.write('\n');
        }
        out.flush();
    }

    private static void record(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(Csv.quoteIfNeeded(fields.get(i), ','));
        }
        out.write('\n');
    }
}
