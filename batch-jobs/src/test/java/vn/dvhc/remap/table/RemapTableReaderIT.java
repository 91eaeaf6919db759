package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.testing.TestDatabases;

/**
 * {@link TableReader}, which reads the next page while the step works on this one, on a real H2 and PostgreSQL: a
 * composite key (text, number) read whole gives every row once in key order, across pages; a reader stopped in the
 * middle of a page (the next page already read ahead) and a new reader opened with its saved state give the rows after
 * the last row handed out, no more, no fewer; a key range (a {@code --threads} partition) is read the same way.
 */
class RemapTableReaderIT {

    private static final int ROWS = 53;
    private static final int PAGE = 7;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void readsEveryRowOnceInKeyOrder(TestDatabases.Kind kind) throws Exception {
        try (TableSource db = source(kind)) {
            assertThat(codes(read(db, new ExecutionContext(), ROWS + 1))).containsExactlyElementsOf(all());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRestartReadsOnAfterTheLastRowHandedOutNotAfterThePageReadAhead(TestDatabases.Kind kind) throws Exception {
        try (TableSource db = source(kind)) {
            ExecutionContext saved = new ExecutionContext();
            List<SourceRow> before = read(db, saved, 2 * PAGE + 3);
            List<SourceRow> after = read(db, saved, ROWS + 1);
            assertThat(before).hasSize(2 * PAGE + 3);
            List<String> both = new ArrayList<>(codes(before));
            both.addAll(codes(after));
            assertThat(both).containsExactlyElementsOf(all());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aPartitionReadsItsKeyRangeAndResumesInIt(TestDatabases.Kind kind) throws Exception {
        try (TableSource db = source(kind)) {
            ExecutionContext partition = new ExecutionContext();
            // From ("b", 3) inclusive to ("c", 5) exclusive.
            partition.put(KeyRanges.FROM, new ArrayList<>(List.of("b", 3)));
            partition.put(KeyRanges.TO, new ArrayList<>(List.of("c", 5)));
            partition.putInt(KeyRanges.INDEX, 1);
            List<String> expected = all().stream()
                    .filter(c -> c.compareTo("b-03") >= 0 && c.compareTo("c-05") < 0).toList();
            List<String> got = new ArrayList<>(codes(read(db, partition, PAGE + 2)));
            got.addAll(codes(read(db, partition, ROWS + 1)));
            assertThat(got).containsExactlyElementsOf(expected);
        }
    }

    // Opens a reader on the context, reads up to `limit` rows, saves its state into the context as a commit does.
    private static List<SourceRow> read(TableSource db, ExecutionContext context, int limit) throws Exception {
        TableReader<SourceRow> reader = TableReader.reader(db, layout(db), PAGE, context, row -> row);
        List<SourceRow> rows = new ArrayList<>();
        reader.open(context);
        try {
            SourceRow row;
            while (rows.size() < limit && (row = reader.read()) != null) {
                rows.add(row);
            }
            reader.update(context);
        } finally {
            reader.close();
        }
        return rows;
    }

    // The rows' commune codes, which name their keys: "a-01" is the row ("a", 1).
    private static List<String> codes(List<SourceRow> rows) {
        return rows.stream().map(SourceRow::commune).toList();
    }

    private static List<String> all() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            codes.add(code(i));
        }
        return codes;
    }

    private static String code(int i) {
        return (char) ('a' + i / 20) + "-" + String.format("%02d", i % 20);
    }

    private static TableSource source(TestDatabases.Kind kind) throws Exception {
        DatabaseSettings settings = TestDatabases.settings(kind);
        TableSource db = TableSource.open(settings.url(), settings.user(), settings.password());
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table ho_khau (tinh varchar(5), so integer, ma_xa varchar(10), primary key (tinh, so))");
            // Inserted out of key order, so that only the ORDER BY puts them in it.
            try (PreparedStatement insert = c.prepareStatement("insert into ho_khau values (?, ?, ?)")) {
                for (int i = ROWS - 1; i >= 0; i--) {
                    insert.setString(1, String.valueOf((char) ('a' + i / 20)));
                    insert.setInt(2, i % 20);
                    insert.setString(3, code(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        return db;
    }

    private static TableLayout layout(TableSource db) {
        TableSource.Resolved table = db.find(TableName.parse("ho_khau", "--table"));
        List<String> key = List.of(db.stored("tinh"), db.stored("so"));
        return new TableLayout(table, key, db.stored("ma_xa"), null, null, null, null, null, null, false, table,
                true, table, List.of(), List.of());
    }
}
