package vn.dvhc.remap.table;

import java.util.ArrayList;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvhc.common.ProgressSink;

/**
 * Writes a chunk of remapped rows into the source database, in one transaction of that database, with the statements
 * of {@link TableWrites#forSource} (COPY on PostgreSQL, {@link CopyWrites}; batched JDBC elsewhere,
 * {@link BatchedWrites}): {@code --into} replaces the chunk's keys in the target by its written rows; {@code --in-place}
 * updates each row's remap columns by key (a rejected row's are set to NULL); the rejected rows go to
 * {@code <target>_rejects} the same way (or to a {@link RejectsFile}, written by the step beside this). The job repository is another database, committed after this: a run killed
 * between the two commits writes the chunk again on restart, and these writes give the same table when repeated. The
 * counters are saved with the repository's commit.
 */
final class TableWriter implements ItemStreamWriter<RemappedRow> {

    private static final Logger LOG = LogManager.getLogger(TableWriter.class);

    private final TransactionTemplate transaction;
    private final TableWrites writes;
    private final ProgressSink progress;
    private TableCounts counts = new TableCounts();

    private final String target;

    /**
     * @param rejectsTable whether rejected rows go to {@code <target>_rejects}; else a {@link RejectsFile} has them
     * @param kind         how the chunks are written ({@link TableWrites#forSource})
     */
    TableWriter(TableSource db, TableLayout layout, TargetTable tables, ProgressSink progress, boolean rejectsTable,
                TableWrites.Kind kind) {
        this.progress = progress;
        this.target = layout.target().toString();
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
        this.writes = TableWrites.forSource(db, layout, tables, rejectsTable, kind);
    }

    @Override
    public void open(ExecutionContext context) {
        writes.open(context);
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
        List<RemappedRow> written = new ArrayList<>();
        List<RemappedRow> rejected = new ArrayList<>();
        for (RemappedRow row : chunk) {
            (row.rejected() ? rejected : written).add(row);
        }
        transaction.executeWithoutResult(status -> {
            try {
                writes.write(chunk.getItems(), written, rejected);
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
}
