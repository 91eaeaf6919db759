package vn.dvhc.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.dvhc.agencies.AgenciesAllocateJob;
import vn.dvhc.agencies.AgenciesAllocateJobConfig;
import vn.dvhc.agencies.AgencySettings;
import vn.dvhc.agencies.AllocationSettings;
import vn.dvhc.agencies.AllocationSummary;
import vn.dvhc.cli.output.AllocationPrinter;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.domain.agency.CodePattern;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * {@code dvhc agencies allocate}: runs {@code agenciesAllocateJob}; see {@link AgenciesAllocateJobConfig} for what
 * identifies a run.
 */
@Command(name = "allocate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Propose codes for the new communes that have no People's Committee code, for approval.",
        description = {
                "Checks the register as 'agencies validate' does, finds the communes of its provinces (in force on "
                        + "--as-of) without a People's Committee code, and proposes one for each, in commune-code "
                        + "order, by --pattern: {level1} is the H code the province's People's Committee uses (Lào "
                        + "Cai: H38), {commune} the 5-digit commune code, {seq} or {seq:N} the next free number "
                        + "(after the highest the register has, or from --start; zero-padded to N digits). A code the "
                        + "register holds in any status — active, retired, proposed — is never proposed; a retired "
                        + "code is never re-used.",
                "Writes the proposals to --output in the register's layout with status 'proposed'; nothing in the "
                        + "register changes. To adopt them, have them approved, set status to active and add the rows "
                        + "to the register. The same register, pattern and release always give the same proposals."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc agencies allocate --input agencies.csv --output proposed-codes.csv",
                "  dvhc agencies allocate --input agencies.csv --output proposed.csv \\",
                "      --pattern '{level1}.{seq:3}' --start 201",
                "  dvhc agencies allocate --input agencies.csv --output proposed.csv \\",
                "      --pattern '{level1}.X{commune}'"})
public final class AgenciesAllocateCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "<file>", description = "The register, CSV or xlsx, as for 'agencies validate'.")
    Path input;

    /** The input as a positional argument, as the first releases took it (--input is the convention). */
    @Parameters(index = "0", arity = "0..1", hidden = true)
    Path positional;

    private Path register;

    @Option(names = "--output", required = true, paramLabel = "<file>",
            description = "Where the proposals go (CSV, written whole or not at all).")
    Path output;

    @Option(names = "--pattern", paramLabel = "<pattern>", defaultValue = CodePattern.DEFAULT,
            description = "How a code is built from {level1}, {commune}, {seq} / {seq:N}. Default: ${DEFAULT-VALUE} "
                    + "(QĐ 20 layout: H38.001, H38.002 …).")
    String pattern;

    @Option(names = "--start", paramLabel = "<n>",
            description = "The first number {seq} tries. Default: one after the highest number the pattern already "
                    + "gave in the province (H38.199 in the register: H38.200).")
    Integer start;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>",
            description = "The communes in force on this date. Default: today.")
    LocalDate asOf;

    @Option(names = "--h-codes", paramLabel = "<file>",
            description = "The H01–H63 table, as for 'agencies validate'. Default: the built-in table.")
    Path hCodes;

    @Option(names = "--encoding", paramLabel = "<charset>", defaultValue = "UTF-8",
            description = "The encoding of a CSV register. Default: ${DEFAULT-VALUE}.")
    String encoding;

    @Option(names = "--rerun", description = "Run again even though the same job has completed.")
    boolean rerun;

    @Option(names = "--overwrite", description = "Replace an existing --output file that no earlier allocation wrote "
            + "(one an earlier allocation wrote is replaced without it).")
    boolean overwrite;

    private final CliContext cli;

    public AgenciesAllocateCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        register = CommandInputs.input(input, positional);
        try {
            CodePattern.parse(pattern);
        } catch (IllegalArgumentException e) {
            throw new DvhcException(ErrorCode.USAGE, "--pattern '" + pattern + "': " + e.getMessage(), null,
                    "e.g. --pattern '{level1}.{seq:3}'", e);
        }
        if (start != null && start < 1) {
            throw new DvhcException(ErrorCode.USAGE, "--start must be 1 or more", null, "e.g. --start 1");
        }
        Path target = CommandInputs.newFile(output, "--output", overwrite,
                file -> JobQueries.wrote(cli.database().dsl(), AgenciesAllocateJob.JOB, AgenciesAllocateJob.OUTPUT, file));
        AgencySettings settings = AgencyRegisterInputs.settings(cli, register, hCodes, asOf, encoding, null);
        RunResult result = cli.jobRunner().run(JobRequest.of(AgenciesAllocateJob.JOB,
                new AllocationSettings(settings, pattern, start == null ? 0 : start, target), rerun));
        AllocationSummary summary = AgenciesAllocateJob.JOB.summary(result.execution(), AllocationSummary.class);
        AllocationPrinter.print(cli.out(), summary);
        return result.exitCode().value();
    }
}
