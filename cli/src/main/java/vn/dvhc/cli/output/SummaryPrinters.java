package vn.dvhc.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import vn.dvhc.agencies.AllocationSummary;
import vn.dvhc.agencies.FindingFormat;
import vn.dvhc.agencies.ValidationSummary;
import vn.dvhc.catalog.ImportReport;
import vn.dvhc.domain.agency.Severity;
import vn.dvhc.procedures.RepublishSummary;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.report.CutoverReport;

/** The text of any job's summary, chosen by its type: for {@code dvhc jobs restart}, whatever job it restarts. */
public final class SummaryPrinters {

    private SummaryPrinters() {
    }

    /** @param workingDirectory paths under it are printed relative to it */
    public static void print(PrintWriter out, Object summary, Path workingDirectory) {
        if (summary instanceof RemapSummary remap) {
            RemapSummaryPrinter.print(out, remap);
        } else if (summary instanceof RepublishSummary republish) {
            ProceduresSummaryPrinter.print(out, republish, workingDirectory);
        } else if (summary instanceof ImportReport imported) {
            ImportReportPrinter.print(out, imported);
        } else if (summary instanceof AllocationSummary allocation) {
            AllocationPrinter.print(out, allocation);
        } else if (summary instanceof CutoverReport report) {
            ReportPrinter.print(out, report);
        } else if (summary instanceof ValidationSummary validation) {
            try {
                FindingFormat.TEXT.write(validation, List.of(),
                        new FindingFormat.Options(validation.register(), Severity.WARNING, Severity.ERROR), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (summary != null) {
            out.println(summary);
        }
        out.flush();
    }
}
