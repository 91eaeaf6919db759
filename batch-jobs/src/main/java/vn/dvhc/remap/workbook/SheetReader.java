package vn.dvhc.remap.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads a worksheet's rows in order with a pull parser, one row in memory at a time: for each cell its type, its
 * text (see {@link CellText}), and for numbers the value and the style. Rows and cells may omit their {@code r}
 * reference (they follow the previous one). Rows the sheet does not hold are not returned: the caller sees the gap
 * in {@link #rowNumber()}.
 */
final class SheetReader implements Closeable {

    static final byte EMPTY = 0;
    static final byte TEXT = 1;
    static final byte NUMBER = 2;
    static final byte BOOLEAN = 3;
    static final byte ERROR = 4;

    /** Excel's limits: 1,048,576 rows, 16,384 columns (A to XFD). */
    static final int MAX_ROWS = 1 << 20;
    static final int MAX_COLUMNS = 1 << 14;

    private final InputStream in;
    private final XMLStreamReader xml;
    private final SharedStringStore strings;
    private final CellFormats formats;
    private final boolean date1904;
    private final String label;

    private int row;
    private int width;
    private int lastFilled = -1;
    private byte[] types = new byte[16];
    private String[] texts = new String[16];
    private double[] numbers = new double[16];
    private int[] styles = new int[16];
    private final StringBuilder inline = new StringBuilder();
    /** Depth inside phonetic runs ({@code rPh}), whose text is a reading aid, not the cell's text. */
    private int phonetic;

    SheetReader(InputStream in, SharedStringStore strings, CellFormats formats, boolean date1904, String label) {
        this.in = in;
        this.strings = strings;
        this.formats = formats;
        this.date1904 = date1904;
        this.label = label;
        try {
            this.xml = Xml.reader(in);
        } catch (XMLStreamException e) {
            throw malformed("the sheet is not " + Xml.describe(e), e);
        }
    }

    /** Moves to the next row the sheet holds; false after the last. */
    boolean next() throws IOException {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    readRow();
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    return false;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw malformed("broken sheet, " + Xml.describe(e), e);
        }
    }

    private void readRow() throws XMLStreamException, IOException {
        int number = reference(xml.getAttributeValue(null, "r"), row + 1);
        if (number <= row || number > MAX_ROWS) {
            throw malformed(number > MAX_ROWS ? "row " + number + " is past Excel's last row (1,048,576)"
                    : "row " + number + " comes after row " + row, null);
        }
        row = number;
        Arrays.fill(types, 0, width, EMPTY);
        Arrays.fill(texts, 0, width, null);
        width = 0;
        lastFilled = -1;
        int column = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                column = column(xml.getAttributeValue(null, "r"), column + 1);
                readCell(column);
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return;
            }
        }
    }

    private void readCell(int column) throws XMLStreamException, IOException {
        String type = xml.getAttributeValue(null, "t");
        int style = reference(xml.getAttributeValue(null, "s"), 0);
        String value = null;
        boolean hasInline = false;
        inline.setLength(0);
        phonetic = 0;
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (depth == 0 && name.equals("v")) {
                    value = xml.getElementText();
                } else if (depth == 0 && name.equals("is")) {
                    hasInline = true;
                    depth++;
                } else if (depth > 0 && name.equals("t") && phonetic == 0) {
                    inline.append(xml.getElementText());
                } else if (name.equals("rPh")) {
                    depth++;
                    phonetic++;
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    break;
                }
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                }
                depth--;
            }
        }
        ensure(column);
        set(column, type, style, value, hasInline ? inline.toString() : null);
    }

    private void set(int column, String type, int style, String value, String inlineText) throws IOException {
        byte kind;
        String text;
        double number = 0;
        if (type == null || type.equals("n")) {
            if (value == null || value.isBlank()) {
                return;
            }
            try {
                number = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw malformed(cell(column) + ": '" + value + "' is not a number", e);
            }
            kind = NUMBER;
            text = CellText.number(value.trim(), number, formats.kind(style), formats.padWidth(style), date1904);
        } else {
            switch (type) {
                case "s" -> {
                    if (value == null || value.isBlank()) {
                        return;
                    }
                    int index = reference(value.trim(), -1);
                    text = strings.get(index);
                    if (text == null) {
                        throw malformed(cell(column) + ": shared string " + value.trim() + " does not exist ("
                                + strings.size() + " strings)", null);
                    }
                    kind = TEXT;
                }
                case "inlineStr" -> {
                    text = CellText.unescape(inlineText != null ? inlineText : value == null ? "" : value);
                    kind = TEXT;
                }
                case "str" -> {
                    text = CellText.unescape(value == null ? "" : value);
                    kind = TEXT;
                }
                case "b" -> {
                    if (value == null || value.isBlank()) {
                        return;
                    }
                    String v = value.trim();
                    text = v.equals("1") || v.equalsIgnoreCase("true") ? "TRUE" : "FALSE";
                    kind = BOOLEAN;
                }
                case "e" -> {
                    text = value == null ? "" : value.trim();
                    kind = ERROR;
                }
                case "d" -> {
                    text = CellText.isoDate(value == null ? "" : value.trim());
                    kind = TEXT;
                }
                default -> throw malformed(cell(column) + ": unknown cell type '" + type + "'", null);
            }
        }
        types[column] = kind;
        texts[column] = text;
        numbers[column] = number;
        styles[column] = style;
        if (!text.isEmpty()) {
            lastFilled = Math.max(lastFilled, column);
        }
    }

    private void ensure(int column) {
        if (column >= types.length) {
            int size = Math.max(column + 1, types.length * 2);
            types = Arrays.copyOf(types, size);
            texts = Arrays.copyOf(texts, size);
            numbers = Arrays.copyOf(numbers, size);
            styles = Arrays.copyOf(styles, size);
        }
        width = Math.max(width, column + 1);
    }

    // The number of an r="12" or s="3" attribute (capped at Integer.MAX_VALUE), or the fallback when there is none.
    private int reference(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        long value = 0;
        String t = text.trim();
        for (int i = 0; i < t.length(); i++) {
            int digit = t.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw malformed("'" + text + "' is not a number where a row number or an index is expected", null);
            }
            value = Math.min(value * 10 + digit, Integer.MAX_VALUE);
        }
        return (int) value;
    }

    // The 0-based column of a cell reference such as "AB12"; the fallback when it has none.
    private int column(String ref, int fallback) {
        int column = 0;
        int letters = 0;
        if (ref != null) {
            for (int i = 0; i < ref.length(); i++) {
                char c = Character.toUpperCase(ref.charAt(i));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = Math.min(column * 26 + (c - 'A' + 1), MAX_COLUMNS + 1);
                letters++;
            }
        }
        int result = letters == 0 ? fallback : column - 1;
        if (result >= MAX_COLUMNS) {
            throw malformed("cell " + ref + " is past Excel's last column (XFD)", null);
        }
        return result;
    }

    private String cell(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return "cell " + name + row;
    }

    private DvhcException malformed(String message, Exception cause) {
        return new DvhcException(ErrorCode.INPUT_MALFORMED, message, Location.of(label, row),
                WorkbookPackage.RESAVE, cause);
    }

    /** The sheet row (1-based, as Excel numbers it). */
    int rowNumber() {
        return row;
    }

    /** Cells up to the last one the row holds, empty ones included. */
    int width() {
        return width;
    }

    /** Cells up to the last one with text: trailing empty cells are not counted. */
    int filledWidth() {
        return lastFilled + 1;
    }

    byte type(int column) {
        return column < width ? types[column] : EMPTY;
    }

    /** The cell's text; empty for an empty cell or a column past the row's end. */
    String text(int column) {
        String text = column < width ? texts[column] : null;
        return text == null ? "" : text;
    }

    double number(int column) {
        return numbers[column];
    }

    int style(int column) {
        return styles[column];
    }

    CellFormats formats() {
        return formats;
    }

    String label() {
        return label;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            in.close();
        }
    }
}
