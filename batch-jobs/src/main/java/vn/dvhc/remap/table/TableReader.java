package vn.dvhc.remap.table;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.PagingQueryProvider;
import org.springframework.batch.infrastructure.item.database.support.SqlPagingQueryProviderFactoryBean;

/**
 * Reads the source table's rows in key order, {@code --chunk} a page, with Spring Batch's {@link JdbcPagingItemReader}:
 * a restart reads on after the last key committed (saved under {@value RemapTableJob#READER} in the step's execution
 * context). With {@code --threads}, each partition reads its own key range ({@link KeyRanges}).
 */
final class TableReader {

    /** Aliases of the columns read: plain names every database takes, whatever the source's names need. */
    private static final String KEY_ALIAS = "dvhc_k";
    private static final String[] READ_ALIASES = {"dvhc_commune", "dvhc_district", "dvhc_province", "dvhc_address",
            "dvhc_commune_name", "dvhc_district_name", "dvhc_province_name"};

    private TableReader() {
    }

    // Key-ordered paging. Keys with plain names are sorted on bare, as they are (an index serves the ORDER BY on H2
    // too); otherwise the reader reads a derived table whose columns have plain aliases, so that its WHERE, ORDER BY
    // and saved last key need no quoting, whatever the names hold (PostgreSQL flattens it; H2 then sorts each page).
    /**
     * The reader of one partition: its key range ({@link KeyRanges#where}), or the whole table, in key order.
     *
     * @param partition the partition's execution context
     */
    static JdbcPagingItemReader<SourceRow> reader(TableSource db, TableLayout layout, int chunk,
                                                  ExecutionContext partition) throws Exception {
        boolean bare = layout.key().stream().allMatch(db::plain);
        List<String> keyLabels = new ArrayList<>();
        List<String> select = new ArrayList<>();
        Map<String, Order> sortKeys = new LinkedHashMap<>();
        for (int i = 0; i < layout.key().size(); i++) {
            String label = bare ? layout.key().get(i) : KEY_ALIAS + i;
            keyLabels.add(label);
            select.add(bare ? label : db.quote(layout.key().get(i)) + " AS " + label);
            sortKeys.put(label, Order.ASCENDING);
        }
        String[] read = {layout.commune(), layout.district(), layout.province(), layout.address(), layout.communeName(),
                layout.districtName(), layout.provinceName()};
        for (int i = 0; i < read.length; i++) {
            if (read[i] != null) {
                select.add(db.quote(read[i]) + " AS " + READ_ALIASES[i]);
            }
        }
        SqlPagingQueryProviderFactoryBean query = new SqlPagingQueryProviderFactoryBean();
        query.setDataSource(db.dataSource());
        if (bare) {
            query.setSelectClause(String.join(", ", select));
            query.setFromClause(db.quote(layout.source()));
        } else {
            List<String> outer = new ArrayList<>(keyLabels);
            for (int i = 0; i < read.length; i++) {
                if (read[i] != null) {
                    outer.add(READ_ALIASES[i]);
                }
            }
            query.setSelectClause(String.join(", ", outer));
            query.setFromClause("(SELECT " + String.join(", ", select) + " FROM " + db.quote(layout.source())
                    + ") dvhc_source");
        }
        String range = KeyRanges.where(keyLabels, partition);
        if (range != null) {
            query.setWhereClause(range);
        }
        query.setSortKeys(sortKeys);
        PagingQueryProvider provider = query.getObject();
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
            return new SourceRow(key, code(rs, read[0], READ_ALIASES[0]), code(rs, read[1], READ_ALIASES[1]),
                    code(rs, read[2], READ_ALIASES[2]), text(rs, read[3], READ_ALIASES[3]),
                    text(rs, read[4], READ_ALIASES[4]), text(rs, read[5], READ_ALIASES[5]),
                    text(rs, read[6], READ_ALIASES[6]));
        });
        reader.afterPropertiesSet();
        return reader;
    }

    // A code as text: a number is its digits (a numeric column cannot hold the leading zeros, which only
    // --pad-codes puts back), a text column its text, NULL empty; null when the run reads no such column.
    private static String code(ResultSet rs, String column, String alias) throws SQLException {
        if (column == null) {
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

    private static String text(ResultSet rs, String column, String alias) throws SQLException {
        if (column == null) {
            return null;
        }
        String value = rs.getString(alias);
        return value == null ? "" : value;
    }
}
