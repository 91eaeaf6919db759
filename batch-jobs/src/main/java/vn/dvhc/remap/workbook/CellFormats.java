package vn.dvhc.remap.workbook;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The number formats of a workbook's cell styles ({@code styles.xml}: {@code numFmts} and {@code cellXfs}), read
 * with a pull parser: only what decides how a number becomes text, and which format an output cell gets.
 */
final class CellFormats {

    /** What a number formatted with a style reads as. */
    enum Kind { PLAIN, DATE, ZERO_PADDED }

    private static final CellFormats NONE = new CellFormats(new int[]{0}, new String[]{"General"});

    private final int[] formatIds;
    private final String[] formats;
    private final Kind[] kinds;
    private final int[] padWidths;

    private CellFormats(int[] formatIds, String[] formats) {
        this.formatIds = formatIds;
        this.formats = formats;
        this.kinds = new Kind[formats.length];
        this.padWidths = new int[formats.length];
        for (int i = 0; i < formats.length; i++) {
            String first = formats[i].split(";", -1)[0];
            padWidths[i] = first.length() > 1 && first.chars().allMatch(c -> c == '0') ? first.length() : 0;
            kinds[i] = padWidths[i] > 0 ? Kind.ZERO_PADDED
                    : DateUtil.isADateFormat(formatIds[i], formats[i]) ? Kind.DATE : Kind.PLAIN;
        }
    }

    static CellFormats none() {
        return NONE;
    }

    static CellFormats read(InputStream styles) throws XMLStreamException {
        Map<Integer, String> custom = new HashMap<>();
        int[] ids = new int[16];
        int count = 0;
        XMLStreamReader xml = Xml.reader(styles);
        try {
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("numFmt")) {
                        Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                        String code = xml.getAttributeValue(null, "formatCode");
                        if (id != null && code != null) {
                            custom.put(id, code);
                        }
                    } else if (name.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (inCellXfs && name.equals("xf")) {
                        Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                        if (count == ids.length) {
                            ids = Arrays.copyOf(ids, count * 2);
                        }
                        ids[count++] = id == null ? 0 : id;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } finally {
            xml.close();
        }
        if (count == 0) {
            return NONE;
        }
        String[] formats = new String[count];
        for (int i = 0; i < count; i++) {
            String builtIn = ids[i] < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX ? BuiltinFormats.getBuiltinFormat(ids[i]) : null;
            formats[i] = custom.getOrDefault(ids[i], builtIn == null ? "General" : builtIn);
        }
        return new CellFormats(Arrays.copyOf(ids, count), formats);
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A style index out of range reads as the default style, as it does for a cell without one. */
    private int index(int style) {
        return style >= 0 && style < formats.length ? style : 0;
    }

    Kind kind(int style) {
        return kinds[index(style)];
    }

    int padWidth(int style) {
        return padWidths[index(style)];
    }

    int formatId(int style) {
        return formatIds[index(style)];
    }

    String format(int style) {
        return formats[index(style)];
    }
}
