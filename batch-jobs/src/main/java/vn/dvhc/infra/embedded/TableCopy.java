package vn.dvhc.infra.embedded;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.dvhc.schema.RepairPlan;

/**
 * Copies the rows a repair keeps from the damaged database into the new one: tables in the order of their
 * foreign keys (parents first), the columns both have, in batches; a batch that fails is retried row by row, and
 * a row that cannot be kept (its parent was lost) is exported to CSV. Reading stops at the first unreadable row
 * of a table, keeping what came before. Then the counters (sequences, identity columns) are moved past the kept
 * ids, so that new job executions do not re-use an old id.
 */
final class TableCopy {

    private static final int BATCH = 500;

    private final Connection from;
    private final Connection to;
    private final RepairPlan plan;
    private final Path exports;

    TableCopy(Connection from, Connection to, RepairPlan plan, Path exports) {
        this.from = from;
        this.to = to;
        this.plan = plan;
        this.exports = exports;
    }

    List<TableOutcome> copyAll() throws SQLException, IOException {
        to.setAutoCommit(false);
        Set<String> present = columnsByTable(from).keySet();
        Map<String, List<String>> targetColumns = columnsByTable(to);
        Map<String, List<String>> sourceColumns = columnsByTable(from);
        List<TableOutcome> outcomes = new ArrayList<>();
        for (String table : parentsFirst(to, targetColumns.keySet())) {
            if (plan.rebuilt().contains(table.toLowerCase(Locale.ROOT)) || !present.contains(table)) {
                continue;
            }
            List<String> columns = new ArrayList<>(targetColumns.get(table));
            columns.retainAll(sourceColumns.get(table));
            outcomes.add(copy(table, columns));
        }
        restartCounters(targetColumns.keySet());
        to.commit();
        to.setAutoCommit(true);
        return outcomes;
    }

    private TableOutcome copy(String table, List<String> columns) throws SQLException, IOException {
        String list = String.join(", ", columns.stream().map(StoreCheck::quote).toList());
        String filter = plan.keepFilter().apply(table.toLowerCase(Locale.ROOT));
        String select = "SELECT " + list + " FROM " + StoreCheck.quote(table) + (filter == null ? "" : " WHERE " + filter);
        String insert = "INSERT INTO " + StoreCheck.quote(table) + " (" + list + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long kept = 0;
        List<Object[]> notKept = new ArrayList<>();
        String unreadable = null;
        List<Object[]> batch = new ArrayList<>();
        try (Statement statement = from.createStatement(); PreparedStatement write = to.prepareStatement(insert)) {
            try (ResultSet rows = statement.executeQuery(select)) {
                while (rows.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rows.getObject(i + 1);
                    }
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        kept += write(write, batch, notKept);
                    }
                }
            } catch (SQLException e) {
                unreadable = StoreCheck.firstLine(e);
            }
            kept += write(write, batch, notKept);
        }
        Path exported = notKept.isEmpty() ? null : export(table, columns, notKept);
        return new TableOutcome(table, kept, notKept.size(), unreadable, exported);
    }

    private long write(PreparedStatement write, List<Object[]> batch, List<Object[]> notKept) throws SQLException {
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            for (Object[] row : batch) {
                bind(write, row);
                write.addBatch();
            }
            write.executeBatch();
            to.commit();
            return batch.size();
        } catch (BatchUpdateException e) {
            to.rollback();
            long kept = 0;
            for (Object[] row : batch) {
                try {
                    bind(write, row);
                    write.executeUpdate();
                    to.commit();
                    kept++;
                } catch (SQLException rowFailure) {
                    to.rollback();
                    notKept.add(row);
                }
            }
            return kept;
        } finally {
            batch.clear();
        }
    }

    private static void bind(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            statement.setObject(i + 1, row[i]);
        }
    }

    private Path export(String table, List<String> columns, List<Object[]> rows) throws IOException {
        Files.createDirectories(exports);
        Path file = exports.resolve(table.toLowerCase(Locale.ROOT) + ".csv");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
            for (Object[] row : rows) {
                csv.printRecord(row);
            }
        }
        return file;
    }

    // Every sequence named <TABLE>_SEQ and every identity column restarts after the largest id kept.
    private void restartCounters(Set<String> tables) throws SQLException {
        Map<String, String> identities = new LinkedHashMap<>();
        try (Statement statement = to.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                        + "AND IS_IDENTITY = 'YES'")) {
            while (rs.next()) {
                identities.put(rs.getString(1), rs.getString(2));
            }
        }
        for (Map.Entry<String, String> identity : identities.entrySet()) {
            long next = max(identity.getKey(), identity.getValue()) + 1;
            execute("ALTER TABLE " + StoreCheck.quote(identity.getKey()) + " ALTER COLUMN "
                    + StoreCheck.quote(identity.getValue()) + " RESTART WITH " + next);
        }
        for (String sequence : names(to, "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC'")) {
            String table = sequence.endsWith("_SEQ") ? sequence.substring(0, sequence.length() - 4) : null;
            if (table != null && tables.contains(table) && identities.containsKey(table)) {
                execute("ALTER SEQUENCE " + StoreCheck.quote(sequence) + " RESTART WITH "
                        + (max(table, identities.get(table)) + 1));
            }
        }
    }

    private long max(String table, String column) throws SQLException {
        try (Statement statement = to.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT COALESCE(MAX(" + StoreCheck.quote(column) + "), 0) FROM " + StoreCheck.quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = to.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Map<String, List<String>> columnsByTable(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT c.TABLE_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t "
                        + "ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
                        + "WHERE c.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_TYPE = 'BASE TABLE' "
                        + "ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    // Tables ordered so that each comes after the tables its foreign keys point at.
    private static List<String> parentsFirst(Connection connection, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT fk.TABLE_NAME, pk.TABLE_NAME FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r "
                        + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk ON fk.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA "
                        + "AND fk.CONSTRAINT_NAME = r.CONSTRAINT_NAME "
                        + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS pk ON pk.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA "
                        + "AND pk.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME WHERE fk.CONSTRAINT_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                parents.computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String table : tables) {
            place(table, parents, placed, ordered, new LinkedHashSet<>());
        }
        return ordered;
    }

    private static void place(String table, Map<String, Set<String>> parents, Set<String> placed, List<String> ordered,
                              Set<String> visiting) {
        if (placed.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String parent : parents.getOrDefault(table, Set.of())) {
            if (!parent.equals(table)) {
                place(parent, parents, placed, ordered, visiting);
            }
        }
        placed.add(table);
        ordered.add(table);
    }

    private static List<String> names(Connection connection, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
