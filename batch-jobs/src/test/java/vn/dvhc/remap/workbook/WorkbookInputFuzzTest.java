package vn.dvhc.remap.workbook;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.dvhc.domain.VietnameseText;
import vn.dvhc.error.DvhcException;
import vn.dvhc.remap.FakeRemap;

/**
 * Fuzzes the workbook reader with three kinds of files: (a) a valid sheet built from the fuzz data (title rows,
 * a header, cells of every type, gaps, empty and wide rows, line breaks) whose CSV is known in advance; (b) sheet,
 * shared strings and styles XML taken from the fuzz data; (c) a valid workbook cut short or with a byte changed.
 * Whatever the file: the conversion succeeds, or fails with a {@link DvhcException} naming the file; never another
 * exception. On success the CSV holds exactly {@code dataRows} records after the header, none narrower than the
 * header, and the production record scanner reads them as that many rows and {@code blankRows} blank lines. For (a)
 * the records are the expected ones, and the output workbook written from a remap of them comes out even. In
 * {@code ./mvnw verify} the seeds under {@code WorkbookInputFuzzTestInputs/} replay; {@code scripts/fuzz} fuzzes.
 */
class WorkbookInputFuzzTest {

    private static final List<String> NAMES = List.of("ma_xa");
    private static Path dir;

    @FuzzTest
    void sheet(FuzzedDataProvider data) throws IOException {
        int mode = data.consumeInt(0, 2);
        Path file = folder().resolve("fuzz.xlsx");
        Path csv = folder().resolve("fuzz.csv");
        Files.deleteIfExists(csv);
        List<List<String>> expected = null;
        if (mode == 1) {
            Files.write(file, new RawWorkbook()
                    .sheetXml("<worksheet xmlns=\"" + RawWorkbook.MAIN + "\"><sheetData>" + data.consumeString(2000)
                            + "</sheetData></worksheet>")
                    .sharedStringsXml("<sst xmlns=\"" + RawWorkbook.MAIN + "\">" + data.consumeString(500) + "</sst>")
                    .stylesXml("<styleSheet xmlns=\"" + RawWorkbook.MAIN + "\">" + data.consumeString(300) + "</styleSheet>")
                    .bytes());
        } else {
            FuzzSheet sheet = new FuzzSheet(data);
            byte[] bytes = sheet.workbook().bytes();
            if (mode == 2 && bytes.length > 0) {
                int at = data.consumeInt(0, bytes.length - 1);
                if (data.consumeBoolean()) {
                    bytes = Arrays.copyOf(bytes, at);
                } else {
                    bytes[at] ^= (byte) data.consumeInt(1, 255);
                }
            } else {
                expected = sheet.expected();
            }
            Files.write(file, bytes);
        }
        WorkbookConversion conversion;
        try {
            conversion = WorkbookInput.convert(file, null, NAMES, csv, mode == 0 ? 0 : SharedStringStore.DEFAULT_MEMORY);
        } catch (DvhcException e) {
            if (expected != null && !expected.isEmpty()) {
                throw new IllegalStateException("a valid sheet was refused", e);
            }
            if (e.location() == null || !e.location().file().contains("fuzz.xlsx")) {
                throw new IllegalStateException("an error that does not name the file", e);
            }
            return;
        }
        List<List<String>> records = records(csv);
        if (records.get(0).size() != conversion.header().size() || records.size() - 1 != conversion.dataRows()) {
            throw new IllegalStateException(records.size() - 1 + " records for " + conversion);
        }
        for (List<String> record : records) {
            if (record.size() < conversion.header().size()) {
                throw new IllegalStateException("a record narrower than the header: " + record);
            }
        }
        if (expected != null && !records.equals(expected)) {
            throw new IllegalStateException("expected " + expected + "\nbut the CSV holds " + records);
        }
        FakeRemap.Counts counts = FakeRemap.run(csv, conversion.header().get(0), Set.of(), folder().resolve("out.csv"),
                folder().resolve("rej.csv"));
        if (counts.read() != conversion.dataRows() || counts.blank() != conversion.blankRows()) {
            throw new IllegalStateException("the remap reads " + counts + " where the conversion wrote " + conversion);
        }
        if (expected != null) {
            WorkbookOutputResult result = WorkbookOutput.write(file, conversion, folder().resolve("out.csv"),
                    folder().resolve("rej.csv"), folder().resolve("new.xlsx"), RejectsAs.SHEET, null);
            if (result.written() != counts.written() || result.rejected() != counts.rejected()) {
                throw new IllegalStateException(result + " after the remap's " + counts);
            }
        }
    }

    private static List<List<String>> records(Path csv) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(in)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        return records;
    }

    /** A valid sheet from fuzz data, and the CSV records it must give (header first). */
    private static final class FuzzSheet {

        private final StringBuilder rows = new StringBuilder();
        private final StringBuilder strings = new StringBuilder();
        private final List<List<String>> expected = new ArrayList<>();
        private int sharedCount;

        FuzzSheet(FuzzedDataProvider data) {
            int row = 1;
            int titles = data.consumeInt(0, 3);
            for (int t = 0; t < titles; t++, row++) {
                String title = data.consumeString(20);
                if (!clean(title).isBlank() && !VietnameseText.identifierKey(CellText.unescape(clean(title))).equals("maxa")) {
                    rows.append("<row r=\"").append(row).append("\">").append(inline("A", row, title)).append("</row>");
                }
            }
            int width = data.consumeInt(1, 5);
            int code = data.consumeInt(0, width - 1);
            List<String> header = new ArrayList<>();
            rows.append("<row r=\"").append(row).append("\">");
            for (int c = 0; c < width; c++) {
                String name = c == code ? "ma_xa" : "c" + c + data.consumeString(4);
                header.add(clean(name));
                rows.append(shared(column(c), row, name));
            }
            rows.append("</row>");
            expected.add(header);
            int count = data.consumeInt(0, 12);
            for (int k = 0; k < count; k++) {
                row += data.consumeInt(1, 3);
                rows.append("<row r=\"").append(row).append("\">");
                List<String> cells = new ArrayList<>();
                int cellCount = data.consumeInt(0, width + 2);
                for (int c = 0; c < cellCount; c++) {
                    cells.add(cell(data, column(c), row));
                }
                rows.append("</row>");
                int filled = 0;
                for (int c = 0; c < cells.size(); c++) {
                    filled = cells.get(c).isEmpty() ? filled : c + 1;
                }
                if (filled > 0) {
                    List<String> record = new ArrayList<>(cells.subList(0, filled));
                    while (record.size() < width) {
                        record.add("");
                    }
                    if (record.size() > width) {
                        record.replaceAll(text -> text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
                    }
                    expected.add(record);
                }
            }
        }

        // A random cell written at (column, row); returns the text the CSV must hold for it.
        private String cell(FuzzedDataProvider data, String column, int row) {
            switch (data.consumeInt(0, 6)) {
                case 0 -> {
                    String text = data.consumeString(12);
                    rows.append(shared(column, row, text));
                    return clean(text);
                }
                case 1 -> {
                    String text = data.consumeString(12);
                    rows.append(inline(column, row, text));
                    return clean(text);
                }
                case 2 -> {
                    int value = data.consumeInt(0, 99_999);
                    rows.append("<c r=\"").append(column).append(row).append("\"><v>").append((double) value).append("</v></c>");
                    return Integer.toString(value);
                }
                case 3 -> {
                    double value = data.consumeInt(-4000, 4000) / 8.0;
                    rows.append("<c r=\"").append(column).append(row).append("\"><v>").append(value).append("</v></c>");
                    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
                }
                case 4 -> {
                    boolean value = data.consumeBoolean();
                    rows.append("<c r=\"").append(column).append(row).append("\" t=\"b\"><v>").append(value ? 1 : 0).append("</v></c>");
                    return value ? "TRUE" : "FALSE";
                }
                case 5 -> {
                    int serial = data.consumeInt(61, 2_958_465);
                    rows.append("<c r=\"").append(column).append(row).append("\" s=\"1\"><v>").append(serial).append("</v></c>");
                    return LocalDate.of(1899, 12, 30).plusDays(serial).toString();
                }
                default -> {
                    rows.append("<c r=\"").append(column).append(row).append("\" s=\"1\"/>");
                    return "";
                }
            }
        }

        private String shared(String column, int row, String text) {
            strings.append("<si><t xml:space=\"preserve\">").append(xml(text)).append("</t></si>");
            return "<c r=\"" + column + row + "\" t=\"s\"><v>" + sharedCount++ + "</v></c>";
        }

        private static String inline(String column, int row, String text) {
            return "<c r=\"" + column + row + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + xml(text) + "</t></is></c>";
        }

        // What the fuzz string is once it fits in XML: characters XML cannot hold become '?'.
        private static String clean(String text) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    out.append(c).append(text.charAt(++i));
                } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
                        || c == 0xFFFE || c == 0xFFFF) {
                    out.append('?');
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }

        // Escaped for XML, with every underscore written _x005F_ (OOXML's escape), and CR as a reference.
        private static String xml(String text) {
            return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("_", "_x005F_").replace("\r", "&#13;");
        }

        private static String column(int c) {
            return String.valueOf((char) ('A' + c));
        }

        RawWorkbook workbook() {
            return new RawWorkbook().sharedStrings(strings.toString()).rows(rows.toString())
                    .styles("", "<xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>");
        }

        List<List<String>> expected() {
            return expected;
        }
    }

    private static synchronized Path folder() {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("dvhc-fuzz-xlsx");
                dir.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
