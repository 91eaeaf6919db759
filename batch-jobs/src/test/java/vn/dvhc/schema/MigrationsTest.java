package vn.dvhc.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

import vn.dvhc.infra.Database;
import vn.dvhc.testing.TestDatabases;

/** A process skips Flyway when the database is at {@link Migrations#LATEST}: the constant must be the newest. */
class MigrationsTest {

    @Test
    void latestIsTheVersionANewDatabaseIsMigratedTo() {
        try (Database database = TestDatabases.open(TestDatabases.Kind.H2)) {
            assertThat(Migrations.current(database.dataSource(), SQLDialect.H2)).isEqualTo(Migrations.LATEST);
        }
    }
}
