package vn.dvhc.error;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Where in an input a problem is: a file, and optionally a 1-based physical line and column.
 * Rendered the way the messages of spec §3 read: {@code input.csv line 48,213 column 12}.
 */
public record Location(String file, long line, long column) {

    public static Location of(Path file) {
        return new Location(file.toString(), 0, 0);
    }

    public static Location of(String file, long line) {
        return new Location(file, line, 0);
    }

    public static Location of(String file, long line, long column) {
        return new Location(file, line, column);
    }

    public Location atColumn(long newColumn) {
        return new Location(file, line, newColumn);
    }

    @Override
    public String toString() {
        NumberFormat grouped = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        StringBuilder text = new StringBuilder(file == null ? "" : file);
        if (line > 0) {
            text.append(text.isEmpty() ? "" : " ").append("line ").append(grouped.format(line));
        }
        if (column > 0) {
            text.append(" column ").append(grouped.format(column));
        }
        return text.toString();
    }
}
