package vn.dvhc.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * A small table read whole (reference tables, registers, catalogues: at most a few MB), every record with
 * the physical line it starts on (for a spreadsheet, its row number). CSV files are parsed here;
 * {@link Tables} also reads xlsx workbooks into this shape. Quoted fields may hold delimiters and newlines (RFC 4180). Decoding is
 * strict ({@link StrictText}); a broken quote is an input error naming its line.
 */
public final class CsvTable {

    private final String file;
    private final List<Row> records;

    private CsvTable(String file, List<Row> records) {
        this.file = file;
        this.records = records;
    }

    /** A table built from rows read elsewhere (a spreadsheet); {@code file} names it in messages. */
    public static CsvTable of(String file, List<Row> records) {
        return new CsvTable(file, List.copyOf(records));
    }

    public static CsvTable read(Path file) {
        return parse(StrictText.read(file), file.getFileName().toString(), ',');
    }

    public static CsvTable parse(String text, String file, char delimiter) {
        LineIndex lines = new LineIndex(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<Row> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                // Lines consumed so far: the next record, if broken, starts on the line after them.
                long consumedLines = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new DvhcException(ErrorCode.INPUT_MALFORMED,
                            "broken quoting: a quoted field is not closed before the end of the file",
                            Location.of(file, consumedLines + 1),
                            "close the quote, or check whether the file was cut short", e);
                }
                records.add(new Row(lines.lineOf((int) record.getCharacterPosition()), record.values()));
            }
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.INPUT_UNREADABLE, e.getMessage(), Location.of(file, 0), null, e);
        }
        return new CsvTable(file, records);
    }

    public String file() {
        return file;
    }

    /** All records, the header and any title rows included. */
    public List<Row> records() {
        return records;
    }

    public Location at(Row row) {
        return Location.of(file, row.line());
    }

    /**
     * Reads the record at {@code index} as the header and checks that every later record has as many fields.
     * A record with fewer fields at the end of the file usually means the file was cut short; one with more fields,
     * anywhere, a delimiter that should have been quoted.
     */
    public Header header(int index) {
        if (records.size() <= index) {
            throw new DvhcException(ErrorCode.INPUT_HEADER, records.isEmpty() ? "the file is empty" : "no header row",
                    Location.of(file, records.isEmpty() ? 0 : records.get(records.size() - 1).line()),
                    "the file must start with a header row");
        }
        Row header = records.get(index);
        for (int i = index + 1; i < records.size(); i++) {
            Row row = records.get(i);
            if (row.size() != header.size()) {
                // Only a last record with too few fields looks cut short; one with too many has a stray
                // delimiter or an unquoted field wherever it is.
                boolean cutShort = i == records.size() - 1 && row.size() < header.size();
                throw new DvhcException(ErrorCode.INPUT_MALFORMED,
                        row.size() + " fields where the header has " + header.size(), at(row),
                        cutShort ? "the last record is incomplete: was the file cut short?"
                                : "check the delimiters and quotes of this record");
            }
        }
        return new Header(file, header);
    }

    /** One record: the physical line it starts on and its fields. */
    public record Row(long line, String[] fields) {

        public int size() {
            return fields.length;
        }

        public String get(int index) {
            return index < 0 || index >= fields.length ? "" : fields[index];
        }

        public boolean isBlankFrom(int index) {
            for (int i = index; i < fields.length; i++) {
                if (!fields[i].isBlank()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Row row && row.line == line && Arrays.equals(row.fields, fields);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(line) * 31 + Arrays.hashCode(fields);
        }

        @Override
        public String toString() {
            return line + ":" + Arrays.toString(fields);
        }
    }

    /** Maps character offsets to 1-based physical line numbers (LF, CRLF and lone CR all end a line). */
    static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            int[] found = new int[1024];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            starts = Arrays.copyOf(found, count);
        }

        long lineOf(int offset) {
            int index = Arrays.binarySearch(starts, offset);
            return (index >= 0 ? index : -index - 2) + 1L;
        }
    }
}
