package vn.dvhc.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.cli.output.ProgressBars;
import vn.dvhc.cli.output.RemapSummaryPrinter;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.common.AtomicFiles;
import vn.dvhc.common.Json;
import vn.dvhc.common.ProgressSink;
import vn.dvhc.common.Sha256;
import vn.dvhc.domain.Release;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.RemapJob;
import vn.dvhc.remap.RemapSettings;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.remap.TextEncoding;
import vn.dvhc.remap.address.AddressColumns;

/**
 * {@code dvhc remap}: runs {@link RemapJob}, which decides which parameters identify the run (the input's content,
 * the outputs, the releases and the options that change the bytes; not --chunk, --threads, --summary, --fail-on).
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
                        + "command is run again, and gives the same bytes.",
                "Files without codes: the old commune is found from a free-text address (--address-column) or from "
                        + "unit names (--commune-name-column), or from such columns found by their header when the file "
                        + "has no code column. Such rows also get old_commune_code (before the seven columns), "
                        + "new_address (address input: the text before the units as written, the new commune, the new "
                        + "province) and match_note (corrections made: typo, historical name, inferred district). Never "
                        + "a guess: rows that fit several old communes or none are rejected as ADDRESS_AMBIGUOUS (with "
                        + "every candidate) or ADDRESS_UNRECOGNISED (with what was recognised)."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc remap --input ho-khau.csv --output ho-khau.new.csv",
                "  dvhc remap --input dn.csv --output dn.new.csv --commune-column \"Mã xã\" \\",
                "      --on-split default",
                "  dvhc remap --input old.csv --output new.csv --as-of 2025-12-31 \\",
                "      --summary run.json --fail-on never",
                "  dvhc remap --input cp1258.csv --output new.csv --encoding windows-1258",
                "  dvhc remap --input big.csv --output big.new.csv --threads 2",
                "  dvhc remap --input dia-chi.csv --output dia-chi.new.csv \\",
                "      --address-column dia_chi",
                "  dvhc remap --input dn.csv --output dn.new.csv \\",
                "      --commune-name-column \"Xã/Phường\" --district-name-column \"Quận/Huyện\" \\",
                "      --province-name-column \"Tỉnh/TP\""})
public final class RemapCommand implements Callable<Integer> {

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

    @Option(names = "--address-column", paramLabel = "<name|number>",
            description = "Find the old commune from this free-text address column (12 Hàm Nghi, P. Bến Nghé, Q.1, "
                    + "TP.HCM) and add old_commune_code, new_address and match_note; rows that fit several old communes "
                    + "or none are rejected (ADDRESS_AMBIGUOUS, ADDRESS_UNRECOGNISED). With a commune code column the "
                    + "code decides and an address naming another commune is noted and counted. Without a code column "
                    + "and without this option, an address column is found by name (dia_chi, address, …).")
    String addressColumn;

    @Option(names = "--commune-name-column", paramLabel = "<name|number>",
            description = "Find the old commune from unit names instead: the commune name column (Xã/Phường, ten_xa, …).")
    String communeNameColumn;

    @Option(names = "--district-name-column", paramLabel = "<name|number>",
            description = "With --commune-name-column: the old district name column (Quận/Huyện, ten_huyen, …).")
    String districtNameColumn;

    @Option(names = "--province-name-column", paramLabel = "<name|number>",
            description = "With --commune-name-column: the province name column (Tỉnh/TP, ten_tinh, …).")
    String provinceNameColumn;

    @Option(names = "--from", paramLabel = "<release>",
            description = "The release the file's codes belong to. Default: the root of the chain (pre-2025).")
    String from;

    @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>",
            description = "Remap to the release in force on this date. Default: the newest.")
    LocalDate asOf;

    @Option(names = "--on-split", paramLabel = "<mode>", defaultValue = "flag",
            description = "For a split commune: flag (list the candidates, leave the new commune empty), default (fill "
                    + "in the release's default candidate, still SPLIT), or reject. Default: ${DEFAULT-VALUE}.")
    OnSplit onSplit;

    @Option(names = "--delimiter", paramLabel = "<char>",
            description = "The field delimiter. Default: the most frequent of , ; TAB | in the header line.")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "<charset>", defaultValue = "UTF-8",
            description = "The input's encoding, kept in the output: UTF-8 (a BOM is accepted) or a single-byte encoding "
                    + "such as windows-1258. Undecodable bytes stop the run with their line. Default: ${DEFAULT-VALUE}.")
    String encoding;

    @Option(names = "--summary", paramLabel = "<file.json>",
            description = "Also write the summary as JSON to this file.")
    Path summary;

    @Option(names = "--fail-on", paramLabel = "<level>", defaultValue = "reject",
            description = "Exit 1 when there are rejected rows (reject), rejected or split rows (split), or never. "
                    + "Default: ${DEFAULT-VALUE}.")
    RemapSettings.FailOn failOn;

    @Option(names = "--chunk", paramLabel = "<rows>", defaultValue = "10000",
            description = "Rows per commit, rounded up to a multiple of 10: a killed run resumes from the last one. "
                    + "Default: ${DEFAULT-VALUE}.")
    int chunk;

    @Option(names = "--threads", paramLabel = "<n>", defaultValue = "1",
            description = "Split the file into n byte ranges remapped in parallel; the output is the same, byte for byte. "
                    + "Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--broker", paramLabel = "<url>",
            description = "Run the partitions on workers ('dvhc worker') behind this Apache Artemis broker, e.g. "
                    + "tcp://broker:61616, instead of on threads. Manager and workers share --db (PostgreSQL) and the "
                    + "input and output folders.")
    String broker;

    @Option(names = "--partitions", paramLabel = "<n>", defaultValue = "4",
            description = "With --broker: how many partitions to cut the input into. Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Option(names = "--rerun", description = "Run again even though the same job has completed.")
    boolean rerun;

    private final CliContext cli;

    public RemapCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Path in = CommandInputs.readable(input, "--input");
        Path out = CommandInputs.writableFile(output, "--output");
        Path rej = CommandInputs.writableFile(rejects != null ? rejects : Path.of(output + ".rejects.csv"), "--rejects");
        checkOptions(in, out, rej);
        // The SHA-256 of a large input takes a while: it runs while the database opens.
        CompletableFuture<String> sha = CompletableFuture.supplyAsync(() -> Sha256.of(in));
        ReleaseChain chain = new ReleaseChain(new CatalogRepository(cli.database().dsl()).releases());
        Release start = from == null ? chain.defaultStart() : chain.get(from);
        List<Release> path = chain.path(start.id(), asOf);
        RemapSettings settings = new RemapSettings(in, join(sha), out, rej, communeColumn, districtColumn,
                provinceColumn, start.id(), path.get(path.size() - 1).id(), asOf, onSplit, delimiter,
                CommandInputs.charset(encoding).name(), chunk, threads, failOn, broker, partitions,
                new AddressColumns(addressColumn, communeNameColumn, districtNameColumn, provinceNameColumn));
        RunResult result;
        boolean bar = cli.global().progress() && cli.global().environment().terminal();
        try (ProgressBars progress = bar ? ProgressBars.onTerminal("remap", fileSize(in)) : null) {
            result = cli.jobRunner().run(new JobRequest(RemapJob.JOB, RemapJob.JOB.parameters(settings, rerun),
                    progress == null ? ProgressSink.NONE : progress));
        }
        RemapSummary outcome = RemapJob.JOB.summary(result.execution(), RemapSummary.class);
        if (summary != null) {
            String json = Json.writePretty(outcome);
            AtomicFiles.write(CommandInputs.writableFile(summary, "--summary"), "--summary",
                    writer -> writer.write(json + System.lineSeparator()));
        }
        if (outcome.addresses() != null) {
            cli.err().println("remap: old communes found from the " + outcome.addresses().columns()
                    + (outcome.addresses().byCode() ? ", checked against the commune codes, which decide" : ""));
            cli.err().flush();
        }
        RemapSummaryPrinter.print(cli.out(), outcome);
        return result.exitCode().value();
    }

    // What can be checked before the database opens: a usage error answers at once.
    private void checkOptions(Path in, Path out, Path rej) {
        if (out.equals(in) || rej.equals(in) || rej.equals(out)) {
            throw new DvhcException(ErrorCode.USAGE, "--input, --output and --rejects must be three different files",
                    null, "name another --output or --rejects");
        }
        if (delimiter != null && (delimiter.length() != 1 || "\"\r\n".contains(delimiter))) {
            throw new DvhcException(ErrorCode.USAGE, "--delimiter must be one character other than a quote or a line break",
                    null, "e.g. --delimiter ';'");
        }
        if (addressColumn != null && communeNameColumn != null) {
            throw new DvhcException(ErrorCode.USAGE, "--address-column and --commune-name-column are two ways to find "
                    + "the old commune: give one", null, "an address column holds the whole address; name columns one unit each");
        }
        if (communeNameColumn == null && (districtNameColumn != null || provinceNameColumn != null)) {
            throw new DvhcException(ErrorCode.USAGE, (districtNameColumn != null ? "--district-name-column" : "--province-name-column")
                    + " needs --commune-name-column", null, "name the commune name column too");
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
        TextEncoding.of(encoding);
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
}
