package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.remap.RejectReason;
import vn.dvhc.testing.TestDatabases;

/**
 * {@link CopyWrites} on a real PostgreSQL with a chunk far larger than the block of COPY data it sends at a time: every
 * row arrives whole, with its Vietnamese letters, quotes, commas and NULLs, in the target and the rejects table; a
 * restarted partition (a kill between the two commits) writing the same chunk again, or a smaller first chunk and then
 * the rest (another {@code --chunk}), leaves the same tables; the unique indexes come after the rows, and again
 * harmlessly. For each kind of key: integers and text in the binary format, each integer at its width; a numeric key
 * in CSV.
 */
class RemapTableCopyIT {

    private static final int ROWS = 3_000;

    @ParameterizedTest(name = "key {0}")
    @CsvSource(nullValues = "csv", value = {"integer, '[4]'", "bigint, '[8]'", "smallint, '[2]'", "varchar(12), '[0]'",
            "numeric(10), csv"})
    void aChunkOfManyBlocksArrivesWholeAndTwiceLeavesTheSameTables(String keyType, String binaryKeys) throws Exception {
        DatabaseSettings settings = TestDatabases.settings(TestDatabases.Kind.POSTGRESQL);
        try (TableSource db = TableSource.open(settings.url(), settings.user(), settings.password())) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table ho_khau (so " + keyType + " primary key, ma_xa varchar(10))");
            }
            TableSource.Resolved source = db.find(TableName.parse("ho_khau", "--table"));
            List<String> columns = TableLayout.outputColumns(false, false, false);
            TableLayout layout = new TableLayout(source, List.of("so"), "ma_xa", null, null, null, null, null, null,
                    false, new TableSource.Resolved(source.schema(), "ho_khau_moi"), false,
                    new TableSource.Resolved(source.schema(), "ho_khau_moi_rejects"), columns, columns);
            TargetTable tables = new TargetTable(db, layout);
            List<String> afterRows = tables.prepare(false, true, true);
            assertThat(afterRows).hasSize(2).allMatch(sql -> sql.startsWith("CREATE UNIQUE INDEX IF NOT EXISTS"));
            List<Integer> format = CopyWrites.binaryKeys(db, layout, tables, true);
            assertThat(String.valueOf(format)).isEqualTo(String.valueOf(binaryKeys));
            List<RemappedRow> all = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            List<String> expectedRejects = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                // As the reader hands them out: the database's own type for each column type.
                Object key = switch (keyType) {
                    case "bigint" -> (long) i;
                    case "varchar(12)" -> String.format("%06d", i);
                    case "numeric(10)" -> BigDecimal.valueOf(i);
                    default -> i;
                };
                RemappedRow row;
                if (i % 29 == 7) {
                    row = new RemappedRow(new Object[] {key}, null, null, RejectReason.PARENT_MISMATCH,
                            "commune " + i + " (Phường \"Bến Nghé\", Quận 1) is in district 760, not 761", -1, false,
                            false);
                    expectedRejects.add(key + "|PARENT_MISMATCH|" + row.detail());
                } else {
                    String[] values = {"79", "Thành phố Hồ Chí Minh", String.format("%05d", i), "Phường Sài Gòn, \"mới\"",
                            i % 3 == 0 ? null : "Phường", "MAPPED", String.format("%05d", i)};
                    row = new RemappedRow(new Object[] {key}, values, "MAPPED", null, null, 79, false, false);
                    expected.add(key + "|" + String.join("|", Arrays.stream(values).map(String::valueOf).toList()));
                }
                all.add(row);
            }
            // A run, its restart writing the same chunk again, a restart whose first chunk is smaller, then the rest.
            List<List<List<RemappedRow>>> runs = List.of(List.of(all), List.of(all),
                    List.of(all.subList(0, ROWS / 3), all.subList(ROWS / 3, ROWS)));
            for (int run = 0; run < runs.size(); run++) {
                CopyWrites writes = new CopyWrites(db, layout, tables, true, format);
                writes.open(new ExecutionContext());
                for (List<RemappedRow> chunk : runs.get(run)) {
                    writes.write(chunk, chunk.stream().filter(r -> !r.rejected()).toList(),
                            chunk.stream().filter(RemappedRow::rejected).toList());
                }
                assertThat(rows(db, "select * from ho_khau_moi order by so", 8)).as("run %d", run)
                        .containsExactlyElementsOf(expected);
                assertThat(rows(db, "select * from ho_khau_moi_rejects order by so", 3)).as("run %d", run)
                        .containsExactlyElementsOf(expectedRejects);
            }
            assertThat(indexes(db)).isEmpty();
            tables.finish(afterRows);
            tables.finish(afterRows);
            assertThat(indexes(db)).containsExactly("ho_khau_moi_key", "ho_khau_moi_rejects_key");
        }
    }

    /**
     * An existing target (a rerun into a table the user made) with a remap column that is not text: its rows cannot go
     * in the binary format as text, so they go as CSV, which PostgreSQL converts; so does a rejects table whose key
     * is narrower than the source's.
     */
    @Test
    void aColumnThatIsNotTextOrANarrowerKeyMakesTheRowsGoAsCsv() throws Exception {
        DatabaseSettings settings = TestDatabases.settings(TestDatabases.Kind.POSTGRESQL);
        try (TableSource db = TableSource.open(settings.url(), settings.user(), settings.password())) {
            List<String> columns = TableLayout.outputColumns(false, false, false);
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table ho_khau (so bigint primary key, ma_xa varchar(10))");
                s.execute("create table ho_khau_moi (so bigint, " + String.join(", ", columns.stream()
                        .map(col -> col + (col.equals("new_commune_code") ? " integer" : " varchar(400)")).toList())
                        + ")");
                s.execute("create table ho_khau_2_rejects (so integer, reason varchar(30), detail varchar(4000))");
            }
            TableSource.Resolved source = db.find(TableName.parse("ho_khau", "--table"));
            TableLayout intoExisting = new TableLayout(source, List.of("so"), "ma_xa", null, null, null, null, null,
                    null, false, new TableSource.Resolved(source.schema(), "ho_khau_moi"), false,
                    new TableSource.Resolved(source.schema(), "ho_khau_moi_rejects"), columns, columns);
            TargetTable into = new TargetTable(db, intoExisting);
            into.prepare(true, true, true);
            assertThat(CopyWrites.binaryKeys(db, intoExisting, into, true)).isNull();
            // The same target without its rejects table (rejects to a file): still the integer column.
            assertThat(CopyWrites.binaryKeys(db, intoExisting, into, false)).isNull();
            TableLayout narrowRejects = new TableLayout(source, List.of("so"), "ma_xa", null, null, null, null, null,
                    null, false, new TableSource.Resolved(source.schema(), "ho_khau_2"), false,
                    new TableSource.Resolved(source.schema(), "ho_khau_2_rejects"), columns, columns);
            TargetTable narrow = new TargetTable(db, narrowRejects);
            narrow.prepare(false, true, true);
            assertThat(CopyWrites.binaryKeys(db, narrowRejects, narrow, false)).containsExactly(8);
            assertThat(CopyWrites.binaryKeys(db, narrowRejects, narrow, true)).as("int4 rejects key for int8 keys")
                    .isNull();
            CopyWrites writes = new CopyWrites(db, intoExisting, into, true, null);
            writes.open(new ExecutionContext());
            RemappedRow row = new RemappedRow(new Object[] {7L}, new String[] {"79", "Thành phố Hồ Chí Minh",
                    "26740", "Phường Sài Gòn", "Phường", "MAPPED", "26740"}, "MAPPED", null, null, 79, false, false);
            writes.write(List.of(row), List.of(row), List.of());
            assertThat(rows(db, "select * from ho_khau_moi", 8))
                    .containsExactly("7|79|Thành phố Hồ Chí Minh|26740|Phường Sài Gòn|Phường|MAPPED|26740");
        }
    }

    private static List<String> indexes(TableSource db) throws Exception {
        return rows(db, "select indexname from pg_indexes where tablename like 'ho_khau_moi%' order by indexname", 1);
    }

    private static List<String> rows(TableSource db, String sql, int columns) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    fields.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join("|", fields));
            }
        }
        return rows;
    }
}
