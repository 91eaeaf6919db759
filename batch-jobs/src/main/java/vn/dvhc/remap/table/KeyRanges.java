package vn.dvhc.remap.table;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * {@code --threads N} of a table remap: the rows cut into N ranges of the key, about equal in rows, each read in key
 * order by its own partition. The boundaries are key tuples taken from the table in the database's own key order
 * ({@code ORDER BY key OFFSET n ROWS FETCH FIRST 1 ROWS ONLY}), so a range compares the whole tuple in the
 * database's collation, as the reader's ORDER BY does: every row is in exactly one range. They are computed once,
 * in the prepare step, and kept in the job's execution context; a restart cuts the same ranges, however many
 * {@code --threads} it is given.
 */
final class KeyRanges implements Partitioner {

    /** Job execution context key: the boundaries, N - 1 key tuples, in order. */
    static final String BOUNDARIES = "remapTable.boundaries";
    /** The partitions' name prefix, and their execution context keys: index, first key, key after the last. */
    static final String PARTITION = "partition";
    static final String INDEX = "remapTable.partition";
    static final String FROM = "remapTable.range.from";
    static final String TO = "remapTable.range.to";
    private static final String FROM_PARAMETER = "dvhc_from";
    private static final String TO_PARAMETER = "dvhc_to";
    private static final String AFTER_PARAMETER = "dvhc_after";

    private final List<List<Object>> boundaries;

    KeyRanges(List<List<Object>> boundaries) {
        this.boundaries = boundaries;
    }

    /** How many ranges the boundaries make. */
    int count() {
        return boundaries.size() + 1;
    }

    /**
     * The boundaries of {@code threads} ranges of about {@code rows / threads} rows: the key at each cut; none for
     * one thread, fewer ranges than threads for fewer rows than threads.
     */
    static ArrayList<ArrayList<Object>> compute(TableSource db, TableLayout layout, int threads, long rows) {
        ArrayList<ArrayList<Object>> cuts = new ArrayList<>();
        long ranges = Math.max(1, Math.min(threads, rows));
        String keys = layout.key().stream().map(db::quote).collect(Collectors.joining(", "));
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (long k = 1; k < ranges; k++) {
                // The standard row limit (H2, PostgreSQL, MariaDB 10.6+, SQL Server 2012+, Oracle 12c+).
                try (ResultSet rs = s.executeQuery("SELECT " + keys + " FROM " + db.quote(layout.source())
                        + " ORDER BY " + keys + " OFFSET " + rows * k / ranges + " ROWS FETCH FIRST 1 ROWS ONLY")) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no row at the cut " + rows * k / ranges + " of " + rows
                                + " rows: was the table changed?");
                    }
                    ArrayList<Object> key = new ArrayList<>();
                    for (int i = 1; i <= layout.key().size(); i++) {
                        key.add(rs.getObject(i));
                    }
                    cuts.add(key);
                }
            }
        } catch (SQLException e) {
            throw db.failed("cut " + layout.source() + " into " + ranges + " key ranges", e);
        }
        return cuts;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int k = 0; k < count(); k++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(INDEX, k);
            if (k > 0) {
                context.put(FROM, new ArrayList<>(boundaries.get(k - 1)));
            }
            if (k < boundaries.size()) {
                context.put(TO, new ArrayList<>(boundaries.get(k)));
            }
            partitions.put(PARTITION + k, context);
        }
        return partitions;
    }

    /**
     * The WHERE clause of a partition's reader over the key columns' {@code labels} (named parameters), or null for a
     * single range: {@code key >= from AND key < to}, each tuple comparison written out column by column
     * ({@code k1 > :f0 OR k1 = :f0 AND k2 >= :f1}), which every database takes.
     */
    static String where(List<String> labels, ExecutionContext partition) {
        List<String> parts = new ArrayList<>();
        if (partition.containsKey(FROM)) {
            parts.add(compare(labels, FROM_PARAMETER, ">", ">="));
        }
        if (partition.containsKey(TO)) {
            parts.add(compare(labels, TO_PARAMETER, "<", "<"));
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** The values of the named parameters of {@link #where}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parameters(ExecutionContext partition) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String[] bound : new String[][]{{FROM, FROM_PARAMETER}, {TO, TO_PARAMETER}}) {
            if (partition.containsKey(bound[0])) {
                List<Object> key = (List<Object>) partition.get(bound[0]);
                for (int i = 0; i < key.size(); i++) {
                    values.put(bound[1] + i, key.get(i));
                }
            }
        }
        return values;
    }

    /**
     * The condition of the rows after a key, over the key columns' {@code labels} (named parameters, {@link #after(Object[])}),
     * written out as {@link #where}'s, so that it compares as the reader's ORDER BY sorts.
     */
    static String after(List<String> labels) {
        return compare(labels, AFTER_PARAMETER, ">", ">");
    }

    /** The values of the named parameters of {@link #after(List)}: the key the rows come after. */
    static Map<String, Object> after(Object[] key) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < key.length; i++) {
            values.put(AFTER_PARAMETER + i, key[i]);
        }
        return values;
    }

    // (k0 op :p0) OR (k0 = :p0 AND k1 op :p1) OR …, the last column compared with lastOp.
    private static String compare(List<String> labels, String parameter, String op, String lastOp) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            StringBuilder term = new StringBuilder("(");
            for (int j = 0; j < i; j++) {
                term.append(labels.get(j)).append(" = :").append(parameter).append(j).append(" AND ");
            }
            term.append(labels.get(i)).append(' ').append(i == labels.size() - 1 ? lastOp : op).append(" :")
                    .append(parameter).append(i).append(')');
            terms.add(term.toString());
        }
        return "(" + String.join(" OR ", terms) + ")";
    }
}
