package vn.dvhc.remap.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.ExitCode;

/** Files that are not a readable workbook: each an input error (exit 3) naming the file and saying what to do. */
class WorkbookErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookIsRecognisedByItsContentWhateverItsName() {
        Path book = Books.write(dir, "export.dat", b -> Books.row(b.createSheet("S"), 0, "ma_xa"));
        Path csv = Books.write(dir, "data.xlsx.csv", "ma_xa\n00001\n".getBytes(StandardCharsets.UTF_8));
        assertThat(InputFormat.detect(book)).isEqualTo(InputFormat.XLSX);
        assertThat(InputFormat.detect(csv)).isEqualTo(InputFormat.DELIMITED_TEXT);
    }

    @Test
    void theOldBinaryFormatIsRefusedWithAWayOut() throws IOException {
        Path xls = dir.resolve("ho-khau.xls");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            Books.row(old.createSheet("S"), 0, "ma_xa");
            old.write(out);
        }
        // Named .xlsx or not, the content decides.
        Path renamed = Files.copy(xls, dir.resolve("ho-khau.xlsx"));
        for (Path file : List.of(xls, renamed)) {
            expectInputError(() -> InputFormat.detect(file), file, ErrorCode.INPUT_FORMAT_UNKNOWN,
                    "the old binary Excel format (.xls", "save it as .xlsx");
            expectInputError(() -> convert(file), file, ErrorCode.INPUT_FORMAT_UNKNOWN, ".xls", "save it as .xlsx");
        }
    }

    @Test
    void aPasswordProtectedWorkbookSaysToRemoveThePassword() throws Exception {
        Path file = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                Books.row(book.createSheet("S"), 0, "ma_xa");
                book.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        expectInputError(() -> convert(file), file, ErrorCode.INPUT_UNREADABLE, "password", "remove the password");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("ho-khau.csv"));
            zip.write("ma_xa\n00001\n".getBytes(StandardCharsets.UTF_8));
        }
        Path file = Books.write(dir, "ho-khau.xlsx", bytes.toByteArray());
        expectInputError(() -> InputFormat.detect(file), file, ErrorCode.INPUT_FORMAT_UNKNOWN, "a ZIP archive, not an "
                + "Excel workbook", "unpack it");
    }

    @Test
    void aWorkbookCutShortIsDamaged() throws IOException {
        Path whole = Books.write(dir, "whole.xlsx", b -> {
            Sheet s = b.createSheet("S");
            for (int i = 0; i < 200; i++) {
                Books.row(s, i, i == 0 ? "ma_xa" : String.format("%05d", i), "Nguyễn Văn " + i);
            }
        });
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Books.write(dir, "cut.xlsx", Arrays.copyOf(bytes, bytes.length / 2));
        expectInputError(() -> convert(file), file, ErrorCode.INPUT_MALFORMED, "damaged", "copy the file again");
    }

    @Test
    void aBrokenSheetInsideAGoodPackageIsDamagedToo() {
        Path file = Books.write(dir, "broken.xlsx", new RawWorkbook()
                .rows("<row r=\"1\"><c t=\"inlineStr\"><is><t>ma_xa</t></is></c></row><row r=\"2\"><c><v>12").bytes());
        expectInputError(() -> convert(file), file, ErrorCode.INPUT_MALFORMED, "broken sheet, XML line 1",
                "save it again as .xlsx");
    }

    // The JDK's XML parser would print "[Fatal Error] …" on stderr on its own, before the error dvhc reports.
    @Test
    void bytesThatAreNotUtf8AreReportedOnceAndNotPrinted() {
        byte[] sheet = ("<worksheet xmlns=\"" + RawWorkbook.MAIN + "\"><sheetData><row><c t=\"inlineStr\"><is><t>ma_xa"
                + "</t></is></c></row><row><c t=\"inlineStr\"><is><t>Th\u00e0nh ph\u00f4</t></is></c></row></sheetData>"
                + "</worksheet>").getBytes(StandardCharsets.ISO_8859_1);
        Path file = Books.write(dir, "latin.xlsx", new RawWorkbook().sheetBytes(sheet).bytes());
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            expectInputError(() -> convert(file), file, ErrorCode.INPUT_MALFORMED, "bytes that are not UTF-8 text",
                    "save it again");
        } finally {
            System.setErr(stderr);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void webPagesAndTextNamedLikeSpreadsheetsAreRefused() {
        Path html = Books.write(dir, "bao-cao.xls", "<html><body><table><tr><td>ma_xa</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        Path text = Books.write(dir, "ho-khau.xlsx", "ma_xa\n00001\n".getBytes(StandardCharsets.UTF_8));
        expectInputError(() -> InputFormat.detect(html), html, ErrorCode.INPUT_FORMAT_UNKNOWN, "web page", "save it as .xlsx");
        expectInputError(() -> convert(text), text, ErrorCode.INPUT_FORMAT_UNKNOWN, "not one", "name it .csv");
    }

    @Test
    void anUnknownSheetNameListsTheSheets() {
        Path file = Books.write(dir, "s.xlsx", b -> {
            b.createSheet("Hộ khẩu");
            b.createSheet("Ghi chú");
        });
        expectInputError(() -> WorkbookInput.convert(file, "Ho khau", Books.COMMUNE, dir.resolve("in.csv")), file,
                ErrorCode.INPUT_HEADER, "no worksheet named 'Ho khau'; the workbook has [Hộ khẩu, Ghi chú]", "--sheet");
    }

    @Test
    void aSheetWithoutTheCodeColumnNamesTheRowItSaw() {
        Path file = Books.write(dir, "h.xlsx", b -> {
            Sheet s = b.createSheet("S");
            Books.row(s, 1, "DANH SÁCH");
            Books.row(s, 2, "ho_ten", "dia_chi");
        });
        DvhcException e = expectInputError(() -> convert(file), file, ErrorCode.INPUT_HEADER,
                "no column ma_xa or Mã xã or commune_code in the first 2 rows with text; the first is [DANH SÁCH]",
                "--commune-column");
        assertThat(e.location().line()).isEqualTo(2);
        Path empty = Books.write(dir, "empty.xlsx", b -> b.createSheet("S"));
        expectInputError(() -> convert(empty), empty, ErrorCode.INPUT_HEADER, "the sheet is empty", "header");
    }

    @Test
    void theConvertedFileIsNotLeftHalfWritten() {
        Path file = Books.write(dir, "bad-number.xlsx", new RawWorkbook()
                .rows("<row><c t=\"inlineStr\"><is><t>ma_xa</t></is></c></row><row><c><v>12</v></c></row>"
                        + "<row><c><v>not a number</v></c></row>").bytes());
        expectInputError(() -> convert(file), file, ErrorCode.INPUT_MALFORMED, "cell A3: 'not a number' is not a number",
                "save it again");
        assertThat(dir.resolve("in.csv")).doesNotExist();
        assertThat(dir.resolve(".in.csv.tmp")).doesNotExist();
    }

    private WorkbookConversion convert(Path file) {
        return WorkbookInput.convert(file, null, Books.COMMUNE, dir.resolve("in.csv"));
    }

    private static DvhcException expectInputError(ThrowingCallable call, Path file, ErrorCode code, String message,
                                                  String hint) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DvhcException.class);
        DvhcException e = (DvhcException) thrown;
        assertThat(e.code()).as(e.describe()).isEqualTo(code);
        assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(e.location().file()).contains(file.getFileName().toString());
        assertThat(e.getMessage()).contains(message);
        assertThat(e.hint()).contains(hint);
        return e;
    }
}
