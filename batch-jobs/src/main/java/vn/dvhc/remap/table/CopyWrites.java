package vn.dvhc.remap.table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A chunk written with PostgreSQL's {@code COPY … FROM STDIN} instead of a statement per row (issue 16: a statement per
 * row cost three times the time of {@code psql \copy} + a file remap; docs/decisions/0035). The reader hands out the
 * keys in order, each once, and a chunk holds every key from its first to its last:
 * <ul>
 *   <li>{@code --into}: the first chunk of a partition's run deletes from the target the rows from its first key to
 *       the partition's end: after a kill between the source's commit and the job repository's, the rows of the
 *       chunk written again, and of any chunk after it (nothing in a new run, where the table is new or emptied). Then
 *       every chunk COPYs its written rows in: their keys come after every key the run wrote before, so no later chunk
 *       needs a delete, and a target created by the run gets its unique index after the rows
 *       ({@link TargetTable#prepare});</li>
 *   <li>{@code --in-place}: COPYs every row of the chunk (a rejected one with NULLs) into a temporary table dropped at
 *       commit, then one {@code UPDATE … FROM} it by key, limited to the chunk's key range so that the key's index
 *       serves it;</li>
 *   <li>the rejects table, when there is one: as the target of {@code --into}.</li>
 * </ul>
 * All in the chunk's transaction (the connection {@link TableWriter}'s transaction holds), so a partition resumed after
 * a kill leaves the tables an uninterrupted run leaves, whatever its {@code --chunk}. Values go in COPY's binary format
 * when every column written is text or an integer key ({@link #binaryKeys}), else as CSV with every non-NULL value
 * quoted: an unquoted empty field is NULL, a quoted one the empty string, and commas, quotes, tabs, newlines and
 * backslashes inside quotes are data (a doubled quote is one); {@link CopyBuffer}. Used when the key's columns are
 * text or numbers ({@link #applies}), whose text form COPY reads back as the same value; other keys (dates, binary)
 * keep {@link BatchedWrites}.
 */
final class CopyWrites implements TableWrites {

    private static final Set<Integer> TEXT_OR_NUMBER = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.SMALLINT, Types.INTEGER, Types.BIGINT,
            Types.NUMERIC, Types.DECIMAL);
    /** The in-place chunk's temporary table: created in the transaction, dropped at its end. */
    private static final String CHUNK_TABLE = "dvhc_remap_chunk";
    /** Bytes of COPY data sent at a time: a few hundred rows. */
    private static final int BLOCK = 64 * 1024;
    /** PostgreSQL's types whose binary form is the text's UTF-8. */
    private static final Set<String> TEXT_TYPES = Set.of("varchar", "text", "bpchar");
    /** PostgreSQL's integer types, by the bytes of their binary form. */
    private static final Map<String, Integer> INTEGER_TYPES = Map.of("int2", 2, "smallserial", 2, "int4", 4,
            "serial", 4, "int8", 8, "bigserial", 8);

    private final DataSource dataSource;
    private final NamedParameterJdbcTemplate jdbc;
    private final List<String> keyColumns;
    private final int keys;
    private final int columns;
    private final boolean inPlace;
    private final String target;
    private final String createChunk;
    private final String copyRows;
    private final String update;
    private final String rejects;
    private final String copyRejects;
    /** Each key column's width in the binary format (0: text), or null in CSV. */
    private final int[] binaryKeys;
    /** The COPY data of the rows, then of the rejects: buffers reused from chunk to chunk, as are formatted values. */
    private final CopyBuffer rowsData;
    private final CopyBuffer rejectsData;
    /** The values of an in-place chunk's rejected row: all NULL. */
    private final String[] noValues;
    /** The partition's execution context; null once its run's first chunk is written. */
    private ExecutionContext firstChunkOf = new ExecutionContext();

    /**
     * @param binaryKeys each key column's width in the binary format ({@link #binaryKeys}), or null for CSV
     */
    CopyWrites(TableSource db, TableLayout layout, TargetTable tables, boolean rejectsTable, List<Integer> binaryKeys) {
        this.dataSource = db.dataSource();
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.keyColumns = layout.key().stream().map(db::quote).toList();
        this.keys = layout.key().size();
        this.columns = layout.columns().size();
        this.inPlace = layout.target().equals(layout.source());
        this.binaryKeys = binaryKeys == null ? null : binaryKeys.stream().mapToInt(Integer::intValue).toArray();
        this.rowsData = new CopyBuffer(BLOCK + 1024, binaryKeys != null, !layout.byNames());
        this.rejectsData = new CopyBuffer(BLOCK + 1024, binaryKeys != null, false);
        this.noValues = new String[columns];
        this.target = db.quote(layout.target());
        String keyColumns = quoted(db, layout.key(), "");
        String remapColumns = quoted(db, layout.columns(), "");
        String csv = " FROM STDIN (FORMAT " + (binaryKeys != null ? "binary)" : "csv)");
        if (inPlace) {
            createChunk = "CREATE TEMPORARY TABLE " + CHUNK_TABLE + " ON COMMIT DROP AS SELECT " + keyColumns + ", "
                    + remapColumns + " FROM " + target + " WITH NO DATA";
            copyRows = "COPY " + CHUNK_TABLE + " (" + keyColumns + ", " + remapColumns + ")" + csv;
            update = "UPDATE " + target + " AS t SET " + layout.columns().stream()
                    .map(c -> db.quote(c) + " = s." + db.quote(c)).collect(Collectors.joining(", ")) + " FROM "
                    + CHUNK_TABLE + " AS s WHERE " + layout.key().stream()
                    .map(k -> "t." + db.quote(k) + " = s." + db.quote(k)).collect(Collectors.joining(" AND "))
                    + " AND " + range(db, layout.key(), "t.");
        } else {
            createChunk = null;
            copyRows = "COPY " + target + " (" + keyColumns + ", " + remapColumns + ")" + csv;
            update = null;
        }
        this.rejects = rejectsTable ? db.quote(layout.rejects()) : null;
        copyRejects = rejectsTable ? "COPY " + rejects + " (" + keyColumns + ", " + db.quote(tables.reasonColumn())
                + ", " + db.quote(tables.detailColumn()) + ")" + csv : null;
    }

    /** Whether the source is PostgreSQL (its driver's connection) and every key column text or a number. */
    static boolean applies(TableSource db, TableLayout layout) {
        try (Connection c = db.dataSource().getConnection()) {
            if (!c.isWrapperFor(PGConnection.class)) {
                return false;
            }
        } catch (SQLException e) {
            throw db.failed("open a connection", e);
        }
        Map<String, Integer> types = db.columns(layout.source()).stream()
                .collect(Collectors.toMap(TableSource.Column::name, TableSource.Column::jdbcType));
        return layout.key().stream().allMatch(k -> types.containsKey(k) && TEXT_OR_NUMBER.contains(types.get(k)));
    }

    /**
     * Each key column's width in COPY's binary format (0: text; 2, 4 or 8: an integer of that many bytes, at least as
     * wide in the target as in the source), or null when a column written is of another type and the rows go as CSV.
     * Asked once the target and the rejects table exist ({@link TargetTable#prepare}).
     */
    static List<Integer> binaryKeys(TableSource db, TableLayout layout, TargetTable tables, boolean rejectsTable) {
        Map<String, String> source = types(db, layout.source());
        Map<String, String> target = types(db, layout.target());
        Map<String, String> rejects = rejectsTable ? types(db, layout.rejects()) : target;
        List<Integer> widths = new ArrayList<>();
        for (String key : layout.key()) {
            Integer width = binaryWidth(source.get(key), target.get(key));
            if (width == null || !width.equals(binaryWidth(source.get(key), rejects.get(key)))) {
                return null;
            }
            widths.add(width);
        }
        List<String> texts = new ArrayList<>();
        layout.columns().forEach(column -> texts.add(target.get(column)));
        if (rejectsTable) {
            texts.add(rejects.get(tables.reasonColumn()));
            texts.add(rejects.get(tables.detailColumn()));
        }
        return texts.stream().allMatch(TEXT_TYPES::contains) ? widths : null;
    }

    // A key column's width in the binary format: 0 for text; an integer's bytes when the source's fits; else null.
    private static Integer binaryWidth(String source, String target) {
        if (TEXT_TYPES.contains(target)) {
            return 0;
        }
        Integer width = INTEGER_TYPES.get(target);
        Integer read = INTEGER_TYPES.get(source);
        return width != null && read != null && read <= width ? width : null;
    }

    private static Map<String, String> types(TableSource db, TableSource.Resolved table) {
        return db.columns(table).stream().collect(Collectors.toMap(TableSource.Column::name,
                column -> column.typeName().toLowerCase(Locale.ROOT), (a, b) -> a));
    }

    @Override
    public void open(ExecutionContext partition) {
        firstChunkOf = partition;
    }

    @Override
    public void write(List<? extends RemappedRow> all, List<RemappedRow> written, List<RemappedRow> rejected)
            throws SQLException {
        if (all.isEmpty()) {
            return;
        }
        Object[] first = all.get(0).key();
        Object[] last = all.get(all.size() - 1).key();
        // The connection the chunk's transaction holds (released here, closed by the transaction manager).
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            ExecutionContext partition = firstChunkOf;
            if (inPlace) {
                try (Statement s = c.createStatement()) {
                    s.execute(createChunk);
                }
                copy(c, copyRows, rowsData, all, row -> row.values() == null ? noValues : row.values());
                inRange(c, update, first, last);
            } else {
                if (partition != null) {
                    deleteFrom(target, first, partition);
                }
                copy(c, copyRows, rowsData, written, RemappedRow::values);
            }
            if (rejects != null) {
                if (partition != null) {
                    deleteFrom(rejects, first, partition);
                }
                copy(c, copyRejects, rejectsData, rejected, row -> new String[] {row.reason().name(),
                        TargetTable.detail(row, TargetTable.DETAIL_WIDTH)});
            }
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        // Only once the chunk is in: a chunk rolled back and tried again deletes again.
        firstChunkOf = null;
    }

    // The rows of a table from the key `first` to the partition's end (KeyRanges: the key after its last row, if any),
    // in the chunk's transaction.
    private void deleteFrom(String table, Object[] first, ExecutionContext partition) {
        ExecutionContext range = new ExecutionContext();
        range.put(KeyRanges.FROM, new ArrayList<>(List.of(first)));
        if (partition.containsKey(KeyRanges.TO)) {
            range.put(KeyRanges.TO, partition.get(KeyRanges.TO));
        }
        jdbc.update("DELETE FROM " + table + " WHERE " + KeyRanges.where(keyColumns, range),
                KeyRanges.parameters(range));
    }

    // COPY of rows: the key, then the values, sent a block at a time as they are written out, so that the server
    // parses and inserts the first rows while the client still writes the last (not one after the other).
    private void copy(Connection c, String sql, CopyBuffer out, List<? extends RemappedRow> rows,
                      Function<RemappedRow, String[]> values) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            out.clear();
            out.begin();
            for (RemappedRow row : rows) {
                String[] fields = values.apply(row);
                out.row(keys + fields.length);
                for (int i = 0; i < keys; i++) {
                    Object key = row.key()[i];
                    if (binaryKeys != null && binaryKeys[i] > 0) {
                        out.integer(((Number) key).longValue(), binaryKeys[i]);
                    } else {
                        out.text(SourceRow.keyText(key));
                    }
                }
                out.values(fields);
                out.endOfRow();
                if (out.length() >= BLOCK) {
                    send(in, out);
                }
            }
            out.end();
            send(in, out);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void send(CopyIn in, CopyBuffer out) throws SQLException {
        in.writeToCopy(out.bytes(), 0, out.length());
        out.clear();
    }

    private void inRange(Connection c, String sql, Object[] first, Object[] last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < keys; i++) {
                ps.setObject(1 + i, first[i]);
                ps.setObject(1 + keys + i, last[i]);
            }
            ps.executeUpdate();
        }
    }

    // The chunk's key range, as the reader orders keys: (k1, k2) between the first key and the last, compared as rows.
    private static String range(TableSource db, List<String> key, String alias) {
        String columns = quoted(db, key, alias);
        String marks = key.stream().map(k -> "?").collect(Collectors.joining(", "));
        return key.size() == 1 ? columns + " >= ? AND " + columns + " <= ?"
                : "(" + columns + ") >= (" + marks + ") AND (" + columns + ") <= (" + marks + ")";
    }

    private static String quoted(TableSource db, List<String> names, String alias) {
        List<String> all = new ArrayList<>();
        for (String name : names) {
            all.add(alias + db.quote(name));
        }
        return String.join(", ", all);
    }
}
