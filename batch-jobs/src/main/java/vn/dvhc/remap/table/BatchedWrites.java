package vn.dvhc.remap.table;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;

/**
 * A chunk written with batched JDBC statements, on every database but PostgreSQL, with the text binding of the
 * database ({@link SourceDialect#setText}): {@code --into} deletes the chunk's
 * keys from the target and inserts its written rows; {@code --in-place} updates each row's remap columns by key (a
 * rejected row's are set to NULL); the rejects table, when there is one, is deleted then inserted by key. Each statement is a
 * {@link JdbcBatchItemWriter} on the transaction's connection.
 */
final class BatchedWrites implements TableWrites {

    private final List<JdbcBatchItemWriter<RemappedRow>> everyRow = new ArrayList<>();
    private final JdbcBatchItemWriter<RemappedRow> writtenRows;
    private final JdbcBatchItemWriter<RemappedRow> rejectedRows;

    BatchedWrites(TableSource db, TableLayout layout, TargetTable tables, boolean rejectsTable) {
        SourceDialect dialect = db.dialect();
        int detailLimit = dialect.textLimit(TargetTable.DETAIL_WIDTH);
        List<String> key = layout.key();
        int keys = key.size();
        int columns = layout.columns().size();
        String where = key.stream().map(k -> db.quote(k) + " = ?").collect(Collectors.joining(" AND "));
        String targetSql = db.quote(layout.target());
        String rejects = db.quote(layout.rejects());
        if (layout.target().equals(layout.source())) {
            everyRow.add(writer(db, "UPDATE " + targetSql + " SET " + layout.columns().stream().map(c -> db.quote(c) + " = ?")
                    .collect(Collectors.joining(", ")) + " WHERE " + where, (row, ps) -> {
                        setValues(dialect, ps, 1, row.values(), columns);
                        setKey(ps, columns + 1, row.key());
                    }));
            writtenRows = null;
        } else {
            everyRow.add(writer(db, "DELETE FROM " + targetSql + " WHERE " + where, (row, ps) -> setKey(ps, 1, row.key())));
            writtenRows = writer(db, "INSERT INTO " + targetSql + " (" + names(db, key, layout.columns()) + ") VALUES ("
                    + marks(keys + columns) + ")", (row, ps) -> {
                        setKey(ps, 1, row.key());
                        setValues(dialect, ps, keys + 1, row.values(), columns);
                    });
        }
        if (!rejectsTable) {
            rejectedRows = null;
            return;
        }
        everyRow.add(writer(db, "DELETE FROM " + rejects + " WHERE " + where, (row, ps) -> setKey(ps, 1, row.key())));
        rejectedRows = writer(db, "INSERT INTO " + rejects + " (" + names(db, key, List.of(tables.reasonColumn(),
                tables.detailColumn())) + ") VALUES (" + marks(keys + 2) + ")", (row, ps) -> {
                    setKey(ps, 1, row.key());
                    dialect.setText(ps, keys + 1, row.reason().name());
                    dialect.setText(ps, keys + 2, TargetTable.detail(row, detailLimit));
                });
    }

    @Override
    public void write(List<? extends RemappedRow> all, List<RemappedRow> written, List<RemappedRow> rejected)
            throws Exception {
        Chunk<RemappedRow> chunk = new Chunk<>(all);
        for (JdbcBatchItemWriter<RemappedRow> writer : everyRow) {
            writer.write(chunk);
        }
        if (writtenRows != null && !written.isEmpty()) {
            writtenRows.write(new Chunk<>(written));
        }
        if (rejectedRows != null && !rejected.isEmpty()) {
            rejectedRows.write(new Chunk<>(rejected));
        }
    }

    private interface Setter {
        void set(RemappedRow row, PreparedStatement ps) throws SQLException;
    }

    private static JdbcBatchItemWriter<RemappedRow> writer(TableSource db, String sql, Setter setter) {
        JdbcBatchItemWriter<RemappedRow> writer = new JdbcBatchItemWriter<>();
        writer.setDataSource(db.dataSource());
        writer.setSql(sql);
        writer.setItemPreparedStatementSetter(setter::set);
        // A delete finds nothing on a first write; an update finds its row, as the key was read from the table.
        writer.setAssertUpdates(false);
        writer.afterPropertiesSet();
        return writer;
    }

    private static void setKey(PreparedStatement ps, int first, Object[] key) throws SQLException {
        for (int i = 0; i < key.length; i++) {
            ps.setObject(first + i, key[i]);
        }
    }

    private static void setValues(SourceDialect dialect, PreparedStatement ps, int first, String[] values, int columns)
            throws SQLException {
        for (int i = 0; i < columns; i++) {
            dialect.setText(ps, first + i, values == null ? null : values[i]);
        }
    }

    private static String names(TableSource db, List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all.stream().map(db::quote).collect(Collectors.joining(", "));
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
