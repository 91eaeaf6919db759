package vn.dvhc.common;

/** The quoting rule of RFC 4180, applied only where a field needs it. Used by the remap and its workbook edges. */
public final class Csv {

    private Csv() {
    }

    public static String quoteIfNeeded(String field, char delimiter) {
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
