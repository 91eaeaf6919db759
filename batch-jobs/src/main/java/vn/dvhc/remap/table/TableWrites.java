package vn.dvhc.remap.table;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The statements that put one chunk into the source database, run by {@link TableWriter} inside the chunk's
 * transaction of that database. Repeated with the same chunk (a kill between the source's commit and the job
 * repository's), they must leave the same tables.
 */
interface TableWrites {

    /** Before the first chunk of a partition's run (a new one or a restart): its execution context. */
    default void open(ExecutionContext partition) {
    }

    /**
     * @param all      the chunk, in key order
     * @param written  of those, the rows remapped
     * @param rejected of those, the rows rejected (not written here when a {@link RejectsFile} has them)
     */
    void write(List<? extends RemappedRow> all, List<RemappedRow> written, List<RemappedRow> rejected)
            throws Exception;

    /**
     * How a run's chunks are written, chosen once by the prepare step for every partition.
     *
     * @param copy       PostgreSQL's COPY ({@link CopyWrites#applies}: the database is PostgreSQL and the key can be
     *                   written as text), else batched JDBC
     * @param binaryKeys COPY's binary format, with each key column's width ({@link CopyWrites#binaryKeys}), or null
     *                   for CSV
     */
    record Kind(boolean copy, List<Integer> binaryKeys) {

        static final Kind BATCHED = new Kind(false, null);
    }

    static TableWrites forSource(TableSource db, TableLayout layout, TargetTable tables, boolean rejectsTable,
                                 Kind kind) {
        return kind.copy() ? new CopyWrites(db, layout, tables, rejectsTable, kind.binaryKeys())
                : new BatchedWrites(db, layout, tables, rejectsTable);
    }
}
