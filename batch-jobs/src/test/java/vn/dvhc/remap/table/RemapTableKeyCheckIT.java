package vn.dvhc.remap.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.infra.DatabaseSettings;
import vn.dvhc.testing.TestDatabases;

/**
 * {@link TargetTable#checkKey} on a real H2 and PostgreSQL: a {@code --key} that is the table's primary key (in any
 * column order) is taken as the database holds it; any other key is checked in the rows, and a NULL or a key in two
 * rows is exit 3 with an example, also when the key is a part of the primary key.
 */
class RemapTableKeyCheckIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void checksEveryKeyButThePrimaryKey(TestDatabases.Kind kind) throws Exception {
        try (TableSource db = source(kind)) {
            check(db, "ho_khau", "tinh", "so");
            check(db, "ho_khau", "so", "tinh");
            check(db, "phang", "id");
            assertThatThrownBy(() -> check(db, "ho_khau", "tinh"))
                    .isInstanceOf(DvhcException.class)
                    .satisfies(e -> assertThat(((DvhcException) e).code()).isEqualTo(ErrorCode.INPUT_MALFORMED))
                    .hasMessageContaining("--key " + db.stored("tinh") + " is not unique in")
                    .hasMessageContaining(": a is in 2 rows");
            assertThatThrownBy(() -> check(db, "phang", "ma"))
                    .isInstanceOf(DvhcException.class)
                    .hasMessageContaining("--key " + db.stored("ma") + " is NULL in 1 rows of");
            assertThatThrownBy(() -> check(db, "phang", "so"))
                    .isInstanceOf(DvhcException.class)
                    .hasMessageContaining("is not unique in")
                    .hasMessageContaining(": 7 is in 2 rows");
        }
    }

    private static void check(TableSource db, String table, String... key) {
        TableSource.Resolved source = db.find(TableName.parse(table, "--table"));
        List<String> stored = List.of(key).stream().map(db::stored).toList();
        new TargetTable(db, new TableLayout(source, stored, null, null, null, null, null, null, null, false,
                source, true, source, List.of(), List.of())).checkKey();
    }

    private static TableSource source(TestDatabases.Kind kind) throws Exception {
        DatabaseSettings settings = TestDatabases.settings(kind);
        TableSource db = TableSource.open(settings.url(), settings.user(), settings.password());
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table ho_khau (tinh varchar(5), so integer, primary key (tinh, so))");
            s.execute("insert into ho_khau values ('a', 1), ('a', 2), ('b', 1)");
            // No primary key: id is unique only in its rows, ma has a NULL, so twice the same.
            s.execute("create table phang (id integer, ma varchar(5), so integer)");
            s.execute("insert into phang values (1, 'x', 7), (2, null, 7), (3, 'y', 8)");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        return db;
    }
}
