package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.remap.RejectReason;
import vn.dvhc.testing.TestDatabases;

/**
 * {@link CopyWrites} on a real PostgreSQL with a chunk far larger than the block of COPY text it sends at a time: every
 * row arrives whole, with its Vietnamese letters, quotes, commas and NULLs, in the target and the rejects table, and
 * the same chunk written again (a kill between the two commits) leaves the same tables.
 */
class RemapTableCopyIT {

    private static final int ROWS = 3_000;

    @Test
    void aChunkOfManyBlocksArrivesWholeAndTwiceLeavesTheSameTables() throws Exception {
        DatabaseSettings settings = TestDatabases.settings(TestDatabases.Kind.POSTGRESQL);
        try (TableSource db = TableSource.open(settings.url(), settings.user(), settings.password())) {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table ho_khau (so integer primary key, ma_xa varchar(10))");
            }
            TableSource.Resolved source = db.find(TableName.parse("ho_khau", "--table"));
            List<String> columns = TableLayout.outputColumns(false, false, false);
            TableLayout layout = new TableLayout(source, List.of("so"), "ma_xa", null, null, null, null, null, null,
                    false, new TableSource.Resolved(source.schema(), "ho_khau_moi"), false,
                    new TableSource.Resolved(source.schema(), "ho_khau_moi_rejects"), columns, columns);
            TargetTable tables = new TargetTable(db, layout);
            tables.prepare(false, true);
            List<RemappedRow> all = new ArrayList<>();
            List<RemappedRow> written = new ArrayList<>();
            List<RemappedRow> rejected = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            List<String> expectedRejects = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                RemappedRow row;
                if (i % 29 == 7) {
                    row = new RemappedRow(new Object[] {i}, null, null, RejectReason.PARENT_MISMATCH,
                            "commune " + i + " (Phường \"Bến Nghé\", Quận 1) is in district 760, not 761", -1, false,
                            false);
                    rejected.add(row);
                    expectedRejects.add(i + "|PARENT_MISMATCH|" + row.detail());
                } else {
                    String[] values = {"79", "Thành phố Hồ Chí Minh", String.format("%05d", i), "Phường Sài Gòn, \"mới\"",
                            i % 3 == 0 ? null : "Phường", "MAPPED", String.format("%05d", i)};
                    row = new RemappedRow(new Object[] {i}, values, "MAPPED", null, null, 79, false, false);
                    written.add(row);
                    expected.add(i + "|" + String.join("|", Arrays.stream(values).map(String::valueOf).toList()));
                }
                all.add(row);
            }
            CopyWrites writes = new CopyWrites(db, layout, tables, true);
            for (int round = 0; round < 2; round++) {
                writes.write(all, written, rejected);
                assertThat(rows(db, "select * from ho_khau_moi order by so", 8)).as("round %d", round)
                        .containsExactlyElementsOf(expected);
                assertThat(rows(db, "select * from ho_khau_moi_rejects order by so", 3)).as("round %d", round)
                        .containsExactlyElementsOf(expectedRejects);
            }
        }
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
