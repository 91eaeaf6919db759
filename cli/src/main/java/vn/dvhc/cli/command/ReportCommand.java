package vn.dvhc.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dvhc.cli.CliContext;
import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.output.TextTable;
import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.common.JobParams;
import vn.dvhc.common.Json;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;
import vn.dvhc.report.ReportJobConfig;

/**
 * {@code dvhc report}: the cutover readiness report from the stored runs. Every run is a new job instance (a
 * random run id is identifying): a report is a snapshot, and the repository keeps when each was made.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Write the cutover readiness report: per new province and national (\"29/34 provinces ready\").",
        description = {
                "Reads what the runs stored in the database — remap coverage (latest run of each input file), "
                        + "agency-code findings and commune coverage (latest 'agencies validate' run of each province),"
                        + " the re-published procedure lists (latest 'procedures republish' run) — and rates each of "
                        + "the provinces of the release in force: ready, at risk or blocked, with the reasons.",
                "Blocked: rejected rows above --block-reject-percent, agency-code errors, district-level procedures "
                        + "left without a level, commune coverage below --block-coverage-percent. At risk: rejects or "
                        + "split rows above their thresholds, agency warnings, procedure conflicts, coverage below "
                        + "--risk-coverage-percent, or no run of a kind for the province. Thresholds can also be set "
                        + "in <home>/dvhc.properties (report.block-reject-percent=2) or DVHC_REPORT_* variables.",
                "Writes report.html (one self-contained file: inline CSS and SVG, nothing fetched, A4 print layout),"
                        + " report.md and report.json into --output, and prints the national line and the provinces."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc report", "  dvhc report --output /srv/www/cutover --formats html",
                "  dvhc report --province 79 --format json", "  dvhc report --block-reject-percent 0.5"})
public final class ReportCommand implements Callable<Integer> {

    private static final Set<String> FORMATS = Set.of("html", "md", "json");

    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Option(names = "--output", paramLabel = "<dir>", defaultValue = "dvhc-report",
            description = "Folder for the report files (created if missing). Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--formats", paramLabel = "<list>", defaultValue = "html,md,json", split = ",",
            description = "Which files to write: html, md, json (comma-separated). Default: ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(names = "--province", paramLabel = "<code>",
            description = "Only this new province (2-digit code, e.g. 79); the national line still counts all.")
    String province;

    @Option(names = "--as-of", paramLabel = "<date>",
            description = "The date whose release in force gives the provinces (yyyy-mm-dd). Default: today.")
    LocalDate asOf;

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

    @Override
    public Integer call() {
        Set<String> chosen = new LinkedHashSet<>();
        for (String f : formats) {
            String name = f.trim().toLowerCase(java.util.Locale.ROOT);
            if (!FORMATS.contains(name)) {
                throw new DvhcException(ErrorCode.USAGE, "unknown report format '" + f + "'", null,
                        "--formats takes html, md and/or json, e.g. --formats html,json");
            }
            chosen.add(name);
        }
        for (double percent : new double[]{blockReject, riskReject, riskSplit, blockCoverage, riskCoverage}) {
            if (percent < 0 || percent > 100 || Double.isNaN(percent)) {
                throw new DvhcException(ErrorCode.USAGE, "a threshold is a percentage between 0 and 100, not "
                        + percent, null, "e.g. --block-reject-percent 0.5");
            }
        }
        Path dir = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot create the folder: " + e.getMessage(),
                    Location.of(dir), "choose another --output");
        }
        if (!Files.isWritable(dir)) {
            throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write in the folder", Location.of(dir),
                    "choose another --output");
        }
        CliContext cli = CliContext.of(spec);
        JobParametersBuilder params = new JobParametersBuilder()
                .addString(JobParams.RUN_ID, UUID.randomUUID().toString())
                .addString(JobParams.REPORT_OUTPUT_DIR, dir.toString())
                .addString(JobParams.REPORT_FORMATS, String.join(",", chosen))
                .addDouble(JobParams.REPORT_BLOCK_REJECT, blockReject)
                .addDouble(JobParams.REPORT_RISK_REJECT, riskReject)
                .addDouble(JobParams.REPORT_RISK_SPLIT, riskSplit)
                .addDouble(JobParams.REPORT_BLOCK_COVERAGE, blockCoverage)
                .addDouble(JobParams.REPORT_RISK_COVERAGE, riskCoverage);
        if (province != null) {
            params.addString(JobParams.REPORT_PROVINCE, province.trim());
        }
        if (asOf != null) {
            params.addString(JobParams.REPORT_AS_OF, asOf.toString());
        }
        RunResult result = cli.jobRunner().run(new JobRequest(ReportJobConfig.class, ReportJobConfig.JOB_NAME,
                params.toJobParameters()));
        String json = result.execution().getExecutionContext().getString(ReportJobConfig.SUMMARY);
        if (format.json()) {
            cli.out().println(json);
        } else {
            print(cli, Json.read(json, ReportLines.class), dir, chosen);
        }
        return result.exitCode().value();
    }

    /** The part of the report JSON the text output prints. */
    record ReportLines(String releaseId, LocalDate asOf, National national, List<Province> provinces) {
        record National(String line, int atRisk, int blocked) {
        }

        record Province(String code, String name, String status, List<String> reasons) {
        }
    }

    private static void print(CliContext cli, ReportLines report, Path dir, Set<String> formats) {
        cli.out().println(report.national().line() + " (" + report.national().atRisk() + " at risk, "
                + report.national().blocked() + " blocked); release " + report.releaseId() + " in force on "
                + report.asOf());
        TextTable table = new TextTable("CODE", "PROVINCE", "STATUS", "REASONS");
        for (ReportLines.Province p : report.provinces()) {
            table.row(p.code(), p.name(), p.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    String.join("; ", p.reasons()));
        }
        table.print(cli.out());
        for (String f : formats) {
            cli.out().println("wrote " + dir.resolve("report." + f));
        }
    }
}
