package vn.dvhc.remap.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * What an input file is, judged by its content and not only by its name, so that a workbook never reaches the
 * delimited-text reader (which would answer with an encoding error and send the user the wrong way). Files that
 * look like a spreadsheet remap cannot read are input errors (exit 3) that say how to save them:
 * the binary {@code .xls} and {@code .xlsb}, OpenDocument {@code .ods}, a password-protected workbook, the HTML
 * or XML pages that web systems save under an {@code .xls} name, a damaged or cut-short workbook.
 */
public enum InputFormat {
    /** Delimited text: the remap's own reader. */
    DELIMITED_TEXT,
    /** An Office Open XML workbook ({@code .xlsx}, {@code .xlsm} and their templates). */
    XLSX;

    private static final String SAVE_AS_XLSX = "open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook, "
            + "Excel 2007 or later), or as CSV UTF-8";
    private static final String OLD_XLS = "the old binary Excel format (.xls, Excel 97-2003), which is not read";
    private static final int SNIFF = 4096;

    /** Reads the start of the file (and, for a ZIP, its list of parts). */
    public static InputFormat detect(Path file) {
        byte[] head = head(file);
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6) || startsWith(head, 'P', 'K', 7, 8)) {
            return zip(file);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw ole2(file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (text.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            throw refused(file, "an Excel 2003 XML spreadsheet, which is not read", SAVE_AS_XLSX);
        }
        if (name.matches(".*\\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods)$")) {
            boolean html = text.contains("<html") || text.contains("<table") || text.contains("<!doctype html");
            throw refused(file, html ? "a web page (HTML) saved under a spreadsheet name, not a workbook"
                    : "named like a spreadsheet but it is not one (no ZIP or Excel signature)", html ? SAVE_AS_XLSX
                    : "if it is delimited text, name it .csv; if it is a spreadsheet, " + SAVE_AS_XLSX);
        }
        return DELIMITED_TEXT;
    }

    /** Checks that the file is an .xlsx workbook; any other content is an input error. */
    static void requireWorkbook(Path file) {
        if (detect(file) != XLSX) {
            throw refused(file, "not an Excel workbook (.xlsx)", SAVE_AS_XLSX);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        } catch (NoSuchFileException e) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "file not found", Location.of(file), "check --input", e);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.INPUT_UNREADABLE, "cannot read the file: " + e.getMessage(),
                    Location.of(file), "check the file's permissions", e);
        }
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    // An OOXML package declares its main part's content type in [Content_Types].xml.
    private static InputFormat zip(Path file) {
        String types;
        String mimetype;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            types = entry(zip, "[Content_Types].xml");
            mimetype = entry(zip, "mimetype");
        } catch (IOException | RuntimeException e) {
            throw new DvhcException(ErrorCode.INPUT_MALFORMED, "a damaged ZIP archive (cut short, or not fully "
                    + "downloaded?): " + e.getMessage(), Location.of(file),
                    "copy the file again; if Excel opens it, save it again as .xlsx", e);
        }
        if (types == null) {
            if (mimetype != null && mimetype.contains("opendocument.spreadsheet")) {
                throw refused(file, "an OpenDocument spreadsheet (.ods), which is not read", SAVE_AS_XLSX);
            }
            throw refused(file, "a ZIP archive, not an Excel workbook", "unpack it, or give the .xlsx or .csv file itself");
        }
        if (types.contains("spreadsheetml.sheet.main+xml") || types.contains("spreadsheetml.template.main+xml")
                || types.contains("ms-excel.sheet.macroenabled.main+xml")
                || types.contains("ms-excel.template.macroenabled.main+xml")) {
            return XLSX;
        }
        if (types.contains("ms-excel.sheet.binary.macroenabled.main")) {
            throw refused(file, "a binary Excel workbook (.xlsb), which is not read", SAVE_AS_XLSX);
        }
        if (types.contains("wordprocessingml") || types.contains("presentationml")) {
            throw refused(file, "a Word or PowerPoint document, not a workbook", "give the workbook (.xlsx) or CSV file");
        }
        throw refused(file, "an Office Open XML package without a workbook", SAVE_AS_XLSX);
    }

    // The first 64 KiB of a part, lower case; null when absent.
    private static String entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }
    }

    // OLE2 holds the old binary formats, and also every password-protected OOXML file.
    private static DvhcException ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return new DvhcException(ErrorCode.INPUT_UNREADABLE, "the workbook is protected with a password "
                        + "(encrypted), so it cannot be read", Location.of(file), "open it in Excel, remove the password "
                        + "(File > Info > Protect Workbook > Encrypt with Password: clear it), save it, and run again");
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("Book") && !root.hasEntry("WORKBOOK")) {
                return refused(file, "an old binary Office document (OLE2), not a workbook",
                        "give the workbook (.xlsx) or CSV file");
            }
        } catch (IOException | RuntimeException e) {
            // A damaged OLE2 file: still the old binary format as far as the user is concerned; -v shows the cause.
            return new DvhcException(ErrorCode.INPUT_FORMAT_UNKNOWN, OLD_XLS, Location.of(file), SAVE_AS_XLSX, e);
        }
        return refused(file, OLD_XLS, SAVE_AS_XLSX);
    }

    private static DvhcException refused(Path file, String what, String hint) {
        return new DvhcException(ErrorCode.INPUT_FORMAT_UNKNOWN, what, Location.of(file), hint);
    }
}
