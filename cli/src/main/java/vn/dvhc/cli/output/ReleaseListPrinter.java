package vn.dvhc.cli.output;

import java.io.PrintWriter;
import java.util.List;

/** {@code dvhc reference list} as text: one row per release, the release in force marked with *. */
public final class ReleaseListPrinter {

    private ReleaseListPrinter() {
    }

    public static void print(PrintWriter out, List<ReleaseLine> lines) {
        TextTable table = new TextTable("RELEASE", "EFFECTIVE", "PREDECESSOR", "ORIGIN", "PROVINCES", "DISTRICTS",
                "COMMUNES").right(4, 5, 6);
        for (ReleaseLine line : lines) {
            table.row((line.inForce() ? "* " : "  ") + line.id(),
                    line.effective() == null ? (line.predecessor() == null ? "(root)" : "(beside the chain)")
                            : line.effective(),
                    line.predecessor() == null ? "-" : line.predecessor(),
                    (line.builtIn() ? "built-in " : "imported ") + line.format(),
                    Numbers.format(line.provinces()), Numbers.format(line.districts()), Numbers.format(line.communes()));
        }
        table.print(out);
    }
}
