package vn.dvhc.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.catalog.CatalogVerifier;
import vn.dvhc.cli.output.DoctorPrinter;
import vn.dvhc.cli.run.CliContext;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.ExitCode;
import vn.dvhc.infra.Database;
import vn.dvhc.infra.embedded.HomeFiles;
import vn.dvhc.infra.embedded.HomeRepair;
import vn.dvhc.infra.embedded.StoreCheck;
import vn.dvhc.schema.DerivedRows;

/** {@code dvhc doctor [--repair]}: checks the home's database and rebuilds it when it is damaged. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        header = "Check the home's database (every table through every index, and the catalog); repair a damaged one.",
        description = {
                "Without options it only reads: each table of the embedded database is read through each of its "
                        + "indexes (a disk error or an interrupted write shows up as a row one index names and the table "
                        + "lost), then the catalog is verified as 'dvhc reference verify' does. Exit 0 when healthy, 4 "
                        + "when damaged.",
                "--repair builds a new database from this version's files (schema and built-in releases) and carries "
                        + "over what nothing else holds: job history, stored runs (remap, agencies, procedures, reports) "
                        + "and releases you imported, as far as they can still be read. It says what it kept and what it "
                        + "could not keep; rows it read but could not keep go to <home>/doctor-<time>/<table>.csv, and "
                        + "the damaged file stays as <home>/dvhc-damaged-<time>.mv.db. It needs the home to itself: "
                        + "other dvhc commands of the home must have ended (exit 6 otherwise)."},
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc doctor", "  dvhc --home /srv/dvhc doctor --repair"})
public final class DoctorCommand implements Callable<Integer> {

    @Option(names = "--repair", description = "Rebuild the database, keeping what can be read (see above).")
    boolean repair;

    private final CliContext cli;

    public DoctorCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws SQLException {
        if (cli.global().usesExternalDatabase()) {
            if (repair) {
                throw new DvhcException(ErrorCode.USAGE, "--repair rebuilds the embedded database of a home; "
                        + "a database named with --db is repaired with its own tools", null, "leave out --repair");
            }
            return verifyCatalog(cli, cli.database()) ? 0 : ExitCode.REFERENCE.value();
        }
        HomeFiles files = new HomeFiles(cli.global().home());
        return repair ? repair(cli, files) : check(cli, files);
    }

    private int check(CliContext cli, HomeFiles files) throws SQLException {
        DoctorPrinter out = new DoctorPrinter(cli.out());
        out.home(files.dir());
        if (!Files.exists(files.database())) {
            out.noDatabase();
            return 0;
        }
        out.database(files.database(), size(files));
        Database database;
        try {
            database = cli.database();
        } catch (DvhcException e) {
            if (e.code() != ErrorCode.HOME_DAMAGED) {
                throw e;
            }
            out.cannotOpen(e.getMessage());
            return ExitCode.REFERENCE.value();
        }
        boolean healthy;
        try (Connection connection = database.dataSource().getConnection()) {
            List<StoreCheck.Table> tables = StoreCheck.run(connection);
            healthy = tables.stream().allMatch(StoreCheck.Table::ok);
            out.store(tables, healthy);
        }
        healthy &= verifyCatalog(cli, database);
        out.verdict(healthy);
        return healthy ? 0 : ExitCode.REFERENCE.value();
    }

    private static boolean verifyCatalog(CliContext cli, Database database) {
        DoctorPrinter out = new DoctorPrinter(cli.out());
        List<CatalogVerifier.Check> checks;
        try {
            checks = new CatalogVerifier(new CatalogRepository(database.dsl())).verify();
        } catch (RuntimeException e) {
            DvhcException damage = database.damage(e);
            out.catalogUnreadable(damage != null ? damage.getMessage() : e.getMessage().lines().findFirst().orElse(""));
            return false;
        }
        out.catalog(checks);
        return checks.stream().allMatch(CatalogVerifier.Check::passed);
    }

    private int repair(CliContext cli, HomeFiles files) {
        HomeRepair.Report report = HomeRepair.repair(files.dir(), DerivedRows.repairPlan());
        new DoctorPrinter(cli.out()).repair(report);
        return report.complete() ? 0 : ExitCode.FINDINGS.value();
    }

    private static long size(HomeFiles files) {
        try {
            return Files.size(files.database());
        } catch (IOException e) {
            return -1;
        }
    }
}
