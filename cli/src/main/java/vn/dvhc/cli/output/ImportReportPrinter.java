package vn.dvhc.cli.output;

import java.io.PrintWriter;

import vn.dvhc.catalog.ImportReport;

/** What a reference import did, one line per release. */
public final class ImportReportPrinter {

    private ImportReportPrinter() {
    }

    public static void print(PrintWriter out, ImportReport report) {
        for (ImportReport.Outcome r : report.releases()) {
            String verb = switch (r.action()) {
                case CREATED -> "imported";
                case REPLACED -> "replaced";
                case UNCHANGED -> "unchanged (identical files already imported)";
            };
            out.printf("%s: %s — %s provinces, %s districts, %s communes; %s mapping rows (%s split old units) from %s%s%n",
                    r.id(), verb, Numbers.format(r.provinces()), Numbers.format(r.districts()),
                    Numbers.format(r.communes()), Numbers.format(r.mappingRows()), Numbers.format(r.splitOldUnits()),
                    r.predecessor() == null ? "(no predecessor)" : r.predecessor(),
                    r.effective() == null ? "" : ", in force from " + r.effective());
        }
    }
}
