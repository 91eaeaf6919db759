package vn.dvhc.infra.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jooq.SQLDialect;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.schema.Migrations;
import vn.dvhc.schema.RepairPlan;

/**
 * Rebuilds a home's database: a new one from the migrations (schema and built-in releases, from the shipped
 * files), then every row of the old one that nothing else can rebuild, table by table, as far as it can still be
 * read. The old file is kept beside as {@code dvhc-damaged-<time>.mv.db}; rows that could be read but not kept
 * (their parent row was lost) are written to {@code doctor-<time>/<table>.csv}. Needs the home to itself.
 */
public final class HomeRepair {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /** What the repair did. */
    public record Report(Path damagedCopy, String unreadable, List<TableOutcome> tables, Path exports) {
        /** Whether every row that was not rebuilt could be carried over. */
        public boolean complete() {
            return unreadable == null && tables.stream().allMatch(TableOutcome::complete);
        }
    }

    private HomeRepair() {
    }

    public static Report repair(Path home, RepairPlan plan) {
        HomeFiles files = new HomeFiles(home);
        if (!Files.exists(files.database())) {
            throw new DvhcException(ErrorCode.REFERENCE_MISSING, "there is no database in " + files.dir(), null,
                    "nothing to repair: the next command creates a new home");
        }
        try (ExclusiveHome exclusive = ExclusiveHome.take(files)) {
            return rebuild(files, plan);
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.IO_FAILED, "the repair of " + files.dir() + " failed: " + e.getMessage(),
                    null, "the database was not changed; check the free disk space and try again", e);
        }
    }

    private static Report rebuild(HomeFiles files, RepairPlan plan) throws IOException {
        String stamp = LocalDateTime.now().format(STAMP);
        Path damagedCopy = files.dir().resolve("dvhc-damaged-" + stamp + ".mv.db");
        Files.copy(files.database(), damagedCopy);
        long pid = ProcessHandle.current().pid();
        String source = files.scratchName(pid) + "-source";
        String target = files.scratchName(pid);
        // Read from a copy: H2 may need to recover it on opening, and the damaged file stays as it was.
        Files.copy(files.database(), Path.of(source + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
        Path exports = files.dir().resolve("doctor-" + stamp);
        List<TableOutcome> tables = new ArrayList<>();
        String unreadable = null;
        try (Connection to = HomeServer.open(target)) {
            Migrations.migrate(new SingleConnectionDataSource(to, true), SQLDialect.H2);
            try (Connection from = HomeServer.open(source)) {
                tables.addAll(new TableCopy(from, to, plan, exports).copyAll());
                shutdown(from);
            } catch (SQLException e) {
                unreadable = StoreCheck.firstLine(e);
            }
            shutdown(to);
        } catch (SQLException e) {
            throw new DvhcException(ErrorCode.DB_UNAVAILABLE, "cannot build the new database: " + e.getMessage(), null,
                    "the damaged database was not changed", e);
        } finally {
            Files.deleteIfExists(Path.of(source + ".mv.db"));
        }
        Files.move(Path.of(target + ".mv.db"), files.database(), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        return new Report(damagedCopy, unreadable, tables, Files.isDirectory(exports) ? exports : null);
    }

    private static void shutdown(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
