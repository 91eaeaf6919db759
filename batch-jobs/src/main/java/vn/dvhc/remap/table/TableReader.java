package vn.dvhc.remap.table;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads the source table's rows in key order, {@code --chunk} a page (keyset paging: each page is the rows after the
 * last key of the one before, with the paging query of the source's database, {@link KeyOrderedSelect}), and reads
 * the next page on a thread of its own while the step writes this one, handing out each row as {@code then} makes it
 * on that thread (the remap: {@link RowRemapper}). The database's reading and the client's remapping then run beside
 * the writer's COPY, where one after the other they left the server's writing process idle half the time (issue 16,
 * docs/tables.md "Speed"). A restart reads on after the key of the last row handed to the step before the last
 * commit ({@value #LAST_KEY} in the step's execution context), never after a row only read ahead. With
 * {@code --threads}, each partition reads its own key range ({@link KeyRanges}).
 *
 * @param <T> what a row becomes on the reading thread
 */
final class TableReader<T extends TableReader.Keyed> implements ItemStreamReader<T> {

    /** Execution context key: the key of the last row handed to the step, its columns' values in order. */
    static final String LAST_KEY = RemapTableJob.READER + ".last.key";

    private static final Logger LOG = LogManager.getLogger(TableReader.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final String firstPage;
    private final String nextPage;
    private final Map<String, Object> range;
    private final RowMapper<SourceRow> rows;
    private final Function<SourceRow, T> then;
    private final int pageSize;
    private final ExecutorService ahead;
    private Future<List<T>> pending;
    private List<T> page = List.of();
    private int next;
    private boolean lastPage;
    private Object[] lastKey;

    /** A row with its key: the key of the last row handed out is the restart's. */
    interface Keyed {
        Object[] key();
    }

    private TableReader(TableSource db, KeyOrderedSelect query, int keys, int pageSize, ExecutionContext partition,
                        String thread, Function<SourceRow, T> then) {
        this.then = then;
        JdbcTemplate template = new JdbcTemplate(db.dataSource());
        template.setFetchSize(pageSize);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.firstPage = query.provider().generateFirstPageQuery(pageSize);
        this.nextPage = query.after().generateFirstPageQuery(pageSize);
        this.range = KeyRanges.parameters(partition);
        this.pageSize = pageSize;
        List<String> keyLabels = query.keyLabels();
        String[] read = query.aliases().toArray(String[]::new);
        this.rows = (rs, n) -> {
            Object[] key = new Object[keys];
            for (int i = 0; i < keys; i++) {
                key[i] = rs.getObject(keyLabels.get(i));
            }
            return new SourceRow(key, code(rs, read[0]), code(rs, read[1]), code(rs, read[2]), text(rs, read[3]),
                    text(rs, read[4]), text(rs, read[5]), text(rs, read[6]));
        };
        this.ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The reader of one partition: its key range ({@link KeyRanges#where}), or the whole table, in key order.
     *
     * @param partition the partition's execution context
     * @param then      what each row becomes, on the reading thread, one page after another: it need not be
     *                  thread-safe
     */
    static <T extends Keyed> TableReader<T> reader(TableSource db, TableLayout layout, int chunk,
                                                   ExecutionContext partition, Function<SourceRow, T> then)
            throws Exception {
        KeyOrderedSelect query = KeyOrderedSelect.of(db.dialect(), layout, db.dataSource(), partition);
        String thread = "remap-table-read-" + (partition.containsKey(KeyRanges.INDEX)
                ? partition.getInt(KeyRanges.INDEX) : 0);
        return new TableReader<>(db, query, layout.key().size(), chunk, partition, thread, then);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void open(ExecutionContext context) {
        lastKey = context.containsKey(LAST_KEY) ? ((List<Object>) context.get(LAST_KEY)).toArray() : null;
        if (lastKey != null) {
            LOG.info("reading on after the key {}", Arrays.toString(lastKey));
        }
        pending = fetch(lastKey);
    }

    @Override
    public T read() {
        if (next == page.size()) {
            if (lastPage) {
                return null;
            }
            page = take();
            next = 0;
            // A short page is the range's last: nothing to read ahead after it.
            lastPage = page.size() < pageSize;
            if (!lastPage) {
                pending = fetch(page.get(page.size() - 1).key());
            }
            if (page.isEmpty()) {
                return null;
            }
        }
        T row = page.get(next++);
        lastKey = row.key();
        return row;
    }

    @Override
    public void update(ExecutionContext context) {
        if (lastKey != null) {
            context.put(LAST_KEY, new ArrayList<>(Arrays.asList(lastKey)));
        }
    }

    @Override
    public void close() {
        ahead.shutdown();
        if (pending != null && !pending.isDone()) {
            // Waited for, so that its connection is back in the pool before the step closes the pool. Its rows were
            // never handed to the step: a restart reads them again after the last committed key.
            try {
                pending.get();
            } catch (ExecutionException e) {
                LOG.debug("a page read ahead and not needed failed: {}", e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ItemStreamException("interrupted while a page was read ahead", e);
            }
        }
        pending = null;
    }

    // The page after `after` (the first page when null), read on the read-ahead thread.
    private Future<List<T>> fetch(Object[] after) {
        Map<String, Object> parameters = new LinkedHashMap<>(range);
        if (after != null) {
            parameters.putAll(KeyRanges.after(after));
        }
        String sql = after == null ? firstPage : nextPage;
        return ahead.submit(() -> {
            List<SourceRow> read = jdbc.query(sql, parameters, rows);
            List<T> made = new ArrayList<>(read.size());
            for (SourceRow row : read) {
                made.add(then.apply(row));
            }
            return made;
        });
    }

    // The page read ahead; its failure is the read's, as the same query's on this thread would have been.
    private List<T> take() {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ItemStreamException("reading the source table failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ItemStreamException("interrupted while reading the source table", e);
        } finally {
            pending = null;
        }
    }

    // A code as text: a number is its digits (a numeric column cannot hold the leading zeros, which only
    // --pad-codes puts back), a text column its text, NULL empty; null when the run reads no such column.
    private static String code(ResultSet rs, String alias) throws SQLException {
        if (alias == null) {
            return null;
        }
        Object value = rs.getObject(alias);
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if ((value instanceof Double || value instanceof Float) && ((Number) value).doubleValue() % 1 == 0) {
            return String.valueOf(((Number) value).longValue());
        }
        return value.toString();
    }

    private static String text(ResultSet rs, String alias) throws SQLException {
        if (alias == null) {
            return null;
        }
        String value = rs.getString(alias);
        return value == null ? "" : value;
    }
}
