package vn.dvhc.infra.embedded;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every table of an H2 database through every one of its indexes and compares the counts: a row that an
 * index names but the table lost ("Row not found in primary index", the damage of issue 21) or a row an index
 * misses shows up here, with the table and index named. Read-only.
 */
public final class StoreCheck {

    /** What one table looked like. */
    public record Table(String name, long rows, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private StoreCheck() {
    }

    public static List<Table> run(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // A damaged index looks like a row locked by another session: fail fast instead of waiting for it.
            statement.execute("SET LOCK_TIMEOUT 500");
        }
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> table : indexes(connection).entrySet()) {
            tables.add(check(connection, table.getKey(), table.getValue()));
        }
        return tables;
    }

    private static Table check(Connection connection, String table, Map<String, String> firstColumns) {
        List<String> problems = new ArrayList<>();
        long rows;
        try {
            rows = count(connection, "SELECT * FROM " + quote(table));
        } catch (SQLException e) {
            return new Table(table, -1, List.of("cannot be read: " + firstLine(e)));
        }
        for (Map.Entry<String, String> index : firstColumns.entrySet()) {
            String column = quote(index.getValue());
            try {
                long through = count(connection, "SELECT * FROM " + quote(table) + " USE INDEX (" + quote(index.getKey())
                        + ") WHERE " + column + " >= (SELECT MIN(" + column + ") FROM " + quote(table) + ")")
                        + count(connection, "SELECT * FROM " + quote(table) + " WHERE " + column + " IS NULL");
                if (through != rows) {
                    problems.add("index " + index.getKey() + " leads to " + through + " rows, the table holds " + rows);
                }
            } catch (SQLException e) {
                problems.add("index " + index.getKey() + " cannot be read: " + firstLine(e));
            }
        }
        return new Table(table, rows, problems);
    }

    // Table → (index → the first column of the index), for the tables of the PUBLIC schema.
    private static Map<String, Map<String, String>> indexes(Connection connection) throws SQLException {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT t.TABLE_NAME, c.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLES t "
                        + "LEFT JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.TABLE_SCHEMA = t.TABLE_SCHEMA "
                        + "AND c.TABLE_NAME = t.TABLE_NAME AND c.ORDINAL_POSITION = 1 "
                        + "WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_TYPE = 'BASE TABLE' "
                        + "ORDER BY t.TABLE_NAME, c.INDEX_NAME")) {
            while (rs.next()) {
                Map<String, String> indexes = tables.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>());
                if (rs.getString(2) != null) {
                    indexes.put(rs.getString(2), rs.getString(3));
                }
            }
        }
        return tables;
    }

    private static long count(Connection connection, String query) throws SQLException {
        long rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String firstLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (DamagedStore.isDamage(t)) {
                return DamagedStore.describe(t);
            }
        }
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
