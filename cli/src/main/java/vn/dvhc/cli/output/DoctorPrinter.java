package vn.dvhc.cli.output;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import vn.dvhc.catalog.CatalogVerifier;
import vn.dvhc.infra.embedded.HomeRepair;
import vn.dvhc.infra.embedded.StoreCheck;

/**
 * What {@code dvhc doctor} found or repaired, a line per finding as it goes: a word in the first column (ok, DAMAGED,
 * FAILED, kept, PARTLY, LOST) that a reader or a script can look for.
 */
public final class DoctorPrinter {

    private final PrintWriter out;

    public DoctorPrinter(PrintWriter out) {
        this.out = out;
    }

    public void home(Path dir) {
        out.printf("home      %s%n", dir);
    }

    public void noDatabase() {
        out.println("database  none yet: the next command creates it");
    }

    /** @param bytes -1 when its size cannot be read */
    public void database(Path file, long bytes) {
        out.printf("database  %s (%,d bytes)%n", file, bytes);
    }

    public void cannotOpen(String message) {
        out.println("DAMAGED   the database cannot be opened: " + message);
        out.println("          run 'dvhc doctor --repair'");
    }

    public void store(List<StoreCheck.Table> tables, boolean healthy) {
        for (StoreCheck.Table table : tables) {
            for (String problem : table.problems()) {
                out.printf("DAMAGED   table %s: %s%n", table.name(), problem);
            }
        }
        if (healthy) {
            out.printf("store     ok: %d tables read through every index%n", tables.size());
        }
    }

    public void catalogUnreadable(String message) {
        out.println("DAMAGED   the catalog cannot be read: " + message);
    }

    /** Each failed check with its first problem ('dvhc reference verify' lists them all), or that all passed. */
    public void catalog(List<CatalogVerifier.Check> checks) {
        List<CatalogVerifier.Check> failed = checks.stream().filter(c -> !c.passed()).toList();
        failed.forEach(c -> out.printf("FAILED    catalog: %s %s: %s%n", c.release(), c.name(), c.problems().get(0)));
        if (failed.isEmpty()) {
            out.printf("catalog   ok: %d checks passed%n", checks.size());
        }
    }

    public void verdict(boolean healthy) {
        out.println(healthy ? "healthy" : "the home's database is damaged: run 'dvhc doctor --repair'");
    }

    public void repair(HomeRepair.Report report) {
        out.println("repair    built a new database: schema and built-in releases from this version's files");
        if (report.unreadable() != null) {
            out.println("LOST      the damaged database could not be read at all (" + report.unreadable()
                    + "): job history, stored runs and imported releases could not be kept");
        }
        report.tables().forEach(table -> out.printf("%-9s %-28s %,d rows%s%n", table.complete() ? "kept" : "PARTLY",
                table.table().toLowerCase(Locale.ROOT), table.kept(), table.losses()));
        out.println("kept the damaged file as " + report.damagedCopy());
        if (report.exports() != null) {
            out.println("rows that could be read but not kept are in " + report.exports());
        }
        out.println(report.complete() ? "repaired: nothing was lost" : "repaired, with losses listed above");
    }
}
