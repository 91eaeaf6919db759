package vn.dvhc.common;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * Reads the small inputs of the jobs (procedure catalogues, rules, crosswalk; agency registers): an Excel workbook (first sheet) or delimited text in
 * the given encoding whose delimiter is the most frequent of {@code , ; TAB} on its first line (Excel saves CSV
 * with {@code ;} in some locales). The header need not be the first row: annexes open with title rows.
 */
public final class InputTables {

    /** How far down a header row is looked for. */
    public static final int HEADER_SEARCH = 20;

    private InputTables() {
    }

    public static CsvTable read(Path file, Charset encoding) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            // Named like the CSV inputs, by file name (and sheet), so that outputs do not depend on where files lie.
            CsvTable workbook = Tables.read(file);
            return CsvTable.of(workbook.file().replace(file.toString(), name), workbook.records());
        }
        String text = StrictText.decode(StrictText.readBytes(file), encoding, name);
        return CsvTable.parse(text, name, delimiter(text));
    }

    public static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    /** A header row and its index among the table's records. */
    public record Found(int index, Header header) {
    }

    /**
     * The header of a table: the first of its first {@value #HEADER_SEARCH} records that has a column of each
     * group of names (every later record must have as many fields). Without one, the input error names the first
     * group missing from the first record, with {@code docs} (the page documenting the format) in its hint.
     */
    public static Found header(CsvTable table, String docs, String[]... required) {
        int limit = Math.min(HEADER_SEARCH, table.records().size());
        for (int i = 0; i < limit; i++) {
            Header candidate = new Header(table.file(), table.records().get(i));
            boolean all = true;
            for (String[] names : required) {
                all &= candidate.find(names) >= 0;
            }
            if (all) {
                return new Found(i, table.header(i));
            }
        }
        if (table.records().isEmpty()) {
            table.header(0);
        }
        Header first = new Header(table.file(), table.records().get(0));
        for (String[] names : required) {
            if (first.find(names) < 0) {
                throw new DvhcException(ErrorCode.INPUT_HEADER, "no column " + String.join(" or ", names)
                        + " in the header " + first.names() + " (nor in the next rows)",
                        table.at(table.records().get(0)), "use the documented header; see " + docs);
            }
        }
        throw new IllegalStateException("a header with every column was not found, yet the first record has them");
    }
}
