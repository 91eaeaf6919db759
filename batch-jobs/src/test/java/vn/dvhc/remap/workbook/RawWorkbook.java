package vn.dvhc.remap.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal .xlsx assembled from XML text, for cases POI's writer never produces (rows and cells without
 * references, inline rich text, phonetic runs, escapes, broken parts) and for fuzzing: one worksheet
 * {@code xl/worksheets/sheet1.xml}, optional shared strings and styles.
 */
final class RawWorkbook {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private String sheetName = "Data";
    private String sheetData = "";
    private byte[] sheetBytes;
    private String sharedStrings;
    private String styles;
    private String workbookPr = "";

    RawWorkbook sheetName(String name) {
        this.sheetName = name;
        return this;
    }

    /** The content of {@code <sheetData>}; {@link #sheetXml} for the whole part. */
    RawWorkbook rows(String rows) {
        this.sheetData = "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
        return this;
    }

    RawWorkbook sheetXml(String xml) {
        this.sheetData = xml;
        return this;
    }

    /** The sheet part's bytes as they are (to put bytes in it that are not UTF-8). */
    RawWorkbook sheetBytes(byte[] bytes) {
        this.sheetBytes = bytes;
        return this;
    }

    /** The {@code <si>} elements of the shared strings table. */
    RawWorkbook sharedStrings(String items) {
        this.sharedStrings = "<sst xmlns=\"" + MAIN + "\">" + items + "</sst>";
        return this;
    }

    RawWorkbook sharedStringsXml(String xml) {
        this.sharedStrings = xml;
        return this;
    }

    /** The {@code numFmts} and the {@code <xf>} of {@code cellXfs}. */
    RawWorkbook styles(String numFmts, String xfs) {
        this.styles = "<styleSheet xmlns=\"" + MAIN + "\"><numFmts>" + numFmts + "</numFmts><cellXfs>" + xfs
                + "</cellXfs></styleSheet>";
        return this;
    }

    RawWorkbook stylesXml(String xml) {
        this.styles = xml;
        return this;
    }

    RawWorkbook date1904() {
        this.workbookPr = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    byte[] bytes() {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/xl/workbook.xml", "spreadsheetml.sheet.main+xml")
                + override("/xl/worksheets/sheet1.xml", "spreadsheetml.worksheet+xml"));
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
        if (sharedStrings != null) {
            types.append(override("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings+xml"));
            rels.append("<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", sharedStrings);
        }
        if (styles != null) {
            types.append(override("/xl/styles.xml", "spreadsheetml.styles+xml"));
            rels.append("<Relationship Id=\"rId3\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>");
            parts.put("xl/styles.xml", styles);
        }
        parts.put("[Content_Types].xml", types.append("</Types>").toString());
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">" + workbookPr
                + "<sheets><sheet name=\"" + sheetName.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        parts.put("xl/worksheets/sheet1.xml", sheetData);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                boolean raw = sheetBytes != null && part.getKey().equals("xl/worksheets/sheet1.xml");
                zip.write(raw ? sheetBytes : part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + type + "\"/>";
    }
}
