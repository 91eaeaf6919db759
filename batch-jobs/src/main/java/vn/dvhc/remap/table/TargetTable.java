package vn.dvhc.remap.table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The tables a run writes in the source database, and the statements that make them: {@code --into} creates the new
 * table (the key columns with the source's types, copied by {@code CREATE TABLE … AS SELECT … WHERE 1 = 0}, then the
 * remap columns as text and a unique index on the key); {@code --in-place} adds the missing remap columns to the
 * source, one {@code ALTER TABLE … ADD} each; both get {@code <target>_rejects} (key columns, reason, detail). Done once
 * per job instance, before the first row; the source's rows are never changed by {@code --into}. Each database's
 * statements and types (SQL Server's {@code SELECT … INTO}, {@code NVARCHAR}) come from {@link SourceDialect}.
 */
public final class TargetTable {

    private static final Logger LOG = LogManager.getLogger(TargetTable.class);
    /** Widths of the remap columns: codes, then texts long enough for every name and note the catalog gives. */
    private static final Map<String, Integer> WIDTHS = Map.ofEntries(Map.entry("old_commune_code", 5),
            Map.entry("new_province_code", 2), Map.entry("new_province_name", 200), Map.entry("new_commune_code", 5),
            Map.entry("new_commune_name", 200), Map.entry("new_commune_type", 50), Map.entry("remap_status", 10),
            Map.entry("remap_candidates", 400), Map.entry("remap_basis", 1000), Map.entry("new_address", 2000),
            Map.entry("match_note", 2000));
    static final int DETAIL_WIDTH = 4000;
    private static final int REASON_WIDTH = 30;

    private final TableSource db;
    private final TableLayout layout;

    public TargetTable(TableSource db, TableLayout layout) {
        this.db = db;
        this.layout = layout;
    }

    /** The names of the rejects table's own columns, as stored. */
    public String reasonColumn() {
        return db.stored("reason");
    }

    public String detailColumn() {
        return db.stored("detail");
    }

    /** What an in-place run will add to the source: the statements, for the command to say before it runs. */
    public List<String> additions() {
        List<String> statements = new ArrayList<>();
        for (String column : layout.missing()) {
            statements.add(addColumn(layout.target(), column));
        }
        return statements;
    }

    /**
     * Makes the target and the rejects table ready and empty of an earlier run's rows.
     *
     * @param replace      whether an existing, non-empty target may be emptied ({@code --rerun})
     * @param rejectsTable whether the rejected rows go to {@code <target>_rejects}; not with {@code --rejects FILE}
     * @param indexesLast  whether the unique index of a table created here is made after its rows ({@link CopyWrites}:
     *                     one index build instead of an insertion per row, which took the server's COPY from 1.3 to
     *                     2.7 s a million rows); else at once
     * @return the statements to run once every row is written ({@link #finish}): the deferred indexes
     */
    public List<String> prepare(boolean replace, boolean rejectsTable, boolean indexesLast) {
        List<String> statements = new ArrayList<>();
        List<String> last = new ArrayList<>();
        if (layout.target().equals(layout.source())) {
            statements.addAll(additions());
        } else if (db.find(TableName.exact(layout.target())) != null) {
            long rows = count(layout.target(), null);
            if (rows > 0 && !replace) {
                throw new DvhcException(ErrorCode.OUTPUT_EXISTS, "table " + layout.target() + " exists and holds "
                        + rows + " rows", null, "name another --into, or run with --rerun to replace its rows");
            }
            requireColumns(layout.target(), concat(layout.key(), layout.columns()), "--into");
            statements.add("DELETE FROM " + db.quote(layout.target()));
        } else {
            statements.add(db.dialect().emptyCopy(layout.target(), layout.key(), layout.source()));
            for (String column : layout.columns()) {
                statements.add(addColumn(layout.target(), column));
            }
            (indexesLast ? last : statements).add(uniqueKey(layout.target(), indexesLast));
        }
        if (!rejectsTable) {
            LOG.info("rejected rows go to a file: no table {}", layout.rejects());
        } else if (db.find(TableName.exact(layout.rejects())) != null) {
            requireColumns(layout.rejects(), concat(layout.key(), List.of(reasonColumn(), detailColumn())), "rejects");
            statements.add("DELETE FROM " + db.quote(layout.rejects()));
        } else {
            statements.add(db.dialect().emptyCopy(layout.rejects(), layout.key(), layout.source()));
            statements.add(db.dialect().addColumn(layout.rejects(), reasonColumn(), REASON_WIDTH));
            statements.add(db.dialect().addColumn(layout.rejects(), detailColumn(), DETAIL_WIDTH));
            (indexesLast ? last : statements).add(uniqueKey(layout.rejects(), indexesLast));
        }
        run(statements, "prepare " + layout.target() + (rejectsTable ? " and " + layout.rejects() : ""));
        return last;
    }

    /** Runs what {@link #prepare} left for after the rows; again after a kill, as they make only what is missing. */
    public void finish(List<String> statements) {
        run(statements, "index " + layout.target());
    }

    private void run(List<String> statements, String what) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : statements) {
                LOG.info("{}", sql);
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw db.failed(what, e);
        }
    }

    /** A reject's detail as the rejects table holds it: cut to the column's width, {@code limit} characters. */
    static String detail(RemappedRow row, int limit) {
        String detail = row.detail();
        return detail.length() > limit ? detail.substring(0, limit) : detail;
    }

    /** The rows of a table; with a column, those where it is not NULL. */
    public long count(TableSource.Resolved table, String notNull) {
        String sql = "SELECT COUNT(*) FROM " + db.quote(table)
                + (notNull == null ? "" : " WHERE " + db.quote(notNull) + " IS NOT NULL");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw db.failed("count the rows of " + table, e);
        }
    }

    /**
     * A key that is NULL in a row, or the same in two, cannot order the reading (a restart would skip or repeat
     * rows): exit 3, with an example.
     */
    public void checkKey() {
        if (Set.copyOf(db.primaryKey(layout.source())).equals(Set.copyOf(layout.key()))) {
            // The primary key is never NULL nor twice the same: the database holds what the queries below would
            // check, which read the whole table (about 0.5 s a million rows on PostgreSQL).
            return;
        }
        String keys = layout.key().stream().map(db::quote).collect(Collectors.joining(", "));
        String nulls = layout.key().stream().map(k -> db.quote(k) + " IS NULL").collect(Collectors.joining(" OR "));
        String table = db.quote(layout.source());
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + nulls)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new DvhcException(ErrorCode.INPUT_MALFORMED, "--key " + String.join(",", layout.key())
                            + " is NULL in " + rs.getLong(1) + " rows of " + layout.source(), null,
                            "name a key that every row has (the primary key)");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT " + keys + ", COUNT(*) FROM " + table + " GROUP BY " + keys
                    + " HAVING COUNT(*) > 1")) {
                if (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= layout.key().size(); i++) {
                        values.add(String.valueOf(rs.getObject(i)));
                    }
                    throw new DvhcException(ErrorCode.INPUT_MALFORMED, "--key " + String.join(",", layout.key())
                            + " is not unique in " + layout.source() + ": " + String.join(",", values) + " is in "
                            + rs.getLong(layout.key().size() + 1) + " rows", null,
                            "name a key that identifies each row (the primary key, or more columns)");
                }
            }
        } catch (SQLException e) {
            throw db.failed("check --key in " + layout.source(), e);
        }
    }

    private String addColumn(TableSource.Resolved table, String column) {
        return db.dialect().addColumn(table, column, WIDTHS.get(column.toLowerCase(Locale.ROOT)));
    }

    private String uniqueKey(TableSource.Resolved table, boolean ifAbsent) {
        return db.dialect().uniqueIndex(table, layout.key(), ifAbsent);
    }

    private void requireColumns(TableSource.Resolved table, List<String> wanted, String what) {
        List<String> present = db.columns(table).stream().map(TableSource.Column::name).toList();
        List<String> missing = wanted.stream().filter(w -> present.stream().noneMatch(p -> p.equalsIgnoreCase(w)))
                .toList();
        if (!missing.isEmpty()) {
            throw new DvhcException(ErrorCode.INPUT_HEADER, "table " + table + " (" + what + ") exists without the "
                    + "columns " + missing, null, "drop it, or name another table: dvhc creates it with the columns it needs");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
