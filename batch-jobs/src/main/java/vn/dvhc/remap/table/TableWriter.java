package vn.dvhc.remap.table;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvhc.common.ProgressSink;

/**
 * Writes a chunk of remapped rows into the source database, in one transaction of that database: {@code --into}
 * deletes the chunk's keys from the target and inserts its written rows; {@code --in-place} updates each row's remap
 * columns by key (a rejected row's are set to NULL); the rejected rows go to {@code <target>_rejects} the same way.
 * The job repository is another database, committed after this: a run killed between the two commits writes the
 * chunk again on restart, and these writes give the same table when repeated. The counters are saved with the
 * repository's commit.
 */
final class TableWriter implements ItemStreamWriter<RemappedRow> {

    private static final Logger LOG = LogManager.getLogger(TableWriter.class);

    private final TransactionTemplate transaction;
    private final List<JdbcBatchItemWriter<RemappedRow>> everyRow = new ArrayList<>();
    private final JdbcBatchItemWriter<RemappedRow> writtenRows;
    private final JdbcBatchItemWriter<RemappedRow> rejectedRows;
    private final ProgressSink progress;
    private TableCounts counts = new TableCounts();

    private final String target;

    /** @param rejectsTable whether rejected rows go to {@code <target>_rejects}; else a {@link RejectsFile} has them */
    TableWriter(TableSource db, TableLayout layout, TargetTable tables, ProgressSink progress, boolean rejectsTable) {
        this.progress = progress;
        this.target = layout.target().toString();
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
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
                    String detail = row.detail();
                    dialect.setText(ps, keys + 2, detail.length() > detailLimit ? detail.substring(0, detailLimit)
                            : detail);
                });
    }

    @Override
    public void open(ExecutionContext context) {
        counts = TableCounts.load(context);
        if (counts.read > 0) {
            LOG.info("resuming after {} rows committed", counts.read);
        }
        progress.advance(0, counts.read);
    }

    @Override
    public void update(ExecutionContext context) {
        counts.save(context);
    }

    @Override
    public void write(Chunk<? extends RemappedRow> chunk) {
        Chunk<RemappedRow> written = new Chunk<>();
        Chunk<RemappedRow> rejected = new Chunk<>();
        for (RemappedRow row : chunk) {
            (row.rejected() ? rejected : written).add(row);
        }
        transaction.executeWithoutResult(status -> {
            try {
                for (JdbcBatchItemWriter<RemappedRow> writer : everyRow) {
                    writer.write(chunk);
                }
                if (writtenRows != null && !written.isEmpty()) {
                    writtenRows.write(written);
                }
                if (rejectedRows != null && !rejected.isEmpty()) {
                    rejectedRows.write(rejected);
                }
            } catch (Exception e) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        });
        chunk.forEach(counts::add);
        // Committed in the source database, not yet in the job repository: a kill now repeats this chunk.
        LOG.info("written to {}: {} rows ({} written, {} rejected so far)", target, counts.read, counts.written,
                counts.rejected);
        progress.advance(0, chunk.size());
    }

    TableCounts counts() {
        return counts;
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
