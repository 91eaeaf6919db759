package vn.dvhc.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.option.OptionConverters;
import vn.dvhc.cli.output.ReportPrinter;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.domain.readiness.Thresholds;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.report.CutoverReport;
import vn.dvhc.report.ReportJob;
import vn.dvhc.report.ReportSettings;

/**
 * {@code dvhc report}: the cutover readiness report from the stored runs. Every run is a new job instance (a
 * random run id is identifying): a report is a snapshot, and the repository keeps when each was made.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Write the cutover readiness report: per new province and national (\"29/34 provinces ready\").",
        description = {
                "Reads what the runs stored in the database — remap coverage (latest run of each dataset: the same "
                        + "rows in any file or encoding, or the same 'remap --dataset' name), "
                        + "agency-code findings and commune coverage (latest 'agencies validate' run of each province),"
                        + " the re-published procedure lists (latest 'procedures republish' run of each province) — "
                        + "and rates each of the provinces of the release in force: ready, at risk or blocked, with "
                        + "the reasons.",
                "Blocked: rejected rows above --block-reject-percent, agency-code errors, district-level procedures "
                        + "left without a level, commune coverage below --block-coverage-percent. At risk: rejects or "
                        + "split rows above their thresholds, agency warnings, procedure conflicts, coverage below "
                        + "--risk-coverage-percent, or no run of a kind for the province. Thresholds can also be set "
                        + "in <home>/dvhc.properties (report.block-reject-percent=2) or DVHC_REPORT_* variables.",
                "With --checklist, adds the national progress table: for each indicator, how many provinces have "
                        + "done it (\"procedures-announced 17/34\") and which have not; the stored runs give "
                        + "data-remapped, agency-codes, procedures-published and commune-procedures-published, the "
                        + "checklist (province_code,indicator,done_on,evidence[,note]; CSV or xlsx) the rest. Each "
                        + "report's table is stored, so a report charts each indicator over the dates reported up to "
                        + "its own.",
                "Writes report.html (one self-contained file: inline CSS and SVG, nothing fetched, A4 print layout),"
                        + " report.md and report.json into --output, and prints the national line and the provinces."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc report", "  dvhc report --output /srv/www/cutover --formats html",
                "  dvhc report --province 79 --format json", "  dvhc report --block-reject-percent 0.5",
                "  dvhc report --exclude-dataset test --exclude-run 12",
                "  dvhc report --checklist progress.csv --as-of 2025-06-27"})
public final class ReportCommand implements Callable<Integer> {

    /** The files a report can be written as. */
    enum ReportFormat { HTML, MD, JSON }

    @Mixin
    FormatOption format;

    @Option(names = "--output", paramLabel = "<dir>", defaultValue = "dvhc-report",
            description = "Folder for the report files (created if missing). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--formats", paramLabel = "<list>", defaultValue = "html,md,json", split = ",",
            description = "Which files to write: html, md, json (comma-separated). Default: ${DEFAULT-VALUE}.")
    List<ReportFormat> formats;

    @Option(names = "--province", paramLabel = "<code>",
            description = "Only this new province (2-digit code, e.g. 79); the national line still counts all.")
    String province;

    @Option(names = "--as-of", paramLabel = "<date>",
            description = "The date whose release gives the provinces (yyyy-mm-dd; before 2025-07-01, the 34 to "
                    + "come); the progress table counts only runs finished and checklist lines dated by then. "
                    + "Default: today.")
    LocalDate asOf;

    @Option(names = "--checklist", paramLabel = "<file>",
            description = "The progress checklist (CSV or xlsx): province_code,indicator,done_on,evidence[,note], "
                    + "after an optional section indicator,label declaring indicators of your own. "
                    + "See docs/report.md.")
    Path checklist;

    @Option(names = "--block-reject-percent", paramLabel = "<pct>", defaultValue = "1",
            description = "Blocked when more than this share of a province's rows was rejected. Default: ${DEFAULT-VALUE}.")
    double blockReject;

    @Option(names = "--risk-reject-percent", paramLabel = "<pct>", defaultValue = "0",
            description = "At risk when more than this share was rejected. Default: ${DEFAULT-VALUE}.")
    double riskReject;

    @Option(names = "--risk-split-percent", paramLabel = "<pct>", defaultValue = "0",
            description = "At risk when more than this share of rows is in split communes (a person must choose the "
                    + "new unit). Default: ${DEFAULT-VALUE}.")
    double riskSplit;

    @Option(names = "--block-coverage-percent", paramLabel = "<pct>", defaultValue = "90",
            description = "Blocked when fewer new communes than this share have a People's Committee agency code. "
                    + "Default: ${DEFAULT-VALUE}.")
    double blockCoverage;

    @Option(names = "--risk-coverage-percent", paramLabel = "<pct>", defaultValue = "100",
            description = "At risk below this commune coverage. Default: ${DEFAULT-VALUE}.")
    double riskCoverage;

    @Option(names = "--exclude-run", paramLabel = "<id>",
            description = "Leave out this stored run (its job execution id, as the report lists it); an earlier run of "
                    + "the same dataset then counts instead. Repeatable.")
    List<Long> excludeRuns = new ArrayList<>();

    @Option(names = "--exclude-dataset", paramLabel = "<name>",
            description = "Leave out every remap run of this dataset: a 'remap --dataset' name (e.g. test) or the "
                    + "start (12 characters or more) of a rows identity, as the report lists it. Repeatable.")
    List<String> excludeDatasets = new ArrayList<>();

    private final CliContext cli;

    public ReportCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Set<String> chosen = new LinkedHashSet<>();
        formats.forEach(f -> chosen.add(OptionConverters.label(f)));
        for (double percent : new double[]{blockReject, riskReject, riskSplit, blockCoverage, riskCoverage}) {
            if (percent < 0 || percent > 100 || Double.isNaN(percent)) {
                throw new DvhcException(ErrorCode.USAGE, "a threshold is a percentage between 0 and 100, not "
                        + percent, null, "e.g. --block-reject-percent 0.5");
            }
        }
        for (String dataset : excludeDatasets) {
            if (dataset.isBlank() || dataset.contains(",")) {
                throw new DvhcException(ErrorCode.USAGE, "--exclude-dataset takes one dataset name, not '" + dataset
                        + "'", null, "repeat the option for several: --exclude-dataset test --exclude-dataset old");
            }
        }
        // The job creates the folder once the report is made: a bad checklist leaves no empty folder behind.
        Path dir = CommandInputs.folderToCreate(output, "--output");
        Path checklistFile = checklist == null ? null : CommandInputs.readable(checklist, "--checklist");
        ReportSettings settings = new ReportSettings(dir, List.copyOf(chosen), province == null ? null : province.trim(),
                asOf, new Thresholds(blockReject, riskReject, riskSplit, blockCoverage, riskCoverage), excludeRuns,
                excludeDatasets, checklistFile);
        RunResult result = cli.jobRunner().run(JobRequest.of(ReportJob.JOB, settings, false));
        String json = result.execution().getExecutionContext().getString(ReportJob.SUMMARY);
        if (format.json()) {
            cli.out().println(json);
        } else {
            ReportPrinter.print(cli.out(), ReportJob.JOB.summary(result.execution(), CutoverReport.class));
            chosen.forEach(f -> cli.out().println("wrote " + dir.resolve("report." + f)));
        }
        return result.exitCode().value();
    }
}
