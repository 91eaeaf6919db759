package vn.dvhc.infra.embedded;

import java.nio.file.Path;

/**
 * What a repair did with one table: rows kept; rows read but not kept (their parent row was lost), exported to
 * a CSV file; and, if reading stopped at a damaged row, why.
 */
public record TableOutcome(String table, long kept, long notKept, String unreadable, Path exported) {

    public boolean complete() {
        return notKept == 0 && unreadable == null;
    }

    /** The losses in words, empty when none. */
    public String losses() {
        StringBuilder text = new StringBuilder();
        if (notKept > 0) {
            text.append("; ").append(String.format("%,d", notKept)).append(" read but not kept (").append(exported)
                    .append(')');
        }
        if (unreadable != null) {
            text.append("; the rest could not be read: ").append(unreadable);
        }
        return text.toString();
    }
}
