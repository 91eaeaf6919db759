package vn.dvhc.cli.command;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.cli.output.ProceduresSummaryPrinter;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.procedure.DistrictDefault;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.procedures.ProceduresRepublishJob;
import vn.dvhc.procedures.RepublishSettings;
import vn.dvhc.procedures.RepublishSummary;

/**
 * {@code dvhc procedures republish}: runs {@code proceduresRepublishJob}. The job instance is identified by the
 * SHA-256 of the catalogues (as a set: their order does not matter), of the rules, of the agency crosswalk and of
 * the H-code table (the built-in table's without --h-codes), by --default-district-level, the release in force
 * on --as-of, --encoding and the output directory. Not identifying: the paths (the content decides), --as-of
 * itself (only the release it selects matters) and --fail-on (it changes the exit code, not the output). So the
 * same command after a failure resumes the same instance, and after a success is refused (exit 6) unless
 * {@code --rerun}, which adds a random {@code run.id}. Outputs: {@code DIR/<new province>/procedures.csv|xlsx|json},
 * {@code DIR/changes.csv}, {@code DIR/conflicts.csv}, {@code DIR/summary.json}; the run is stored for the report.
 */
@Command(name = "republish", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Merge old provinces' procedure lists into the new provinces' lists.",
        description = {
                "Reads the old provinces' procedure catalogues (CSV or xlsx, English or Vietnamese headers, one or "
                        + "more per old province) and applies the transfer rules to every procedure at each of its "
                        + "levels. For each new province of the release in force it writes the re-published list as "
                        + "CSV, as an xlsx annex (STT, Mã TTHC, Tên TTHC, Lĩnh vực, Cấp thực hiện, Cơ quan thực hiện, "
                        + "Thời hạn, Phí/lệ phí, Căn cứ pháp lý; grouped by level, then sector) and as JSON, with local "
                        + "codes rebuilt from the new province's agency code (1.011442.000.00.00.H38). The district "
                        + "level is never published.",
                "Procedures of the old provinces merged into one new province become one list without duplicates; "
                        + "details they disagree on (name, sector, agency, time limit, fee, place) are reported as "
                        + "conflicts and every variant is shown, none is picked. changes.csv accounts for every old "
                        + "procedure: MOVED_LEVEL, MERGED, RENUMBERED, ABOLISHED, UNCHANGED or ORPHAN (a district-level "
                        + "procedure no rule names). Formats: docs/procedure-formats.md.",
                "Files appear under their names only when the run completes; the same command resumes a failed run."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc procedures republish --catalog yen-bai.csv lao-cai.xlsx \\",
                "      --rules rules.csv --output-dir out/procedures",
                "  dvhc procedures republish --catalog catalogues/*.xlsx --rules rules.csv \\",
                "      --agency-crosswalk agencies.csv --default-district-level xa \\",
                "      --as-of 2025-07-01 --output-dir out --fail-on orphan"})
public final class ProceduresRepublishCommand implements Callable<Integer> {

    private static final int WARNINGS_SHOWN = 20;

    @Option(names = "--catalog", required = true, arity = "1..*", paramLabel = "<file>",
            description = "An old province's procedure catalogue (Danh mục TTHC), CSV or xlsx; several files after "
                    + "one --catalog, or the option repeated.")
    List<Path> catalogues;

    @Option(names = "--rules", required = true, paramLabel = "<file>",
            description = "The transfer rules: national code (and optionally old level) → new level(s) or bãi bỏ, "
                    + "optional new code, name and agency, legal basis (e.g. NĐ 151/2025/NĐ-CP).")
    Path rules;

    @Option(names = "--agency-crosswalk", paramLabel = "<file>",
            description = "Old implementing agency (by code or name) → the agency that handles its procedures now.")
    Path crosswalk;

    @Option(names = "--h-codes", paramLabel = "<file>",
            description = "The level-1 agency codes (H01–H63) and the one each new province uses, in the layout of "
                    + "the built-in table (Lào Cai 15 uses H38). Default: the built-in table.")
    Path hCodes;

    @Option(names = "--default-district-level", paramLabel = "<xa|orphan>", defaultValue = "orphan",
            description = "A district-level procedure that no rule names: publish it at Cấp xã (xa) or report it as "
                    + "an orphan. Default: ${DEFAULT-VALUE}.")
    DistrictDefault districtDefault;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>",
            description = "Publish for the provinces of the release in force on this date (2025-07-01 or later). "
                    + "Default: the newest.")
    LocalDate asOf;

    @Option(names = "--output-dir", required = true, paramLabel = "<dir>",
            description = "Where the lists go, one folder per new province code; created if missing.")
    Path outputDir;

    @Option(names = "--encoding", paramLabel = "<charset>", defaultValue = "UTF-8",
            description = "The encoding of CSV inputs: UTF-8 (a BOM is accepted) or e.g. windows-1258. Default: "
                    + "${DEFAULT-VALUE}.")
    String encoding;

    @Option(names = "--fail-on", paramLabel = "<level>", defaultValue = "never",
            description = "Exit 1 when there are orphans (orphan), orphans or conflicts (conflict), or never. "
                    + "Default: ${DEFAULT-VALUE}.")
    RepublishSettings.FailOn failOn;

    @Option(names = "--rerun", description = "Run again even though the same job has completed.")
    boolean rerun;

    private final CliContext cli;

    public ProceduresRepublishCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Charset charset = CommandInputs.charset(encoding);
        List<Path> files = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path catalogue : catalogues) {
            Path file = CommandInputs.readable(catalogue, "--catalog");
            String sha = Sha256.of(file);
            Path same = seen.putIfAbsent(sha, file);
            if (same != null) {
                throw new DvhcException(ErrorCode.USAGE, "the same catalogue is given twice: " + same + " and " + file,
                        null, "give each catalogue once");
            }
            files.add(file);
            shas.add(sha);
        }
        Path rulesFile = CommandInputs.readable(rules, "--rules");
        Path crosswalkFile = crosswalk == null ? null : CommandInputs.readable(crosswalk, "--agency-crosswalk");
        Path hCodesFile = hCodes == null ? null : CommandInputs.readable(hCodes, "--h-codes");
        Path out = CommandInputs.writableFolder(outputDir, "--output-dir");

        Release release = new ReleaseChain(new CatalogRepository(cli.database().dsl()).releases()).inForce(asOf);
        if (release.isRoot()) {
            throw new DvhcException(ErrorCode.USAGE, "on " + asOf + " release " + release.id() + " was in force: no "
                    + "province had been merged yet", null, "pass an --as-of date on or after 2025-07-01");
        }
        RepublishSettings settings = new RepublishSettings(files, RepublishSettings.combinedSha256(shas), rulesFile,
                Sha256.of(rulesFile), crosswalkFile, crosswalkFile == null ? null : Sha256.of(crosswalkFile),
                hCodesFile, hCodesFile == null ? RepublishSettings.builtInHCodesSha256() : Sha256.of(hCodesFile),
                districtDefault, release.id(), asOf, out, charset, failOn);
        RunResult result = cli.jobRunner().run(JobRequest.of(ProceduresRepublishJob.JOB, settings, rerun));
        RepublishSummary summary = ProceduresRepublishJob.JOB.summary(result.execution(), RepublishSummary.class);
        ProceduresSummaryPrinter.print(cli.out(), summary,
                cli.global().environment().workingDirectory().toAbsolutePath().normalize());
        warn(summary);
        return result.exitCode().value();
    }

    private static void warn(RepublishSummary summary) {
        summary.warnings().stream().limit(WARNINGS_SHOWN).forEach(w -> log().warn("{} {}: {}{}", w.province(), w.kind(),
                w.message(), w.source() == null ? "" : " (" + w.source() + ")"));
        if (summary.warnings().size() > WARNINGS_SHOWN) {
            log().warn("… and {} more warnings: see {}", summary.warnings().size() - WARNINGS_SHOWN,
                    Path.of(summary.outputDir()).resolve("summary.json"));
        }
    }

    // Not a static field: picocli instantiates every command to build --help, and a logger there would start
    // Log4j (and its JSON layout) for a help text.
    private static Logger log() {
        return LogManager.getLogger(ProceduresRepublishCommand.class);
    }
}
