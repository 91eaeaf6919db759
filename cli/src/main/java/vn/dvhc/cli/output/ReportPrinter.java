package vn.dvhc.cli.output;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

import vn.dvhc.domain.readiness.ProgressTable;
import vn.dvhc.report.CutoverReport;

/**
 * The cutover report's national line and one row per province, as text; then the national progress table, one
 * line per indicator ("procedures-announced  17/34  missing: …").
 */
public final class ReportPrinter {

    private ReportPrinter() {
    }

    public static void print(PrintWriter out, CutoverReport report) {
        out.println(report.national().line() + " (" + report.national().atRisk() + " at risk, "
                + report.national().blocked() + " blocked); release " + report.releaseId() + " in force on "
                + report.asOf() + new ProgressTable(report.indicators()).weakest()
                .map(w -> "; weakest indicator: " + w.figure()).orElse(""));
        TextTable table = new TextTable("CODE", "PROVINCE", "STATUS", "REASONS");
        for (CutoverReport.Province p : report.provinces()) {
            table.row(p.code(), p.name(), p.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    String.join("; ", p.reasons()));
        }
        table.print(out);
        out.println(report.leftOutSummary());
        if (!report.indicators().isEmpty()) {
            out.println();
            out.println("Progress as of " + report.asOf() + ":");
            TextTable progress = new TextTable("INDICATOR", "DONE", "MISSING").right(1);
            for (ProgressTable.Row row : report.indicators()) {
                progress.row(row.id(), row.done() + "/" + row.total(), row.missing().isEmpty() ? "none"
                        : "missing: " + row.missing().stream().map(p -> p.code() + " " + p.name())
                        .collect(Collectors.joining(", ")));
            }
            progress.print(out);
            report.progressNotes().forEach(note -> out.println("note: " + note));
        }
    }
}
