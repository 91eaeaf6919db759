package vn.dvhc.remap.table;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pool on the source database of each running job execution, shared by its partitions (a reader and a writer
 * each): opened by the first partition that needs it, closed when the partitioned step ends.
 */
final class SourcePools {

    private final Map<Long, TableSource> pools = new ConcurrentHashMap<>();

    TableSource get(long jobExecutionId, Supplier<TableSource> open) {
        return pools.computeIfAbsent(jobExecutionId, id -> open.get());
    }

    void close(long jobExecutionId) {
        TableSource pool = pools.remove(jobExecutionId);
        if (pool != null) {
            pool.close();
        }
    }
}
