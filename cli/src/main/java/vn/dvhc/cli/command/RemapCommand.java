package vn.dvhc.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.cli.CliContext;
import vn.dvhc.cli.output.ProgressBars;
import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.common.JobParams;
import vn.dvhc.common.Json;
import vn.dvhc.common.ProgressSink;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.Release;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.RemapJobConfig;
import vn.dvhc.remap.RemapLocalPartitioning;
import vn.dvhc.remap.RemapRemotePartitioning;
import vn.dvhc.remap.RemapSettings;
import vn.dvhc.remap.RemapSummary;

/**
 * {@code dvhc remap}: runs {@code remapJob}. The job instance is identified by the input's SHA-256, the output
 * and rejects paths, the releases (from, and the one in force on --as-of), --on-split, --encoding, and the
 * column and delimiter options when given; so the same command after a failure resumes the same instance, and
 * after a success is refused. Not identifying (they cannot change the output): --chunk, --threads, --summary,
 * --fail-on. {@code --rerun} adds a random {@code run.id}.
 */
@Command(name = "remap", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Rewrite old unit codes in a delimited file to the units in force on a date.",
        description = {
                "Reads a delimited text file with a header, finds the commune code column (and the district and "
                        + "province columns, which are then checked), and writes every row unchanged, byte for byte, "
                        + "followed by new_province_code, new_province_name, new_commune_code, new_commune_name, "
                        + "new_commune_type, remap_status and remap_candidates. remap_status is MAPPED (one new "
                        + "commune), SPLIT (the old commune was divided: every candidate is listed, none is guessed) or "
                        + "ALIAS (read through a known code correction).",
                "Rows that cannot be remapped go to the rejects file with their line, a reason (MISSING_CODE, "
                        + "MALFORMED_CODE, UNKNOWN_CODE, PARENT_MISMATCH, MALFORMED_ROW, SPLIT) and a detail. Rows "
                        + "read = written + rejected, always. The output appears under its name only when the run "
                        + "completes; a run that dies (kill -9, power loss) resumes from its last commit when the same "
                        + "command is run again, and gives the same bytes."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc remap --input ho-khau.csv --output ho-khau.new.csv",
                "  dvhc remap --input dn.csv --output dn.new.csv --commune-column \"Mã xã\" \\",
                "      --on-split default",
                "  dvhc remap --input old.csv --output new.csv --as-of 2025-12-31 \\",
                "      --summary run.json --fail-on never",
                "  dvhc remap --input cp1258.csv --output new.csv --encoding windows-1258",
                "  dvhc remap --input big.csv --output big.new.csv --threads 2"})
public final class RemapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "<file>",
            description = "The file to remap: delimited text with a header row (UTF-8 unless --encoding).")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "<file>",
            description = "Where the remapped rows go; written to a temporary file beside it and moved into place at the end.")
    Path output;

    @Option(names = "--rejects", paramLabel = "<file>",
            description = "Where the rejected rows go. Default: <output>.rejects.csv.")
    Path rejects;

    @Option(names = "--commune-column", paramLabel = "<name|number>",
            description = "The commune code column, by header name or 1-based number. Default: found by name "
                    + "(ma_xa, maxa, ma_phuong_xa, Mã xã, commune_code, ward_code, …).")
    String communeColumn;

    @Option(names = "--district-column", paramLabel = "<name|number>",
            description = "The old district code column, checked against the commune (ma_huyen, district_code, …).")
    String districtColumn;

    @Option(names = "--province-column", paramLabel = "<name|number>",
            description = "The province code column, checked against the commune (ma_tinh, province_code, …).")
    String provinceColumn;

    @Option(names = "--from", paramLabel = "<release>",
            description = "The release the file's codes belong to. Default: the root of the chain (pre-2025).")
    String from;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>",
            description = "Remap to the release in force on this date. Default: the newest.")
    LocalDate asOf;

    @Option(names = "--on-split", paramLabel = "<mode>", defaultValue = "flag",
            description = "For a split commune: flag (list the candidates, leave the new commune empty), default (fill "
                    + "in the release's default candidate, still SPLIT), or reject. Default: ${DEFAULT-VALUE}.")
    String onSplit = "flag";

    @Option(names = "--delimiter", paramLabel = "<char>",
            description = "The field delimiter. Default: the most frequent of , ; TAB | in the header line.")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "<charset>", defaultValue = "UTF-8",
            description = "The input's encoding, kept in the output: UTF-8 (a BOM is accepted) or a single-byte encoding "
                    + "such as windows-1258. Undecodable bytes stop the run with their line. Default: ${DEFAULT-VALUE}.")
    String encoding = "UTF-8";

    @Option(names = "--summary", paramLabel = "<file.json>",
            description = "Also write the summary as JSON to this file.")
    Path summary;

    @Option(names = "--fail-on", paramLabel = "<level>", defaultValue = "reject",
            description = "Exit 1 when there are rejected rows (reject), rejected or split rows (split), or never. "
                    + "Default: ${DEFAULT-VALUE}.")
    String failOn = "reject";

    @Option(names = "--chunk", paramLabel = "<rows>", defaultValue = "10000",
            description = "Rows per commit, rounded up to a multiple of 10: a killed run resumes from the last one. "
                    + "Default: ${DEFAULT-VALUE}.")
    int chunk = 10_000;

    @Option(names = "--threads", paramLabel = "<n>", defaultValue = "1",
            description = "Split the file into n byte ranges remapped in parallel; the output is the same, byte for byte. "
                    + "Default: ${DEFAULT-VALUE}.")
    int threads = 1;

    @Option(names = "--broker", paramLabel = "<url>",
            description = "Run the partitions on workers ('dvhc worker') behind this Apache Artemis broker, e.g. "
                    + "tcp://broker:61616, instead of on threads. Manager and workers share --db (PostgreSQL) and the "
                    + "input and output folders.")
    String broker;

    @Option(names = "--partitions", paramLabel = "<n>",
            description = "With --broker: how many partitions to cut the input into. Default: 4.")
    int partitions = 4;

    @Option(names = "--rerun", description = "Run again even though the same job has completed.")
    boolean rerun;

    @Override
    public Integer call() {
        return run(CliContext.of(spec));
    }

    /** The demo runs remaps through this, with the defaults above and its own files. */
    static RemapCommand of(Path input, Path output) {
        RemapCommand command = new RemapCommand();
        command.input = input;
        command.output = output;
        command.rerun = true;
        command.failOn = "never";
        return command;
    }

    int run(CliContext cli) {
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        Path rej = (rejects != null ? rejects : Path.of(output + ".rejects.csv")).toAbsolutePath().normalize();
        checkOptions(in, out, rej);
        // The SHA-256 of a large input takes a while: it runs while the database opens.
        CompletableFuture<String> sha = CompletableFuture.supplyAsync(() -> Sha256.of(in));
        CatalogRepository catalog = new CatalogRepository(cli.database().dsl());
        ReleaseChain chain = new ReleaseChain(catalog.releases());
        Release start = from == null ? chain.defaultStart() : chain.get(from);
        List<Release> path = chain.path(start.id(), asOf);
        Release target = path.get(path.size() - 1);

        JobParametersBuilder params = new JobParametersBuilder()
                .addString(JobParams.INPUT_SHA256, join(sha))
                .addString(JobParams.OUTPUT_FILE, out.toString())
                .addString(JobParams.REJECTS_FILE, rej.toString())
                .addString(JobParams.RELEASE_FROM, start.id())
                .addString(JobParams.RELEASE_TO, target.id())
                .addString(JobParams.REMAP_ON_SPLIT, OnSplit.valueOf(onSplit.toUpperCase(Locale.ROOT)).name())
                .addString(JobParams.REMAP_ENCODING, java.nio.charset.Charset.forName(encoding).name())
                .addString(JobParams.INPUT_FILE, in.toString(), false)
                .addLong(JobParams.REMAP_CHUNK, (long) chunk, false)
                .addLong(JobParams.REMAP_THREADS, (long) threads, false)
                .addString(JobParams.REMAP_FAIL_ON, RemapSettings.FailOn.valueOf(failOn.toUpperCase(Locale.ROOT)).name(), false);
        addIfGiven(params, JobParams.REMAP_COMMUNE_COLUMN, communeColumn);
        addIfGiven(params, JobParams.REMAP_DISTRICT_COLUMN, districtColumn);
        addIfGiven(params, JobParams.REMAP_PROVINCE_COLUMN, provinceColumn);
        addIfGiven(params, JobParams.REMAP_DELIMITER, delimiter);
        if (asOf != null) {
            params.addString(JobParams.REMAP_AS_OF, asOf.toString(), false);
        }
        if (broker != null) {
            params.addString(JobParams.REMAP_BROKER, broker, false);
            params.addLong(JobParams.REMAP_PARTITIONS, (long) partitions, false);
        }
        if (rerun) {
            params.addString(JobParams.RUN_ID, UUID.randomUUID().toString());
        }
        RunResult result;
        boolean bar = cli.global().progress() && cli.global().environment().terminal();
        try (ProgressBars progress = bar ? ProgressBars.onTerminal("remap", fileSize(in)) : null) {
            ProgressSink sink = progress == null ? ProgressSink.NONE : progress;
            Class<?> partitioning = broker == null ? RemapLocalPartitioning.class : RemapRemotePartitioning.class;
            result = cli.jobRunner().run(new JobRequest(List.of(RemapJobConfig.class, partitioning),
                    RemapJobConfig.JOB_NAME, params.toJobParameters(), sink));
        }
        String json = result.execution().getExecutionContext().getString(RemapJobConfig.SUMMARY);
        RemapSummary outcome = Json.read(json, RemapSummary.class);
        if (summary != null) {
            writeSummary(Json.writePretty(outcome));
        }
        RemapSummaryPrinter.print(cli.out(), outcome);
        return result.exitCode().value();
    }

    // What can be checked before any database or Spring: a usage error answers at once.
    private void checkOptions(Path in, Path out, Path rej) {
        if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
            throw new DvhcException(Files.exists(in) ? ErrorCode.INPUT_UNREADABLE : ErrorCode.INPUT_NOT_FOUND,
                    Files.exists(in) ? "not a readable file" : "file not found", Location.of(in), "check --input");
        }
        if (out.equals(in) || rej.equals(in) || rej.equals(out)) {
            throw new DvhcException(ErrorCode.USAGE, "--input, --output and --rejects must be three different files",
                    null, "name another --output or --rejects");
        }
        for (Path file : List.of(out, rej)) {
            Path folder = file.getParent();
            if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
                throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write in the folder " + folder,
                        Location.of(file), "create the folder or choose another place");
            }
        }
        parseEnum("--on-split", onSplit, "flag, default or reject", OnSplit.class);
        parseEnum("--fail-on", failOn, "reject, split or never", RemapSettings.FailOn.class);
        if (delimiter != null && (delimiter.length() != 1 || "\"\r\n".contains(delimiter))) {
            throw new DvhcException(ErrorCode.USAGE, "--delimiter must be one character other than a quote or a line break",
                    null, "e.g. --delimiter ';'");
        }
        if (chunk < 1 || chunk > 1_000_000) {
            throw new DvhcException(ErrorCode.USAGE, "--chunk must be between 1 and 1,000,000", null, null);
        }
        if (threads < 1 || threads > 64) {
            throw new DvhcException(ErrorCode.USAGE, "--threads must be between 1 and 64", null, null);
        }
        if (partitions < 1 || partitions > 1024) {
            throw new DvhcException(ErrorCode.USAGE, "--partitions must be between 1 and 1,024", null, null);
        }
        vn.dvhc.remap.TextEncoding.of(encoding);
    }

    private static <E extends Enum<E>> void parseEnum(String option, String value, String expected, Class<E> type) {
        try {
            Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DvhcException(ErrorCode.USAGE, option + " '" + value + "' is not one of " + expected, null,
                    "see 'dvhc remap --help'", e);
        }
    }

    private static void addIfGiven(JobParametersBuilder params, String key, String value) {
        if (value != null) {
            params.addString(key, value);
        }
    }

    private static String join(CompletableFuture<String> sha) {
        try {
            return sha.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DvhcException known) {
                throw known;
            }
            throw e;
        }
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.INPUT_UNREADABLE, "cannot read the file's size", Location.of(file), null, e);
        }
    }

    private void writeSummary(String json) {
        Path target = summary.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, json + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.OUTPUT_NOT_WRITABLE, "cannot write the summary: " + e.getMessage(),
                    Location.of(target), "check the folder", e);
        }
    }
}
