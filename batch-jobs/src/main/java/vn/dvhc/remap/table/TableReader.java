package vn.dvhc.remap.table;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.PagingQueryProvider;

/**
 * Reads the source table's rows in key order, {@code --chunk} a page, with Spring Batch's {@link JdbcPagingItemReader}:
 * a restart reads on after the last key committed (saved under {@value RemapTableJob#READER} in the step's execution
 * context). With {@code --threads}, each partition reads its own key range ({@link KeyRanges}).
 */
final class TableReader {

    private TableReader() {
    }

    /**
     * The reader of one partition: its key range ({@link KeyRanges#where}), or the whole table, in key order, with the
     * paging query of the source's database ({@link KeyOrderedSelect}).
     *
     * @param partition the partition's execution context
     */
    static JdbcPagingItemReader<SourceRow> reader(TableSource db, TableLayout layout, int chunk,
                                                  ExecutionContext partition) throws Exception {
        KeyOrderedSelect query = KeyOrderedSelect.of(db.dialect(), layout, db.dataSource(), partition);
        List<String> keyLabels = query.keyLabels();
        String[] read = query.aliases().toArray(String[]::new);
        PagingQueryProvider provider = query.provider();
        JdbcPagingItemReader<SourceRow> reader = new JdbcPagingItemReader<>(db.dataSource(), provider);
        reader.setName(RemapTableJob.READER);
        reader.setParameterValues(KeyRanges.parameters(partition));
        reader.setPageSize(chunk);
        reader.setFetchSize(chunk);
        int keys = layout.key().size();
        reader.setRowMapper((rs, n) -> {
            Object[] key = new Object[keys];
            for (int i = 0; i < keys; i++) {
                key[i] = rs.getObject(keyLabels.get(i));
            }
            return new SourceRow(key, code(rs, read[0]), code(rs, read[1]), code(rs, read[2]), text(rs, read[3]),
                    text(rs, read[4]), text(rs, read[5]), text(rs, read[6]));
        });
        reader.afterPropertiesSet();
        return reader;
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
