package vn.dvhc.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.logging.log4j.LogManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.ReleaseChain;
import vn.dvhc.cli.option.FormatOption;
import vn.dvhc.cli.output.ProgressBars;
import vn.dvhc.cli.output.RemapSummaryPrinter;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.cli.run.JobRequest;
import vn.dvhc.cli.run.RunResult;
import vn.dvhc.common.AtomicFiles;
import vn.dvhc.common.JobDefinition;
import vn.dvhc.common.JobParams;
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
import vn.dvhc.remap.SplitOptions;
import vn.dvhc.remap.TextEncoding;
import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.remap.workbook.InputFormat;

/**
 * {@code dvhc remap}: runs {@link RemapJob}, which decides which parameters identify the run (the input's content,
 * the outputs, the releases and the options that change the bytes; not --chunk, --threads, --summary, --fail-on).
 * Whether the input is a workbook is decided here, by its content, before anything runs.
 */
@Command(name = "remap", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Rewrite old unit codes in a delimited file, an Excel workbook or a database table to the units in force on a date.",
        description = {
                "Reads a delimited text file or an .xlsx workbook with a header, finds the commune code column (and the district and "
                        + "province columns, which are then checked), and writes every row unchanged, byte for byte, "
                        + "followed by new_province_code, new_province_name, new_commune_code, new_commune_name, "
                        + "new_commune_type, remap_status and remap_candidates. remap_status is MAPPED (one new "
                        + "commune), SPLIT (the old commune was divided: every candidate is listed, none is guessed) or "
                        + "ALIAS (read through a known code correction).",
                "Rows of split communes that the law or a province has decided: --on-split population and "
                        + "--split-rules give them the new commune and status RESOLVED, and add two columns, "
                        + "remap_basis (why: the NSO note, the resolution's clauses, or the rules file and line) and "
                        + "match_note (a rule's note, or the rules that disagree). --split-worklist lists what stays "
                        + "SPLIT for a person to decide.",
                "Rows that cannot be remapped go to the rejects file with their line, a reason (MISSING_CODE, "
                        + "MALFORMED_CODE, UNKNOWN_CODE, PARENT_MISMATCH, MALFORMED_ROW, SPLIT) and a detail. Rows "
                        + "read = written + rejected, always. The output appears under its name only when the run "
                        + "completes; a run that dies (kill -9, power loss) resumes from its last commit when the same "
                        + "command is run again, and gives the same bytes.",
                "An .xlsx input (recognised by its content) is read from its first sheet or --sheet; title rows "
                        + "above the header are skipped, and codes stored as numbers are read as their digits. With an "
                        + "--output named .xlsx the output is a workbook: the input's cells as they were, then the new "
                        + "columns; the rejects, citing sheet rows, are a second sheet of it unless --rejects names a "
                        + ".csv file.",
                "Files without codes: the old commune is found from a free-text address (--address-column) or from "
                        + "unit names (--commune-name-column), or from such columns found by their header when the file "
                        + "has no code column. Such rows also get old_commune_code (before the seven columns), "
                        + "new_address (address input: the text before the units as written, the new commune, the new "
                        + "province) and match_note (corrections made: typo, historical name, inferred district). Never "
                        + "a guess: rows that fit several old communes or none are rejected as ADDRESS_AMBIGUOUS (with "
                        + "every candidate) or ADDRESS_UNRECOGNISED (with what was recognised). With split resolution "
                        + "too, remap_basis comes before new_address and the one match_note holds the notes of both, "
                        + "joined by '; '.",
                "A database table (--source-db, --table, --key): its rows are read in key order and get the same "
                        + "columns, statuses and reject reasons as a file's, written into a new table (--into) or into "
                        + "the table itself (--in-place); rejected rows go to <target>_rejects, or to a CSV file "
                        + "(--rejects), with their key, reason and detail. --threads n reads n key ranges at once. A "
                        + "killed run resumes after the last committed key and ends with the tables of an "
                        + "uninterrupted run. docs/tables.md: privileges, what is created, restart."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc remap --input ho-khau.csv --output ho-khau.new.csv",
                "  dvhc remap --input dan-cu.csv --output dan-cu.new.csv --on-split population \\",
                "      --split-rules rules.csv --split-worklist worklist.csv",
                "  dvhc remap --input dn.csv --output dn.new.csv --commune-column \"Mã xã\" \\",
                "      --on-split default",
                "  dvhc remap --input old.csv --output new.csv --as-of 2025-12-31 \\",
                "      --summary run.json --fail-on never",
                "  dvhc remap --input old.csv --output new.csv --format json > summary.json",
                "  dvhc remap --input cp1258.csv --output new.csv --encoding windows-1258",
                "  dvhc remap --input big.csv --output big.new.csv --threads 2",
                "  dvhc remap --input excel-export.csv --output new.csv --pad-codes \\",
                "      --dataset ho-khau-2026-06",
                "  dvhc remap --input ho-khau.xlsx --sheet \"Hộ khẩu\" --output ho-khau.new.xlsx",
                "  dvhc remap --input dia-chi.csv --output dia-chi.new.csv \\",
                "      --address-column dia_chi",
                "  dvhc remap --input dn.csv --output dn.new.csv \\",
                "      --commune-name-column \"Xã/Phường\" --district-name-column \"Quận/Huyện\" \\",
                "      --province-name-column \"Tỉnh/TP\"",
                "  PGPASSWORD=… dvhc remap --source-db jdbc:postgresql://db:5432/dancu \\",
                "      --source-user dvhc --source-password-env PGPASSWORD \\",
                "      --table public.ho_khau --key so_dinh_danh --into public.ho_khau_2025",
                "  dvhc remap --source-db jdbc:postgresql://db:5432/dancu --source-user dvhc \\",
                "      --table public.ho_khau --key tinh,so --in-place --pad-codes"})
public final class RemapCommand implements Callable<Integer> {

    static final Path STDOUT = Path.of("-");
    /** A dataset name: what 'dvhc report --exclude-dataset' takes, so no separators or blanks. */
    static final Pattern DATASET_NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,100}");

    @Option(names = "--input", paramLabel = "<file>",
            description = "The file to remap: delimited text with a header row (UTF-8 unless --encoding), or an "
                    + ".xlsx workbook. Required, unless --source-db names a database table instead.")
    Path input;

    @Option(names = "--sheet", paramLabel = "<name>",
            description = "With an .xlsx input: the worksheet to read, by name. Default: the first.")
    String sheet;

    @Option(names = "--output", paramLabel = "<file>",
            description = "Where the remapped rows go; written to a temporary file beside it and moved into place at the end. "
                    + "Named .xlsx (for an .xlsx input): written as a workbook. Required with --input.")
    Path output;

    @Option(names = "--source-db", paramLabel = "<jdbc-url>",
            description = "Remap a table of this database instead of a file, e.g. "
                    + "jdbc:postgresql://db.example:5432/dancu (PostgreSQL and H2 are tested; other databases need their "
                    + "JDBC driver on the class path, see docs/tables.md). Needs --table, "
                    + "--key and --into or --in-place; the code, name and address options name its columns. No password "
                    + "in the URL: --source-password-env. See docs/tables.md.")
    String sourceDb;

    @Option(names = "--source-user", paramLabel = "<user>",
            description = "With --source-db: the user to connect as. It reads the table; with --into it creates two "
                    + "tables, with --in-place it alters and updates the table (docs/tables.md#privileges).")
    String sourceUser;

    @Option(names = "--source-password-env", paramLabel = "<var>",
            description = "With --source-db: the environment variable that holds the user's password (passwords never "
                    + "go on the command line). Read again by 'dvhc jobs restart'.")
    String sourcePasswordEnv;

    @Option(names = "--table", paramLabel = "<table>",
            description = "With --source-db: the table to remap, [SCHEMA.]TABLE. Bare names are found without case; quote a name "
                    + "exactly as stored: --table 'dancu.\"Hộ khẩu\"'.")
    String table;

    @Option(names = "--key", paramLabel = "<column>", split = ",",
            description = "With --source-db: the column(s) that identify a row, usually the primary key (--key tinh,so). "
                    + "Rows are read in key order, so a killed run resumes after the last committed key; a key that is "
                    + "NULL or repeated is refused before anything is written.")
    List<String> key;

    @Option(names = "--into", paramLabel = "<table>",
            description = "With --source-db: create this table, [SCHEMA.]TABLE (the key columns, then the remap columns), and write the "
                    + "remapped rows into it; the source table is not changed. An existing table that holds rows is "
                    + "refused (exit 6) unless --rerun. Rejected rows go to <table>_rejects (key, reason, detail).")
    String into;

    @Option(names = "--in-place",
            description = "With --source-db: add the remap columns to the table itself (each ALTER TABLE is printed "
                    + "before it runs) and fill them by key; rejected rows get NULLs there and a row in <table>_rejects.")
    boolean inPlace;

    @Option(names = "--rejects", paramLabel = "<file>",
            description = "Where the rejected rows go. Default: <output>.rejects.csv, or a sheet 'rejects' of an .xlsx "
                    + "output. With --source-db: a CSV file (the key columns, reason, detail) instead of the table "
                    + "<target>_rejects, which is then not created.")
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
            description = "For a split commune: flag (list the candidates, leave the new commune empty), population (for "
                    + "data about people, such as households, citizens, voters, patients: where the law moved the whole "
                    + "population of the old commune to one new commune, that commune with status RESOLVED; the rest "
                    + "as flag; wrong for land parcels and buildings, whose land was divided), default (fill in the "
                    + "release's default candidate, still SPLIT), or reject. Default: ${DEFAULT-VALUE}.")
    OnSplit onSplit;

    @Option(names = "--split-rules", paramLabel = "<file>",
            description = "A province's decisions on its split communes: a CSV (or xlsx) with old_commune_code, match, "
                    + "new_commune_code and an optional note. A row of that old commune whose address holds the words "
                    + "of match (whole words, any case or accents) goes to new_commune_code, status RESOLVED; rules "
                    + "that disagree resolve nothing. A bad line stops the run (exit 3) before any row is written. A "
                    + "filled-in --split-worklist is such a file.")
    Path splitRules;

    @Option(names = "--split-match-column", paramLabel = "<name|number>",
            description = "The column the split rules look in and the worklist groups by. Default: the address column, "
                    + "found by name (dia_chi, address, …).")
    String splitMatchColumn;

    @Option(names = "--split-worklist", paramLabel = "<file>",
            description = "Write the rows still SPLIT to this CSV for a person: one line per old commune and hamlet or "
                    + "street, with the row count, every candidate and an empty new_commune_code to fill in.")
    Path splitWorklist;

    @Option(names = "--delimiter", paramLabel = "<char>",
            description = "The field delimiter. Default: the most frequent of , ; TAB | in the header line.")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "<charset>", defaultValue = "UTF-8",
            description = "The input's encoding, kept in the output: UTF-8 (a BOM is accepted) or a single-byte encoding "
                    + "such as windows-1258. Undecodable bytes stop the run with their line. Default: ${DEFAULT-VALUE}.")
    String encoding;

    @Option(names = "--summary", paramLabel = "<file.json>",
            description = "Also write the summary as JSON to this file (an existing file only if an earlier remap "
                    + "wrote it, or with --overwrite); '-' prints it on standard output instead of the text (as "
                    + "--format json).")
    Path summary;

    @Mixin
    FormatOption format;

    @Option(names = "--fail-on", paramLabel = "<level>", defaultValue = "reject",
            description = "Exit 1 when there are rejected rows (reject), rejected or split rows (split), or never. "
                    + "Default: ${DEFAULT-VALUE}.")
    RemapSettings.FailOn failOn;

    /**
     * Rows per commit of a table when --chunk is not given: also the page of its source query. A file's default is
     * the job's (decision 0037): 50,000, or 10,000 when the communes are read from addresses or names.
     */
    static final int TABLE_CHUNK = 10_000;
    /**
     * The same on PostgreSQL with one thread: each chunk costs about 7 ms of round trips where the server's COPY waits
     * (the job repository's updates, the COPY's end and the commit), so 2,000-row chunks took 7.4 s for a million rows
     * and 10,000-row ones 4.5 s; 25,000 saved another 0.6 s at a peak RSS of 266 MB, where two threads with 25,000 each
     * were slower and reached 356 MB (docs/tables.md, "Speed"). Not where communes are read from addresses or names,
     * whose rows in flight hold several times the memory (as for files, decision 0037).
     */
    static final int TABLE_CHUNK_POSTGRESQL = 25_000;

    /**
     * A table's rows per commit when --chunk is not given.
     *
     * @param byNames whether the communes are read from addresses or names ({@link AddressColumns#given})
     */
    public static int tableChunk(String sourceUrl, int threads, boolean byNames) {
        return sourceUrl.startsWith("jdbc:postgresql:") && threads == 1 && !byNames ? TABLE_CHUNK_POSTGRESQL
                : TABLE_CHUNK;
    }

    @Option(names = "--chunk", paramLabel = "<rows>",
            description = "Rows per commit, rounded up to a multiple of 10: a killed run resumes from the last one. "
                    + "Default: 50000 for a file (10000 when its communes are read from addresses or names), "
                    + "10000 for a table (--source-db), 25000 for a PostgreSQL table on one thread whose "
                    + "communes are read by code.")
    Integer chunk;

    @Option(names = "--threads", paramLabel = "<n>", defaultValue = "1",
            description = "Remap the rows on n threads while one reads the file and writes them in order; the output is the "
                    + "same, byte for byte. With --source-db: n ranges of the key, the same rows written. "
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

    @Option(names = "--pad-codes",
            description = "Put back the leading zeros a spreadsheet dropped (commune 7933 → 07933, district 18 → 018, "
                    + "province 1 → 01), but only where the row's district and province columns, when it has them, "
                    + "agree with the padded codes; other rows are rejected saying what padding tried. Counted as "
                    + "'padded' in the summary.")
    boolean padCodes;

    @Option(names = "--dataset", paramLabel = "<name>",
            description = "What the run counts as in 'dvhc report', which counts the latest run of each dataset: runs "
                    + "of the same name replace each other, e.g. monthly extracts of one register. Without it a "
                    + "dataset is its rows (the same rows in any encoding or file are one dataset). Letters, digits, "
                    + "'.', '_', '-'; at most 100.")
    String dataset;

    @Option(names = "--rerun", description = "Run again even though the same job has completed.")
    boolean rerun;

    @Option(names = "--overwrite", description = "Replace an existing --output, --rejects, --split-worklist or "
            + "--summary file that no earlier remap wrote (a file an earlier remap wrote is replaced without it).")
    boolean overwrite;

    @Spec
    CommandSpec spec;

    private final CliContext cli;

    public RemapCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (chunk != null && (chunk < 1 || chunk > 1_000_000)) {
            throw new DvhcException(ErrorCode.USAGE, "--chunk must be between 1 and 1,000,000", null, null);
        }
        if (sourceDb != null) {
            return new TableRemap(this, cli).call();
        }
        if (chunk == null) {
            chunk = RemapSettings.DEFAULT_CHUNK;
        }
        TableRemap.refuseTableOptions(spec);
        if (input == null || output == null) {
            throw new DvhcException(ErrorCode.USAGE, "--input and --output are required", null,
                    "name the file to remap and where its rows go, or a database table with --source-db");
        }
        Path in = CommandInputs.readable(input, "--input");
        // The SHA-256 of a large input takes a while (0.15 s for 163 MB on a free core): it runs while the outputs and
        // options are checked and the release chain is read, all of which query the database.
        CompletableFuture<String> sha = CompletableFuture.supplyAsync(() -> Sha256.of(in));
        // By content: a workbook must never reach the text reader, whose answer would be an encoding error.
        boolean workbook = InputFormat.detect(in) == InputFormat.XLSX;
        Path out = CommandInputs.newFile(output, "--output", overwrite, ours(RemapJob.OUTPUT_FILE));
        Path rejectsFile = rejects != null ? rejects
                : RemapSettings.isWorkbookName(output) ? output : Path.of(output + ".rejects.csv");
        // Rejected rows of a workbook written as a workbook are a sheet of the output itself.
        Path rej = rejectsFile.equals(output) ? out
                : CommandInputs.newFile(rejectsFile, "--rejects", overwrite, ours(RemapJob.REJECTS_FILE));
        Path summaryFile = summaryFile(RemapJob.JOB);
        checkOptions(in, out, rej);
        checkWorkbookOptions(in, out, rej, workbook);
        if (summaryFile != null && List.of(in, out, rej).contains(summaryFile)) {
            throw new DvhcException(ErrorCode.USAGE, "--summary must not be the input, the output or the rejects file",
                    null, "name another --summary file");
        }
        ReleaseChain chain = new ReleaseChain(new CatalogRepository(cli.database().dsl()).releases());
        Release start = from == null ? chain.defaultStart() : chain.get(from);
        List<Release> path = chain.path(start.id(), asOf);
        RemapSettings settings = new RemapSettings(in, join(sha), out, rej, communeColumn, districtColumn,
                provinceColumn, start.id(), path.get(path.size() - 1).id(), asOf, onSplit, delimiter,
                workbook ? "UTF-8" : CommandInputs.charset(encoding).name(), chunk, threads, failOn, broker, partitions,
                padCodes, dataset, workbook, sheet, splitOptions(),
                new AddressColumns(addressColumn, communeNameColumn, districtNameColumn, provinceNameColumn));
        RunResult result;
        boolean bar = cli.global().progress() && cli.global().environment().terminal();
        // The remap reads a workbook's sheet as CSV, whose size is not known before: a bar without a total (-1).
        try (ProgressBars progress = bar ? ProgressBars.onTerminal("remap", workbook ? -1 : fileSize(in)) : null) {
            result = cli.jobRunner().run(new JobRequest(RemapJob.JOB, CommandInputs.withResultFile(
                    RemapJob.JOB.parameters(settings, rerun), summaryFile),
                    progress == null ? ProgressSink.NONE : progress));
        }
        RemapSummary outcome = RemapJob.JOB.summary(result.execution(), RemapSummary.class);
        String json = Json.writePretty(outcome) + System.lineSeparator();
        boolean jsonOnStdout = format.json() || STDOUT.equals(summary);
        if (summaryFile != null) {
            AtomicFiles.write(summaryFile, "--summary", writer -> writer.write(json));
        }
        if (jsonOnStdout) {
            cli.out().print(json);
            cli.out().flush();
        } else {
            RemapSummaryPrinter.print(cli.out(), outcome);
        }
        if (outcome.rowsRead() == 0) {
            LogManager.getLogger(RemapCommand.class).warn("0 rows: {} has a header and no data; is this the right file?",
                    in.getFileName());
        }
        if (outcome.addresses() != null) {
            cli.err().println("remap: old communes found from the " + outcome.addresses().columns()
                    + (outcome.addresses().byCode() ? ", checked against the commune codes, which decide" : ""));
            cli.err().flush();
        }
        return result.exitCode().value();
    }

    private Predicate<Path> ours(String key) {
        return ours(RemapJob.JOB, key);
    }

    /** Whether an earlier run of this job wrote the file as this parameter (its outputs may be replaced). */
    Predicate<Path> ours(JobDefinition<?> job, String key) {
        return file -> JobQueries.wrote(cli.database().dsl(), job, key, file);
    }

    /**
     * The --summary file, checked before the run as the outputs are (a file no earlier run of this job wrote is
     * replaced only with --overwrite); null when there is none or it is standard output.
     */
    Path summaryFile(JobDefinition<?> job) {
        return summary == null || STDOUT.equals(summary) ? null
                : CommandInputs.newFile(summary, "--summary", overwrite, ours(job, JobParams.RESULT_FILE));
    }

    private SplitOptions splitOptions() {
        if (splitRules == null && splitWorklist == null) {
            return SplitOptions.NONE;
        }
        Path rules = splitRules == null ? null : CommandInputs.readable(splitRules, "--split-rules");
        return new SplitOptions(rules, rules == null ? null : Sha256.of(rules), splitMatchColumn,
                splitWorklist == null ? null : CommandInputs.newFile(splitWorklist, "--split-worklist", overwrite,
                        ours(RemapJob.SPLIT_WORKLIST)));
    }

    // What can be checked before the database opens: a usage error answers at once.
    private void checkOptions(Path in, Path out, Path rej) {
        if (out.equals(in) || rej.equals(in) || rej.equals(out) && !RemapSettings.isWorkbookName(out)) {
            throw new DvhcException(ErrorCode.USAGE, "--input, --output and --rejects must be three different files",
                    null, "name another --output or --rejects");
        }
        if (splitMatchColumn != null && splitRules == null && splitWorklist == null) {
            throw new DvhcException(ErrorCode.USAGE, "--split-match-column needs --split-rules or --split-worklist", null,
                    "it names the column the rules look in");
        }
        for (Path split : new Path[]{splitRules, splitWorklist}) {
            if (split != null && List.of(out, rej).contains(split.toAbsolutePath().normalize())) {
                throw new DvhcException(ErrorCode.USAGE, "--split-rules and --split-worklist must not be the output or "
                        + "the rejects file", null, "name other files");
            }
        }
        if (splitWorklist != null && (splitWorklist.toAbsolutePath().normalize().equals(in) || splitRules != null
                && splitWorklist.toAbsolutePath().normalize().equals(splitRules.toAbsolutePath().normalize()))) {
            throw new DvhcException(ErrorCode.USAGE, "--split-worklist must not be the input or the --split-rules file",
                    null, "name another --split-worklist: the new one lists only what stays open");
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
        if (threads < 1 || threads > 64) {
            throw new DvhcException(ErrorCode.USAGE, "--threads must be between 1 and 64", null, null);
        }
        if (partitions < 1 || partitions > 1024) {
            throw new DvhcException(ErrorCode.USAGE, "--partitions must be between 1 and 1,024", null, null);
        }
        if (dataset != null && !DATASET_NAME.matcher(dataset).matches()) {
            throw new DvhcException(ErrorCode.USAGE, "--dataset must be 1 to 100 letters, digits, '.', '_' or '-', not '"
                    + dataset + "'", null, "e.g. --dataset ho-khau-2026-06");
        }
        TextEncoding.of(encoding);
    }

    // What a workbook changes: options of delimited text do not apply, an .xlsx output needs an .xlsx input.
    private void checkWorkbookOptions(Path in, Path out, Path rej, boolean workbook) {
        if (workbook) {
            for (String option : new String[]{"--encoding", "--delimiter"}) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new DvhcException(ErrorCode.USAGE, option + " does not apply to " + in.getFileName()
                            + ": it is an Excel workbook, whose cells are separate and stored as Unicode", null,
                            "leave out " + option);
                }
            }
        } else {
            if (sheet != null) {
                throw new DvhcException(ErrorCode.USAGE, "--sheet applies to an .xlsx workbook; " + in.getFileName()
                        + " is delimited text", null, "leave out --sheet");
            }
            if (RemapSettings.isWorkbookName(out)) {
                throw new DvhcException(ErrorCode.USAGE, "an .xlsx --output is written for an .xlsx input only; "
                        + in.getFileName() + " is delimited text", null, "name the output .csv");
            }
        }
        if (RemapSettings.isWorkbookName(rej) && !rej.equals(out)) {
            throw new DvhcException(ErrorCode.USAGE, "--rejects is written as CSV, or as a sheet of an .xlsx --output",
                    null, "name the rejects file .csv, or leave out --rejects to get a sheet 'rejects' in the output");
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
}
