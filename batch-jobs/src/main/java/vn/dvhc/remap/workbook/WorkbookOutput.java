package vn.dvhc.remap.workbook;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.dvhc.common.AtomicFiles;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Writes the remap of a workbook as a workbook, streaming (SXSSF, {@value #WINDOW} rows in memory). It walks the
 * input sheet again, row by row, beside the job's CSV output and rejects (the remap of {@link WorkbookInput}'s CSV):
 * each data row is rejected when the next reject names its CSV line, else it is the next output record. An output
 * row is the input row's cells as they were (a number stays a number, a date a date in its format, text text),
 * then the columns the remap added, as text. Rejects cite the sheet row, never the CSV line; they go to a CSV file
 * or to a sheet {@value #REJECTS_SHEET} after the output sheet (see {@link RejectsAs}).
 *
 * <p>Each output row is checked against the sheet (same fields as the CSV the job read), and the counts must come
 * out even: a workbook changed since the conversion, or a CSV that is not this sheet's remap, fails the write
 * ({@code JOB_FAILED}, exit 5) instead of pairing rows wrongly. Files are written beside their target and renamed
 * into place, the workbook first. The bytes depend only on the inputs, so a restart writes the same files.
 */
public final class WorkbookOutput {

    /** The name of the rejects sheet (another when the input sheet already has it). */
    public static final String REJECTS_SHEET = "rejects";
    static final int WINDOW = 100;
    private static final CSVFormat JOB_CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final WorkbookConversion conversion;
    private final SheetTable table;
    private final Iterator<CSVRecord> rejects;
    /** Null when only the rejects are written. */
    private final Iterator<CSVRecord> outputs;
    private final Sheet sheet;
    private final SheetStyle style;
    private final CellCopier copier;
    private int extra;
    private long written;
    private long rejected;

    private WorkbookOutput(WorkbookConversion conversion, SheetTable table, Iterator<CSVRecord> rejects,
                           Iterator<CSVRecord> outputs, SXSSFWorkbook book) {
        this.conversion = conversion;
        this.table = table;
        this.rejects = rejects;
        this.outputs = outputs;
        this.sheet = book == null ? null : book.createSheet(conversion.sheet());
        this.style = book == null ? null : new SheetStyle(book);
        this.copier = book == null ? null : new CellCopier(book);
    }

    /**
     * Writes the output workbook, and the rejects as a sheet of it or as a CSV file.
     *
     * @param workbook     the input workbook, unchanged since {@code conversion}
     * @param conversion   what {@link WorkbookInput#convert} returned for it
     * @param remapOutput  the job's output for the converted CSV (its header: the CSV's, then the added columns)
     * @param remapRejects the job's rejects for it ({@code line, reason, detail, …}, lines of the CSV)
     * @param output       the .xlsx to write
     * @param rejectsAs    CSV: to {@code rejectsCsv}; SHEET: a second sheet of {@code output}
     * @param rejectsCsv   the rejects file with {@link RejectsAs#CSV}; ignored with SHEET (may be null)
     */
    public static WorkbookOutputResult write(Path workbook, WorkbookConversion conversion, Path remapOutput,
                                             Path remapRejects, Path output, RejectsAs rejectsAs, Path rejectsCsv) {
        Path folder = output.toAbsolutePath().getParent();
        try (WorkbookPackage pkg = WorkbookPackage.open(workbook, folder, SharedStringStore.DEFAULT_MEMORY);
             SheetTable table = new SheetTable(pkg.open(pkg.sheet(conversion.sheet())));
             CSVParser outputs = JOB_CSV.parse(reader(remapOutput));
             CSVParser rejects = JOB_CSV.parse(reader(remapRejects));
             SXSSFWorkbook book = new StreamingWorkbook()) {
            table.skipToHeader(conversion.headerRow(), conversion.header());
            WorkbookOutput writer = new WorkbookOutput(conversion, table, rejects.iterator(), outputs.iterator(), book);
            if (rejectsAs == RejectsAs.SHEET) {
                RejectsSink.WorkbookSheet sink = new RejectsSink.WorkbookSheet(book.createSheet(rejectsSheet(conversion.sheet())),
                        new SheetStyle(book), writer.copier);
                writer.run(sink);
                sink.finish();
                AtomicFiles.writeBytes(output, "the output workbook", book::write);
            } else {
                AtomicFiles.writeBytes(rejectsCsv, "the rejects file", stream -> {
                    RejectsSink.CsvFile sink = new RejectsSink.CsvFile(stream);
                    writer.run(sink);
                    sink.flush();
                    AtomicFiles.writeBytes(output, "the output workbook", book::write);
                });
            }
            return new WorkbookOutputResult(writer.written, writer.rejected);
        } catch (IOException | UncheckedIOException e) {
            throw failed(output, folder, e);
        }
    }

    /**
     * For a workbook input whose output stays CSV (the job's own output file): rewrites the job's rejects as a CSV
     * file citing sheet rows, with the row's cells as text, as {@link #write} does with {@link RejectsAs#CSV}.
     *
     * @return the number of rejected rows
     */
    public static long writeRejects(Path workbook, WorkbookConversion conversion, Path remapRejects, Path rejectsCsv) {
        Path folder = rejectsCsv.toAbsolutePath().getParent();
        try (WorkbookPackage pkg = WorkbookPackage.open(workbook, folder, SharedStringStore.DEFAULT_MEMORY);
             SheetTable table = new SheetTable(pkg.open(pkg.sheet(conversion.sheet())));
             CSVParser rejects = JOB_CSV.parse(reader(remapRejects))) {
            table.skipToHeader(conversion.headerRow(), conversion.header());
            WorkbookOutput writer = new WorkbookOutput(conversion, table, rejects.iterator(), null, null);
            AtomicFiles.writeBytes(rejectsCsv, "the rejects file", stream -> {
                RejectsSink.CsvFile sink = new RejectsSink.CsvFile(stream);
                writer.run(sink);
                sink.flush();
            });
            return writer.rejected;
        } catch (IOException | UncheckedIOException e) {
            throw failed(rejectsCsv, folder, e);
        }
    }

    /** The name of the rejects sheet beside the output sheet {@code sheet}. */
    public static String rejectsSheet(String sheet) {
        return sheet.equalsIgnoreCase(REJECTS_SHEET) ? "remap " + REJECTS_SHEET : REJECTS_SHEET;
    }

    private static DvhcException failed(Path target, Path folder, Exception e) {
        return new DvhcException(ErrorCode.IO_FAILED, "cannot read the remap's result or write " + target.getFileName()
                + ": " + e.getMessage(), Location.of(target), "check the free space of " + folder
                + " and of the temporary folder, then run the command again", e);
    }

    private static Reader reader(Path csv) {
        try {
            return Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot read the remap's result: " + e.getMessage(),
                    Location.of(csv), "run the command again with --rerun", e);
        }
    }

    private void run(RejectsSink sink) throws IOException {
        next(rejects, "the rejects' header");
        if (outputs != null) {
            startOutput();
        }
        sink.header(conversion.header());
        CSVRecord reject = rejects.hasNext() ? rejects.next() : null;
        long rejectLine = line(reject);
        while (table.next()) {
            long line = table.csvLine();
            if (rejectLine == line) {
                sink.reject(table, reject.get(1), reject.size() > 2 ? reject.get(2) : "");
                rejected++;
                reject = rejects.hasNext() ? rejects.next() : null;
                rejectLine = line(reject);
            } else if (rejectLine < line) {
                throw mismatch("the rejects name line " + rejectLine + ", where no row of the sheet starts");
            } else if (outputs != null) {
                writeRow();
            }
        }
        if (reject != null) {
            throw mismatch("the rejects go on past the sheet's last row (line " + rejectLine + ")");
        }
        if (outputs != null) {
            if (outputs.hasNext()) {
                throw mismatch("the output has more rows than the sheet");
            }
            style.applyWidths(sheet);
        }
    }

    private void startOutput() {
        List<String> jobHeader = next(outputs, "the output's header");
        List<String> header = conversion.header();
        if (jobHeader.size() < header.size() || !jobHeader.subList(0, header.size()).equals(header)) {
            throw mismatch("the output's header " + jobHeader + " does not start with the sheet's " + header);
        }
        extra = jobHeader.size() - header.size();
        style.header(sheet.createRow(0), jobHeader);
    }

    private void writeRow() {
        if (!outputs.hasNext()) {
            throw mismatch("the output ends before the sheet's row " + table.row().rowNumber());
        }
        CSVRecord record = outputs.next();
        int fields = table.fieldCount();
        if (record.size() != fields + extra) {
            throw mismatch("row " + table.row().rowNumber() + " has " + fields + " cells and " + extra
                    + " added columns, its output " + record.size() + " fields");
        }
        for (int i = 0; i < fields; i++) {
            if (!record.get(i).equals(table.fieldText(i))) {
                throw mismatch("row " + table.row().rowNumber() + " column " + (i + 1) + " is '" + table.row().text(i)
                        + "' in the sheet and '" + record.get(i) + "' in the output");
            }
        }
        Row row = sheet.createRow((int) ++written);
        copier.copy(table.row(), fields, row, 0);
        for (int i = 0; i < fields; i++) {
            style.measure(row.getRowNum(), i, table.row().text(i));
        }
        for (int k = 0; k < extra; k++) {
            String value = record.get(fields + k);
            if (!value.isEmpty()) {
                row.createCell(fields + k).setCellValue(value);
            }
            style.measure(row.getRowNum(), fields + k, value);
        }
    }

    private long line(CSVRecord reject) {
        if (reject == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(reject.get(0));
        } catch (NumberFormatException e) {
            throw mismatch("a reject without a line number: " + reject.get(0));
        }
    }

    private List<String> next(Iterator<CSVRecord> records, String what) {
        if (!records.hasNext()) {
            throw mismatch(what + " is missing");
        }
        List<String> fields = new ArrayList<>();
        records.next().forEach(fields::add);
        return fields;
    }

    private DvhcException mismatch(String what) {
        return new DvhcException(ErrorCode.JOB_FAILED, "the remap's output does not match the workbook: " + what,
                Location.of(conversion.label(), table.row().rowNumber()), "was the workbook changed during the run? "
                + "Put the original back, or run again with --rerun");
    }
}
