package vn.dvhc.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import picocli.CommandLine.Model.CommandSpec;

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
import vn.dvhc.domain.Release;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.remap.RemapJob;
import vn.dvhc.remap.RemapSummary;
import vn.dvhc.remap.address.AddressColumns;
import vn.dvhc.remap.table.RemapTableJob;
import vn.dvhc.remap.table.TableLayout;
import vn.dvhc.remap.table.TableSettings;
import vn.dvhc.remap.table.TableSource;
import vn.dvhc.remap.table.TargetTable;

/**
 * {@code dvhc remap --source-db …}: the remap of a database table ({@link RemapTableJob}, spec §5c), with the options
 * of {@link RemapCommand} that apply to a table. Before the job starts it connects, finds the table, the key and the
 * columns (exit 3 naming what is missing, exit 5 when the database cannot be reached) and says what it will create or
 * alter.
 */
final class TableRemap {

    /** Options of a file remap that mean nothing for a table. */
    private static final List<String> FILE_OPTIONS = List.of("--input", "--output", "--sheet",
            "--delimiter", "--encoding", "--split-rules", "--split-match-column", "--split-worklist",
            "--broker", "--partitions");
    private static final List<String> TABLE_OPTIONS = List.of("--source-user", "--source-password-env", "--table",
            "--key", "--into", "--in-place");

    private final RemapCommand command;
    private final CliContext cli;

    TableRemap(RemapCommand command, CliContext cli) {
        this.command = command;
        this.cli = cli;
    }

    /** Without --source-db, the options of a table are a usage error. */
    static void refuseTableOptions(CommandSpec spec) {
        for (String option : TABLE_OPTIONS) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new DvhcException(ErrorCode.USAGE, option + " applies to a database table, with --source-db",
                        null, "add --source-db JDBC_URL, or leave out " + option + " to remap a file");
            }
        }
    }

    int call() {
        checkOptions();
        TableSource.checkUrl(command.sourceDb);
        String password = null;
        if (command.sourcePasswordEnv != null) {
            password = cli.global().environment().variables().get(command.sourcePasswordEnv);
            if (password == null) {
                throw new DvhcException(ErrorCode.USAGE, "the environment variable " + command.sourcePasswordEnv
                        + " (named by --source-password-env) is not set", null, "export it, or name another variable");
            }
        }
        // The source is opened (its driver loaded, a first connection made: about half a second) while the output
        // files are checked and the home's catalog is read, not after.
        String sourcePassword = password;
        CompletableFuture<TableSource> source = CompletableFuture.supplyAsync(
                () -> TableSource.open(command.sourceDb, command.sourceUser, sourcePassword));
        TableSettings settings;
        Path summaryFile;
        try {
            summaryFile = command.summaryFile(RemapTableJob.JOB);
            // The file remap's rule: a file no earlier run of this job wrote is replaced only with --overwrite.
            Path rejects = command.rejects == null ? null : CommandInputs.newFile(command.rejects, "--rejects",
                    command.overwrite, command.ours(RemapTableJob.JOB, RemapJob.REJECTS_FILE));
            if (rejects != null && rejects.equals(summaryFile)) {
                throw new DvhcException(ErrorCode.USAGE, "--summary must not be the rejects file", null,
                        "name another --summary file");
            }
            ReleaseChain chain = new ReleaseChain(new CatalogRepository(cli.database().dsl()).releases());
            Release start = command.from == null ? chain.defaultStart() : chain.get(command.from);
            List<Release> path = chain.path(start.id(), command.asOf);
            AddressColumns names = new AddressColumns(command.addressColumn, command.communeNameColumn,
                    command.districtNameColumn, command.provinceNameColumn);
            int chunk = command.chunk != null ? command.chunk
                    : RemapCommand.tableChunk(command.sourceDb, command.threads, names.given());
            settings = new TableSettings(command.sourceDb, command.sourceUser, command.sourcePasswordEnv,
                    command.table, command.key, command.inPlace ? null : command.into, command.communeColumn,
                    command.districtColumn, command.provinceColumn, names, start.id(), path.get(path.size() - 1).id(),
                    command.asOf, command.onSplit, command.padCodes, command.dataset, chunk, command.failOn, rejects,
                    command.threads);
        } catch (RuntimeException e) {
            source.whenComplete((db, failed) -> {
                if (db != null) {
                    db.close();
                }
            });
            throw e;
        }
        try (TableSource db = opened(source)) {
            announce(settings, db);
        }
        RunResult result;
        boolean bar = cli.global().progress() && cli.global().environment().terminal();
        try (ProgressBars progress = bar ? ProgressBars.onTerminal("remap", -1) : null) {
            result = cli.jobRunner().run(new JobRequest(RemapTableJob.JOB, CommandInputs.withResultFile(
                    RemapTableJob.JOB.parameters(settings, command.rerun), summaryFile),
                    progress == null ? ProgressSink.NONE : progress));
        }
        RemapSummary outcome = RemapTableJob.JOB.summary(result.execution(), RemapSummary.class);
        String json = Json.writePretty(outcome) + System.lineSeparator();
        if (summaryFile != null) {
            AtomicFiles.write(summaryFile, "--summary", writer -> writer.write(json));
        }
        if (command.format.json() || RemapCommand.STDOUT.equals(command.summary)) {
            cli.out().print(json);
            cli.out().flush();
        } else {
            RemapSummaryPrinter.print(cli.out(), outcome);
        }
        return result.exitCode().value();
    }

    // The source opened on another thread; its failure (exit 5: the server does not answer) as its own exception.
    private static TableSource opened(CompletableFuture<TableSource> source) {
        try {
            return source.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    // What the run will find and do, said before it does it: the table and columns exist (exit 3 naming what does
    // not), and each ALTER TABLE of --in-place is printed before it runs.
    private void announce(TableSettings settings, TableSource db) {
        TableLayout layout = TableLayout.resolve(db, settings);
        if (!cli.global().quiet()) {
            if (layout.byNames()) {
                cli.err().println("remap: old communes found from the " + layout.describeNames()
                        + (layout.commune() != null ? ", checked against the commune codes, which decide" : ""));
            }
            if (settings.inPlace()) {
                for (String statement : new TargetTable(db, layout).additions()) {
                    cli.err().println("remap: " + statement);
                }
            } else if (!layout.targetExists()) {
                cli.err().println("remap: creating table " + layout.target() + " (" + String.join(", ",
                        layout.key()) + ", then " + String.join(", ", layout.columns()) + ")");
            }
            cli.err().flush();
        }
    }

    private void checkOptions() {
        for (String option : FILE_OPTIONS) {
            if (command.spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new DvhcException(ErrorCode.USAGE, option + " applies to a file; with --source-db the rows come "
                        + "from a table and go to --into or back into it (--in-place)", null, "leave out " + option
                        + (option.startsWith("--split") ? ": split rules are not applied to tables yet (docs/tables.md)"
                        : ""));
            }
        }
        if (command.table == null || command.key == null || command.key.isEmpty()) {
            throw new DvhcException(ErrorCode.USAGE, "--source-db needs --table and --key", null,
                    "e.g. --table public.ho_khau --key so_dinh_danh");
        }
        if ((command.into == null) == !command.inPlace) {
            throw new DvhcException(ErrorCode.USAGE, "--source-db needs exactly one of --into and --in-place", null,
                    "--into NEW_TABLE writes a new table; --in-place adds the remap columns to --table");
        }
        if (command.addressColumn != null && command.communeNameColumn != null) {
            throw new DvhcException(ErrorCode.USAGE, "--address-column and --commune-name-column are two ways to find "
                    + "the old commune: give one", null, "an address column holds the whole address; name columns one unit each");
        }
        if (command.communeNameColumn == null && (command.districtNameColumn != null
                || command.provinceNameColumn != null)) {
            throw new DvhcException(ErrorCode.USAGE, (command.districtNameColumn != null ? "--district-name-column"
                    : "--province-name-column") + " needs --commune-name-column", null, "name the commune name column too");
        }
        if (command.threads < 1 || command.threads > 64) {
            throw new DvhcException(ErrorCode.USAGE, "--threads must be between 1 and 64", null, null);
        }
        if (command.dataset != null && !RemapCommand.DATASET_NAME.matcher(command.dataset).matches()) {
            throw new DvhcException(ErrorCode.USAGE, "--dataset must be 1 to 100 letters, digits, '.', '_' or '-', not '"
                    + command.dataset + "'", null, "e.g. --dataset ho-khau-2026-06");
        }
    }
}
