package vn.dvhc.remap.workbook;

import java.util.List;

/**
 * What {@link WorkbookInput#convert} did: which sheet, where its header was, how many rows it wrote. Plain values,
 * so it can be kept as JSON in the job's execution context ({@code vn.dvhc.common.Json}) and handed to
 * {@link WorkbookOutput#write} by a later step or a restart.
 *
 * @param file               the workbook, as given
 * @param sheet              the worksheet read (its name as the workbook spells it)
 * @param headerRow          the sheet row of the header (1-based, as Excel numbers rows); the CSV's line 1
 * @param headerLines        CSV lines the header takes (more than 1 when a header cell holds line breaks)
 * @param header             the header's cells as text, up to its last non-empty one
 * @param dataRows           records written after the header: the rows the remap reads
 * @param blankRows          empty lines written for missing or empty sheet rows between data rows (counted by the
 *                           remap as blank lines)
 * @param lastRow            the sheet row of the last data row (the header row when there is none)
 * @param alignedThroughLine the CSV line of the first record that spans several lines (a cell with a line break),
 *                           {@link Long#MAX_VALUE} when there is none; up to it, {@link #sheetRow} is exact
 */
public record WorkbookConversion(String file, String sheet, int headerRow, int headerLines, List<String> header,
                                 long dataRows, long blankRows, int lastRow, long alignedThroughLine) {

    public WorkbookConversion {
        header = List.copyOf(header);
    }

    /**
     * The sheet row of a CSV line, for messages that name a line of the converted file (the header's line 1, a
     * record's first line); -1 past {@link #alignedThroughLine()}, where only {@link WorkbookOutput}, walking the
     * sheet again, knows. The rejects it writes always cite sheet rows.
     */
    public long sheetRow(long csvLine) {
        if (csvLine < 1 || csvLine > alignedThroughLine) {
            return -1;
        }
        return csvLine <= headerLines ? headerRow : csvLine + headerRow - headerLines;
    }

    /** How messages name the sheet: {@code data.xlsx (sheet Hộ khẩu)}. */
    public String label() {
        return file + " (sheet " + sheet + ")";
    }
}
