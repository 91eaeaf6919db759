package vn.dvhc.remap.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * An .xlsx file opened for streaming: its worksheets in the workbook's order, the date system, the cell formats
 * and the shared strings (kept compact, see {@link SharedStringStore}). Nothing of a sheet is read until
 * {@link #open(Sheet)}. Every failure to read the package is an input error naming the file.
 */
final class WorkbookPackage implements Closeable {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WORKSHEET = RELATIONSHIPS + "/worksheet";
    private static final String SHARED_STRINGS = RELATIONSHIPS + "/sharedStrings";
    private static final String STYLES = RELATIONSHIPS + "/styles";
    static final String RESAVE = "open it in Excel or LibreOffice and save it again as .xlsx (Excel Workbook)";

    /** A worksheet: its name and where its XML is. */
    record Sheet(String name, PackagePart part) {
    }

    private final Path file;
    private final OPCPackage pkg;
    private final List<Sheet> sheets = new ArrayList<>();
    private boolean date1904;
    private CellFormats formats;
    private SharedStringStore strings;

    private WorkbookPackage(Path file, OPCPackage pkg) {
        this.file = file;
        this.pkg = pkg;
    }

    /** Opens the file; {@code folder} receives the temporary file of a large shared-strings table. */
    static WorkbookPackage open(Path file, Path folder, long stringMemory) {
        InputFormat.requireWorkbook(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw unreadable(file, e);
        }
        WorkbookPackage workbook = new WorkbookPackage(file, pkg);
        try {
            workbook.load(folder, stringMemory);
            return workbook;
        } catch (IOException | XMLStreamException | InvalidFormatException | RuntimeException e) {
            workbook.close();
            throw e instanceof DvhcException known ? known : unreadable(file, e);
        }
    }

    private void load(Path folder, long stringMemory) throws IOException, XMLStreamException, InvalidFormatException {
        PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (main == null) {
            boolean strict = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0) != null;
            throw new DvhcException(ErrorCode.INPUT_FORMAT_UNKNOWN, strict ? "a Strict Open XML workbook, which is not read"
                    : "no workbook inside the package", Location.of(file), RESAVE);
        }
        PackagePart workbook = pkg.getPart(main);
        if (workbook == null) {
            throw new DvhcException(ErrorCode.INPUT_MALFORMED, "the package names a workbook part it does not hold",
                    Location.of(file), RESAVE);
        }
        try (InputStream in = workbook.getInputStream()) {
            readWorkbook(in, workbook);
        }
        PackagePart styles = related(workbook, STYLES);
        if (styles == null) {
            formats = CellFormats.none();
        } else {
            try (InputStream in = styles.getInputStream()) {
                formats = CellFormats.read(in);
            }
        }
        PackagePart sst = related(workbook, SHARED_STRINGS);
        if (sst == null) {
            strings = SharedStringStore.empty();
        } else {
            try (InputStream in = sst.getInputStream()) {
                strings = SharedStringStore.read(in, folder, stringMemory);
            }
        }
    }

    // workbook.xml: the date system and the sheets, in their order (the order of the tabs).
    private void readWorkbook(InputStream in, PackagePart workbook) throws XMLStreamException, InvalidFormatException {
        XMLStreamReader xml = Xml.reader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if (xml.getLocalName().equals("sheet")) {
                    String name = xml.getAttributeValue(null, "name");
                    String id = xml.getAttributeValue(RELATIONSHIPS, "id");
                    PackageRelationship rel = id == null ? null : workbook.getRelationship(id);
                    if (name != null && rel != null && WORKSHEET.equals(rel.getRelationshipType())
                            && rel.getTargetMode() != TargetMode.EXTERNAL) {
                        PackagePart part = workbook.getRelatedPart(rel);
                        if (part != null) {
                            sheets.add(new Sheet(name, part));
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    private static PackagePart related(PackagePart workbook, String type) throws InvalidFormatException {
        for (PackageRelationship rel : workbook.getRelationshipsByType(type)) {
            if (rel.getTargetMode() != TargetMode.EXTERNAL) {
                return workbook.getRelatedPart(rel);
            }
        }
        return null;
    }

    List<String> sheetNames() {
        return sheets.stream().map(Sheet::name).toList();
    }

    /** The sheet named {@code name} (Excel's names ignore case), or the first when {@code name} is null. */
    Sheet sheet(String name) {
        if (sheets.isEmpty()) {
            throw new DvhcException(ErrorCode.INPUT_HEADER, "the workbook has no worksheet", Location.of(file),
                    "save the data on a worksheet");
        }
        if (name == null) {
            return sheets.get(0);
        }
        for (Sheet sheet : sheets) {
            if (sheet.name().equals(name)) {
                return sheet;
            }
        }
        for (Sheet sheet : sheets) {
            if (sheet.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return sheet;
            }
        }
        throw new DvhcException(ErrorCode.INPUT_HEADER, "no worksheet named '" + name + "'; the workbook has "
                + sheetNames(), Location.of(file), "give one of these names with --sheet");
    }

    /** A reader of the sheet's rows, from the top. */
    SheetReader open(Sheet sheet) {
        try {
            return new SheetReader(sheet.part().getInputStream(), strings, formats, date1904, label(sheet));
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /** How messages name a sheet: {@code data.xlsx (sheet Hộ khẩu)}. */
    String label(Sheet sheet) {
        return file + " (sheet " + sheet.name() + ")";
    }

    Path file() {
        return file;
    }

    static DvhcException unreadable(Path file, Exception e) {
        if (e instanceof DvhcException known) {
            return known;
        }
        String why = e instanceof XMLStreamException xml ? Xml.describe(xml)
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new DvhcException(ErrorCode.INPUT_MALFORMED, "not a readable .xlsx workbook (damaged or cut short?): "
                + why, Location.of(file), RESAVE, e);
    }

    @Override
    public void close() {
        try {
            if (strings != null) {
                strings.close();
            }
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "cannot remove a temporary file: " + e.getMessage(),
                    Location.of(file), null, e);
        } finally {
            pkg.revert();
        }
    }
}
