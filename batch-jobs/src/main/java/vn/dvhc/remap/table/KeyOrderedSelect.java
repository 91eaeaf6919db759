package vn.dvhc.remap.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.PagingQueryProvider;
import org.springframework.batch.infrastructure.item.database.support.SqlPagingQueryProviderFactoryBean;

/**
 * The query that reads the source table in key order, a page at a time, through the paging query provider Spring
 * Batch has for the database ({@link SourceDialect#database}: TOP on SQL Server, ROWNUM on Oracle, LIMIT elsewhere).
 * Keys with plain names are sorted on bare, as they are (an index serves the ORDER BY on H2 too); otherwise the query
 * reads a derived table whose columns have plain aliases, so that its WHERE, ORDER BY and saved last key need no
 * quoting, whatever the names hold (PostgreSQL flattens it; H2 then sorts each page).
 *
 * @param keyLabels the key's columns as the query returns them, in order
 * @param aliases   the labels of the columns read besides the key, in the order of {@link #READ}, null where not read
 * @param provider  the provider of the first page (its {@code generateFirstPageQuery})
 * @param after     the provider of a page after a key ({@link KeyRanges#after(List)}), the same query with that condition
 */
record KeyOrderedSelect(List<String> keyLabels, List<String> aliases, PagingQueryProvider provider,
                        PagingQueryProvider after) {

    private static final String KEY_ALIAS = "dvhc_k";
    /** Aliases of the columns read: plain names every database takes, whatever the source's names need. */
    static final List<String> READ = List.of("dvhc_commune", "dvhc_district", "dvhc_province", "dvhc_address",
            "dvhc_commune_name", "dvhc_district_name", "dvhc_province_name");

    static KeyOrderedSelect of(SourceDialect dialect, TableLayout layout, DataSource dataSource) throws Exception {
        return of(dialect, layout, dataSource, new ExecutionContext());
    }

    /** The query of one partition: its key range ({@link KeyRanges#where}), or the whole table, in key order. */
    static KeyOrderedSelect of(SourceDialect dialect, TableLayout layout, DataSource dataSource,
                               ExecutionContext partition) throws Exception {
        boolean bare = layout.key().stream().allMatch(dialect::plain);
        List<String> keyLabels = new ArrayList<>();
        List<String> select = new ArrayList<>();
        Map<String, Order> sortKeys = new LinkedHashMap<>();
        for (int i = 0; i < layout.key().size(); i++) {
            String label = bare ? layout.key().get(i) : KEY_ALIAS + i;
            keyLabels.add(label);
            select.add(bare ? label : dialect.quote(layout.key().get(i)) + " AS " + label);
            sortKeys.put(label, Order.ASCENDING);
        }
        String[] read = {layout.commune(), layout.district(), layout.province(), layout.address(), layout.communeName(),
                layout.districtName(), layout.provinceName()};
        List<String> aliases = new ArrayList<>();
        List<String> outer = new ArrayList<>(keyLabels);
        for (int i = 0; i < read.length; i++) {
            aliases.add(read[i] == null ? null : READ.get(i));
            if (read[i] != null) {
                select.add(dialect.quote(read[i]) + " AS " + READ.get(i));
                outer.add(READ.get(i));
            }
        }
        String columns;
        String from;
        if (bare) {
            columns = String.join(", ", select);
            from = dialect.quote(layout.source());
        } else {
            columns = String.join(", ", outer);
            from = "(SELECT " + String.join(", ", select) + " FROM " + dialect.quote(layout.source()) + ") dvhc_source";
        }
        String range = KeyRanges.where(keyLabels, partition);
        String after = KeyRanges.after(keyLabels);
        return new KeyOrderedSelect(List.copyOf(keyLabels), Collections.unmodifiableList(aliases),
                provider(dialect, dataSource, columns, from, range, sortKeys),
                provider(dialect, dataSource, columns, from, range == null ? after : range + " AND " + after, sortKeys));
    }

    // A factory of its own per provider: the factory hands out one provider instance per database, set anew each call.
    private static PagingQueryProvider provider(SourceDialect dialect, DataSource dataSource, String columns,
                                                String from, String where, Map<String, Order> sortKeys)
            throws Exception {
        SqlPagingQueryProviderFactoryBean query = new SqlPagingQueryProviderFactoryBean();
        query.setDataSource(dataSource);
        if (dialect.database() != null) {
            query.setDatabaseType(dialect.database().name());
        }
        query.setSelectClause(columns);
        query.setFromClause(from);
        if (where != null) {
            query.setWhereClause(where);
        }
        query.setSortKeys(sortKeys);
        return query.getObject();
    }
}
