package vn.dvhc.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.dvhc.catalog.ImportReport;
import vn.dvhc.catalog.problem.Problem;
import vn.dvhc.cli.option.OptionConverters;
import vn.dvhc.cli.output.ImportReportPrinter;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.referenceimport.ImportSettings;
import vn.dvhc.referenceimport.ReferenceImportJob;

/**
 * {@code dvhc reference import}: runs {@code referenceImportJob}. Every run is its own job instance (a random
 * {@code run.id}); identical files are recognised by the catalog (their SHA-256), not by the job repository.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Import a release into the catalog, after checking all of it.",
        description = {
                "Reads the files, checks everything (code formats, uniqueness, the unit hierarchy, that every mapping "
                        + "row points at existing units, that every old unit maps somewhere) and then writes in one "
                        + "transaction: a failed import leaves the catalog as it was. Importing identical files again "
                        + "changes nothing; different files under an existing release id are refused (exit 6) "
                        + "unless --replace.",
                "Formats: bundle (a folder in the layout of shared/reference, see docs/formats.md), nso-conversion "
                        + "(the statistics office's table 'Bảng chuyển đổi ĐVHC mới - cũ' exactly as published), "
                        + "gso-units (the GSO/NSO unit-list exports, a file or a folder)."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc reference import --input ../shared/reference --release 2026-04-30",
                "  dvhc reference import --input nso-conversion-2025-07.csv \\",
                "      --release nso-2025-07 --allow-unmapped",
                "  dvhc reference import --input gso-exports/ --format gso-units \\",
                "      --release gso-2025-07-18"})
public final class ReferenceImportCommand implements Callable<Integer> {

    private static final int WARNINGS_SHOWN = 10;

    /** The formats of {@code --format}: {@code auto} tells it from the file names and headers. */
    enum Format { AUTO, BUNDLE, NSO_CONVERSION, GSO_UNITS }

    @Option(names = "--input", paramLabel = "<path>", description = "The bundle's folder, or the file (or folder) of an official export.")
    Path input;

    /** The input as a positional argument, as the first releases took it (--input is the convention). */
    @Parameters(index = "0", arity = "0..1", hidden = true)
    Path positional;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "auto",
            description = "auto, bundle, nso-conversion or gso-units. Default: ${DEFAULT-VALUE} (told from the "
                    + "file names and headers).")
    Format format;

    @Option(names = "--release", paramLabel = "<id>",
            description = "Id of the release to create (nso-conversion: default nso-<date of the table>; gso-units: "
                    + "gso-<date in the file name>), or the one release of a bundle to import.")
    String release;

    @Option(names = "--effective", paramLabel = "<yyyy-mm-dd>",
            description = "Put the release on the chain from this date. Without it, a release with a mapping is kept "
                    + "beside the chain and is only used when named with --from.")
    LocalDate effective;

    @Option(names = "--predecessor", paramLabel = "<id>",
            description = "The release the mapping starts from. Default: the release in force the day before "
                    + "--effective (or before the date the file names).")
    String predecessor;

    @Option(names = "--replace", description = "Replace an existing release whose files differ.")
    boolean replace;

    @Option(names = "--allow-unmapped",
            description = "Import even if some old units map nowhere (they are reported as warnings; remap rejects "
                    + "their codes as UNKNOWN_CODE). The NSO table as published needs it: three of its rows carry a "
                    + "mistyped old code.")
    boolean allowUnmapped;

    private final CliContext cli;

    public ReferenceImportCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Path path = CommandInputs.existing(CommandInputs.input(input, positional));
        ImportSettings settings = new ImportSettings(path, OptionConverters.label(format),
                release, effective, predecessor, replace, allowUnmapped);
        RunResult result = cli.jobRunner().run(JobRequest.of(ReferenceImportJob.JOB, settings, false));
        ImportReport report = ReferenceImportJob.JOB.summary(result.execution(), ImportReport.class);
        print(cli, report);
        return result.exitCode().value();
    }

    private static void print(CliContext cli, ImportReport report) {
        ImportReportPrinter.print(cli.out(), report);
        if (!report.warnings().isEmpty() && !cli.global().quiet()) {
            cli.err().println(report.warnings().size() + " warnings (all of them are in the log):");
            report.warnings().stream().limit(WARNINGS_SHOWN).forEach(w -> cli.err().println("  " + w));
            if (report.warnings().size() > WARNINGS_SHOWN) {
                cli.err().println("  … and " + (report.warnings().size() - WARNINGS_SHOWN) + " more");
            }
        }
        for (Problem warning : report.warnings()) {
            log().info("import warning: {}", warning);
        }
        cli.out().flush();
    }

    // Not a static field: picocli instantiates every command to build --help, and a logger there would start
    // Log4j (and its JSON layout) for a help text.
    private static Logger log() {
        return LogManager.getLogger(ReferenceImportCommand.class);
    }
}
