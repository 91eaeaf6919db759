package vn.dvhc.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.dvhc.agencies.AgenciesValidateJob;
import vn.dvhc.agencies.AgenciesValidateJobConfig;
import vn.dvhc.agencies.AgencyRunRepository;
import vn.dvhc.agencies.AgencySettings;
import vn.dvhc.agencies.FindingFormat;
import vn.dvhc.agencies.ValidationSummary;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.common.AtomicFiles;
import vn.dvhc.common.JobParams;
import vn.dvhc.domain.agency.Finding;
import vn.dvhc.domain.agency.Severity;

/**
 * {@code dvhc agencies validate}: runs {@code agenciesValidateJob}, then prints or writes the findings the run
 * stored. Every call is its own job instance (see {@link AgenciesValidateJobConfig}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Check an agency-code register: layouts, level 1, hierarchy, uniqueness, units, coverage.",
        description = {
                "Reads the register (CSV or xlsx; English headers code, name, parent_code, unit_code, unit_release, "
                        + "status, valid_from, valid_to, decision, or the Vietnamese/NGSP ones MaDinhDanh, TenDonVi, "
                        + "MaDinhDanhCha …; only code and name are required) and checks every rule of "
                        + "docs/agency-rules.md: layout and characters, level-1 code exists (and what became of it "
                        + "after the mergers), hierarchy and parents, one agency per code and no retired code "
                        + "re-used, agencies bound to units that no longer exist on --as-of, district-level bodies "
                        + "still active after 2025-07-01, a People's Committee code for every commune of the "
                        + "register's provinces, names that match their units, stale province segments, text hygiene.",
                "Each finding has a rule id, a severity (error, warning, info), the line, the code, a message and a "
                        + "hint. The run and its findings are stored for 'dvhc report'. Exit 1 when findings reach "
                        + "--fail-on."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc agencies validate --input agencies.csv",
                "  dvhc agencies validate --input agencies.xlsx --as-of 2025-07-01 \\",
                "      --show info",
                "  dvhc agencies validate --input agencies.csv --format junit \\",
                "      --output junit.xml",
                "  dvhc agencies validate --input agencies.csv --format json \\",
                "      --fail-on warning > findings.json"})
public final class AgenciesValidateCommand implements Callable<Integer> {

    /** The lowest severity that makes the run exit 1, or never. */
    enum FailOn {
        ERROR, WARNING, NEVER;

        Severity severity() {
            return this == NEVER ? null : Severity.valueOf(name());
        }
    }

    @Option(names = "--input", paramLabel = "<file>", description = "The register: CSV (UTF-8, a BOM is accepted; "
            + "comma, semicolon or tab) or xlsx (first sheet).")
    Path input;

    /** The input as a positional argument, as the first releases took it (--input is the convention). */
    @Parameters(index = "0", arity = "0..1", hidden = true)
    Path positional;

    private Path register;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>",
            description = "Check the register as it stands on this date: which agencies are active, which units "
                    + "exist. Default: today.")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "text",
            description = "text, json (an object with summary and findings), csv (one finding per row) or junit "
                    + "(XML: each rule a test case, failed by its findings). Default: ${DEFAULT-VALUE}.")
    FindingFormat format;

    @Option(names = "--output", paramLabel = "<file>",
            description = "Write the findings to this file (whole or not at all) and print only the summary. An "
                    + "existing file is replaced only if an earlier validation wrote it, or with --overwrite. "
                    + "Default: standard output.")
    Path output;

    @Option(names = "--overwrite", description = "Replace an existing --output file that no earlier validation wrote "
            + "(one an earlier validation wrote is replaced without it).")
    boolean overwrite;

    @Option(names = "--fail-on", paramLabel = "<severity>", defaultValue = "error",
            description = "Exit 1 when there are findings of this severity or worse: error, warning, or never. "
                    + "Default: ${DEFAULT-VALUE}.")
    FailOn failOn;

    @Option(names = "--show", paramLabel = "<severity>", defaultValue = "warning",
            description = "The text format lists findings of this severity or worse (error, warning, info) and "
                    + "counts the rest. Default: ${DEFAULT-VALUE}.")
    Severity show;

    @Option(names = "--h-codes", paramLabel = "<file>",
            description = "The H01–H63 table with the post-2025 status of each code (kept, merged into, retired), "
                    + "in the layout of the built-in table. Default: the built-in table (docs/agency-rules.md).")
    Path hCodes;

    @Option(names = "--encoding", paramLabel = "<charset>", defaultValue = "UTF-8",
            description = "The encoding of a CSV register, e.g. windows-1258. Default: ${DEFAULT-VALUE}.")
    String encoding;

    private final CliContext cli;

    public AgenciesValidateCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        register = CommandInputs.input(input, positional);
        FindingFormat chosen = format;
        Severity failLevel = failOn.severity();
        Severity shown = show;
        Path target = output == null ? null : CommandInputs.newFile(output, "--output", overwrite,
                file -> JobQueries.wrote(cli.database().dsl(), AgenciesValidateJob.JOB, JobParams.RESULT_FILE, file));
        AgencySettings settings = AgencyRegisterInputs.settings(cli, register, hCodes, asOf, encoding, failLevel);
        RunResult result = cli.jobRunner().run(new JobRequest(AgenciesValidateJob.JOB, CommandInputs.withResultFile(
                AgenciesValidateJob.JOB.parameters(settings, false), target)));
        ValidationSummary summary = AgenciesValidateJob.JOB.summary(result.execution(), ValidationSummary.class);
        List<Finding> findings = new AgencyRunRepository(cli.database().dsl()).findings(summary.executionId());
        FindingFormat.Options options = new FindingFormat.Options(register.toString(), shown, failLevel);
        try {
            if (target == null) {
                chosen.write(summary, findings, options, cli.out());
            } else {
                AtomicFiles.write(target, "--output", out -> chosen.write(summary, findings, options, out));
                FindingFormat.TEXT.write(summary, List.of(), options, cli.out());
                cli.out().println("Wrote " + findings.size() + " findings as " + chosen.label() + " to " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result.exitCode().value();
    }
}
