package vn.dvhc.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.dvhc.common.Json;
import vn.dvhc.remap.FakeRemap;
import vn.dvhc.remap.workbook.RejectsAs;
import vn.dvhc.remap.workbook.WorkbookConversion;
import vn.dvhc.remap.workbook.WorkbookInput;
import vn.dvhc.remap.workbook.WorkbookOutput;
import vn.dvhc.remap.workbook.WorkbookOutputResult;
import vn.dvhc.testing.Registers;

/**
 * The workbook edges of the remap, one direction per run, so that {@code /usr/bin/time -v} measures each alone
 * (run them with the product's flags, {@code -XX:+UseSerialGC -Xmx256m -Xmn48m}):
 * <pre>
 * java -Xmx3g -cp … vn.dvhc.bench.WorkbookBench generate BOOK.xlsx ROWS [distinct]   a register as Excel saves it (shared strings)
 * java -cp … vn.dvhc.bench.WorkbookBench in BOOK.xlsx IN.csv CONVERSION.json        workbook → CSV
 * java -cp … vn.dvhc.bench.WorkbookBench remap IN.csv OUT.csv REJECTS.csv           a stand-in for the job (FakeRemap)
 * java -cp … vn.dvhc.bench.WorkbookBench out BOOK.xlsx CONVERSION.json OUT.csv REJECTS.csv NEW.xlsx sheet|csv
 * </pre>
 * The generated rows are {@link Registers}' (1 bad row per thousand), as a workbook: an {@code STT} number column,
 * the birth date as a date cell, every code as text; a title row above the header. With {@code distinct}, names
 * and addresses get the row number, so that about three strings per row are distinct (the worst case for the
 * shared strings table, which POI's {@code ReadOnlySharedStringsTable} would hold as Java strings).
 */
public final class WorkbookBench {

    private WorkbookBench() {
    }

    public static void main(String[] args) throws IOException {
        long started = System.nanoTime();
        String result = switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Long.parseLong(args[2]), args.length > 3 && args[3].equals("distinct"));
            case "in" -> {
                WorkbookConversion conversion = WorkbookInput.convert(Path.of(args[1]), null, java.util.List.of("ma_xa"),
                        Path.of(args[2]));
                Files.writeString(Path.of(args[3]), Json.write(conversion));
                yield conversion.dataRows() + " rows converted";
            }
            case "remap" -> FakeRemap.run(Path.of(args[1]), "ma_xa", Set.of(), Path.of(args[2]), Path.of(args[3])).toString();
            case "out" -> {
                WorkbookConversion conversion = Json.mapper().readValue(Files.readString(Path.of(args[2])),
                        WorkbookConversion.class);
                Path target = Path.of(args[5]);
                RejectsAs as = args[6].equals("csv") ? RejectsAs.CSV : RejectsAs.SHEET;
                WorkbookOutputResult written = WorkbookOutput.write(Path.of(args[1]), conversion, Path.of(args[3]),
                        Path.of(args[4]), target, as, target.resolveSibling(target.getFileName() + ".rejects.csv"));
                yield written.toString();
            }
            default -> throw new IllegalArgumentException("generate | in | remap | out, not " + args[0]);
        };
        System.out.printf("%s in %.1f s%n", result, (System.nanoTime() - started) / 1e9);
    }

    private static String generate(Path book, long rows, boolean distinct) throws IOException {
        Path csv = Files.createTempFile(book.toAbsolutePath().getParent(), "register", ".csv");
        try {
            Registers.generate(csv, rows, 2025, 1);
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.parse(in);
                 SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
                 OutputStream out = Files.newOutputStream(book)) {
                Sheet sheet = workbook.createSheet("Hộ khẩu");
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH NHÂN KHẨU (dữ liệu giả lập)");
                int r = 2;
                for (CSVRecord record : parser) {
                    Row row = sheet.createRow(r);
                    if (r == 2) {
                        row.createCell(0).setCellValue("STT");
                    } else {
                        row.createCell(0).setCellValue(r - 2);
                    }
                    for (int i = 0; i < record.size(); i++) {
                        String value = record.get(i);
                        if (r > 2 && i == 2) {
                            row.createCell(i + 1).setCellValue(LocalDate.parse(value));
                            row.getCell(i + 1).setCellStyle(date);
                        } else if (!value.isEmpty()) {
                            boolean own = distinct && r > 2 && (i == 1 || i == 4);
                            row.createCell(i + 1).setCellValue(own ? value + " (" + (r - 2) + ")" : value);
                        }
                    }
                    r++;
                }
                workbook.write(out);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
        return rows + " rows generated in " + book;
    }
}
