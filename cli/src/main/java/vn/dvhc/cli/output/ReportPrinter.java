package vn.dvhc.cli.output;

import java.io.PrintWriter;
import java.util.Locale;

import vn.dvhc.report.CutoverReport;

/** The cutover report's national line and one row per province, as text. */
public final class ReportPrinter {

    private ReportPrinter() {
    }

    public static void print(PrintWriter out, CutoverReport report) {
        out.println(report.national().line() + " (" + report.national().atRisk() + " at risk, "
                + report.national().blocked() + " blocked); release " + report.releaseId() + " in force on "
                + report.asOf());
        TextTable table = new TextTable("CODE", "PROVINCE", "STATUS", "REASONS");
        for (CutoverReport.Province p : report.provinces()) {
            table.row(p.code(), p.name(), p.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    String.join("; ", p.reasons()));
        }
        table.print(out);
        out.println(report.leftOutSummary());
    }
}
