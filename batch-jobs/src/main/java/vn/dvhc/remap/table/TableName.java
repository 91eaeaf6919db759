package vn.dvhc.remap.table;

import java.util.ArrayList;
import java.util.List;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * A table as the operator names it: {@code [SCHEMA.]TABLE}, each part bare ({@code ho_khau}: looked up without case,
 * created in the database's own case) or double-quoted ({@code "Hộ khẩu"}: exactly as written).
 *
 * @param schema      the schema, or null for the connection's
 * @param table       the table's name, without quotes
 * @param exactSchema whether the schema was quoted
 * @param exactTable  whether the table's name was quoted
 */
public record TableName(String schema, String table, boolean exactSchema, boolean exactTable) {

    /** Parses an option's value; a malformed one is a usage error naming the option. */
    public static TableName parse(String text, String option) {
        List<String> parts = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        int i = 0;
        while (true) {
            StringBuilder part = new StringBuilder();
            boolean q = i < text.length() && text.charAt(i) == '"';
            if (q) {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw bad(text, option, "a quote is not closed");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            part.append('"');
                            i++;
                            continue;
                        }
                        break;
                    }
                    part.append(c);
                }
            } else {
                while (i < text.length() && text.charAt(i) != '.') {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        throw bad(text, option, "a quote inside a bare name");
                    }
                    part.append(c);
                }
            }
            String name = q ? part.toString() : part.toString().strip();
            if (name.isEmpty()) {
                throw bad(text, option, "an empty name");
            }
            parts.add(name);
            quoted.add(q);
            if (i >= text.length()) {
                break;
            }
            if (text.charAt(i) != '.') {
                throw bad(text, option, "text after a closing quote");
            }
            i++;
        }
        if (parts.size() > 2) {
            throw bad(text, option, parts.size() + " parts");
        }
        return parts.size() == 1 ? new TableName(null, parts.get(0), false, quoted.get(0))
                : new TableName(parts.get(0), parts.get(1), quoted.get(0), quoted.get(1));
    }

    /** A table found in the metadata, named exactly. */
    public static TableName exact(TableSource.Resolved table) {
        return new TableName(table.schema(), table.table(), true, true);
    }

    /** The same schema, another table name (the rejects table beside a target). */
    public TableName withTable(String name) {
        return new TableName(schema, name, exactSchema, exactTable);
    }

    @Override
    public String toString() {
        return (schema == null ? "" : schema + ".") + table;
    }

    private static DvhcException bad(String text, String option, String why) {
        return new DvhcException(ErrorCode.USAGE, option + " '" + text + "' is not [SCHEMA.]TABLE: " + why, null,
                "e.g. " + option + " public.ho_khau, or " + option + " '\"Hộ khẩu\"' for a name that needs quotes");
    }
}
