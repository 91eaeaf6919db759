package vn.dvhc.remap.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.dvhc.common.InputTables;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * A worksheet read as a table: the header row, then the data rows, each with the line where its record starts
 * in the CSV form of the sheet. The conversion and the output walk the sheet with this one class, so both count
 * lines the same way, the way the remap's record scanner does:
 * <ul>
 * <li>the header is line 1 (and more when a header cell holds line breaks);</li>
 * <li>every sheet row between two data rows that is missing or has no text is one empty line (the remap counts
 *     it as a blank line, not a row); empty rows after the last data row are left out;</li>
 * <li>a data row is one record of {@link #fieldCount()} fields: the header's width, or more when the row has
 *     text beyond it. A record spans one line plus one per line feed inside its fields, except a record wider
 *     than the header, which the conversion writes on one line (see {@link #fieldText}).</li>
 * </ul>
 * So until the first record that spans several lines, sheet row = CSV line + {@code headerRow - headerLines}.
 */
final class SheetTable implements Closeable {

    private final SheetReader rows;
    private int headerRow;
    private List<String> header;
    private int headerLines;
    private int lastRow;
    private long nextLine;
    private long csvLine;
    private int fieldCount;
    private int lines;
    private long blanksBefore;
    private long dataRows;
    private long blankRows;
    private long alignedThroughLine = Long.MAX_VALUE;

    SheetTable(SheetReader rows) {
        this.rows = rows;
    }

    /**
     * Reads up to the header: the first of the first {@value InputTables#HEADER_SEARCH} rows with text that has
     * a cell named like one of {@code names} (without case, accents or punctuation, as {@link InputTables} finds
     * headers); with no names, the first row with text. Rows above it are titles, not data.
     */
    void findHeader(List<String> names, String hint) throws IOException {
        Set<String> keys = new HashSet<>();
        names.forEach(name -> keys.add(VietnameseText.identifierKey(name)));
        List<String> first = null;
        int firstRow = 0;
        int seen = 0;
        while (seen < InputTables.HEADER_SEARCH && rows.next()) {
            if (rows.filledWidth() == 0) {
                continue;
            }
            seen++;
            List<String> cells = cells(rows.filledWidth());
            if (first == null) {
                first = cells;
                firstRow = rows.rowNumber();
            }
            if (keys.isEmpty() || cells.stream().anyMatch(cell -> keys.contains(VietnameseText.identifierKey(cell)))) {
                startData(cells);
                return;
            }
        }
        if (first == null) {
            throw new DvhcException(ErrorCode.INPUT_HEADER, "the sheet is empty", Location.of(rows.label(), 0),
                    "the first rows must hold a header naming the columns");
        }
        String named = names.size() <= 5 ? String.join(" or ", names)
                : String.join(", ", names.subList(0, 3)) + " or " + (names.size() - 3) + " other known names";
        throw new DvhcException(ErrorCode.INPUT_HEADER, "no column " + named + " in the first "
                + seen + " rows with text; the first is " + first, Location.of(rows.label(), firstRow), hint);
    }

    /** Reads up to the header a conversion found, and checks that it is still the same. */
    void skipToHeader(int row, List<String> expected) throws IOException {
        while (rows.next()) {
            if (rows.rowNumber() == row) {
                List<String> cells = cells(rows.filledWidth());
                if (cells.equals(expected)) {
                    startData(cells);
                    return;
                }
                break;
            }
            if (rows.rowNumber() > row) {
                break;
            }
        }
        throw new DvhcException(ErrorCode.INPUT_MALFORMED, "the header is no longer on row " + row + " as " + expected
                + ": the workbook changed since it was converted", Location.of(rows.label(), row),
                "put the original file back, or run again with --rerun");
    }

    private void startData(List<String> cells) {
        header = List.copyOf(cells);
        headerRow = rows.rowNumber();
        headerLines = 1;
        for (String name : header) {
            headerLines += lineFeeds(name);
        }
        lastRow = headerRow;
        nextLine = headerLines + 1L;
    }

    private List<String> cells(int width) {
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cells.add(rows.text(i));
        }
        return cells;
    }

    /** Moves to the next data row with text; false after the last. */
    boolean next() throws IOException {
        while (rows.next()) {
            int filled = rows.filledWidth();
            if (filled == 0) {
                continue;
            }
            blanksBefore = rows.rowNumber() - lastRow - 1L;
            blankRows += blanksBefore;
            csvLine = nextLine + blanksBefore;
            fieldCount = Math.max(header.size(), filled);
            lines = 1;
            if (!wide()) {
                for (int i = 0; i < fieldCount; i++) {
                    lines += lineFeeds(rows.text(i));
                }
            }
            if (lines > 1 && alignedThroughLine == Long.MAX_VALUE) {
                alignedThroughLine = csvLine;
            }
            nextLine = csvLine + lines;
            lastRow = rows.rowNumber();
            dataRows++;
            return true;
        }
        return false;
    }

    private static int lineFeeds(String text) {
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }

    /** The current row's record has more fields than the header: the remap rejects it ({@code MALFORMED_ROW}). */
    boolean wide() {
        return fieldCount > header.size();
    }

    /**
     * The text of a field of the current record as the CSV holds it: the cell's text, except in a record wider
     * than the header, where line breaks become spaces. That keeps such a record on one line, so the remap rejects
     * it whole instead of taking a record over several lines with a wrong field count for a stray quote and
     * reading its lines apart. The rejects written from the workbook carry the cells themselves.
     */
    String fieldText(int column) {
        String text = rows.text(column);
        return wide() && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)
                ? text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ') : text;
    }

    /** Empty lines the CSV holds before the current record. */
    long blanksBefore() {
        return blanksBefore;
    }

    SheetReader row() {
        return rows;
    }

    int headerRow() {
        return headerRow;
    }

    List<String> header() {
        return header;
    }

    int headerLines() {
        return headerLines;
    }

    long csvLine() {
        return csvLine;
    }

    int fieldCount() {
        return fieldCount;
    }

    long dataRows() {
        return dataRows;
    }

    long blankRows() {
        return blankRows;
    }

    int lastRow() {
        return lastRow;
    }

    long alignedThroughLine() {
        return alignedThroughLine;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
