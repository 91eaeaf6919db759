package vn.dvhc.cli.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import vn.dvhc.agencies.AllocationSummary;
import vn.dvhc.agencies.FindingFormat;
import vn.dvhc.agencies.ValidationSummary;
import vn.dvhc.catalog.ImportReport;
import vn.dvhc.domain.agency.Severity;
import vn.dvhc.procedures.RepublishSummary;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.report.CutoverReport;

/**
 * The text of any job's summary, found by the summary's type ({@code JobDefinition.summaryType()}): for
 * {@code dvhc jobs restart}, whatever job it restarts. A new job's summary type gets its entry here; a test checks
 * that every job of {@code Jobs.ALL} has one.
 */
public final class SummaryPrinters {

    /** Prints one type of summary. */
    @FunctionalInterface
    private interface Printer<T> {
        void print(PrintWriter out, T summary, Path workingDirectory);
    }

    private static final Map<Class<?>, Printer<Object>> BY_TYPE = Map.ofEntries(
            entry(RemapSummary.class, (out, s, dir) -> RemapSummaryPrinter.print(out, s)),
            entry(RepublishSummary.class, ProceduresSummaryPrinter::print),
            entry(ImportReport.class, (out, s, dir) -> ImportReportPrinter.print(out, s)),
            entry(AllocationSummary.class, (out, s, dir) -> AllocationPrinter.print(out, s)),
            entry(CutoverReport.class, (out, s, dir) -> ReportPrinter.print(out, s)),
            entry(ValidationSummary.class, (out, s, dir) -> printValidation(out, s)));

    private SummaryPrinters() {
    }

    /** Whether summaries of this type can be printed. */
    public static boolean prints(Class<?> summaryType) {
        return BY_TYPE.containsKey(summaryType);
    }

    /**
     * @param summary          null when the run ended before writing one: nothing is printed
     * @param workingDirectory paths under it are printed relative to it
     */
    public static void print(PrintWriter out, Object summary, Path workingDirectory) {
        if (summary != null) {
            Printer<Object> printer = BY_TYPE.get(summary.getClass());
            if (printer == null) {
                throw new IllegalStateException("no printer for a summary of type " + summary.getClass().getName());
            }
            printer.print(out, summary, workingDirectory);
        }
        out.flush();
    }

    private static <T> Map.Entry<Class<?>, Printer<Object>> entry(Class<T> type, Printer<T> printer) {
        return Map.entry(type, (out, summary, dir) -> printer.print(out, type.cast(summary), dir));
    }

    // A restart has no --show or --fail-on of its own: the defaults of 'agencies validate'.
    private static void printValidation(PrintWriter out, ValidationSummary validation) {
        try {
            FindingFormat.TEXT.write(validation, List.of(),
                    new FindingFormat.Options(validation.register(), Severity.WARNING, Severity.ERROR), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
